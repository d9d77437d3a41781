"""Demand estimated from what the shop got and sold, not from what it asked for (seed 2: 订单供货
distorts requests).

- A month filled in full: demand = supplied.
- A month where supply was cut is censored: demand was at least the supply, and at most the request.
  The estimate takes supplied + CENSORED_SHARE × (requested − supplied): between the two, never the
  request itself.
- An inflation run (requests growing month after month while supply stays flat or falls) is not
  believed: in it the estimate is the supply. A run is of consecutive calendar months: a month without
  an order of the product ends it.
- Where stock counts at visits bracket a month (sold_through), the shop's sales are known: sold =
  previous stock + supplied between the counts − current stock, spread evenly over the days between
  the two counts. A month the counts cover for at least MIN_COVER of its days takes that sold-through
  quantity (the uncovered days at the same pace) instead of any estimate from supply; never negative.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from domain.forecast.model import MonthQty, StockCount
from domain.periods import month_index, shift_month

CENSORED_SHARE = 0.5  # how far into the gap between supplied and asked a cut month's demand is put
MIN_INFLATION_MONTHS = 2  # rising cut requests over flat supply for this many months in a row: a run
MIN_COVER = 0.75  # share of a month's days the stock counts must span for its sales to be read from them
MAX_COUNT_GAP_DAYS = 62  # two counts further apart than this say too little about any one month


def inflation_flags(series: Sequence[MonthQty], days: Sequence[int], months: Sequence[int]) -> list[bool]:
    """Per row (oldest first, `months` their month indexes) whether it belongs to an inflation run;
    requests and supply are read per order day (`days`), so that a five-order month does not pass for a
    rise in supply."""
    size = len(series)
    flags = [False] * size
    if sum(1 for m in series if m.short_lines > 0 or m.supplied < m.requested) < MIN_INFLATION_MONTHS:
        return flags  # most series: too few cut months for a run
    start = 0
    for i in range(1, size + 1):
        continues = False
        if i < size:
            a, b = series[i - 1], series[i]
            if (months[i] == months[i - 1] + 1 and (b.short_lines > 0 or b.supplied < b.requested)
                    and (a.short_lines > 0 or a.supplied < a.requested)):
                da, db = max(1, days[i - 1]), max(1, days[i])
                continues = b.requested / db > a.requested / da and b.supplied / db <= a.supplied / da + 1e-9
        if not continues:
            if i - start >= MIN_INFLATION_MONTHS:
                for k in range(start, i):
                    flags[k] = True
            start = i
    return flags


def in_inflation_run(series: Sequence[MonthQty], days: Sequence[int] | None = None) -> list[bool]:
    """Per month (oldest first) whether it belongs to a run of cut months whose requests rise while
    the supply does not. With `days` (order days per month) both are read per order day."""
    return inflation_flags(series, days if days is not None else [1] * len(series),
                           [month_index(m.month) for m in series])


def estimate(m: MonthQty, inflated: bool) -> float:
    """One month's demand estimate from supply; never negative."""
    supplied = m.supplied if m.supplied > 0 else 0
    if inflated or not (m.short_lines > 0 or supplied < m.requested):
        return float(supplied)
    return supplied + CENSORED_SHARE * max(0, m.requested - supplied)


def demand_estimates(series: Sequence[MonthQty], days: Sequence[int] | None = None) -> list[float]:
    """The demand estimate from supply of each month of one shop × product, oldest first; never negative.
    (The forecast puts what stock counts show was sold in place of the months they cover: monthly.py.)"""
    return [estimate(m, inflated) for m, inflated in zip(series, in_inflation_run(series, days), strict=True)]


def sold_through(counts: Sequence[StockCount]) -> dict[date, float]:
    """Per month (first day) the cartons one shop sold of one product, read from its stock counts, for
    the months the counts cover for at least MIN_COVER of their days."""
    sold: dict[date, float] = {}
    covered: dict[date, int] = {}
    for c in counts:
        span = (c.counted_on - c.previous_on).days
        if span <= 0 or span > MAX_COUNT_GAP_DAYS:
            continue
        pace = max(0, c.sold) / span  # a count above what it could be is a miscount, not a return
        day = c.previous_on
        while day < c.counted_on:
            month = day.replace(day=1)
            after = shift_month(month, 1)
            days = (min(after, c.counted_on) - day).days
            sold[month] = sold.get(month, 0.0) + pace * days
            covered[month] = covered.get(month, 0) + days
            day = after
    out = {}
    for month, days in covered.items():
        length = (shift_month(month, 1) - month).days
        if days >= MIN_COVER * length:
            out[month] = sold[month] * length / min(days, length)
    return out
