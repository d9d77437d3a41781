"""The forecast's queries of the fake unit of work: the answers of persistence/forecast_queries.py,
computed the slow, obvious way from the store's order lines."""
from __future__ import annotations

from datetime import date
from typing import Any

from domain.forecast.model import MonthQty, OrderDay


class FakeForecastQueries:
    def __init__(self, store: Any) -> None:
        self._store = store

    def order_months(self, first: date, before: date) -> list[MonthQty]:
        sums: dict[tuple[int, int, date], list[int]] = {}
        for ln in self._store.sales_lines:
            if first <= ln.order_date < before:
                s = sums.setdefault((ln.customer_id, ln.product_id, ln.order_date.replace(day=1)), [0, 0, 0])
                s[0] += ln.requested_qty
                s[1] += ln.supplied_qty
                s[2] += ln.supplied_qty < ln.requested_qty
        return [MonthQty(m, c, p, *v) for (c, p, m), v in sorted(sums.items())]

    def order_days(self, first: date, before: date) -> list[OrderDay]:
        days = {(ln.customer_id, ln.order_date) for ln in self._store.sales_lines if first <= ln.order_date < before}
        return [OrderDay(c, d) for c, d in sorted(days)]

    def latest_order_month(self) -> date | None:
        return max((ln.order_date.replace(day=1) for ln in self._store.sales_lines), default=None)
