"""建议订货: how many cartons of a product to suggest the shop orders, from the month's forecast where
there is one (the cycle rule at the end of this module), else from what it was supplied in the last
weeks, and the stock counted on the visit.

The fallback rule (no forecast for the shop × product), per product the shop usually buys:

    weekly      = cartons supplied in the last 8 weeks ÷ 8, to 0.1 carton      (近8周周均)
    cover_weeks = weeks until the next visit + 1 week of safety stock, 2–5     (覆盖周数)
    suggested   = max(0, round(weekly × cover_weeks − stock))                  (建议订货)
    a scarce product (紧俏) is capped at the cartons supplied on its latest order.

Why this rule:
- Supplied cartons (订足量), not requested ones, measure what the shop really sells through: stated
  demand of scarce brands inflates (docs/domain.md, "Demand inflation (虚报)") and would inflate the suggestion too.
- The order has to last until the manager can look at the shelf again, plus one week so that a late
  delivery or a good week does not empty it: weekly visits cover 2 weeks, fortnightly 3, monthly 5
  (capped there: a month's stock ties up the shop's cash and ages the cigarettes).
  In the steady state the counted stock is about one week's sales and the suggestion one interval's.
- Weeks without orders count as zero, so a product the shop has stopped buying fades out; a product
  with no supply at all in the window gets no suggestion (the owner's word decides).
- For a scarce product, asking for more than the company could supply last time brings no more
  cigarettes; it only inflates the stated demand. So the suggestion never exceeds the latest supply.
- The weekly average is rounded to 0.1 carton first and the rest computed from the rounded figure, so
  the explanation shown next to the figures ("近8周周均 2.5 条 × 覆盖 2 周 − 库存 1 条 = 建议 4 条")
  is exactly the arithmetic done. Rounding is half up, as people round.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

WINDOW_WEEKS = 8
SAFETY_WEEKS = 1
MIN_COVER_WEEKS = 2
MAX_COVER_WEEKS = 5
TENTH = Decimal("0.1")


def cover_weeks_for(visit_every_days: int | None) -> int:
    """Weeks an order has to last: until the next visit (whole weeks, at least one) plus a safety week,
    between 2 and 5. Unknown frequency: treated as weekly."""
    days = visit_every_days or 7
    until_next = max(1, -(-days // 7))  # ceiling
    return max(MIN_COVER_WEEKS, min(MAX_COVER_WEEKS, until_next + SAFETY_WEEKS))


@dataclass(frozen=True)
class SupplyHistory:
    """One product's supply to one shop in the window before the visit."""

    product_id: int
    supplied: int  # cartons supplied (订足量) in the window
    weeks: int = WINDOW_WEEKS
    last_supplied: int | None = None  # cartons supplied on the latest order in the window
    scarce: bool = False

    @property
    def weekly(self) -> Decimal:
        """Average cartons a week, to 0.1 carton, half up."""
        return (Decimal(self.supplied) / Decimal(self.weeks)).quantize(TENTH, rounding=ROUND_HALF_UP)


def supply_history(
    product_id: int,
    lines: Iterable[tuple[date, int]],
    window_end: date,
    *,
    weeks: int = WINDOW_WEEKS,
    scarce: bool = False,
) -> SupplyHistory:
    """Sum (order date, cartons supplied) lines inside the `weeks` weeks before `window_end` (exclusive).
    The latest order's cartons are kept for the scarce-product cap."""
    start = window_end - timedelta(weeks=weeks)
    inside = [(d, q) for d, q in lines if start <= d < window_end]
    last_supplied = None
    if inside:
        last_day = max(d for d, _ in inside)
        last_supplied = sum(q for d, q in inside if d == last_day)
    return SupplyHistory(product_id, sum(q for _, q in inside), weeks, last_supplied, scarce)


class Basis(str, Enum):
    """Why a suggestion is what it is."""

    COMPUTED = "computed"  # weekly × cover − stock
    STOCK_COVERS = "stock_covers"  # the stock already lasts: 0
    CAPPED = "capped"  # scarce: cut to the latest supply
    NO_HISTORY = "no_history"  # nothing supplied in the window: no suggestion
    NOT_COUNTED = "not_counted"  # stock not counted yet: no suggestion


@dataclass(frozen=True)
class Suggestion:
    product_id: int
    weekly: Decimal
    cover_weeks: int
    stock: int | None
    quantity: int | None  # None: no suggestion (see basis)
    basis: Basis
    weeks: int = WINDOW_WEEKS
    cap: int | None = None  # the scarce cap, when it applied
    cycle: CycleDemand | None = None  # read from the forecast (below); None: the 8-week rule

    @property
    def need(self) -> Decimal:
        return self.cycle.need if self.cycle is not None else self.weekly * self.cover_weeks

    @property
    def computed(self) -> int:
        """need − stock, rounded half up, at least 0: the figure before the scarce cap (what the
        explanation shows when the cap cut it). 0 while the stock is not counted."""
        if self.cycle is not None:
            return max(0, int((self.cycle.need - (self.stock or 0)).quantize(Decimal(1), rounding=ROUND_HALF_UP)))
        return _computed(self.weekly, self.cover_weeks, self.stock or 0)


