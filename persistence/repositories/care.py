"""Customer care (客情维护): own reminders, what was done with each reminder, family birthdays, the
care settings, events and their invitations; and the facts the reminder rules read, in one query each."""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from domain.care.reminders import (
    ActionState,
    CareKind,
    DatedItem,
    FamilyBirthday,
    ReminderAction,
    ReminderSettings,
    ShopCareFacts,
)
from domain.care.settings_json import settings_from_json, settings_to_json
from domain.model.care import Reminder, ReminderKind
from domain.model.customers import Birthday, BirthdayCalendar
from persistence.repositories.rows import insert_row, naive_utc
from persistence.tables.care import FamilyBirthdayRow, ReminderActionRow, ReminderRow
from persistence.tables.customers import CustomerRow, CustomerTagRow
from persistence.tables.evaluations import ImprovementPlanRow
from persistence.tables.settings import SettingRow

SETTINGS_KEY = "care_reminders"
_OWN_KINDS = (ReminderKind.CUSTOM.value, ReminderKind.OWN.value)


def _birthday(month: int | None, day: int | None, calendar: str | None, year: int | None,
              leap: bool | None) -> Birthday | None:
    if not month or not day:
        return None
    return Birthday(month, day, BirthdayCalendar(calendar or "solar"), year, bool(leap))


class SqlCareRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    # --- own reminders ---------------------------------------------------------------------------

    def add_reminder(self, r: Reminder) -> int:
        r.id = insert_row(
            self._s, ReminderRow, customer_id=r.customer_id, kind=r.kind.value, title=r.title, due_on=r.due_on,
            recurrence=r.recurrence.value, lead_days=r.lead_days, note=r.note, done_on=r.done_on,
        )
        return r.id

    def get_reminder(self, reminder_id: int) -> Reminder | None:
        row = self._s.get(ReminderRow, reminder_id)
        if row is None:
            return None
        return Reminder(ReminderKind(row.kind), row.title, row.due_on, row.customer_id, lead_days=row.lead_days,
                        note=row.note, done_on=row.done_on, id=row.id)

    def set_reminder_done(self, reminder_id: int, done_on: date | None) -> None:
        self._s.execute(update(ReminderRow).where(ReminderRow.id == reminder_id).values(done_on=done_on))

    def open_own_reminders(self) -> list[DatedItem]:
        rows = self._s.execute(
            select(ReminderRow.id, ReminderRow.customer_id, ReminderRow.due_on, ReminderRow.title)
            .where(ReminderRow.kind.in_(_OWN_KINDS), ReminderRow.done_on.is_(None))
            .order_by(ReminderRow.due_on, ReminderRow.id)
        )
        return [DatedItem(CareKind.OWN, rid, cid, on, title) for rid, cid, on, title in rows]

    # --- what the manager did with a reminder ----------------------------------------------------

    def add_action(self, action: ReminderAction, customer_id: int | None, kind: CareKind, title: str,
                   created_at: datetime) -> None:
        self._s.execute(insert(ReminderActionRow).values(
            occurrence=action.occurrence, customer_id=customer_id, kind=kind.value, title=title,
            state=action.state.value, until=action.until, note=action.note, acted_on=action.acted_on,
            created_at=naive_utc(created_at),
        ))

    def actions(self, occurrences: Sequence[str] | None = None) -> list[ReminderAction]:
        """Oldest first, so that the last one of an occurrence is the one in force."""
        query = select(ReminderActionRow).order_by(ReminderActionRow.id)
        if occurrences is not None:
            query = query.where(ReminderActionRow.occurrence.in_(occurrences))
        return [ReminderAction(r.occurrence, ActionState(r.state), r.acted_on, r.until, r.note)
                for r in self._s.scalars(query)]

    def action_history(self, customer_id: int) -> list[tuple[ReminderAction, CareKind, str]]:
        """A shop's reminder history, newest first."""
        rows = self._s.scalars(select(ReminderActionRow).where(ReminderActionRow.customer_id == customer_id)
                               .order_by(ReminderActionRow.id.desc()))
        return [(ReminderAction(r.occurrence, ActionState(r.state), r.acted_on, r.until, r.note),
                 CareKind(r.kind), r.title) for r in rows]

    # --- family birthdays ------------------------------------------------------------------------

    def family_birthdays(self, customer_id: int) -> list[FamilyBirthday]:
        rows = self._s.scalars(select(FamilyBirthdayRow).where(FamilyBirthdayRow.customer_id == customer_id)
                               .order_by(FamilyBirthdayRow.id))
        return [self._family(r) for r in rows]

    def set_family_birthdays(self, customer_id: int, family: Sequence[FamilyBirthday]) -> None:
        self._s.execute(delete(FamilyBirthdayRow).where(FamilyBirthdayRow.customer_id == customer_id))
        if family:
            self._s.execute(insert(FamilyBirthdayRow), [{
                "customer_id": customer_id, "who": f.who, "month": f.birthday.month, "day": f.birthday.day,
                "calendar": f.birthday.calendar.value, "leap_month": f.birthday.leap_month,
                "year": f.birthday.year,
            } for f in family])

    @staticmethod
    def _family(r: FamilyBirthdayRow) -> FamilyBirthday:
        birthday = _birthday(r.month, r.day, r.calendar, r.year, r.leap_month)
        assert birthday is not None
        return FamilyBirthday(r.who, birthday, r.id)

    # --- the facts the rules read ----------------------------------------------------------------

    def shop_facts(self, customer_id: int | None = None) -> list[ShopCareFacts]:
        """Active shops (or the one asked for), with their birthdays, licence expiry, tags."""
        c = CustomerRow
        where = [c.id == customer_id] if customer_id is not None else [c.status == "active"]
        tags: dict[int, list[str]] = defaultdict(list)
        tag_query = select(CustomerTagRow.customer_id, CustomerTagRow.tag).order_by(CustomerTagRow.tag)
        family_query = select(FamilyBirthdayRow).order_by(FamilyBirthdayRow.id)
        if customer_id is not None:
            tag_query = tag_query.where(CustomerTagRow.customer_id == customer_id)
            family_query = family_query.where(FamilyBirthdayRow.customer_id == customer_id)
        for cid, tag in self._s.execute(tag_query):
            tags[cid].append(tag)
        family: dict[int, list[FamilyBirthday]] = defaultdict(list)
        for row in self._s.scalars(family_query):
            family[row.customer_id].append(self._family(row))
        rows = self._s.execute(
            select(c.id, c.license_no, c.name, c.owner, c.birthday_month, c.birthday_day, c.birthday_calendar,
                   c.birthday_year, c.birthday_leap_month, c.license_expiry, c.segment_id, c.value_tier)
            .where(*where).order_by(c.id)
        )
        return [ShopCareFacts(
            r[0], r[1], r[2], r[3], _birthday(r[4], r[5], r[6], r[7], r[8]), tuple(family.get(r[0], ())),
            r[9], r[10], r[11], tuple(tags.get(r[0], ())),
        ) for r in rows]

    def plan_reviews(self) -> list[DatedItem]:
        """Open improvement plans with a review date."""
        p = ImprovementPlanRow
        rows = self._s.execute(select(p.id, p.customer_id, p.review_on, p.notes)
                               .where(p.status == "open", p.review_on.is_not(None)).order_by(p.review_on, p.id))
        return [DatedItem(CareKind.PLAN, pid, cid, on, notes) for pid, cid, on, notes in rows]

    # --- settings --------------------------------------------------------------------------------

    def reminder_settings(self) -> ReminderSettings:
        value = self._s.scalar(select(SettingRow.value).where(SettingRow.key == SETTINGS_KEY))
        if value is None:
            return ReminderSettings()
        try:
            return settings_from_json(json.loads(value))
        except ValueError:
            return ReminderSettings()

    def save_reminder_settings(self, settings: ReminderSettings) -> None:
        self._s.execute(delete(SettingRow).where(SettingRow.key == SETTINGS_KEY))
        self._s.execute(insert(SettingRow).values(
            key=SETTINGS_KEY, value=json.dumps(settings_to_json(settings), ensure_ascii=False)))
