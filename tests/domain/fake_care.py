"""The care repository of the fake unit of work: own reminders, actions and family birthdays in the
store, the facts read from its customers and plans, as the SQL repository reads them."""
from __future__ import annotations

import copy
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from domain.care.reminders import (
    CareKind,
    DatedItem,
    FamilyBirthday,
    ReminderAction,
    ReminderSettings,
    ShopCareFacts,
)
from domain.model.care import Reminder, ReminderKind
from domain.model.customers import CustomerStatus
from domain.model.evaluations import PlanStatus


class FakeCareRepository:
    def __init__(self, store: Any) -> None:
        self._store = store

    def add_reminder(self, reminder: Reminder) -> int:
        return int(self._store.add("reminders", reminder))

    def get_reminder(self, reminder_id: int) -> Reminder | None:
        return copy.deepcopy(self._store.table("reminders").get(reminder_id))

    def set_reminder_done(self, reminder_id: int, done_on: date | None) -> None:
        self._store.table("reminders")[reminder_id].done_on = done_on

    def open_own_reminders(self) -> list[DatedItem]:
        own = (ReminderKind.OWN, ReminderKind.CUSTOM)
        return sorted((DatedItem(CareKind.OWN, r.id, r.customer_id, r.due_on, r.title)
                       for r in self._store.table("reminders").values() if r.kind in own and r.done_on is None),
                      key=lambda i: (i.on, i.ref))

    def add_action(self, action: ReminderAction, customer_id: int | None, kind: CareKind, title: str,
                   created_at: datetime) -> None:
        self._store.__dict__.setdefault("actions", []).append((action, customer_id, kind, title))

    def _actions(self) -> list[tuple[ReminderAction, int | None, CareKind, str]]:
        return self._store.__dict__.get("actions", [])  # type: ignore[no-any-return]

    def actions(self, occurrences: Sequence[str] | None = None) -> list[ReminderAction]:
        return [a for a, *_ in self._actions() if occurrences is None or a.occurrence in occurrences]

    def action_history(self, customer_id: int) -> list[tuple[ReminderAction, CareKind, str]]:
        return [(a, kind, title) for a, cid, kind, title in reversed(self._actions()) if cid == customer_id]

    def family_birthdays(self, customer_id: int) -> list[FamilyBirthday]:
        return list(self._store.__dict__.setdefault("family", {}).get(customer_id, []))

    def set_family_birthdays(self, customer_id: int, family: Sequence[FamilyBirthday]) -> None:
        self._store.__dict__.setdefault("family", {})[customer_id] = list(family)

    def shop_facts(self, customer_id: int | None = None) -> list[ShopCareFacts]:
        out = []
        for c in sorted(self._store.table("customers").values(), key=lambda c: c.id):
            if customer_id is not None and c.id != customer_id:
                continue
            if customer_id is None and c.status is not CustomerStatus.ACTIVE:
                continue
            out.append(ShopCareFacts(
                c.id, c.license_no, c.name, c.owner, c.care.birthday, tuple(self.family_birthdays(c.id)),
                c.license_expiry, c.segment_id, c.value_tier.value if c.value_tier else None, tuple(sorted(c.tags))))
        return out

    def plan_reviews(self) -> list[DatedItem]:
        plans = [p for p in self._store.table("improvement_plans").values()
                 if p.status is PlanStatus.OPEN and p.review_on is not None]
        return [DatedItem(CareKind.PLAN, p.id, p.customer_id, p.review_on, p.notes)
                for p in sorted(plans, key=lambda p: (p.review_on, p.id))]

    def reminder_settings(self) -> ReminderSettings:
        return self._store.__dict__.get("reminder_settings") or ReminderSettings()

    def save_reminder_settings(self, settings: ReminderSettings) -> None:
        self._store.__dict__["reminder_settings"] = settings
