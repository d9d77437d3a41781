"""What the visit handbook (拜访手册) prints to drive each visit, for all the day's shops at once: per
product the last stock count and agreed order, the 8 weeks' supply, the month's forecast and the
suggested order (domain/services/order_suggestions.py); the weekly sales; the last order; the shop's
shortages (supply cut: asked more than it got) and inflation runs (domain.forecast.demand); the price
labels missing at the last store check.

Read in a fixed few queries for all the shops of the day, never one per shop.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from domain.forecast.demand import in_inflation_run
from domain.forecast.model import HolidayCalendar, MonthQty
from domain.periods import month_start, shift_month
from domain.ports import UnitOfWork
from domain.services.order_suggestions import OrderSuggestions, order_suggestions
from domain.visits.record_views import CheckedVisit, CountedVisit, ProductLines
from domain.visits.suggested_order import Basis

WEEKS = 8  # weekly sales printed
SHORTAGE_MONTHS = 3  # months whose cut supply is printed
ORDER_ROWS = 8  # products on a page's order table, most forecast first


@dataclass(frozen=True)
class PushProduct:
    """A cultivated product to push at this shop (品牌培育); the cultivation plans fill these in."""

    product_id: int
    name: str
    stage: str = ""  # the shop's stage in the plan (recommended, listed, moving, …), as printed
    note: str = ""


@dataclass(frozen=True)
class OrderRow:
    """One product of a page's order table."""

    product_id: int
    name: str
    scarce: bool
    supplied_8w: int  # cartons supplied in the 8 weeks up to the data's end
    last_stock: int | None  # at the last visit with a count
    last_ordered: int | None  # agreed then
    month_forecast: int | None  # None: no forecast (the visit record uses the 8-week rule)
    need: Decimal | None  # the next order cycle's demand
    suggested: int | None  # need − last stock; None: check the stock (or no forecast)
    capped: bool = False  # scarce: cut to the latest supply

    @property
    def check_stock(self) -> bool:
        return self.month_forecast is not None and self.suggested is None


@dataclass(frozen=True)
class Shortage:
    """Supply cut in the recent months: asked for more than it got (the months summed)."""

    name: str
    months: int  # months with a cut
    requested: int
    supplied: int


@dataclass(frozen=True)
class ShopFacts:
    counted_on: date | None  # the visit whose count is printed
    next_order_on: date | None  # the shop's next order day on its rhythm
    cycle_days: int | None
    rows: tuple[OrderRow, ...]
    weeks: tuple[tuple[date, int], ...]  # (week's first day, cartons supplied), oldest first
    last_order: tuple[date, tuple[tuple[str, int], ...]] | None  # its day and (product, cartons)
    shortages: tuple[Shortage, ...]
    inflating: tuple[str, ...]  # products whose requests rise in a run while the supply does not
    labels_checked_on: date | None = None
    labels_missing: int = 0  # price labels missing at the last store check
    label_products: tuple[str, ...] = ()  # the products the check's notes name

    @property
    def bring_labels(self) -> bool:
        return self.labels_missing > 0 or bool(self.label_products)


EMPTY = ShopFacts(None, None, None, (), (), None, (), ())


def _weeks(lines: list[ProductLines], end: date) -> tuple[tuple[date, int], ...]:
    starts = [end - timedelta(weeks=WEEKS - k) for k in range(WEEKS)]
    totals = [0] * WEEKS
    for p in lines:
        for d, q in p.lines:
            k = (d - starts[0]).days // 7
            if 0 <= k < WEEKS:
                totals[k] += q
    return tuple(zip(starts, totals, strict=True))


def _last_order(lines: list[ProductLines]) -> tuple[date, tuple[tuple[str, int], ...]] | None:
    days = [d for p in lines for d, _ in p.lines]
    if not days:
        return None
    last = max(days)
    what = sorted(((p.name, sum(q for d, q in p.lines if d == last)) for p in lines
                   if any(d == last for d, _ in p.lines)), key=lambda x: (-x[1], x[0]))
    return last, tuple(what)


