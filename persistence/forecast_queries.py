"""The forecast's reads (domain.ports.ForecastQueries) in SQLAlchemy Core: one query per need.

Month sums come from the sales_months summary (month × shop × product, kept exact by
persistence/sales_summary.py), not from the lines; the order days are the distinct (shop, date) pairs
of the lines over the (customer, product, date) index's leading column, read once for all shops.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import distinct, select
from sqlalchemy.orm import Session

from domain.forecast.model import MonthQty, OrderDay
from persistence.tables.sales import SalesLineRow, SalesMonthRow


class SqlForecastQueries:
    def __init__(self, session: Session) -> None:
        self._s = session

    def order_months(self, first: date, before: date) -> list[MonthQty]:
        m = SalesMonthRow
        rows = self._s.execute(
            select(m.month, m.customer_id, m.product_id, m.requested_qty, m.supplied_qty, m.short_lines)
            .where(m.month >= first, m.month < before)
            .order_by(m.customer_id, m.product_id, m.month))
        return [MonthQty(*r) for r in rows]

    def order_days(self, first: date, before: date) -> list[OrderDay]:
        ln = SalesLineRow
        rows = self._s.execute(
            select(distinct(ln.customer_id), ln.order_date)
            .where(ln.order_date >= first, ln.order_date < before)
            .order_by(ln.customer_id, ln.order_date))
        return [OrderDay(c, d) for c, d in rows]

    def latest_order_month(self) -> date | None:
        latest = self._s.execute(select(SalesMonthRow.month).order_by(SalesMonthRow.month.desc()).limit(1)).scalar()
        return latest
