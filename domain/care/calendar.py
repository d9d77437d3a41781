"""What goes into the calendar file: every reminder and day plan of a date range, each on its own
date. A lunar birthday is one dated event per year (its solar day moves), never a yearly rule. The uid
is the occurrence key, so a second export of the same range updates the events instead of doubling
them in the calendar it is imported into."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from domain.care.reminders import (
    ActionState,
    CareFacts,
    CareKind,
    DueReminder,
    ReminderAction,
    ReminderSettings,
    birthday_reminders,
    festival_reminders,
    item_reminder,
    latest_actions,
)

UID_DOMAIN = "fieldbook.local"


@dataclass(frozen=True)
class CalendarEntry:
    uid: str
    on: date  # an all-day event
    summary: str
    description: str = ""


def calendar_reminders(facts: CareFacts, settings: ReminderSettings, actions: Iterable[ReminderAction],
                       start: date, end: date) -> list[DueReminder]:
    """The reminders whose date lies in [start, end], done ones left out; the licence once, on its expiry."""
    done = {k for k, a in latest_actions(actions).items() if a.state is ActionState.DONE}
    found: list[DueReminder] = []
    if settings.enabled(CareKind.BIRTHDAY):
        for shop in facts.shops:
            found += birthday_reminders(shop, start, end)
    if settings.enabled(CareKind.FESTIVAL):
        found += festival_reminders(facts.shops, settings.festivals, start, end)
    if settings.enabled(CareKind.LICENSE):
        found += [DueReminder(f"license:{s.customer_id}:{s.license_expiry.isoformat()}", CareKind.LICENSE,
                              s.license_expiry, s.customer_id, s.license_no, s.shop, s.owner)
                  for s in facts.shops if s.license_expiry is not None and start <= s.license_expiry <= end]
    by_id = {s.customer_id: s for s in facts.shops}
    found += [item_reminder(i, by_id.get(i.customer_id) if i.customer_id is not None else None)
              for i in facts.items
              if i.kind is not CareKind.VISIT and settings.enabled(i.kind) and start <= i.on <= end]
    return sorted((r for r in found if r.occurrence not in done), key=lambda r: (r.on, r.occurrence))


def uid_of(occurrence: str) -> str:
    return f"{occurrence}@{UID_DOMAIN}"