def _shortages(series: Mapping[int, list[MonthQty]], names: Mapping[int, str], since: date,
               order_days: Sequence[date]) -> tuple[tuple[Shortage, ...], tuple[str, ...]]:
    short, inflating = [], []
    per_month = Counter(month_start(d) for d in order_days)
    for pid, months in series.items():
        months = sorted(months, key=lambda m: m.month)
        cut = [m for m in months if m.month >= since and m.cut]
        if cut:
            short.append(Shortage(names.get(pid, str(pid)), len(cut), sum(m.requested for m in cut),
                                  sum(m.supplied for m in cut)))
        # per order day, as the forecast judges a run: a five-order month is not a rise in demand
        flags = in_inflation_run(months, [per_month.get(m.month, 1) for m in months])
        if any(f for m, f in zip(months, flags, strict=True) if m.month >= since):
            inflating.append(names.get(pid, str(pid)))
    short.sort(key=lambda s: (-(s.requested - s.supplied), s.name))
    return tuple(short), tuple(sorted(inflating))


def _labels(check: CheckedVisit | None, names: Collection[str]) -> tuple[date | None, int, tuple[str, ...]]:
    if check is None or (check.price_labels_complete is not False and check.price_labels_missing <= 0):
        return (check.on if check else None), 0, ()
    # the count says how many; a product is named only where a note of that visit names it
    named = tuple(n for n in sorted(names) if any(n in text for text in check.notes))
    return check.on, max(check.price_labels_missing, len(named)), named


def _rows(suggestions: OrderSuggestions, cid: int, lines: list[ProductLines], counted: CountedVisit | None,
          names: Mapping[int, str], scarce: Collection[int]) -> tuple[OrderRow, ...]:
    supplied = {p.product_id: p.cartons for p in lines}
    counts = {c.product_id: c for c in counted.counts} if counted else {}
    rows = []
    seen = set()
    for o in suggestions.of(cid):
        s = o.suggestion
        rows.append(OrderRow(o.product_id, o.name, o.product_id in scarce, supplied.get(o.product_id, 0),
                             o.last_stock, o.last_ordered, o.demand.month_forecast, o.demand.need, s.quantity,
                             s.basis is Basis.CAPPED))
        seen.add(o.product_id)
    # products counted last time or supplied lately that the forecast no longer carries
    rest = sorted((set(supplied) | set(counts)) - seen, key=lambda pid: (-supplied.get(pid, 0), names.get(pid, "")))
    for pid in rest:
        c = counts.get(pid)
        rows.append(OrderRow(pid, names.get(pid, str(pid)), pid in scarce, supplied.get(pid, 0),
                             c.stock_qty if c else None, c.ordered_qty if c else None, None, None, None))
    return tuple(rows[:ORDER_ROWS])


def handbook_facts(uow: UnitOfWork, customer_ids: Collection[int], day: date, today: date,
                   calendar: HolidayCalendar | None = None) -> dict[int, ShopFacts]:
    """Per shop of `customer_ids`, what its handbook page prints for a visit on `day`."""
    ids = list(dict.fromkeys(customer_ids))
    if not ids:
        return {}
    suggestions = order_suggestions(uow, ids, day, calendar)
    with uow:
        latest = uow.queries.latest_order_date()
        end = (min(today, latest) if latest else today) + timedelta(days=1)  # figures end with the data
        supply = uow.visit_queries.shops_product_lines(ids, end - timedelta(weeks=WEEKS), end)
        checks = uow.visit_queries.last_store_checks(ids, day)
        since = shift_month(end - timedelta(days=1), 1 - SHORTAGE_MONTHS)
        # a run needs the months before the window too
        months = uow.forecast_queries.order_months(shift_month(since, -SHORTAGE_MONTHS), end)
        order_days = uow.forecast_queries.order_days(shift_month(since, -SHORTAGE_MONTHS), end)
    counted, products = suggestions.counted, list(suggestions.products.values())
    names = {p.id: p.name for p in products if p.id is not None}
    scarce = {p.id for p in products if p.is_scarce and p.id is not None}
    series: dict[int, dict[int, list[MonthQty]]] = defaultdict(lambda: defaultdict(list))
    wanted = set(ids)
    for m in months:
        if m.customer_id in wanted:
            series[m.customer_id][m.product_id].append(m)
    out = {}
    for cid in ids:
        lines = supply.get(cid, [])
        shortages, inflating = _shortages(series.get(cid, {}), names, since, order_days.get(cid, ()))
        checked_on, missing, named = _labels(checks.get(cid), [p.name for p in products])
        orders = suggestions.of(cid)
        count = counted.get(cid)
        out[cid] = ShopFacts(
            count.on if count else None,
            orders[0].demand.next_order_on if orders else None,
            orders[0].demand.cycle_days if orders else None,
            _rows(suggestions, cid, lines, count, names, scarce),
            _weeks(lines, end), _last_order(lines), shortages, inflating, checked_on, missing, named)
    return out
