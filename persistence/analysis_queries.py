"""The analysis queries (domain.analysis.queries) in SQL: grouped sums, never lines one by one.

Month figures come from the summaries (persistence/sales_summary.py): a month of a 10,000-shop
territory is 400,000 lines, and even over a perfect covering index SQLite needs 0.15–0.45 s to sum them
once; from sales_product_months (a few hundred rows), sales_customer_months (one row per shop and
month) or sales_months (~120,000 a month) the same figures take milliseconds. Gross profit is summed in
integer fen with a CASE on whether the product has a retail price; the default margin is applied once
per figure in the domain (domain/profit.py). Lines are read only where order matters — first orders,
reorders, demand-inflation runs — over the (customer, product, date) index, a few entries per pair.

Plain DB-API SQL: SQLAlchemy's per-row type processing cost more than SQLite at these row counts.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from domain.analysis.decline import CustomerMonthSums
from domain.analysis.inflation import OrderPoint
from domain.analysis.listings import ListingRow
from domain.analysis.rankings import ProductSums
from domain.model.customers import CustomerStatus
from domain.periods import month_range, month_start
from domain.profit import SalesSums
from persistence.sales_summary import PROFIT_PARTS

Pair = tuple[int, int]

_SUMS = PROFIT_PARTS  # the six SalesSums columns over sales_months s joined to products p
_ROW_SUMS = _SUMS.replace("sum(", "(")
_CUSTOMER_SUMS = "supplied_qty, amount_fen, known_profit_fen, unpriced_amount_fen, requested_qty, class_1_2_qty"

# the last `k` + 1 distinct order days of a pair (c, p) before :end: the oldest of them
_SINCE = """(SELECT DISTINCT l.order_date FROM sales_lines l
             WHERE l.customer_id = {c} AND l.product_id = {p} AND l.order_date < :end
             ORDER BY l.order_date DESC LIMIT 1 OFFSET :k)"""

_ORDERS = """
SELECT cand.c, cand.p, l.order_date, sum(l.requested_qty), sum(l.supplied_qty)
FROM cand JOIN sales_lines l
  ON l.customer_id = cand.c AND l.product_id = cand.p AND l.order_date >= cand.since AND l.order_date < :end
