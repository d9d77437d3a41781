"""Care reminders (关怀提醒) and salons (沙龙) with their invitation lists."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
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


class EventKind(str, Enum):
    SALON = "salon"
    MEETING = "meeting"
    TASTING = "tasting"
    TRAINING = "training"


class EventStatus(str, Enum):
    PLANNING = "planning"
    INVITING = "inviting"
    HELD = "held"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class InvitationStatus(str, Enum):
    """An invitee's path: screened → invited → accepted/declined → signed in / no show."""

    SHORTLISTED = "shortlisted"
    INVITED = "invited"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    SIGNED_IN = "signed_in"
    NO_SHOW = "no_show"


@dataclass
class Event:
    title: str
    kind: EventKind
    starts_at: datetime  # UTC
    location: str = ""
    capacity: int | None = None
    status: EventStatus = EventStatus.PLANNING
    description: str = ""
    id: int | None = None


@dataclass
class Invitation:
    event_id: int
    customer_id: int
    status: InvitationStatus = InvitationStatus.SHORTLISTED
    invited_on: date | None = None
    responded_on: date | None = None
    note: str = ""
    id: int | None = None
