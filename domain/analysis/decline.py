"""Customers whose cartons or gross profit fell three months running (连续三个月下滑).

A figure *fell three months running* at month M when each of M−2, M−1 and M is strictly below the
month before it: x(M−3) > x(M−2) > x(M−1) > x(M). A month without orders counts as zero, so a shop
that stopped ordering after two falling months shows here once; a shop that had no orders in M−3
cannot fall from it. So the rule can only speak of a month when the workspace has orders from M−3 on;
with less history it says so (`enough_history`) rather than finding no one.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from domain.model.customers import CustomerStatus
from domain.percentages import ratio_pct
from domain.periods import months_ending, shift_month
from domain.profit import NO_SALES, ProfitScale, SalesSums, gross_profit

FALLING_MONTHS = 3


def enough_history(months_with_orders: Iterable[date], month: date) -> bool:
    """Whether orders reach back to M−3, the month the first fall is measured from."""
    first = min(months_with_orders, default=None)
    return first is not None and first <= shift_month(month, -FALLING_MONTHS)


def fell_months_running(values: Sequence[Decimal | int], months: int = FALLING_MONTHS) -> bool:
    """True when each of the last `months` values is strictly below the one before it."""
    if len(values) < months + 1:
        return False
    for k in range(len(values) - months, len(values)):
        if not values[k] < values[k - 1]:
            return False
    return True


class CustomerMonthSums(NamedTuple):
    """One customer's sums in one month, as storage returns them."""

    customer_id: int
    month: date
    sums: SalesSums


class DecliningCustomer(NamedTuple):
    customer_id: int
    name: str
    months: tuple[date, ...]  # FALLING_MONTHS + 1 months, oldest first
    cartons: tuple[int, ...]
    gross_profit: tuple[Decimal, ...]
    cartons_falling: bool
    profit_falling: bool
    status: CustomerStatus = CustomerStatus.ACTIVE

    @property
    def cartons_change_pct(self) -> Decimal | None:
        """From the first month of the series to the last."""
        first, last = self.cartons[0], self.cartons[-1]
        return None if not first else ratio_pct(last - first, first)


def declining_customers(month: date, rows: Iterable[CustomerMonthSums], names: Mapping[int, str],
                        default_margin_rate: Decimal,
                        statuses: Mapping[int, CustomerStatus] | None = None) -> tuple[DecliningCustomer, ...]:
    """Everyone whose cartons or gross profit fell three months running up to `month`, the steepest
    fall in cartons first. `rows` may hold other months; they are ignored."""
    months = months_ending(month, FALLING_MONTHS + 1)
    position = {m: i for i, m in enumerate(months)}
    scale = ProfitScale(default_margin_rate)
    n = len(months)
    cartons: dict[int, list[int]] = {}
    profits: dict[int, list[int]] = {}
    sums: dict[int, list[SalesSums]] = {}
    for r in rows:  # a territory month: 40,000 rows, so integers only until a customer is found
        i = position.get(r.month)
        if i is None:
            continue
        c = cartons.get(r.customer_id)
        if c is None:
            c = cartons[r.customer_id] = [0] * n
            profits[r.customer_id] = [0] * n
            sums[r.customer_id] = [NO_SALES] * n
        c[i] = r.sums.cartons
        profits[r.customer_id][i] = scale(r.sums)
        sums[r.customer_id][i] = r.sums
    out = []
    for customer_id, c in cartons.items():
        cartons_falling = fell_months_running(c)
        profit_falling = fell_months_running(profits[customer_id])
        if cartons_falling or profit_falling:
            out.append(DecliningCustomer(
                customer_id, names.get(customer_id, ""), tuple(months), tuple(c),
                tuple(gross_profit(s, default_margin_rate) for s in sums[customer_id]),
                cartons_falling, profit_falling,
                (statuses or {}).get(customer_id, CustomerStatus.ACTIVE),
            ))
    out.sort(key=lambda d: (d.cartons_change_pct if d.cartons_change_pct is not None else Decimal(0),
                            d.customer_id))
    return tuple(out)
