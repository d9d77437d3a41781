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

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from domain.forecast.model import MonthQty, StockCount

CENSORED_SHARE = 0.5  # how far into the gap between supplied and asked a cut month's demand is put
MIN_INFLATION_MONTHS = 2  # rising cut requests over flat supply for this many months in a row: a run
MIN_COVER = 0.75  # share of a month's days the stock counts must span for its sales to be read from them
MAX_COUNT_GAP_DAYS = 62  # two counts further apart than this say too little about any one month


def month_index(month: date) -> int:
    return month.year * 12 + month.month - 1


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


def estimates(series: Sequence[MonthQty], flags: Sequence[bool] | None = None) -> list[float]:
    """The demand estimate from supply of each row, given its inflation flags (None: no run)."""
    if flags is None:
        return [estimate(m, False) for m in series]
    return [estimate(m, inflated) for m, inflated in zip(series, flags, strict=True)]


def demand_estimates(series: Sequence[MonthQty], days: Sequence[int] | None = None,
                     sold: Mapping[date, float] | None = None) -> list[float]:
    """The demand estimate of each month of one shop × product, oldest first; never negative. `sold`
    (sold_through of the pair's counts) replaces the estimate of the months it holds."""
    out = estimates(series, in_inflation_run(series, days))
    if sold:
        out = [max(0.0, sold[m.month]) if m.month in sold else e for m, e in zip(series, out, strict=True)]
    return out


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
            after = _next_month(month)
            days = (min(after, c.counted_on) - day).days
            sold[month] = sold.get(month, 0.0) + pace * days
            covered[month] = covered.get(month, 0) + days
            day = after
    out = {}
    for month, days in covered.items():
        length = (_next_month(month) - month).days
        if days >= MIN_COVER * length:
            out[month] = sold[month] * length / min(days, length)
    return out


def _next_month(month: date) -> date:
    return (month + timedelta(days=32)).replace(day=1)
