"""The tray notice: when the next one is due (9:00 local time) and what it says."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from domain.care.reminders import CareKind, DueReminder
from gui.today.tray import SHOWN_LINES, ms_until_next_notice, notice_text

CHINA = timezone(timedelta(hours=8))


def test_the_next_notice_is_at_nine_local_time() -> None:
    assert ms_until_next_notice(datetime(2026, 12, 6, 8, 30, tzinfo=CHINA)) == 30 * 60 * 1000
    # after nine: tomorrow's
    assert ms_until_next_notice(datetime(2026, 12, 6, 9, 0, tzinfo=CHINA)) == 24 * 3600 * 1000
    assert ms_until_next_notice(datetime(2026, 12, 6, 0, 30, tzinfo=CHINA)) == int(8.5 * 3600 * 1000)


def test_the_notice_names_the_first_reminders_and_counts_the_rest(qapp) -> None:
    today = date(2026, 12, 6)
    due = [DueReminder(f"own:{n}", CareKind.OWN, today, n, f"53010210000{n}", f"店{n}", "", subject=f"带杂志{n}")
           for n in range(SHOWN_LINES + 2)]
    text = notice_text(due, today)
    lines = text.splitlines()
    assert len(lines) == SHOWN_LINES + 1 and lines[0].startswith("店0：") and "2 more" in lines[-1]
