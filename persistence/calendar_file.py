"""The calendar file (RFC 5545) through the icalendar library: all-day events in the local time zone
(Asia/Shanghai), written to a temporary file beside the target and moved over it, so an interrupted
export never leaves half a calendar."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from domain.care.calendar import CalendarEntry

TIME_ZONE = "Asia/Shanghai"
PRODUCT_ID = "-//Fieldbook//客户经理工作台//ZH"


def calendar_bytes(entries: Sequence[CalendarEntry], stamped: datetime | None = None) -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODUCT_ID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-timezone", TIME_ZONE)
    cal.add("x-wr-calname", "Fieldbook 客户关怀")
    stamp = stamped or datetime.now(UTC)
    for e in entries:
        event = Event()
        event.add("uid", e.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", e.on)  # a date: an all-day event, the same day in every time zone
        event.add("dtend", e.on + timedelta(days=1))
        event.add("summary", e.summary)
        if e.description:
            event.add("description", e.description)
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return bytes(cal.to_ical())


class IcsCalendarFiles:
    def write_calendar(self, entries: Sequence[CalendarEntry], path: Path) -> None:
        data = calendar_bytes(entries)
        path = Path(path)
        handle, temporary = tempfile.mkstemp(prefix=".fieldbook-", suffix=".ics", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
