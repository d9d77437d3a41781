"""The demand-inflation signal (需求虚高) of seed 2: a shop asks 5 cartons of a scarce brand and gets 3,
asks 7 the next time and gets 3, then 9 — stated demand inflates and forecasts built on it fail.

The rule, for one customer and one product:

1. Take the customer's orders of the product in date order; lines of the same day are added up.
2. An order is *short* when it was supplied less than it asked for (supplied < requested).
3. The *run* is the longest stretch of orders that ends with the latest one in which every order is
   short and every order after the first asks for strictly more than the one before it while being
   supplied no more than the one before it (supply flat, or cut further).
4. The customer shows demand inflation for the product when the run holds at least three orders
   (MIN_RUN): asked 5 → 7 → 9, supplied 3 → 3 → 3.

Not inflation: requests that stop rising (5 → 7 → 7), supply that rises with them (3 → 4 → 5), a
latest order that was filled in full, fewer than three orders. In a month's analysis the latest order
(the last one up to the month's end) must fall in that month, so a signal belongs to one month.
Demand is read against a quarter of orders: with less than HISTORY_MONTHS months of orders the
analysis says the history is too short instead of reporting that nothing was found.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import NamedTuple

from domain.model.customers import CustomerStatus
from domain.periods import shift_month

MIN_RUN = 3
LOOKBACK = 12  # how many orders are read to measure a run's length; longer runs show as ≥ 12
HISTORY_MONTHS = 3


def enough_history(months_with_orders: Iterable[date], month: date) -> bool:
    """Whether orders reach back HISTORY_MONTHS months, `month` included."""
    first = min(months_with_orders, default=None)
    return first is not None and first <= shift_month(month, 1 - HISTORY_MONTHS)


class OrderPoint(NamedTuple):
    """One order of one product by one customer: the day's lines added up."""

    order_date: date
    requested: int
    supplied: int

    @property
    def short(self) -> bool:
        return self.supplied < self.requested


def _continues(before: OrderPoint, after: OrderPoint) -> bool:
    return after.short and after.requested > before.requested and after.supplied <= before.supplied


def inflation_run(orders: Sequence[OrderPoint]) -> tuple[OrderPoint, ...]:
    """The run (rule 3) of `orders` (oldest first): empty when the latest order is not short."""
    if not orders or not orders[-1].short:
        return ()
    start = len(orders) - 1
    while start > 0 and orders[start - 1].short and _continues(orders[start - 1], orders[start]):
        start -= 1
    return tuple(orders[start:])


def shows_inflation(orders: Sequence[OrderPoint]) -> bool:
    return len(inflation_run(orders)) >= MIN_RUN


class InflationSignal(NamedTuple):
    customer_id: int
    customer_name: str
    product_id: int
    product_name: str
    run: tuple[OrderPoint, ...]  # oldest first, at least MIN_RUN orders
    status: CustomerStatus = CustomerStatus.ACTIVE

    @property
    def requested(self) -> tuple[int, ...]:
        return tuple(o.requested for o in self.run)

    @property
    def supplied(self) -> tuple[int, ...]:
        return tuple(o.supplied for o in self.run)

    @property
    def last_order(self) -> date:
        return self.run[-1].order_date

    @property
    def inflation(self) -> int:
        """How far the latest request runs ahead of the latest supply, in cartons."""
        return self.run[-1].requested - self.run[-1].supplied
