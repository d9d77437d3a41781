"""建议订货 from the forecast, for a set of shops and a visiting day: per shop × product the month's
forecast, the demand of the shop's next order cycle, and the order suggested against the stock
counted (the rule: domain/visits/suggested_order.py, "from the forecast").

The handbook prints these figures against the stock counted at the last visit ("check the stock" where
none was counted); the visit record computes them again live from the stock counted today, from the
same `CycleDemand`, so the two agree. A shop × product without a forecast (no orders before the month,
a delisted product, a closed shop) has no entry here: the visit record then falls back to the 8-week
rule, and the handbook shows no suggestion.

Reads in a fixed few queries for all the shops (the forecast's own, order dates, counts, supply).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from domain.forecast.model import HolidayCalendar
from domain.forecast.season import order_every, projected_order_days
from domain.model.products import Product
from domain.periods import month_range
from domain.ports import UnitOfWork
from domain.services.forecast import NoOrdersBeforeMonth, territory_forecast
from domain.visits.record_views import CountedVisit
from domain.visits.suggested_order import (
    WINDOW_WEEKS,
    CycleDemand,
    Suggestion,
    next_order_day,
    suggest_for_cycle,
)

RHYTHM_DAYS = 183  # order dates read for the rhythm: about half a year
DEFAULT_CYCLE_DAYS = 7  # a shop with too few orders to show a rhythm is taken to order weekly


@dataclass(frozen=True)
class ProductOrder:
    """One shop × product: the cycle demand from the forecast, and the last visit's count and order."""

    customer_id: int
    product_id: int
    code: str
    name: str
    demand: CycleDemand
    last_stock: int | None = None  # counted at the last visit with a count; None: not counted then
    last_ordered: int | None = None  # the order agreed at that visit
    counted_on: date | None = None

    @property
    def suggestion(self) -> Suggestion:
        """Against the last stock counted; Basis.NOT_COUNTED ("check the stock") when there is none."""
        return suggest_for_cycle(self.demand, self.last_stock)


@dataclass(frozen=True)
class OrderSuggestions:
    day: date
    month: date  # the month whose forecast is read
    shops: Mapping[int, tuple[ProductOrder, ...]] = field(default_factory=dict)  # largest forecast first
    counted: Mapping[int, CountedVisit] = field(default_factory=dict)  # each shop's last visit with a count
    products: Mapping[int, Product] = field(default_factory=dict)  # the catalogue, by id

    def of(self, customer_id: int) -> tuple[ProductOrder, ...]:
        return self.shops.get(customer_id, ())

    def demands(self, customer_id: int) -> dict[int, CycleDemand]:
        """The shop's cycle demands by product id: what the visit record computes its suggestion from."""
        return {p.product_id: p.demand for p in self.of(customer_id)}


def cycle_demand(product_id: int, month_forecast: int, month: date, dates: list[date], day: date,
                 cap: int | None = None) -> CycleDemand:
    """The cycle demand of one shop × product from its month forecast and the shop's order dates
    (sorted, before `day`)."""
    every = order_every(dates) or DEFAULT_CYCLE_DAYS
    last = dates[-1] if dates else day
    next_on = next_order_day(last, every, day)
    before_month = [d for d in dates if d < month]
    projected = projected_order_days(month, before_month)
    if projected is None:
        first, after = month_range(month)
        projected = (after - first).days / every
    return CycleDemand(product_id, month_forecast, max(1, round(projected)), every, next_on,
                       (next_on - day).days, cap)


def order_suggestions(uow: UnitOfWork, customer_ids: Collection[int], day: date,
                      calendar: HolidayCalendar | None = None) -> OrderSuggestions:
    """Per shop of `customer_ids` and product with a forecast for `day`'s month: its cycle demand and
    the suggestion against the last stock counted."""
    month = day.replace(day=1)
    ids = set(customer_ids)
    if not ids:
        return OrderSuggestions(day, month)
    try:
        figures = [f for f in territory_forecast(uow, month, calendar).shops
                   if f.customer_id in ids and f.cartons > 0]
    except NoOrdersBeforeMonth:
        figures = []  # no suggestions; the counts and the catalogue are still what the caller reads
    with uow:
        dates = {cid: days for cid, days in uow.forecast_queries.order_days(day - timedelta(days=RHYTHM_DAYS), day).items()
                 if cid in ids}
        counted = uow.visit_queries.last_counts(ids, day)
        supply = uow.visit_queries.shops_product_lines(ids, day - timedelta(weeks=WINDOW_WEEKS), day)
        products = {p.id: p for p in uow.products.list() if p.id is not None}
    # a scarce product's suggestion never exceeds its latest supply (the 8-week rule's cap, kept)
    caps: dict[tuple[int, int], int] = {}
    for cid, lines in supply.items():
        for p in lines:
            if p.is_scarce and p.lines:
                last_day = max(d for d, _ in p.lines)
                caps[(cid, p.product_id)] = sum(q for d, q in p.lines if d == last_day)
    out: dict[int, list[ProductOrder]] = defaultdict(list)
    for f in figures:
        cid, pid = f.customer_id, f.product_id
        product = products.get(pid)
        demand = cycle_demand(pid, f.cartons, month, list(dates.get(cid, ())), day, caps.get((cid, pid)))
        visit = counted.get(cid)
        count = next((c for c in visit.counts if c.product_id == pid), None) if visit else None
        out[cid].append(ProductOrder(
            cid, pid, product.code if product else str(pid), product.name if product else "", demand,
            count.stock_qty if count else None, count.ordered_qty if count else None,
            visit.on if visit and count else None))
    return OrderSuggestions(day, month, {cid: tuple(sorted(rows, key=lambda r: (-r.demand.month_forecast, r.code)))
                                         for cid, rows in out.items()}, counted, products)
