"""Read models of visits: the preparation panel, the record form's data, follow-up and history lists,
the day summary. Plain frozen rows; storage fills the raw ones, domain services the rest."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from domain.care.reminders import DueReminder
from domain.model.customers import Birthday
from domain.model.visits import InventoryCount, VisitStatus, VisitType
from domain.profit import PeriodFigures
from domain.star_scoring import WeakCriterion
from domain.visits.record import VisitRecord
from domain.visits.suggested_order import CycleDemand, SupplyHistory

# --- what storage returns ----------------------------------------------------------------------


@dataclass(frozen=True)
class CountedVisit:
    """A shop's latest done visit with a stock count: per product the stock, the suggestion and the
    order agreed then."""

    visit_id: int
    on: date
    counts: tuple[InventoryCount, ...]  # by product id


@dataclass(frozen=True)
class CheckedVisit:
    """A shop's latest done visit with a store check: the price labels then, and what was noted about
    the store (its note and the store-check entries), where a missing label's product may be named."""

    visit_id: int
    on: date
    price_labels_complete: bool | None
    price_labels_missing: int
    notes: tuple[str, ...]


@dataclass(frozen=True)
class ProductLines:
    """One product a customer was supplied: order lines of a window summed per order date, and the
    first order ever (to tell a product listed recently)."""

    product_id: int
    code: str
    name: str
    price_class: int
    is_new: bool
    is_scarce: bool
    first_ordered_on: date | None
    lines: tuple[tuple[date, int], ...]  # (order date, cartons supplied), in the window asked for

    @property
    def cartons(self) -> int:
        return sum(q for _, q in self.lines)


@dataclass(frozen=True)
class ProductChoice:
    """A product offered in the form's "add product" list."""

    id: int
    code: str
    name: str
    price_class: int
    is_new: bool = False
    is_scarce: bool = False


class FollowUpItem(NamedTuple):
    id: int
    customer_id: int
    customer_name: str
    route: str
    text: str
    due_on: date | None
    owner_note: str
    status: str  # open / done
    visit_id: int | None
    visit_on: date | None  # the visit it came from
    done_on: date | None = None

    def overdue(self, today: date) -> bool:
        return self.status == "open" and self.due_on is not None and self.due_on < today


class VisitHistoryRow(NamedTuple):
    visit_id: int
    planned_on: date
    customer_id: int
    customer_name: str
    license_no: str
    route: str
    visit_type: str
    status: str
    started_at: datetime | None  # aware, UTC
    ended_at: datetime | None
    summary: str
    entries: int
    follow_ups: int
    photos: int
    search_pinyin: str = ""
    search_initials: str = ""


@dataclass(frozen=True)
class VisitFilter:
    """What the history list asks storage for; the customer text is matched in memory."""

    start: date | None = None  # inclusive
    end: date | None = None  # inclusive
    route: str | None = None
    visit_type: VisitType | None = None
    status: VisitStatus | None = None
    customer_id: int | None = None


@dataclass(frozen=True)
class DayVisit:
    visit_id: int | None  # None: a stop of the day plan without a visit row
    customer_id: int
    customer_name: str
    route: str
    status: str  # planned / done / missed / cancelled, as stored
    visit_type: str
    summary: str
    price_labels_missing: int
    price_labels_complete: bool | None
    license_shown: bool | None
    display_state: str
    tidiness: str
    position: int | None = None  # on the day plan
    started_at: datetime | None = None  # aware, UTC
    ended_at: datetime | None = None
    next_visit_on: date | None = None
    suggested: int | None = None  # cartons suggested over the visit's stock counts; None: none suggested
    agreed: int | None = None  # cartons agreed over them; None: none recorded


@dataclass(frozen=True)
class DayEntry:
    """An entry of a visit of the day (complaints, needs, market information …)."""

    visit_id: int
    customer_name: str
    kind: str
    text: str


