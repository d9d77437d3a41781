"""Month-over-month (环比) and year-over-year (同比) changes of a month's figures.

Amounts and counts change relatively (+12.5%); rates that are already percentages (margin, class 1–2
share, fill rate) change in percentage points (+1.2 个百分点), as the trade reports them.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from domain.percentages import points, ratio_pct
from domain.profit import PeriodFigures


def change_pct(current: Decimal | int | None, previous: Decimal | int | None) -> Decimal | None:
    """(current − previous) ÷ previous in per cent; None when there is nothing to compare with
    (no previous figure, or a previous figure of zero). Exact: rounded only where shown."""
    if current is None or previous is None or previous == 0:
        return None
    return ratio_pct(Decimal(current) - Decimal(previous), abs(Decimal(previous)))


def change_points(current: Decimal | None, previous: Decimal | None) -> Decimal | None:
    """The difference of two percentages in percentage points."""
    return points(current, previous)


class FigureChanges(NamedTuple):
    cartons_pct: Decimal | None = None
    amount_pct: Decimal | None = None
    gross_profit_pct: Decimal | None = None
    margin_points: Decimal | None = None
    class_1_2_points: Decimal | None = None
    fill_rate_points: Decimal | None = None
    customers_pct: Decimal | None = None


def compare(current: PeriodFigures, other: PeriodFigures | None,
            customers: int | None = None, other_customers: int | None = None) -> FigureChanges:
    """How `current` moved against `other` (the month before, or the same month a year before).
    A month without orders compares as nothing to compare with, not as zero."""
    if other is None or not other.cartons:
        return FigureChanges()
    return FigureChanges(
        cartons_pct=change_pct(current.cartons, other.cartons),
        amount_pct=change_pct(current.amount, other.amount),
        gross_profit_pct=change_pct(current.gross_profit, other.gross_profit),
        margin_points=change_points(current.margin_pct, other.margin_pct),
        class_1_2_points=change_points(current.class_1_2_share_pct, other.class_1_2_share_pct),
        fill_rate_points=change_points(current.fill_rate_pct, other.fill_rate_pct),
        customers_pct=change_pct(customers, other_customers),
    )


@dataclass(frozen=True)
class MonthComparison:
    """A month's figures beside the month before and the same month a year before. The customer
    counts (customers who ordered) are the territory's; a single customer's analysis leaves them None."""

    current: PeriodFigures
    previous: PeriodFigures | None
    year_ago: PeriodFigures | None
    customers: int | None = None
    previous_customers: int | None = None
    year_ago_customers: int | None = None

    @property
    def month_over_month(self) -> FigureChanges:
        return compare(self.current, self.previous, self.customers, self.previous_customers)

    @property
    def year_over_year(self) -> FigureChanges:
        return compare(self.current, self.year_ago, self.customers, self.year_ago_customers)
