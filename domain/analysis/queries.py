"""What the analysis needs from storage: sums, already grouped, never order lines one by one.
Part of domain.ports.WorkspaceQueries; persistence/analysis_queries.py answers in SQL."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from domain.analysis.decline import CustomerMonthSums
from domain.analysis.inflation import OrderPoint
from domain.analysis.listings import ListingRow
from domain.analysis.rankings import ProductSums
from domain.model.customers import CustomerStatus
from domain.profit import SalesSums

Pair = tuple[int, int]  # (customer id, product id)


class AnalysisQueries(Protocol):
    def sales_months(self, customer_id: int | None = None) -> list[date]:
        """First days of the months with orders (of one customer, if given), newest first."""
        ...

    def month_sums(self, months: Sequence[date], customer_id: int | None = None) -> dict[date, SalesSums]:
        """Each month's sums (territory, or one customer); months without orders are left out."""
        ...

    def customers_ordering(self, months: Sequence[date]) -> dict[date, int]:
        """How many customers ordered in each month; months without orders are left out."""
        ...

    def product_sums(self, month: date, customer_id: int | None = None) -> list[ProductSums]:
        """Per product ordered in the month: sums and the number of customers who ordered it."""
        ...

    def customer_month_sums(self, months: Sequence[date]) -> list[CustomerMonthSums]:
        """Per customer and month, for the customers who ordered in it."""
        ...

    def customer_names(self) -> dict[int, str]:
        ...

    def customer_statuses(self) -> dict[int, CustomerStatus]:
        """The customers who are not active (suspended, archived); every other one is."""
        ...

    def new_listings(self, month: date, customer_id: int | None = None) -> list[ListingRow]:
        """First ever orders, in the month, of products flagged new (domain.analysis.listings)."""
        ...

    def short_supply_orders(self, month: date, orders: int,
                            customer_id: int | None = None) -> dict[Pair, list[OrderPoint]]:
        """For every customer × product with a short-supplied line in the month: its last `orders`
        orders up to the month's end (a day's lines added up), oldest first. Pairs with fewer orders
        are left out."""
        ...

    def order_history(self, pairs: Sequence[Pair], end: date, orders: int) -> dict[Pair, list[OrderPoint]]:
        """For each pair: its last `orders` orders before `end`, oldest first."""
        ...
