"""What a recompute of the grades and value tiers reads (domain.ports.TierQueries): one statement per
measure over all shops, from the monthly summaries (persistence/sales_summary.py), never the lines.

    grade_sums, month_classes   sales_months (month × customer × product) joined to products for the
                                tar (低焦油) and the price class
    tier_sums, first_order_months   sales_customer_months (month × customer, the SalesSums parts)
    order_months                sales_product_months (a few hundred rows a month, the same months)

SQLAlchemy Core: the results are one row per shop (10,000 at most), where the type processing costs
nothing worth measuring."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Numeric, and_, case, cast, distinct, func, select, text
from sqlalchemy.orm import Session

from domain.model.customers import CustomerStatus, Market
from domain.profit import SalesSums
from domain.tiers.model import GradeSums, MonthClasses, ShopFacts, StarStep
from persistence.tables.catalogue import ProductRow
from persistence.tables.customers import CustomerRow
from persistence.tables.sales import SalesCustomerMonthRow, SalesMonthRow, SalesProductMonthRow

_RECOMPUTED = (CustomerStatus.ACTIVE.value, CustomerStatus.SUSPENDED.value)  # archived shops keep their last


class SqlTierQueries:
    def __init__(self, session: Session) -> None:
        self._s = session

    def shop_facts(self) -> list[ShopFacts]:
        c = CustomerRow
        rows = self._s.execute(
            select(c.id, c.license_no, c.name, c.market, c.env_shop_area_m2, c.integrity_grade, c.opened_on,
                   c.segment_id, c.grade, c.value_tier)
            .where(c.status.in_(_RECOMPUTED))
            .order_by(c.id)
        )
        return [
            ShopFacts(i, lic, name, Market(market) if market else None, area, integrity or "", opened, segment,
                      grade, tier)
            for i, lic, name, market, area, integrity, opened, segment, grade, tier in rows
        ]

    def grade_sums(self, first: date, last: date, low_tar_max_mg: Decimal) -> dict[int, GradeSums]:
        s, p = SalesMonthRow, ProductRow
        # tar is stored as text (the Decimal as given); a product without one is never low-tar
        low_tar = and_(p.tar_mg.is_not(None), p.tar_mg != "", cast(p.tar_mg, Numeric(8, 2)) <= float(low_tar_max_mg))
        rows = self._s.execute(
            select(
                s.customer_id,
                func.sum(s.amount_fen),
                func.sum(s.supplied_qty),
                func.sum(case((low_tar, s.supplied_qty), else_=0)),
                func.count(distinct(case((s.supplied_qty > 0, s.month)))),
            )
            .join(p, p.id == s.product_id)
            .where(s.month.between(first.replace(day=1), last.replace(day=1)))
            .group_by(s.customer_id)
            .order_by(s.customer_id)
        )
        return {cid: GradeSums(int(amount), int(cartons), int(low), int(months))
                for cid, amount, cartons, low, months in rows}

    def tier_sums(self, first: date, last: date) -> dict[int, tuple[SalesSums, int]]:
        m = SalesCustomerMonthRow
        rows = self._s.execute(
            select(
                m.customer_id,
                func.sum(m.supplied_qty), func.sum(m.amount_fen), func.sum(m.known_profit_fen),
                func.sum(m.unpriced_amount_fen), func.sum(m.requested_qty), func.sum(m.class_1_2_qty),
                func.count(distinct(case((m.supplied_qty > 0, m.month)))),
            )
            .where(m.month.between(first.replace(day=1), last.replace(day=1)))
            .group_by(m.customer_id)
            .order_by(m.customer_id)
        )
        return {r[0]: (SalesSums(*(int(v) for v in r[1:7])), int(r[7])) for r in rows}

    def first_order_months(self) -> dict[int, date]:
        m = SalesCustomerMonthRow
        rows = self._s.execute(
            select(m.customer_id, func.min(m.month)).group_by(m.customer_id).order_by(m.customer_id)
        )
        # min() loses the column's type on SQLite: the ISO text comes back
        return {cid: first if isinstance(first, date) else date.fromisoformat(first) for cid, first in rows}

    def month_classes(self, customer_id: int, month: date) -> MonthClasses:
        s, p = SalesMonthRow, ProductRow
        cartons, class1, amount = self._s.execute(
            select(
                func.coalesce(func.sum(s.supplied_qty), 0),
                func.coalesce(func.sum(case((p.price_class == 1, s.supplied_qty), else_=0)), 0),
                func.coalesce(func.sum(s.amount_fen), 0),
            )
            .join(p, p.id == s.product_id)
            .where(s.customer_id == customer_id, s.month == month.replace(day=1))
        ).one()
        return MonthClasses(int(cartons), int(class1), int(amount))

    def order_months(self) -> list[date]:
        m = SalesProductMonthRow  # the same months as the per-customer summary, in far fewer rows
        return list(self._s.scalars(select(distinct(m.month)).order_by(m.month)))

    def star_steps(self, first: date, after: date) -> list[StarStep]:
        rows = self._s.execute(text(_STAR_STEPS_SQL), {"first": first.isoformat(), "after": after.isoformat()})
        return [StarStep(cid, date.fromisoformat(on), stars, Decimal(str(total)), date.fromisoformat(p_on), p_stars,
                         Decimal(str(p_total)))
                for cid, on, stars, total, p_on, p_stars, p_total in rows]


# LAG over every evaluation of the shop (the one before may be months earlier), then the latest in the month
_STAR_STEPS_SQL = """
WITH stepped AS (
    SELECT customer_id, id, evaluated_on, star_level, total_score,
           lag(evaluated_on) OVER w AS previous_on, lag(star_level) OVER w AS previous_stars,
           lag(total_score) OVER w AS previous_total
    FROM star_evaluations
    WINDOW w AS (PARTITION BY customer_id ORDER BY evaluated_on, id)
), latest AS (
    SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY evaluated_on DESC, id DESC) AS nth
    FROM stepped WHERE evaluated_on >= :first AND evaluated_on < :after AND previous_on IS NOT NULL
)
SELECT customer_id, evaluated_on, star_level, total_score, previous_on, previous_stars, previous_total
FROM latest WHERE nth = 1 ORDER BY customer_id
"""
