"""Small histories for the forecast tests: weekly orders on Mondays, month sums built from them."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from domain.forecast.model import History, MonthQty, OrderDays, ShopInfo
from domain.periods import shift_month

START = date(2024, 1, 1)  # a Monday


def mondays(first: date, before: date) -> list[date]:
    day = first + timedelta(days=(0 - first.weekday()) % 7)
    out = []
    while day < before:
        out.append(day)
        day += timedelta(days=7)
    return out


def weekly_history(per_order: Sequence[tuple[int, int]], customer_id: int = 1, product_id: int = 1,
                   start: date = START, segment_id: int | None = 1, grade: int | None = 10) -> History:
    """One shop ordering every Monday: per_order[k] = (requested, supplied) of the k-th order."""
    days = []
    day = start
    for _ in per_order:
        days.append(day)
        day += timedelta(days=7)
    sums: dict[date, list[int]] = {}
    for d, (req, sup) in zip(days, per_order, strict=True):
        s = sums.setdefault(d.replace(day=1), [0, 0, 0])
        s[0] += req
        s[1] += sup
        s[2] += sup < req
    months = tuple(MonthQty(m, customer_id, product_id, *v) for m, v in sorted(sums.items()))
    return History(months, {customer_id: days}, (ShopInfo(customer_id, segment_id, grade),))


def month_after(history: History) -> date:
    return shift_month(max(m.month for m in history.months), 1)


def merge(*histories: History) -> History:
    days: dict[int, set[date]] = {}
    for h in histories:
        for cid, ds in h.order_days.items():
            days.setdefault(cid, set()).update(ds)
    order_days: OrderDays = {cid: sorted(ds) for cid, ds in days.items()}
    return History(tuple(m for h in histories for m in h.months), order_days, tuple(s for h in histories for s in h.shops))
