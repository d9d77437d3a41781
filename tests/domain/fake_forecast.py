"""The forecast's queries of the fake unit of work: the answers of persistence/forecast_queries.py,
computed the slow, obvious way from the store's order lines."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from domain.forecast.adjustments import StoredAdjustment
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


class FakeForecastAdjustments:
    """The adjustments kept in the store's "forecast_adjustments" table, one per month × shop × product."""

    def __init__(self, store: Any) -> None:
        self._store = store

    def adjustments(self, first: date, before: date) -> list[StoredAdjustment]:
        rows = [a for a in self._store.rows("forecast_adjustments") if first <= a.month < before]
        return sorted(rows, key=lambda a: (a.month, a.customer_id, a.product_id))

    def _find(self, month: date, customer_id: int, product_id: int) -> StoredAdjustment | None:
        return next((a for a in self._store.rows("forecast_adjustments")
                     if (a.month, a.customer_id, a.product_id) == (month, customer_id, product_id)), None)

    def save_adjustment(self, adjustment: StoredAdjustment) -> int:
        old = self._find(adjustment.month, adjustment.customer_id, adjustment.product_id)
        if old is None:
            new_id = self._store.last_id.get("forecast_adjustments", 0) + 1
            self._store.last_id["forecast_adjustments"] = new_id
            self._store.table("forecast_adjustments")[new_id] = replace(adjustment, id=new_id)
            return new_id
        self._store.table("forecast_adjustments")[old.id] = replace(adjustment, id=old.id)
        return int(old.id)  # type: ignore[arg-type]

    def delete_adjustment(self, month: date, customer_id: int, product_id: int) -> bool:
        old = self._find(month, customer_id, product_id)
        if old is not None:
            del self._store.table("forecast_adjustments")[old.id]
        return old is not None
