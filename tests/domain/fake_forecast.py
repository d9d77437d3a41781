"""The forecast's queries of the fake unit of work: the answers of persistence/forecast_queries.py,
computed the slow, obvious way from the store's order lines and visits."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from domain.forecast.adjustments import StoredAdjustment
from domain.forecast.model import MonthQty, StockCount
from domain.model.visits import VisitStatus


class FakeForecastQueries:
    def __init__(self, store: Any) -> None:
        self._store = store

    def order_months(self, first: date, before: date, detail_from: date | None = None) -> list[MonthQty]:
        sums: dict[tuple[int, int, date], list[int]] = {}
        for ln in self._store.sales_lines:
            if first <= ln.order_date < before:
                s = sums.setdefault((ln.customer_id, ln.product_id, ln.order_date.replace(day=1)), [0, 0, 0])
                s[0] += ln.requested_qty
                s[1] += ln.supplied_qty
                s[2] += ln.supplied_qty < ln.requested_qty
        months = [MonthQty(m, c, p, *v) for (c, p, m), v in sorted(sums.items())]
        if detail_from is None:
            return months
        return [m for m in months if m.month >= detail_from or m.short_lines > 0 or m.supplied < m.requested
                or m.supplied < 0]

    def shop_supplied(self, first: date, before: date) -> list[tuple[int, date, int]]:
        sums: dict[tuple[int, date], int] = {}
        for ln in self._store.sales_lines:
            if first <= ln.order_date < before:
                key = (ln.customer_id, ln.order_date.replace(day=1))
                sums[key] = sums.get(key, 0) + ln.supplied_qty
        return [(c, m, q) for (c, m), q in sorted(sums.items())]

    def earlier_pairs(self, first: date, before: date) -> list[tuple[int, int]]:
        return sorted({(ln.customer_id, ln.product_id) for ln in self._store.sales_lines
                       if first <= ln.order_date < before})

    def order_days(self, first: date, before: date) -> dict[int, list[date]]:
        days: dict[int, set[date]] = {}
        for ln in self._store.sales_lines:
            if first <= ln.order_date < before:
                days.setdefault(ln.customer_id, set()).add(ln.order_date)
        return {c: sorted(d) for c, d in sorted(days.items())}

    def stock_counts(self, first: date, before: date) -> list[StockCount]:
        counted: dict[tuple[int, int], list[tuple[date, int, int]]] = {}
        for visit_id, v in sorted(self._store.table("visits").items()):
            if v.status is VisitStatus.DONE and first <= v.planned_on < before:
                for c in v.inventory:
                    counted.setdefault((v.customer_id, c.product_id), []).append((v.planned_on, visit_id, c.stock_qty))
        out = []
        for (customer, product), counts in sorted(counted.items()):
            counts.sort()
            for (before_on, _, before_stock), (on, _, stock) in zip(counts, counts[1:], strict=False):
                if before_on < on:
                    supplied = sum(ln.supplied_qty for ln in self._store.sales_lines
                                   if ln.customer_id == customer and ln.product_id == product
                                   and before_on <= ln.order_date < on)
                    out.append(StockCount(customer, product, before_on, on, before_stock, stock, supplied))
        return out

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
