"""Each shop's order rhythm, read once per forecast run from its order days: the order days of each month
of the window, the last order, the usual number of order days a month and next month's projected number
(season.py's rules)."""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from datetime import date

from domain.forecast.model import OrderDays
from domain.forecast.season import order_every, projected_order_days
from domain.periods import month_index


@dataclass(frozen=True)
class ShopRhythm:
    months: list[int]  # month indexes of the window with order days, oldest first
    days: dict[int, int]  # order days per month index (every month before the forecast month)
    last: date  # the latest order day
    usual: float | None  # mean order days of the latest `recent` months with orders
    projected: float | None  # order days expected in the forecast month
    every: int | None  # days between orders


class _MonthIndex(dict[date, int]):
    """date → periods.month_index, computed once per distinct day."""

    def __missing__(self, day: date) -> int:
        index = self[day] = month_index(day)
        return index


def shop_rhythms(order_days: OrderDays, month: date, first_index: int, recent: int) -> dict[int, ShopRhythm]:
    """The rhythm of every shop with an order day before `month`; `first_index` starts the window."""
    now = month_index(month)
    index_of = _MonthIndex()
    out = {}
    for customer_id, all_dates in order_days.items():
        dates = all_dates[:bisect_left(all_dates, month)]
        if not dates:
            continue
        days = dict(Counter(map(index_of.__getitem__, dates)))
        counts = [days[i] for i in range(now - recent, now) if i in days]
        every = order_every(dates)
        out[customer_id] = ShopRhythm(
            months=sorted(i for i in days if i >= first_index), days=days, last=dates[-1],
            usual=sum(counts) / len(counts) if counts else None,
            projected=projected_order_days(month, dates, every) if every is not None else None, every=every)
    return out
