"""Visits (拜访), their eight-step record, follow-ups and day plans (拜访计划)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum


class VisitStatus(str, Enum):
    PLANNED = "planned"
    DONE = "done"
    MISSED = "missed"
    CANCELLED = "cancelled"


class VisitType(str, Enum):
    IN_PERSON = "in_person"
    PHONE = "phone"


class VisitStep(str, Enum):
    """The eight steps of a visit, in order."""

    PREPARATION = "preparation"
    GREETING = "greeting"
    STORE_CHECK = "store_check"
    INVENTORY = "inventory"
    SUGGESTED_ORDER = "suggested_order"
    SERVICE = "service"
    RECORD = "record"
    SUMMARY = "summary"


class EntryKind(str, Enum):
    """What a short entry in the visit record is about."""

    NOTE = "note"
    INFORMATION_PASSED = "information_passed"
    RECOMMENDATION = "recommendation"
    NEED = "need"
    OPINION = "opinion"
    COMPLAINT = "complaint"
    MARKET_INFO = "market_info"
    COMPETITOR_INFO = "competitor_info"


@dataclass(frozen=True)
class StoreCheck:
    license_shown: bool | None = None
    price_labels_complete: bool | None = None
    price_labels_missing: int = 0
    display_state: str = ""
    pop_state: str = ""
    tidiness: str = ""
    note: str = ""


@dataclass(frozen=True)
class VisitEntry:
    step: VisitStep
    kind: EntryKind
    text: str
    id: int | None = None


@dataclass(frozen=True)
class InventoryCount:
    product_id: int
    stock_qty: int  # cartons on hand
    suggested_qty: int | None = None
    ordered_qty: int | None = None  # what the owner agreed to order


@dataclass
class Visit:
    customer_id: int
    planned_on: date
    status: VisitStatus = VisitStatus.PLANNED
    visit_type: VisitType = VisitType.IN_PERSON
    started_at: datetime | None = None  # UTC
    ended_at: datetime | None = None  # UTC
    store_check: StoreCheck = field(default_factory=StoreCheck)
    entries: list[VisitEntry] = field(default_factory=list)
    inventory: list[InventoryCount] = field(default_factory=list)
    summary: str = ""
    next_visit_on: date | None = None
    id: int | None = None


class FollowUpStatus(str, Enum):
    OPEN = "open"
    DONE = "done"


@dataclass
class FollowUp:
    customer_id: int
    text: str
    due_on: date | None = None
    owner_note: str = ""
    status: FollowUpStatus = FollowUpStatus.OPEN
    visit_id: int | None = None
    done_on: date | None = None
    id: int | None = None


@dataclass(frozen=True)
class PlanStop:
    customer_id: int
    position: int
    visit_id: int | None = None


@dataclass
class DayPlan:
    plan_date: date
    stops: list[PlanStop] = field(default_factory=list)
    route: str = ""
    note: str = ""
    summary: str = ""  # the day's summary (日常分析与拜访总结)
    id: int | None = None
