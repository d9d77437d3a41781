"""The forecast's reads (domain.ports.ForecastQueries) in SQLAlchemy Core: one query per need, for all shops.

Month sums come from the summaries (persistence/sales_summary.py): sales_months (month × shop ×
product) and sales_customer_months (month × shop), never from the lines; the order days from
sales_order_dates (the lines' distinct (shop, date) pairs, kept there: a distinct scan of 10 million
lines took 1.3 s, reading the pairs as tuples 0.5 s, one joined row per shop 0.25 s), once for all shops. Stock counts are
each done visit's count with the one before it of the same shop and product (a window function), and
the supply between the two summed over the (customer, product, date) index.

Speed (10,000 shops × 24 months, 2.8 M month rows): dates are read as the driver gives them and turned
into `date` once per distinct value, and rows are built as tuples, not through the ORM.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import CompoundSelect, Date, Integer, Select, String, and_, func, select, text, type_coerce, union_all
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from domain.forecast.model import MonthQty, StockCount
from persistence.sales_summary import ODD_MONTH_ROW
from persistence.tables.sales import SalesCustomerMonthRow, SalesLineRow, SalesMonthRow, SalesOrderDateRow
from persistence.tables.visits import InventoryCountRow, VisitRow


class _Dates(dict[object, date]):
    """Text (SQLite) or date (PostgreSQL) → date, once per distinct value (a window has 730 days):
    `dates[value]` is then one dictionary lookup."""

    def __missing__(self, value: object) -> date:
        day = value if isinstance(value, date) else date.fromisoformat(str(value))
        self[value] = day
        return day


def _driver_rows(result: CursorResult[Any]) -> Sequence[Any]:
    """The rows as the driver's cursor gives them (plain tuples): the four large reads of a 10,000-shop
    forecast spent 0.3–0.9 s each in building SQLAlchemy's Row objects."""
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


_MonthRow = tuple[str, int, int, int, int, int]


def order_months_query(first: date, before: date, detail_from: date | None) -> Select[_MonthRow] | CompoundSelect[_MonthRow]:
    """The month rows of [first, before); with `detail_from`, before it only the odd ones, read from
    their partial index (ix_sales_months_odd)."""
    m = SalesMonthRow
    columns = (type_coerce(m.month, String), m.customer_id, m.product_id, m.requested_qty, m.supplied_qty,
               m.short_lines)
    if detail_from is None:
        return select(*columns).where(m.month >= first, m.month < before)
    # two ranges of the primary key's month: all rows of the recent months, the odd rows before
    return union_all(
        select(*columns).where(m.month >= max(first, detail_from), m.month < before),
        select(*columns).where(m.month >= first, m.month < min(detail_from, before), text(f"({ODD_MONTH_ROW})")))


class SqlForecastQueries:
    def __init__(self, session: Session) -> None:
        self._s = session

    def order_months(self, first: date, before: date, detail_from: date | None = None) -> list[MonthQty]:
        query = order_months_query(first, before, detail_from)
        day, new = _Dates(), tuple.__new__
        # the forecast groups the rows itself: no ORDER BY (sorting 800,000 rows costs a second)
        return [new(MonthQty, (day[r[0]], r[1], r[2], r[3], r[4], r[5]))
                for r in _driver_rows(self._s.connection().execute(query))]

    def shop_supplied(self, first: date, before: date) -> list[tuple[int, date, int]]:
        c = SalesCustomerMonthRow
        rows = _driver_rows(self._s.connection().execute(
            select(c.customer_id, type_coerce(c.month, String), c.supplied_qty).where(c.month >= first, c.month < before)))
        day = _Dates()
        return [(cid, day[mo], qty) for cid, mo, qty in rows]

    def earlier_pairs(self, first: date, before: date) -> list[tuple[int, int]]:
        m = SalesMonthRow
        return list(_driver_rows(self._s.connection().execute(select(m.customer_id, m.product_id).distinct()
                                                              .where(m.month >= first, m.month < before))))

    def order_days(self, first: date, before: date) -> dict[int, list[date]]:
        od = SalesOrderDateRow
        # one row per shop, its dates joined (sales_order_dates is keyed by shop, then date): 10,000 rows
        # instead of 900,000 tuples; each list is sorted here, as SQL does not promise the aggregate's order
        rows = _driver_rows(self._s.connection().execute(
            select(od.customer_id, func.aggregate_strings(type_coerce(od.order_date, String), ","))
            .where(od.order_date >= first, od.order_date < before).group_by(od.customer_id)))
        get = _Dates().__getitem__
        return {cid: sorted(map(get, text.split(","))) for cid, text in rows}

    def stock_counts(self, first: date, before: date) -> list[StockCount]:
        v, ic, ln = VisitRow, InventoryCountRow, SalesLineRow
        order = (v.planned_on, v.id)
        counts = (
            select(v.customer_id, ic.product_id, v.planned_on.label("counted_on"), ic.stock_qty,
                   func.lag(v.planned_on, type_=Date).over(partition_by=(v.customer_id, ic.product_id), order_by=order)
                   .label("previous_on"),
                   func.lag(ic.stock_qty, type_=Integer).over(partition_by=(v.customer_id, ic.product_id), order_by=order)
                   .label("previous_stock"))
            .join(v, v.id == ic.visit_id)
            .where(v.status == "done", v.planned_on >= first, v.planned_on < before)
            .subquery())
        supplied = (select(func.coalesce(func.sum(ln.supplied_qty), 0))
                    .where(ln.customer_id == counts.c.customer_id, ln.product_id == counts.c.product_id,
                           ln.order_date >= counts.c.previous_on, ln.order_date < counts.c.counted_on)
                    .scalar_subquery())
        rows = self._s.connection().execute(
            select(counts.c.customer_id, counts.c.product_id, counts.c.previous_on, counts.c.counted_on,
                   counts.c.previous_stock, counts.c.stock_qty, supplied)
            .where(and_(counts.c.previous_on.is_not(None), counts.c.previous_on < counts.c.counted_on))
            .order_by(counts.c.customer_id, counts.c.product_id, counts.c.counted_on))
        return [StockCount(*r) for r in rows]

    def latest_order_month(self) -> date | None:
        latest = self._s.connection().execute(select(SalesMonthRow.month).order_by(SalesMonthRow.month.desc()).limit(1)).scalar()
        return latest
