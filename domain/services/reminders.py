"""Care reminders (关怀提醒): the use cases of the 今日 page, the dossier's 客户关怀 tab and the command
line. The reminders are computed from the data on every call (domain/care/reminders.py)."""
from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from domain.care.lunar import BirthdayOccurrence, lunar_of_solar, lunar_text, next_birthday
from domain.care.reminders import (
    ActionState,
    CareFacts,
    CareKind,
    DatedItem,
    DueReminder,
    FamilyBirthday,
    ReminderAction,
    ReminderSettings,
    due_reminders,
)
from domain.errors import DomainError, NotFound
from domain.model.care import Reminder, ReminderKind
from domain.model.customers import Birthday, BirthdayCalendar
from domain.model.visits import FollowUpStatus
from domain.ports import UnitOfWork
from domain.services.follow_ups import mark_follow_up_done
from domain.services.visit_planning import due_customers
from domain.validation import FieldError, ValidationFailed
from domain.visits.due import DueCategory

SHOP_WINDOW_DAYS = 14  # the handbook, the visit preparation panel and the care tab look two weeks ahead
MAX_DAYS = 3660


class SnoozeInPast(DomainError):
    def __init__(self, until: date) -> None:
        super().__init__("A reminder can only be snoozed to a later day than today ({until}).",
                         until=until.isoformat())


def read_care_facts(uow: UnitOfWork, today: date, *, customer_id: int | None = None,
                    kinds: Collection[CareKind] | None = None) -> CareFacts:
    """One query per source, never one per shop."""
    visits = []
    if kinds is None or CareKind.VISIT in kinds:
        visits = [DatedItem(CareKind.VISIT, r.customer_id, r.customer_id, r.next_due)
                  for r in due_customers(uow, today)
                  if r.category is DueCategory.OVERDUE and r.next_due is not None
                  and (customer_id is None or r.customer_id == customer_id)]
    with uow:
        shops = uow.care.shop_facts(customer_id)
        follow_ups = [DatedItem(CareKind.FOLLOW_UP, f.id, f.customer_id, f.due_on, f.text)
                      for f in uow.visit_queries.follow_up_items(customer_id, open_only=True)
                      if f.due_on is not None and f.status == FollowUpStatus.OPEN.value]
        items = [*uow.care.plan_reviews(), *follow_ups, *uow.care.open_own_reminders(), *visits]
    if customer_id is not None:
        items = [i for i in items if i.customer_id == customer_id]
    return CareFacts(shops, items)


def list_reminders(uow: UnitOfWork, today: date, days: int = 0, *, kinds: Collection[CareKind] | None = None,
                   customer_id: int | None = None) -> list[DueReminder]:
    """What has come up by today + `days`, overdue first. `kinds` narrows the list to those kinds."""
    if not 0 <= days <= MAX_DAYS:
        raise ValidationFailed([FieldError("days", "The number of days must be between 0 and {most}.",
                                           (("most", MAX_DAYS),))])
    settings = load_reminder_settings(uow)
    facts = read_care_facts(uow, today, customer_id=customer_id, kinds=kinds)
    with uow:
        actions = uow.care.actions()
    found = due_reminders(facts, settings, actions, today, days)
    if customer_id is not None:
        found = [r for r in found if r.customer_id == customer_id]
    return [r for r in found if kinds is None or r.kind in kinds]


def load_reminder_settings(uow: UnitOfWork) -> ReminderSettings:
    with uow:
        return uow.care.reminder_settings()


def save_reminder_settings(uow: UnitOfWork, settings: ReminderSettings) -> None:
    if any(not 0 <= s.lead_days <= 366 for s in settings.kinds.values()) or any(
            not 0 <= s <= 366 for s in settings.license_stages):
        raise ValidationFailed([FieldError("lead_days", "A lead time must be between 0 and 366 days.")])
    with uow:
        uow.care.save_reminder_settings(settings)
        uow.commit()


def _record(uow: UnitOfWork, reminder: DueReminder, action: ReminderAction, title: str, now: datetime) -> None:
    uow.care.add_action(action, reminder.customer_id, reminder.kind, title, now)


def mark_done(uow: UnitOfWork, reminder: DueReminder, title: str, today: date, now: datetime,
              note: str = "") -> None:
    """Done for this occurrence. A follow-up or an own reminder is closed at its source too, so the
    visit record and the dossier agree with the 今日 page. `title` is the reminder as the user read it."""
    if reminder.kind is CareKind.FOLLOW_UP and reminder.ref is not None:
        mark_follow_up_done(uow, reminder.ref, today)
    with uow:
        if reminder.kind is CareKind.OWN and reminder.ref is not None:
            uow.care.set_reminder_done(reminder.ref, today)
        _record(uow, reminder, ReminderAction(reminder.occurrence, ActionState.DONE, today, None, note.strip()),
                title, now)
        uow.commit()


