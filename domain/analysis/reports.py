"""What the analysis page and the dossier's Sales tab show: one month of the territory, or of one
customer, with everything the month's rules found."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from domain.analysis.changes import MonthComparison
from domain.analysis.decline import DecliningCustomer
from domain.analysis.inflation import InflationSignal
from domain.analysis.listings import NewListing
from domain.analysis.rankings import BY_CARTONS, CustomerMonth, Key, ProductMonth, bottom, lowest_fill_rates, top
from domain.analysis.rankings import short_supplied as _short_supplied
from domain.analysis.structure import ClassShare
from domain.model.customers import CustomerStatus
from domain.profit import MarginBasis, PeriodFigures


class StoppedCustomer(NamedTuple):
    """Ordered the month before, nothing this month."""

    customer_id: int
    name: str
    previous_cartons: int
    status: CustomerStatus = CustomerStatus.ACTIVE


@dataclass(frozen=True)
class TerritoryMonthAnalysis:
    month: date  # first day
    comparison: MonthComparison  # with the customer counts
    trend: tuple[PeriodFigures, ...]  # up to 12 months to `month`, oldest first, from the first with orders
    classes: tuple[ClassShare, ...]  # 一类 … 五类
    products: tuple[ProductMonth, ...]  # every product ordered in the month, most cartons first
    customers: tuple[CustomerMonth, ...]  # every customer who ordered in the month, most cartons first
    declining: tuple[DecliningCustomer, ...]
    inflation: tuple[InflationSignal, ...]
    new_listings: tuple[NewListing, ...]
    listings_known: bool = True  # False in the workspace's first month of orders: no history to tell
    decline_known: bool = True  # False: too little history to tell a three-month decline
    inflation_known: bool = True  # False: too little history to read demand inflation
    margin_basis: MarginBasis = MarginBasis.PURCHASE
    stopped: tuple[StoppedCustomer, ...] = ()  # ordered the month before, not this month

    @property
    def figures(self) -> PeriodFigures:
        return self.comparison.current

    def top_customers(self, n: int, key: Key = BY_CARTONS) -> list[CustomerMonth]:
        return top(self.customers, key, n)

    def bottom_customers(self, n: int, key: Key = BY_CARTONS) -> list[CustomerMonth]:
        return bottom(self.customers, key, n)

    def lowest_fill_rates(self, n: int) -> list[CustomerMonth]:
        return lowest_fill_rates(self.customers, n)

    @property
    def short_supplied(self) -> tuple[ProductMonth, ...]:
        return _short_supplied(self.products)


@dataclass(frozen=True)
class CustomerMonthAnalysis:
    customer_id: int
    month: date | None  # None: the customer has no orders at all
    months: tuple[date, ...]  # the customer's months with orders, newest first
    comparison: MonthComparison | None
    trend: tuple[PeriodFigures, ...]
    classes: tuple[ClassShare, ...]
    products: tuple[ProductMonth, ...]
    new_listings: tuple[NewListing, ...]
    inflation: tuple[InflationSignal, ...]
    cartons_falling: bool = False  # fell three months running up to `month`
    profit_falling: bool = False
    listings_known: bool = True  # False in the workspace's first month of orders
    decline_known: bool = True  # False: too little of the customer's history for the decline rule
    inflation_known: bool = True
    margin_basis: MarginBasis = MarginBasis.PURCHASE

    @property
    def figures(self) -> PeriodFigures | None:
        return None if self.comparison is None else self.comparison.current

    @property
    def short_supplied(self) -> tuple[ProductMonth, ...]:
        return _short_supplied(self.products)
