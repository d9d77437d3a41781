"""Care reminders (关怀提醒) and salons (沙龙) with their invitation lists."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum


class ReminderKind(str, Enum):
    BIRTHDAY = "birthday"
    FOLLOW_UP = "follow_up"
    LICENSE_EXPIRY = "license_expiry"
    FESTIVAL = "festival"
    CUSTOM = "custom"
    OWN = "own"  # a one-off the manager typed on a shop; the other kinds are computed now


class Recurrence(str, Enum):
    NONE = "none"
    YEARLY_SOLAR = "yearly_solar"
    YEARLY_LUNAR = "yearly_lunar"


@dataclass
class Reminder:
    kind: ReminderKind
    title: str
    due_on: date
    customer_id: int | None = None
    recurrence: Recurrence = Recurrence.NONE
    lead_days: int = 3
    note: str = ""
    done_on: date | None = None
    id: int | None = None
