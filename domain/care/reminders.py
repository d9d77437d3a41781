"""Care reminders computed from the dossiers (docs/care-reminders.md): never stored, so they follow
an edit at once; only what the manager did with one occurrence (done, snoozed) is kept.

Each reminder is about a date `on` (the birthday, the festival, the licence expiry, the review, the
follow-up's or the visit's due date). Its kind's lead time says how many days before `on` it comes up:
a list for "today and the next N days" shows every reminder that has come up by today + N. Kinds that
are still work after their date (licence, plan review, follow-up, visit, own) stay, overdue, until done;
a birthday or a festival that has passed simply goes, unless the manager snoozed it.

An occurrence key names one occurrence for good: a birthday of one year, one stage of one licence
expiry, one review date. Done hides that occurrence for ever (a done birthday never comes back that
year); snoozed until D hides it until the day D and shows it from D on, whatever its lead.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import Enum

from domain.care.festivals import (
    TRADITIONAL_FESTIVALS,
    AudienceShop,
    Festival,
    applies_to,
    festivals_between,
)
from domain.care.lunar import age_on, birthdays_between, lunar_of_solar, lunar_text
from domain.model.customers import Birthday, BirthdayCalendar
from domain.visits.due import week_end


class CareKind(str, Enum):
    BIRTHDAY = "birthday"
    FESTIVAL = "festival"
    LICENSE = "license"
    PLAN = "plan"  # an improvement plan's review date
    FOLLOW_UP = "follow-up"
    VISIT = "visit"  # a shop not visited beyond its cycle
    OWN = "own"  # one-off, typed by the manager on a shop

    @property
    def stays_when_overdue(self) -> bool:
        return self not in (CareKind.BIRTHDAY, CareKind.FESTIVAL)


class ReminderGroup(str, Enum):
    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"
    LATER = "later"


class ActionState(str, Enum):
    DONE = "done"
    SNOOZED = "snoozed"


@dataclass(frozen=True)
class KindSetting:
    enabled: bool = True
    lead_days: int = 0


DEFAULT_LEAD_DAYS: Mapping[CareKind, int] = {
    CareKind.BIRTHDAY: 7, CareKind.FESTIVAL: 14, CareKind.LICENSE: 60, CareKind.PLAN: 3,
    CareKind.FOLLOW_UP: 0, CareKind.VISIT: 0, CareKind.OWN: 0,
}
DEFAULT_LICENSE_STAGES = (60, 30, 7)
MAX_LEAD_DAYS = 366


@dataclass(frozen=True)
class ReminderSettings:
    """Which kinds are on and how early each comes up; the licence comes up at each of its stages."""

    kinds: Mapping[CareKind, KindSetting] = field(
        default_factory=lambda: {k: KindSetting(True, d) for k, d in DEFAULT_LEAD_DAYS.items()})
    license_stages: tuple[int, ...] = DEFAULT_LICENSE_STAGES
    festivals: tuple[Festival, ...] = TRADITIONAL_FESTIVALS
    tray_notifications: bool = True
    greetings: Mapping[str, str] = field(default_factory=dict)  # template key → the user's own wording

    def of(self, kind: CareKind) -> KindSetting:
        return self.kinds.get(kind, KindSetting(True, DEFAULT_LEAD_DAYS[kind]))

    def enabled(self, kind: CareKind) -> bool:
        return self.of(kind).enabled

    def lead(self, kind: CareKind) -> int:
        if kind is CareKind.LICENSE:
            return max(self.license_stages, default=0)
        return self.of(kind).lead_days


def clean_stages(stages: Iterable[int]) -> tuple[int, ...]:
    """Distinct stages within 0–366 days, the earliest warning first."""
    return tuple(sorted({min(max(int(s), 0), MAX_LEAD_DAYS) for s in stages}, reverse=True))


@dataclass(frozen=True)
class FamilyBirthday:
    who: str  # 爱人, 儿子, 母亲…
    birthday: Birthday
    id: int | None = None


@dataclass(frozen=True)
class ShopCareFacts:
    """What the rules need to know about one active shop."""

    customer_id: int
    license_no: str
    shop: str
    owner: str
    birthday: Birthday | None = None
    family: tuple[FamilyBirthday, ...] = ()
    license_expiry: date | None = None
    segment_id: int | None = None
    value_tier: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class DatedItem:
    """A dated piece of work the rules only time: a plan review, a follow-up, a due visit, an own reminder."""

    kind: CareKind
    ref: int  # the plan, follow-up, customer or own reminder it comes from
    customer_id: int | None
    on: date
    text: str = ""


@dataclass(frozen=True)
class ReminderAction:
    occurrence: str
    state: ActionState
    acted_on: date
    until: date | None = None  # snoozed until this day
    note: str = ""


@dataclass(frozen=True)
class DueReminder:
    occurrence: str
    kind: CareKind
    on: date
    customer_id: int | None = None
    license_no: str = ""
    shop: str = ""
    owner: str = ""
    subject: str = ""  # the family member, the festival's name, the follow-up's or own reminder's text
    lunar: str = ""  # a lunar birthday's or festival's date as the owner says it: 农历八月十六
    moved: str = ""  # why a birthday falls on another day this year: leap_month, day_30, feb_29
    stage: int | None = None  # licence: the warning stage, days before the expiry
    ref: int | None = None
    festival_key: str = ""
    shops: int = 0  # festival: how many shops it applies to
    age: int | None = None  # birthday: the age reached, when the year is known
    snoozed_until: date | None = None

    def overdue(self, today: date) -> bool:
        return self.on < today

    def group(self, today: date) -> ReminderGroup:
        if self.on < today:
            return ReminderGroup.OVERDUE
        if self.on == today:
            return ReminderGroup.TODAY
        return ReminderGroup.THIS_WEEK if self.on <= week_end(today) else ReminderGroup.LATER


@dataclass(frozen=True)
class CareFacts:
    shops: Sequence[ShopCareFacts] = ()
    items: Sequence[DatedItem] = ()


def birthday_key(customer_id: int, who: str, year: int) -> str:
    return f"birthday:{customer_id}:{who}:{year}"


def festival_key(key: str, year: int, customer_id: int | None = None) -> str:
    """The festival's reminder, or (with a shop) that shop's greeting in the festival sitting."""
    base = f"festival:{key}:{year}"
    return base if customer_id is None else f"{base}:{customer_id}"


def license_key(customer_id: int, expiry: date, stage: int) -> str:
    return f"license:{customer_id}:{expiry.isoformat()}:{stage}"


def item_key(item: DatedItem) -> str:
    if item.kind in (CareKind.FOLLOW_UP, CareKind.OWN):
        return f"{item.kind.value}:{item.ref}"
    return f"{item.kind.value}:{item.ref}:{item.on.isoformat()}"


def latest_actions(actions: Iterable[ReminderAction]) -> dict[str, ReminderAction]:
    """The action in force per occurrence: the last one given (the caller passes them oldest first)."""
    return {a.occurrence: a for a in actions}


def is_shown(reminder: DueReminder, lead: int, action: ReminderAction | None, today: date, days: int) -> bool:
    if action is not None and action.state is ActionState.DONE:
        return False
    if action is not None and action.state is ActionState.SNOOZED and action.until is not None:
        return action.until <= today
    comes_up = reminder.on - timedelta(days=lead)
    if comes_up > today + timedelta(days=days):
        return False
    return reminder.on >= today or reminder.kind.stays_when_overdue


def due_reminders(facts: CareFacts, settings: ReminderSettings, actions: Iterable[ReminderAction],
                  today: date, days: int = 0) -> list[DueReminder]:
    """Every reminder that has come up by today + `days`, overdue ones first, then by date."""
    in_force = latest_actions(actions)
    # a past occurrence matters only if snoozed to a later day: look back a year for those
    start, end = today - timedelta(days=MAX_LEAD_DAYS), today + timedelta(days=days + MAX_LEAD_DAYS)
    shown: list[DueReminder] = []
    for reminder in _candidates(facts, settings, start, end, today, days):
        action = in_force.get(reminder.occurrence)
        if reminder.kind is CareKind.LICENSE:
            lead = reminder.stage or 0
        else:
            lead = settings.lead(reminder.kind)
        if is_shown(reminder, lead, action, today, days):
            snoozed = action.until if action is not None and action.state is ActionState.SNOOZED else None
            shown.append(replace(reminder, snoozed_until=snoozed))
    return sorted(shown, key=lambda r: (not r.overdue(today), r.on, _KIND_ORDER[r.kind], r.shop, r.occurrence))


_KIND_ORDER = {k: n for n, k in enumerate(CareKind)}


def _candidates(facts: CareFacts, settings: ReminderSettings, start: date, end: date,
                today: date, days: int) -> Iterable[DueReminder]:
    if settings.enabled(CareKind.BIRTHDAY):
        for shop in facts.shops:
            yield from birthday_reminders(shop, start, end)
    if settings.enabled(CareKind.FESTIVAL):
        yield from festival_reminders(facts.shops, settings.festivals, start, end)
    if settings.enabled(CareKind.LICENSE):
        for shop in facts.shops:
            reached = _license_stage(shop, settings.license_stages, today + timedelta(days=days))
            if reached is not None:
                yield reached
    by_id = {s.customer_id: s for s in facts.shops}
    for item in facts.items:
        if settings.enabled(item.kind):
            yield item_reminder(item, by_id.get(item.customer_id) if item.customer_id is not None else None)


def birthday_reminders(shop: ShopCareFacts, start: date, end: date) -> Iterable[DueReminder]:
    people: list[tuple[str, Birthday]] = [("", shop.birthday)] if shop.birthday is not None else []
    people += [(f.who, f.birthday) for f in shop.family]
    for who, birthday in people:
        for occ in birthdays_between(birthday, start, end):
            yield DueReminder(
                birthday_key(shop.customer_id, who or "owner", occ.year), CareKind.BIRTHDAY, occ.on,
                shop.customer_id, shop.license_no, shop.shop, shop.owner, subject=who,
                lunar=_lunar_form(birthday), moved=occ.moved, age=age_on(birthday, occ.on),
            )


def _lunar_form(b: Birthday) -> str:
    return lunar_text(b.month, b.day, b.leap_month) if b.calendar is BirthdayCalendar.LUNAR else ""


def owner_age(shop: ShopCareFacts, on: date) -> int | None:
    return age_on(shop.birthday, on) if shop.birthday is not None else None


def audience_of(festival: Festival, shops: Sequence[ShopCareFacts], on: date) -> list[ShopCareFacts]:
    """The shops a festival's care applies to on its day."""
    return [s for s in shops if applies_to(festival.audience, AudienceShop(
        s.customer_id, s.segment_id, s.value_tier, s.tags, owner_age(s, on)))]


