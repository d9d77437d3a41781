"""The analysis queries of the fake unit of work: the same answers as persistence/analysis_queries.py,
computed the slow, obvious way from the stored order lines."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from domain.analysis.decline import CustomerMonthSums
from domain.analysis.inflation import OrderPoint
from domain.analysis.listings import ListingRow, find_listings
from domain.analysis.rankings import ProductSums
from domain.model.customers import CustomerStatus
from domain.model.sales import SalesLine
from domain.money import to_fen
from domain.periods import month_start
from domain.profit import CLASS_1_2, NO_SALES, SalesSums

Pair = tuple[int, int]


class FakeAnalysisQueries:
    _store: Any

    def _sums(self, ln: SalesLine) -> SalesSums:
        p = self._store.table("products")[ln.product_id]
        amount = to_fen(ln.amount) or 0
        retail = to_fen(p.retail_price)
        return SalesSums(
            ln.supplied_qty, amount, 0 if retail is None else retail * ln.supplied_qty - amount,
            amount if retail is None else 0, ln.requested_qty,
            ln.supplied_qty if int(p.price_class) in CLASS_1_2 else 0,
        )

    def _lines(self, customer_id: int | None = None) -> list[SalesLine]:
        return [ln for ln in self._store.sales_lines if customer_id is None or ln.customer_id == customer_id]

    def sales_months(self, customer_id: int | None = None) -> list[date]:
        return sorted({month_start(ln.order_date) for ln in self._lines(customer_id)}, reverse=True)

    def month_sums(self, months: Sequence[date], customer_id: int | None = None) -> dict[date, SalesSums]:
        out: dict[date, SalesSums] = {}
        for ln in self._lines(customer_id):
            m = month_start(ln.order_date)
            if m in months:
                out[m] = out.get(m, NO_SALES).plus(self._sums(ln))
        return out

    def customers_ordering(self, months: Sequence[date]) -> dict[date, int]:
        seen: dict[date, set[int]] = {}
        for ln in self._lines():
            m = month_start(ln.order_date)
            if m in months:
                seen.setdefault(m, set()).add(ln.customer_id)
        return {m: len(c) for m, c in seen.items()}

    def product_sums(self, month: date, customer_id: int | None = None) -> list[ProductSums]:
        sums: dict[int, SalesSums] = {}
        shops: dict[int, set[int]] = {}
        for ln in self._lines(customer_id):
            if month_start(ln.order_date) == month:
                sums[ln.product_id] = sums.get(ln.product_id, NO_SALES).plus(self._sums(ln))
                shops.setdefault(ln.product_id, set()).add(ln.customer_id)
        return [ProductSums(p, len(shops[p]), s) for p, s in sorted(sums.items())]

    def customer_month_sums(self, months: Sequence[date]) -> list[CustomerMonthSums]:
        sums: dict[tuple[date, int], SalesSums] = {}
        for ln in self._lines():
            m = month_start(ln.order_date)
            if m in months:
                sums[(m, ln.customer_id)] = sums.get((m, ln.customer_id), NO_SALES).plus(self._sums(ln))
        return [CustomerMonthSums(c, m, s) for (m, c), s in sorted(sums.items())]

    def customer_names(self) -> dict[int, str]:
        return {c.id: c.name for c in self._store.table("customers").values()}

    def customer_statuses(self) -> dict[int, CustomerStatus]:
        return {c.id: c.status for c in self._store.table("customers").values()
                if c.status is not CustomerStatus.ACTIVE}

    def new_listings(self, month: date, customer_id: int | None = None) -> list[ListingRow]:
        new = {i for i, p in self._store.table("products").items() if p.is_new}
        return find_listings(self._store.sales_lines, new, month, customer_id)

    def _orders(self, end: date) -> dict[Pair, list[OrderPoint]]:
        days: dict[Pair, dict[date, tuple[int, int]]] = {}
        for ln in self._store.sales_lines:
            if ln.order_date < end:
                by_day = days.setdefault((ln.customer_id, ln.product_id), {})
                r, s = by_day.get(ln.order_date, (0, 0))
                by_day[ln.order_date] = (r + ln.requested_qty, s + ln.supplied_qty)
        return {pair: [OrderPoint(d, r, s) for d, (r, s) in sorted(by_day.items())] for pair, by_day in days.items()}

    def short_supply_orders(self, month: date, orders: int,
                            customer_id: int | None = None) -> dict[Pair, list[OrderPoint]]:
        from domain.periods import shift_month

        short = {(ln.customer_id, ln.product_id) for ln in self._lines(customer_id)
                 if month_start(ln.order_date) == month and ln.supplied_qty < ln.requested_qty}
        history = self._orders(shift_month(month, 1))
        return {pair: history[pair][-orders:] for pair in short if len(history.get(pair, ())) >= orders}

    def order_history(self, pairs: Sequence[Pair], end: date, orders: int) -> dict[Pair, list[OrderPoint]]:
        history = self._orders(end)
        return {pair: history[pair][-orders:] for pair in pairs if pair in history}
