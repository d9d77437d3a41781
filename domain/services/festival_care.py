"""Festival care in one sitting (节日关怀): the shops a festival applies to, each with its greeting
filled in and copy-ready (the app never sends), each marked sent as the manager goes."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from domain.care.festivals import Festival, festival_on
from domain.care.greetings import DEFAULT_GREETINGS, fill_greeting, template_problems
from domain.care.reminders import (
    ActionState,
    CareKind,
    DueReminder,
    ReminderAction,
    ReminderSettings,
    audience_of,
    festival_key,
    latest_actions,
)
from domain.errors import NotFound
from domain.ports import UnitOfWork
from domain.services.reminders import load_reminder_settings, save_reminder_settings
from domain.validation import FieldError, ValidationFailed


@dataclass(frozen=True)
class FestivalShop:
    customer_id: int
    license_no: str
    shop: str
    owner: str
    greeting: str
    sent_on: date | None  # marked sent, and when


@dataclass(frozen=True)
class FestivalSitting:
    festival: Festival
    on: date
    shops: tuple[FestivalShop, ...]
    wording: str = ""  # the greeting's template, with its blanks, as the manager may edit it

    @property
    def sent(self) -> int:
        return sum(s.sent_on is not None for s in self.shops)


def greeting_template(settings: ReminderSettings, key: str) -> str:
    """The user's wording for this key if set, else the shipped one, else the generic festival one."""
    return settings.greetings.get(key) or DEFAULT_GREETINGS.get(key) or settings.greetings.get("festival") \
        or DEFAULT_GREETINGS["festival"]


def find_festival(settings: ReminderSettings, key: str) -> Festival:
    for f in settings.festivals:
        if f.key == key:
            return f
    raise NotFound("Festival", key)


def festival_sitting(uow: UnitOfWork, key: str, year: int) -> FestivalSitting:
    settings = load_reminder_settings(uow)
    festival = find_festival(settings, key)
    on = festival_on(festival, year)
    with uow:
        shops = uow.care.shop_facts()
        manager = uow.settings.load().owner_name
        audience = audience_of(festival, shops, on)
        actions = latest_actions(uow.care.actions([festival_key(key, year, s.customer_id) for s in audience]))
    template = greeting_template(settings, key)
    rows = []
    for s in audience:
        action = actions.get(festival_key(key, year, s.customer_id))
        sent = action.acted_on if action is not None and action.state is ActionState.DONE else None
        rows.append(FestivalShop(s.customer_id, s.license_no, s.shop, s.owner,
                                 fill_greeting(template, owner=s.owner, shop=s.shop, festival=festival.name,
                                               manager=manager, on=on), sent))
    return FestivalSitting(festival, on, tuple(rows), template)


def mark_greeting_sent(uow: UnitOfWork, sitting: FestivalSitting, customer_id: int, today: date,
                       now: datetime, sent: bool = True) -> None:
    """Sent (or, with sent=False, not sent after all): kept on the shop's timeline."""
    shop = next((s for s in sitting.shops if s.customer_id == customer_id), None)
    if shop is None:
        raise NotFound("Customer", customer_id)
    occurrence = festival_key(sitting.festival.key, sitting.on.year, customer_id)
    # "not sent after all" is a snooze to the festival's day: the later row takes the earlier's place
    action = (ReminderAction(occurrence, ActionState.DONE, today) if sent
              else ReminderAction(occurrence, ActionState.SNOOZED, today, sitting.on))
    with uow:
        uow.care.add_action(action, customer_id, CareKind.FESTIVAL, f"{sitting.festival.name}：{shop.greeting}", now)
        uow.commit()


def birthday_greeting(uow: UnitOfWork, reminder: DueReminder) -> str | None:
    """The owner's birthday greeting, copy-ready; None for any other reminder (a family member's
    birthday is the manager's own words to write)."""
    if reminder.kind is not CareKind.BIRTHDAY or reminder.subject:
        return None
    settings = load_reminder_settings(uow)
    with uow:
        manager = uow.settings.load().owner_name
    return fill_greeting(greeting_template(settings, "birthday"), owner=reminder.owner, shop=reminder.shop,
                         manager=manager, on=reminder.on)


def coming_festivals(uow: UnitOfWork, today: date) -> list[tuple[Festival, date]]:
    """Each enabled festival on its next day from today, soonest first: the festival dialog's choice."""
    settings = load_reminder_settings(uow)
    coming = []
    for f in settings.festivals:
        if f.enabled:
            on = festival_on(f, today.year)
            coming.append((f, on if on >= today else festival_on(f, today.year + 1)))
    return sorted(coming, key=lambda pair: pair[1])


def save_greeting(uow: UnitOfWork, key: str, wording: str) -> None:
    """The manager's own wording for a festival's (or, key "birthday", the birthday's) greeting; an empty
    wording goes back to the shipped one. A blank the app does not know is refused, with its name."""
    wording = wording.strip()
    unknown = template_problems(wording)
    if unknown:
        raise ValidationFailed([FieldError("greeting", "The greeting names blanks the app does not know: "
                                           "{blanks}. Use {{owner}}, {{shop}}, {{festival}}, {{manager}} or {{date}}.",
                                           (("blanks", "、".join(unknown)),))])
    settings = load_reminder_settings(uow)
    greetings = {k: v for k, v in settings.greetings.items() if k != key}
    if wording and wording != DEFAULT_GREETINGS.get(key):
        greetings[key] = wording
    save_reminder_settings(uow, replace(settings, greetings=greetings))
