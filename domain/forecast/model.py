"""What the demand forecast (需求预测) reads and what it gives back: plain values, no storage.

A forecast is kept in its parts (base × season × days × trend + adjustment) so that a screen can open
a figure and show why it is what it is; the cartons are rounded once, at the end.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple, Protocol

Pair = tuple[int, int]  # (customer_id, product_id)


class MonthQty(NamedTuple):
    """One shop's orders of one product in one month, summed: asked (需求量) and got (订足量). A tuple:
    a forecast of 10,000 shops reads a million of them."""

    month: date  # first day
    customer_id: int
    product_id: int
    requested: int
    supplied: int
    short_lines: int = 0  # order lines of the month supplied less than asked

    @property
    def cut(self) -> bool:
        """Supply was cut this month: what the shop got is only a lower bound of what it would have sold."""
        return self.short_lines > 0 or self.supplied < self.requested


# each shop's order days (its distinct order dates), oldest first
OrderDays = Mapping[int, Sequence[date]]


class StockCount(NamedTuple):
    """Two consecutive stock counts (盘点) of one product at one shop's done visits, and what the shop was
    supplied in between: its orders from the day of the earlier count (counted before that day's delivery)
    up to the day before the later one."""

    customer_id: int
    product_id: int
    previous_on: date
    counted_on: date
    previous_stock: int
    stock: int
    supplied: int

    @property
    def sold(self) -> int:
        """What went over the counter between the counts: previous stock + supplied − current stock."""
        return self.previous_stock + self.supplied - self.stock


@dataclass(frozen=True)
class Compact:
    """How a large history is read in part (persistence reads two years of 10,000 shops in seconds so):
    `months` holds every row from `detail_from` on, and before it only the rows whose demand is not
    simply their supply (cut, or a negative supply); the rest is summed per shop and month in
    `shop_supplied`, and `earlier` holds the pairs with orders before `detail_from`."""

    detail_from: date
    shop_supplied: Mapping[tuple[int, date], int]
    earlier: frozenset[Pair]

    def before(self, month: date) -> Compact:
        if month >= self.detail_from:
            return Compact(self.detail_from, {k: v for k, v in self.shop_supplied.items() if k[1] < month},
                           self.earlier)
        return Compact(month, {k: v for k, v in self.shop_supplied.items() if k[1] < month}, frozenset())


@dataclass(frozen=True)
class ShopInfo:
    customer_id: int
    segment_id: int | None = None
    grade: int | None = None


class HolidayCalendar(Protocol):
    """Official public holidays (法定节假日) of a month, weekdays only; None where the calendar has no data."""

    def holiday_days(self, month: date) -> int | None: ...


class NoHolidays:
    """A calendar that knows nothing: the season then rests on the order history alone."""

    def holiday_days(self, month: date) -> int | None:
        return None


@dataclass(frozen=True)
class History:
    """Everything a forecast may read: only what happened before the month it forecasts."""

    months: Sequence[MonthQty]
    order_days: OrderDays
    shops: Sequence[ShopInfo] = ()
    counts: Sequence[StockCount] = ()
    compact: Compact | None = None  # None: `months` holds every row

    def before(self, month: date) -> History:
        """The same history cut at `month`: the backtest hands each month only this."""
        return History(tuple(m for m in self.months if m.month < month),
                       {c: kept for c, days in self.order_days.items() if (kept := days[:bisect_left(days, month)])},
                       self.shops,
                       tuple(c for c in self.counts if c.counted_on < month),
                       self.compact.before(month) if self.compact is not None else None)


@dataclass(frozen=True)
class Adjustment:
    """The manager's correction of one figure, in cartons (may be negative), with the reason heard on a visit."""

    cartons: float
    reason: str


# where a figure's base came from
OWN = "own"  # the shop's own orders of the product
BLENDED = "blended"  # a short history, leaned toward the peers'
PEERS = "peers"  # no history: shops of the same segment and grade


@dataclass(frozen=True)
class Forecast:
    customer_id: int
    product_id: int
    month: date
    base: float  # cartons in an ordinary month: demand estimates weighted toward the recent ones
    season: float  # this month against the shop's and its segment's mean month (1 = ordinary)
    days: float  # this month's order days against the shop's usual number (1 = usual)
    trend: float  # damped growth or decline (1 = flat)
    adjustment: float = 0.0  # the manager's cartons
    reason: str = ""
    source: str = OWN
    notes: tuple[str, ...] = field(default=())

    @property
    def model(self) -> float:
        """The model's figure, before the manager's adjustment and unrounded."""
        return self.base * self.season * self.days * self.trend

    @property
    def raw(self) -> float:
        return max(0.0, self.model + self.adjustment)

    @property
    def cartons(self) -> int:
        """Whole cartons, never negative: the one rounding."""
        return int(self.raw + 0.5)


# notes a forecast may carry (message keys; the front ends word them)
NOTE_NO_HOLIDAY_DATA = "no_holiday_data"  # the holiday calendar stops before this month
NOTE_INFLATION = "inflation"  # stated demand inflating: requests not believed
NOTE_CENSORED = "censored"  # supply was cut in the history: demand read between supplied and asked
NOTE_STOCK_COUNTS = "stock_counts"  # recent months read from stock counts: what was sold, not supplied