def _computed(weekly: Decimal, cover_weeks: int, stock: int) -> int:
    return max(0, int((weekly * cover_weeks - stock).quantize(Decimal(1), rounding=ROUND_HALF_UP)))


def suggest(history: SupplyHistory | None, stock: int | None, cover_weeks: int) -> Suggestion:
    """The suggested order of one product; see the module docstring for the rule."""
    if history is None or history.supplied <= 0:
        pid = history.product_id if history else 0
        weeks = history.weeks if history else WINDOW_WEEKS
        return Suggestion(pid, Decimal("0.0"), cover_weeks, stock, None, Basis.NO_HISTORY, weeks)
    weekly = history.weekly
    if stock is None:
        return Suggestion(history.product_id, weekly, cover_weeks, None, None, Basis.NOT_COUNTED, history.weeks)
    if stock < 0:
        raise ValueError("stock cannot be negative")
    quantity, basis, cap = _computed(weekly, cover_weeks, stock), Basis.COMPUTED, None
    if quantity == 0:
        basis = Basis.STOCK_COVERS
    elif history.scarce and history.last_supplied is not None and quantity > history.last_supplied:
        quantity, basis, cap = history.last_supplied, Basis.CAPPED, history.last_supplied
    return Suggestion(history.product_id, weekly, cover_weeks, stock, quantity, basis, history.weeks, cap)


# --- from the forecast: the next order cycle's demand ---------------------------------------------
#
# Where the shop × product has a month forecast (domain/services/order_suggestions.py), the suggestion
# is read from it instead of the 8-week average, so that the handbook and the visit record give the
# same figure:
#
#     per_order   = month forecast ÷ the shop's order days in the month, to 0.1 carton  (每次订货)
#     need        = per_order × (cycle days + days to the next order) ÷ cycle days, to 0.1 (周期需求)
#     suggested   = max(0, round(need − stock counted))                                  (建议订货)
#     a scarce product is capped at the cartons supplied on its latest order, as above.
#
# The order placed on the next order day has to last one cycle (until the order after it); the stock
# counted today is also what the shop sells until that next order day, so the days until then are
# added to the cycle. Counted on the order day itself, the need is one order's worth.

MIN_CYCLE_DAYS = 1


@dataclass(frozen=True)
class CycleDemand:
    """One shop × product's demand until the end of its next order cycle, from the month's forecast."""

    product_id: int
    month_forecast: int  # cartons forecast for the month of the visit
    order_days: int  # the shop's order days in that month, at least 1
    cycle_days: int  # days between two of its orders, at least 1
    next_order_on: date  # its next order day, on or after the visit day
    days_to_next: int  # from the visit day to `next_order_on`
    cap: int | None = None  # scarce: cartons supplied on its latest order

    @property
    def per_order(self) -> Decimal:
        return (Decimal(self.month_forecast) / Decimal(max(1, self.order_days))).quantize(
            TENTH, rounding=ROUND_HALF_UP)

    @property
    def need(self) -> Decimal:
        cycle = max(MIN_CYCLE_DAYS, self.cycle_days)
        return (self.per_order * (cycle + max(0, self.days_to_next)) / cycle).quantize(
            TENTH, rounding=ROUND_HALF_UP)


def suggest_for_cycle(demand: CycleDemand, stock: int | None) -> Suggestion:
    """The suggested order of one product from its cycle demand and the stock counted; no stock: no
    suggestion, the stock is to be checked (Basis.NOT_COUNTED)."""
    weekly = (demand.need * 7 / max(MIN_CYCLE_DAYS, demand.cycle_days)).quantize(TENTH, rounding=ROUND_HALF_UP)
    if stock is None:
        return Suggestion(demand.product_id, weekly, 0, None, None, Basis.NOT_COUNTED, cycle=demand)
    if stock < 0:
        raise ValueError("stock cannot be negative")
    quantity = max(0, int((demand.need - stock).quantize(Decimal(1), rounding=ROUND_HALF_UP)))
    basis, cap = (Basis.COMPUTED, None) if quantity else (Basis.STOCK_COVERS, None)
    if demand.cap is not None and quantity > demand.cap:
        quantity, basis, cap = demand.cap, Basis.CAPPED, demand.cap
    return Suggestion(demand.product_id, weekly, 0, stock, quantity, basis, cap=cap, cycle=demand)


def next_order_day(last_order: date, every: int, day: date) -> date:
    """The first day on or after `day` on the shop's rhythm (`every` days on from its last order)."""
    every = max(MIN_CYCLE_DAYS, every)
    if last_order >= day:
        return last_order
    steps = -(-(day - last_order).days // every)  # ceiling
    return last_order + timedelta(days=steps * every)