WHERE cand.since IS NOT NULL
GROUP BY cand.c, cand.p, l.order_date
ORDER BY cand.c, cand.p, l.order_date
"""


def _iso(d: date) -> str:
    return d.isoformat()


def _marks(n: int) -> str:
    return ", ".join("?" * n)


class SqlAnalysisQueries:
    _s: Session

    def _rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[tuple[Any, ...]]:
        cursor = self._s.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]  # None only once closed
        try:
            cursor.execute(sql, params)
            return list(cursor.fetchall())
        finally:
            cursor.close()

    def sales_months(self, customer_id: int | None = None) -> list[date]:
        if customer_id is None:
            rows = self._rows("SELECT DISTINCT month FROM sales_product_months ORDER BY month DESC")
        else:
            rows = self._rows("SELECT DISTINCT substr(order_date, 1, 8) || '01' FROM sales_lines "
                              "WHERE customer_id = ? ORDER BY 1 DESC", (customer_id,))
        return [date.fromisoformat(m) for (m,) in rows]

    def month_sums(self, months: Sequence[date], customer_id: int | None = None) -> dict[date, SalesSums]:
        wanted = sorted({_iso(month_start(m)) for m in months})
        if not wanted:
            return {}
        if customer_id is None:
            sql = (f"SELECT s.month, {_SUMS} FROM sales_product_months s JOIN products p ON p.id = s.product_id "
                   f"WHERE s.month IN ({_marks(len(wanted))}) GROUP BY s.month")
            params: list[Any] = wanted
        else:
            sql = (f"SELECT month, {_CUSTOMER_SUMS} FROM sales_customer_months "
                   f"WHERE month IN ({_marks(len(wanted))}) AND customer_id = ?")
            params = [*wanted, customer_id]
        return {date.fromisoformat(r[0]): SalesSums._make(r[1:]) for r in self._rows(sql, params)}

    def customers_ordering(self, months: Sequence[date]) -> dict[date, int]:
        wanted = sorted({_iso(month_start(m)) for m in months})
        if not wanted:
            return {}
        rows = self._rows(f"SELECT month, count(*) FROM sales_customer_months "
                          f"WHERE month IN ({_marks(len(wanted))}) GROUP BY month", wanted)
        return {date.fromisoformat(m): n for m, n in rows}

    def product_sums(self, month: date, customer_id: int | None = None) -> list[ProductSums]:
        m = _iso(month_start(month))
        if customer_id is None:
            rows = self._rows(f"SELECT s.product_id, s.customers, {_ROW_SUMS} FROM sales_product_months s "
                              "JOIN products p ON p.id = s.product_id WHERE s.month = ? ORDER BY s.product_id", (m,))
        else:
            rows = self._rows(f"SELECT s.product_id, 1, {_ROW_SUMS} FROM sales_months s "
                              "JOIN products p ON p.id = s.product_id WHERE s.month = ? AND s.customer_id = ? "
                              "ORDER BY s.product_id", (m, customer_id))
        return [ProductSums(r[0], r[1], SalesSums._make(r[2:])) for r in rows]

    def customer_month_sums(self, months: Sequence[date]) -> list[CustomerMonthSums]:
        wanted = sorted({_iso(month_start(m)) for m in months})
        if not wanted:
            return []
        rows = self._rows(f"SELECT customer_id, month, {_CUSTOMER_SUMS} FROM sales_customer_months "
                          f"WHERE month IN ({_marks(len(wanted))})", wanted)
        days = {m: date.fromisoformat(m) for m in wanted}
        new = tuple.__new__  # a territory month builds 40,000 of these: skip the NamedTuple __new__ checks
        return [new(CustomerMonthSums, (r[0], days[r[1]], new(SalesSums, r[2:]))) for r in rows]

    def customer_names(self) -> dict[int, str]:
        return dict(self._rows("SELECT id, name FROM customers"))

    def customer_statuses(self) -> dict[int, CustomerStatus]:
        rows = self._rows("SELECT id, status FROM customers WHERE status <> 'active'")
        return {i: CustomerStatus(s) for i, s in rows}

    def new_listings(self, month: date, customer_id: int | None = None) -> list[ListingRow]:
        start = month_start(month)
        only = "" if customer_id is None else "AND s.customer_id = :customer"
        # The new products' customers in the month first (materialized, so that the planner cannot
        # test every pair of the month for earlier orders), then the ones without any earlier order.
        sql = f"""
        WITH ordered AS MATERIALIZED (
            SELECT s.customer_id AS c, s.product_id AS p
            FROM sales_months s JOIN products p ON p.id = s.product_id
            WHERE s.month = :month AND p.is_new {only}),
        listed AS MATERIALIZED (
            SELECT c, p, (SELECT min(l.order_date) FROM sales_lines l
                          WHERE l.customer_id = ordered.c AND l.product_id = ordered.p) AS first
            FROM ordered
            WHERE NOT EXISTS (SELECT 1 FROM sales_lines e
                              WHERE e.customer_id = ordered.c AND e.product_id = ordered.p AND e.order_date < :month))
        SELECT c, p, first,
               (SELECT sum(l.supplied_qty) FROM sales_lines l
                 WHERE l.customer_id = c AND l.product_id = p AND l.order_date = first),
               EXISTS (SELECT 1 FROM sales_lines l
                        WHERE l.customer_id = c AND l.product_id = p AND l.order_date > first)
        FROM listed ORDER BY first, c, p"""
        rows = self._rows(sql, {"month": _iso(start), "customer": customer_id})
        return [ListingRow(c, p, date.fromisoformat(first), int(n or 0), bool(again))
                for c, p, first, n, again in rows]

    def _orders(self, cand: str, params: dict[str, Any]) -> dict[Pair, list[OrderPoint]]:
        out: dict[Pair, list[OrderPoint]] = {}
        days: dict[str, date] = {}
        point = OrderPoint._make
        for c, p, day, requested, supplied in self._rows(f"WITH {cand} {_ORDERS}", params):
            d = days.get(day)
            if d is None:
                d = days[day] = date.fromisoformat(day)
            orders = out.get((c, p))
            if orders is None:
                orders = out[(c, p)] = []
            orders.append(point((d, requested, supplied)))
        return out

    def short_supply_orders(self, month: date, orders: int,
                            customer_id: int | None = None) -> dict[Pair, list[OrderPoint]]:
        start, end = month_range(month_start(month))
        only = "" if customer_id is None else "AND s.customer_id = :customer"
        # materialized: otherwise SQLite evaluates the correlated `since` twice per candidate
        cand = f"""cand(c, p, since) AS MATERIALIZED (
            SELECT s.customer_id, s.product_id, {_SINCE.format(c="s.customer_id", p="s.product_id")}
            FROM sales_months s WHERE s.month = :month AND s.short_lines > 0 {only})"""
        return self._orders(cand, {"month": _iso(start), "end": _iso(end), "k": orders - 1,
                                   "customer": customer_id})

    def order_history(self, pairs: Sequence[Pair], end: date, orders: int) -> dict[Pair, list[OrderPoint]]:
        if not pairs:
            return {}
        cand = f"""given(c, p) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]')
                                    FROM json_each(:pairs)),
            cand(c, p, since) AS MATERIALIZED (SELECT c, p, {_SINCE.format(c="given.c", p="given.p")} FROM given)"""
        found = self._orders(cand, {"pairs": json.dumps([list(x) for x in pairs]), "end": _iso(end),
                                    "k": orders - 1})
        short = [x for x in pairs if x not in found]
        if short:  # fewer orders than asked for: all of them
            cand = """given(c, p) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]')
                                        FROM json_each(:pairs)),
                cand(c, p, since) AS (SELECT c, p, '0000-00-00' FROM given)"""
            found.update(self._orders(cand, {"pairs": json.dumps([list(x) for x in short]), "end": _iso(end)}))
        return found
