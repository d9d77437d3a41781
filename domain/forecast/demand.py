"""Demand estimated from what the shop got, not from what it asked for (seed 2: 订单供货 distorts requests).

- A month filled in full: demand = supplied.
- A month where supply was cut is censored: demand was at least the supply, and at most the request.
  The estimate takes supplied + CENSORED_SHARE × (requested − supplied): between the two, never the
  request itself.
- An inflation run (requests growing month after month while supply stays flat or falls) is not
  believed: in it the estimate is the supply.

Inventory counts at visits (sold = previous stock + supplied − current stock) are not used yet.
"""
from __future__ import annotations

from collections.abc import Sequence

from domain.forecast.model import MonthQty

CENSORED_SHARE = 0.5  # how far into the gap between supplied and asked a cut month's demand is put
MIN_INFLATION_MONTHS = 2  # rising cut requests over flat supply for this many months in a row: a run


def in_inflation_run(series: Sequence[MonthQty], days: Sequence[int] | None = None) -> list[bool]:
    """Per month (oldest first) whether it belongs to a run of cut months whose requests rise while
    the supply does not. With `days` (order days per month) both are read per order day, so that a
    five-order month does not pass for a rise in supply."""
    n = days if days is not None else [1] * len(series)
    req = [m.requested / max(1, d) for m, d in zip(series, n, strict=True)]
    sup = [m.supplied / max(1, d) for m, d in zip(series, n, strict=True)]
    flags = [False] * len(series)
    start = 0
    for i in range(1, len(series) + 1):
        continues = (i < len(series) and series[i].cut and series[i - 1].cut
                     and req[i] > req[i - 1] and sup[i] <= sup[i - 1] + 1e-9)
        if not continues:
            if i - start >= MIN_INFLATION_MONTHS:
                for k in range(start, i):
                    flags[k] = True
            start = i
    return flags


def demand_estimates(series: Sequence[MonthQty], days: Sequence[int] | None = None) -> list[float]:
    """The demand estimate of each month of one shop × product, oldest first; never negative."""
    inflating = in_inflation_run(series, days)
    out = []
    for m, inflated in zip(series, inflating, strict=True):
        supplied = max(0, m.supplied)
        if not m.cut or inflated:
            out.append(float(supplied))
        else:
            gap = max(0, m.requested - supplied)
            out.append(supplied + CENSORED_SHARE * gap)
    return out
