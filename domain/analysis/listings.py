"""New products listed (新品上柜) and whether they were ordered again (动销).

A product flagged new (`Product.is_new`) is *listed* at a customer on the customer's first ever order
of it; the listing belongs to that order's month. It was *reordered* when the customer ordered it again
on a later day — later in the same month or in any month after. A first order that had been placed
before the product was flagged new still counts: the flag is read as it stands now. In the workspace's
first month of orders nothing counts as listed: without earlier history a first order in the data
cannot be told from a shop's regular one.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from domain.model.customers import CustomerStatus
from domain.model.sales import SalesLine
from domain.percentages import ratio_pct
from domain.periods import month_range


class ListingRow(NamedTuple):
    """What storage returns per listing."""

    customer_id: int
    product_id: int
    first_order: date
    cartons: int  # supplied on the first order's day
    reordered: bool


class NewListing(NamedTuple):
    customer_id: int
    customer_name: str
    product_id: int
    product_name: str
    price_class: int
    first_order: date
    cartons: int
    reordered: bool
    status: CustomerStatus = CustomerStatus.ACTIVE


def find_listings(lines: Iterable[SalesLine], new_products: Collection[int], month: date,
                  customer_id: int | None = None) -> list[ListingRow]:
    """The rule on plain lines (the SQL does the same on the workspace's indexes)."""
    start, end = month_range(month)
    days: dict[tuple[int, int], dict[date, int]] = {}
    for ln in lines:
        if ln.product_id in new_products and (customer_id is None or ln.customer_id == customer_id):
            by_day = days.setdefault((ln.customer_id, ln.product_id), {})
            by_day[ln.order_date] = by_day.get(ln.order_date, 0) + ln.supplied_qty
    out = []
    for (c, p), by_day in days.items():
        first = min(by_day)
        if start <= first < end:
            out.append(ListingRow(c, p, first, by_day[first], len(by_day) > 1))
    out.sort(key=lambda r: (r.first_order, r.customer_id, r.product_id))
    return out


def reorder_rate_pct(listings: Iterable[NewListing]) -> Decimal | None:
    """Of the listings, the share ordered again."""
    items = list(listings)
    if not items:
        return None
    return ratio_pct(sum(x.reordered for x in items), len(items))
