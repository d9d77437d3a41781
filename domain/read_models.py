"""Read models: what lists and summaries show, as plain frozen rows."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from domain.care.reminders import DueReminder


@dataclass(frozen=True)
class SegmentCount:
    segment: str | None  # None: the customers without a segment (未分类)
    customers: int
    visit_every_days: int | None


@dataclass(frozen=True)
class MonthTotals:
    month: date  # first day of the month
    cartons: int
    amount: Decimal
    customers: int


@dataclass(frozen=True)
class WorkspaceOverview:
    active_customers: int
    archived_customers: int
    products: int
    sales_lines: int
    visits_done: int
    open_follow_ups: int
    latest_month: MonthTotals | None
    previous_month: MonthTotals | None
    segments: tuple[SegmentCount, ...]
    upcoming_reminders: tuple[DueReminder, ...]  # the next OVERVIEW_REMINDER_DAYS days, at most 50
    planned_today: int
    events_upcoming: int


class CustomerListRow(NamedTuple):
    """One line of the customer list (客户档案), with what search and filters need.

    A NamedTuple rather than a frozen dataclass: the list builds 10,000 of them per refresh, and a
    frozen dataclass's __init__ costs ten times as much."""

    id: int
    license_no: str
    name: str
    owner: str
    phone: str
    route: str
    segment: str
    grade: int | None
    star_level: int | None
    integrity_grade: str
    value_tier: str | None
    status: str
    last_visit: date | None
    month_cartons: int | None  # in the list's month (the latest month with order data)
    address: str = ""
    customer_code: str = ""
    tags: tuple[str, ...] = ()
    search_pinyin: str = ""
    search_initials: str = ""


@dataclass(frozen=True)
class CustomerList:
    rows: tuple[CustomerListRow, ...]
    month: date | None  # the month whose cartons the list shows


@dataclass(frozen=True)
class TimelineEntry:
    on: date
    kind: str  # visit, star_evaluation, swot, plan, import, reminder, event, follow_up
    title: str
    detail: str = ""


@dataclass(frozen=True)
class DeletionImpact:
    """What a hard delete of a customer would remove, and what forbids it."""

    star_evaluations: int
    swot_analyses: int
    improvement_plans: int
    reminders: int
    follow_ups: int
    tags: int
    visits: int
    sales_lines: int
    invitations: int
    day_plan_stops: int

    @property
    def blocked(self) -> bool:
        """Visits, orders, invitations and planned stops are history: archive such a customer instead."""
        return bool(self.visits or self.sales_lines or self.invitations or self.day_plan_stops)