def snooze(uow: UnitOfWork, reminder: DueReminder, title: str, until: date, today: date, now: datetime,
           note: str = "") -> None:
    """Out of the list until the day `until`, back on it from that day."""
    if until <= today:
        raise SnoozeInPast(until)
    with uow:
        _record(uow, reminder, ReminderAction(reminder.occurrence, ActionState.SNOOZED, today, until,
                                              note.strip()), title, now)
        uow.commit()


def add_own_reminder(uow: UnitOfWork, customer_id: int | None, on: date, text: str, today: date) -> int:
    """A one-off reminder the manager types on a shop, such as 带最新一期《读者》."""
    text = text.strip()
    errors = []
    if not text:
        errors.append(FieldError("text", "Write what the reminder should say."))
    elif len(text) > 500:
        errors.append(FieldError("text", "A reminder can be at most {most} characters long.", (("most", 500),)))
    if on < today:
        errors.append(FieldError("on", "The date of a new reminder cannot be in the past."))
    if errors:
        raise ValidationFailed(errors)
    with uow:
        if customer_id is not None and uow.customers.get(customer_id) is None:
            raise NotFound("Customer", customer_id)
        new_id = uow.care.add_reminder(Reminder(ReminderKind.OWN, text, on, customer_id, lead_days=0))
        uow.commit()
    return new_id


# --- the dossier's 客户关怀 tab -------------------------------------------------------------------


@dataclass(frozen=True)
class NextBirthday:
    who: str  # "" for the owner
    birthday: Birthday
    occurrence: BirthdayOccurrence
    told_as: str  # the birthday as the owner tells it: 农历八月十六 or 9月26日 (as typed)
    lunar_of_day: str  # the day it falls on, in the lunar calendar
    days_to_go: int


@dataclass(frozen=True)
class HistoryLine:
    acted_on: date
    kind: CareKind
    title: str
    state: ActionState
    until: date | None
    note: str


@dataclass(frozen=True)
class ShopCare:
    birthdays: tuple[NextBirthday, ...]
    family: tuple[FamilyBirthday, ...]
    coming: tuple[DueReminder, ...]  # the next SHOP_WINDOW_DAYS days, overdue first
    history: tuple[HistoryLine, ...]  # newest first


def next_birthday_of(who: str, birthday: Birthday, today: date) -> NextBirthday:
    occ = next_birthday(birthday, today)
    if birthday.calendar is BirthdayCalendar.LUNAR:
        told = lunar_text(birthday.month, birthday.day, birthday.leap_month)
    else:
        told = f"{birthday.month}月{birthday.day}日"
    day = lunar_of_solar(occ.on)
    return NextBirthday(who, birthday, occ, told, lunar_text(day.month, day.day, day.leap), (occ.on - today).days)


def shop_care(uow: UnitOfWork, customer_id: int, today: date) -> ShopCare:
    coming = list_reminders(uow, today, SHOP_WINDOW_DAYS, customer_id=customer_id)
    with uow:
        facts = uow.care.shop_facts(customer_id)
        if not facts:
            raise NotFound("Customer", customer_id)
        history = uow.care.action_history(customer_id)
    shop = facts[0]
    people = [("", shop.birthday)] if shop.birthday is not None else []
    people += [(f.who, f.birthday) for f in shop.family]
    return ShopCare(
        tuple(next_birthday_of(who, b, today) for who, b in people), shop.family, tuple(coming),
        tuple(HistoryLine(a.acted_on, kind, title, a.state, a.until, a.note) for a, kind, title in history),
    )


def save_family_birthdays(uow: UnitOfWork, customer_id: int, family: Sequence[FamilyBirthday]) -> None:
    errors = []
    for n, f in enumerate(family):
        if not f.who.strip():
            errors.append(FieldError(f"family.{n}", "Say whose birthday it is (爱人, 儿子…)."))
        if not 1 <= f.birthday.month <= 12 or not 1 <= f.birthday.day <= (
                30 if f.birthday.calendar is BirthdayCalendar.LUNAR else 31):
            errors.append(FieldError(f"family.{n}", "This is not a date of the year."))
    if errors:
        raise ValidationFailed(errors)
    with uow:
        if uow.customers.get(customer_id) is None:
            raise NotFound("Customer", customer_id)
        uow.care.set_family_birthdays(customer_id, [FamilyBirthday(f.who.strip(), f.birthday) for f in family])
        uow.commit()
