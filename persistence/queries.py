"""Read queries for summaries: one query per figure, no per-row round trips."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Executable, and_, func, select
from sqlalchemy.orm import Session

from domain.money import from_fen
from domain.periods import month_range
from domain.read_models import MonthTotals, SegmentCount, WorkspaceOverview
from persistence.analysis_queries import SqlAnalysisQueries
from persistence.customer_queries import SqlCustomerQueries
from persistence.tables.catalogue import ProductRow
from persistence.tables.customers import CustomerRow
from persistence.tables.sales import SalesLineRow
from persistence.tables.salons import EventRow
from persistence.tables.settings import SegmentRow
from persistence.tables.visits import DayPlanRow, DayPlanStopRow, FollowUpRow, VisitRow
from persistence.visit_plan_queries import SqlVisitPlanQueries


def _previous_month(d: date) -> date:
    return (d.replace(day=1) - timedelta(days=1)).replace(day=1)


class SqlWorkspaceQueries(SqlCustomerQueries, SqlVisitPlanQueries, SqlAnalysisQueries):
    def __init__(self, session: Session) -> None:
        self._s = session

    def _count(self, stmt: Executable) -> int:
        return int(self._s.scalar(stmt) or 0)

    def month_totals(self, month: date) -> MonthTotals | None:
        start, end = month_range(month)
        cartons, amount, customers = self._s.execute(
            select(
                func.sum(SalesLineRow.supplied_qty),
                func.sum(SalesLineRow.amount_fen),
                func.count(func.distinct(SalesLineRow.customer_id)),
            ).where(SalesLineRow.order_date >= start, SalesLineRow.order_date < end)
        ).one()
        if cartons is None:
            return None
        return MonthTotals(start, int(cartons), from_fen(int(amount)) or Decimal(0), int(customers))

    def overview(self, today: date) -> WorkspaceOverview:
        s = self._s
        status_counts = dict(
            s.execute(select(CustomerRow.status, func.count()).group_by(CustomerRow.status)).tuples().all()
        )
        last_date = s.scalar(select(func.max(SalesLineRow.order_date)))
        latest = previous = None
        if last_date is not None:
            latest = self.month_totals(last_date)
            previous = self.month_totals(_previous_month(last_date))
        segments = tuple(
            SegmentCount(name, int(n), every)
            for name, every, n in s.execute(
                select(SegmentRow.name, SegmentRow.visit_every_days, func.count(CustomerRow.id))
                .outerjoin(
                    CustomerRow,
                    and_(CustomerRow.segment_id == SegmentRow.id, CustomerRow.status != "archived"),
                )
                .group_by(SegmentRow.id)
                .order_by(SegmentRow.sort_order)
            )
        )
        unclassified = self._count(
            select(func.count()).select_from(CustomerRow)
            .where(CustomerRow.segment_id.is_(None), CustomerRow.status != "archived")
        )
        if unclassified:
            segments += (SegmentCount(None, unclassified, None),)
        return WorkspaceOverview(
            active_customers=int(status_counts.get("active", 0)) + int(status_counts.get("suspended", 0)),
            archived_customers=int(status_counts.get("archived", 0)),
            products=self._count(select(func.count()).select_from(ProductRow).where(~ProductRow.archived)),
            sales_lines=self._count(select(func.count()).select_from(SalesLineRow)),
            visits_done=self._count(
                select(func.count()).select_from(VisitRow).where(VisitRow.status == "done")
            ),
            open_follow_ups=self._count(
                select(func.count()).select_from(FollowUpRow).where(FollowUpRow.status == "open")
            ),
            latest_month=latest,
            previous_month=previous,
            segments=segments,
            upcoming_reminders=(),  # computed by the service (domain/care/reminders.py)
            planned_today=self._count(
                select(func.count())
                .select_from(DayPlanStopRow)
                .join(DayPlanRow, DayPlanRow.id == DayPlanStopRow.plan_id)
                .where(DayPlanRow.plan_date == today)
            ),
            events_upcoming=self._count(
                select(func.count())
                .select_from(EventRow)
                .where(EventRow.held_on >= today, EventRow.cancelled.is_(False))
            ),
        )