def festival_reminders(shops: Sequence[ShopCareFacts], festivals: Sequence[Festival], start: date,
               end: date) -> Iterable[DueReminder]:
    for festival, on in festivals_between(festivals, start, end):
        audience = audience_of(festival, shops, on)
        if audience:
            lunar = lunar_of_solar(on) if festival.lunar else None
            yield DueReminder(
                festival_key(festival.key, on.year), CareKind.FESTIVAL, on, subject=festival.name,
                lunar=lunar_text(lunar.month, lunar.day, lunar.leap) if lunar else "",
                festival_key=festival.key, shops=len(audience),
            )


def _license_stage(shop: ShopCareFacts, stages: Sequence[int], horizon: date) -> DueReminder | None:
    """The latest warning stage reached by `horizon`: marking it done leaves the next stage to come."""
    if shop.license_expiry is None:
        return None
    reached = [s for s in stages if shop.license_expiry - timedelta(days=s) <= horizon]
    if not reached:
        return None
    stage = min(reached)
    return DueReminder(
        license_key(shop.customer_id, shop.license_expiry, stage), CareKind.LICENSE, shop.license_expiry,
        shop.customer_id, shop.license_no, shop.shop, shop.owner, stage=stage,
    )


def item_reminder(item: DatedItem, shop: ShopCareFacts | None) -> DueReminder:
    return DueReminder(
        item_key(item), item.kind, item.on, item.customer_id,
        shop.license_no if shop else "", shop.shop if shop else "", shop.owner if shop else "",
        subject=item.text, ref=item.ref,
    )


def snooze_until(choice: str, today: date) -> date:
    """The day a snooze ends: tomorrow, or next week (the coming Monday)."""
    if choice == "tomorrow":
        return today + timedelta(days=1)
    if choice == "next_week":
        return week_end(today) + timedelta(days=1)
    raise ValueError(choice)
