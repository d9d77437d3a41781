"""Read models: what lists and summaries show, as plain frozen rows."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class SegmentCount:
    segment: str
    customers: int
    visit_every_days: int


@dataclass(frozen=True)
class UpcomingReminder:
    due_on: date
    title: str
    customer_name: str
    kind: str


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
    upcoming_reminders: tuple[UpcomingReminder, ...]
    planned_today: int
    events_upcoming: int