@dataclass(frozen=True)
class DayData:
    """A day as storage has it: the day plan's summary, its visits, their entries and follow-ups."""

    day: date
    plan_id: int | None
    summary: str
    visits: tuple[DayVisit, ...]
    entries: tuple[DayEntry, ...]
    follow_ups: tuple[FollowUpItem, ...]  # created on this day's visits


# --- what services make of it ---------------------------------------------------------------------


@dataclass(frozen=True)
class MainProduct:
    name: str
    price_class: int
    cartons: int
    share_pct: Decimal | None


@dataclass(frozen=True)
class ClassShare:
    price_class: int
    cartons: int
    share_pct: Decimal | None


@dataclass(frozen=True)
class NewProduct:
    name: str
    first_ordered_on: date | None  # None: not listed in this shop yet


@dataclass(frozen=True)
class CareView:
    birthday: Birthday | None
    birthday_on: date | None  # the next birthday's solar date (lunar ones converted) within the coming week
    hobbies: str = ""
    family_notes: str = ""
    preferred_contact_time: str = ""
    preferred_channel: str = ""


@dataclass(frozen=True)
class LastVisit:
    on: date
    visit_type: str
    summary: str


@dataclass(frozen=True)
class VisitPreparation:
    """拜访准备: what the manager looks at before going in."""

    customer_id: int
    customer_name: str
    owner: str
    license_no: str
    phone: str
    address: str
    route: str
    segment: str
    star_level: int | None
    grade: int | None
    integrity_grade: str
    visit_every_days: int | None
    months: tuple[date, ...]  # the three months the figures cover (first days), oldest first
    figures: PeriodFigures | None  # None: no orders in those months
    monthly_cartons: tuple[int, ...]  # per month of `months`
    main_products: tuple[MainProduct, ...]
    class_structure: tuple[ClassShare, ...]  # classes 1–5
    new_listed: tuple[NewProduct, ...]  # first ordered in the last 30 days of data
    new_not_listed: tuple[NewProduct, ...]  # new products of the catalogue the shop has not ordered
    open_follow_ups: tuple[FollowUpItem, ...]
    weakest: tuple[WeakCriterion, ...]
    evaluated_on: date | None
    result_code: str
    care: CareView
    last_visit: LastVisit | None
    reminders: tuple[DueReminder, ...] = ()  # the shop's care reminders of the coming two weeks


@dataclass(frozen=True)
class GridProduct:
    product: ProductChoice
    history: SupplyHistory


@dataclass(frozen=True)
class VisitForm:
    """Everything the record form needs, loaded in one go."""

    preparation: VisitPreparation
    record: VisitRecord
    status: VisitStatus  # of the stored visit; PLANNED for a new one
    usual: tuple[GridProduct, ...]  # products supplied in the window, most cartons first
    products: tuple[ProductChoice, ...]  # every product that can be added
    cover_weeks: int
    window: tuple[date, date]  # the supply window [start, end)
    # per product with a forecast for the visit's month: the next order cycle's demand, which the
    # suggestion is computed from (domain/services/order_suggestions.py); others keep the 8-week rule
    demands: Mapping[int, CycleDemand] = field(default_factory=dict)


@dataclass(frozen=True)
class Problem:
    customer_name: str
    kind: str  # price_labels, license, complaint, opinion, need, market_info, competitor_info
    text: str


@dataclass(frozen=True)
class DaySummary:
    """日常分析与拜访总结 of one day."""

    day: date
    plan_id: int | None
    summary: str
    visits: tuple[DayVisit, ...]
    done: int
    missed: int  # marked missed, or still planned on a day gone by
    planned: int  # still planned, today or later
    phone: int
    problems: tuple[Problem, ...]
    follow_ups: tuple[FollowUpItem, ...]

    def shown_status(self, visit: DayVisit, today: date) -> str:
        if visit.status == "planned" and self.day < today:
            return "missed"
        return visit.status
