"""The calendar export (日历导出): reminders and day plans of a date range into one .ics file that
Outlook, WPS and phone calendars import; a second export of the same range updates those events."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from domain.care.calendar import CalendarEntry, calendar_reminders, uid_of
from domain.care.reminders import CareKind, DueReminder
from domain.messages import Translate
from domain.messages.care import describe_reminder, kind_label, licence_line, visit_plan_title
from domain.ports import CalendarFiles, UnitOfWork
from domain.services.reminders import load_reminder_settings, read_care_facts
from domain.validation import FieldError, ValidationFailed

DEFAULT_DAYS = 365  # the next twelve months
MAX_DAYS = 3660


def reminder_entry(r: DueReminder, start: date, translate: Translate) -> CalendarEntry:
    text = describe_reminder(r, start, translate)
    summary = f"{r.shop}：{text}" if r.shop else text
    lines = [kind_label(r.kind, translate)]
    if r.license_no:
        lines.append(licence_line(r.license_no, translate))
    return CalendarEntry(uid_of(r.occurrence), r.on, summary, "\n".join(lines))


def calendar_entries(uow: UnitOfWork, start: date, days: int, translate: Translate) -> list[CalendarEntry]:
    if not 1 <= days <= MAX_DAYS:
        raise ValidationFailed([FieldError("days", "The number of days must be between 1 and {most}.",
                                           (("most", MAX_DAYS),))])
    end = start + timedelta(days=days - 1)
    settings = load_reminder_settings(uow)
    kinds = set(CareKind) - {CareKind.VISIT}  # due visits are today's work, not dated events
    facts = read_care_facts(uow, start, kinds=kinds)
    with uow:
        actions = uow.care.actions()
        plans = [uow.queries.day_plan_view(d) for d in uow.day_plans.plan_dates(start, end)]
    entries = [reminder_entry(r, start, translate) for r in calendar_reminders(facts, settings, actions, start, end)]
    for plan in plans:
        names = "\n".join(f"{s.position}. {s.name}（{s.route}）" if s.route else f"{s.position}. {s.name}"
                          for s in plan.stops)
        entries.append(CalendarEntry(
            uid_of(f"day-plan:{plan.plan_date.isoformat()}"), plan.plan_date,
            visit_plan_title(len(plan.stops), translate), names))
    return sorted(entries, key=lambda e: (e.on, e.uid))


def export_calendar(uow: UnitOfWork, files: CalendarFiles, path: Path, start: date, days: int,
                    translate: Translate) -> int:
    """Writes the file; returns how many events it holds."""
    entries = calendar_entries(uow, start, days, translate)
    files.write_calendar(entries, path)
    return len(entries)
