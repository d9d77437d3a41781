"""Read queries about customers: the list, one customer's timeline and sales, what a delete removes."""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from domain.money import from_fen
from domain.periods import month_range
from domain.profit import ProductSales
from domain.read_models import CustomerList, CustomerListRow, DeletionImpact, TimelineEntry
from persistence.repositories.salons import SqlSalonRepository
from persistence.tables.care import ReminderActionRow, ReminderRow
from persistence.tables.catalogue import ImportBatchRow, ProductRow
from persistence.tables.customers import CustomerTagRow
from persistence.tables.evaluations import ImprovementPlanRow, StarEvaluationRow, SwotAnalysisRow
from persistence.tables.sales import SalesLineRow
from persistence.tables.salons import InvitationRow
from persistence.tables.visits import DayPlanStopRow, FollowUpRow, VisitRow

_CUSTOMER_LIST_SQL = """
SELECT c.id, c.license_no, c.name, c.owner, c.phone, c.route, s.name, c.grade, c.star_level,
       c.integrity_grade, c.value_tier, c.status,
       (SELECT max(v.planned_on) FROM visits v WHERE v.customer_id = c.id AND v.status = 'done'),
       (SELECT m.supplied_qty FROM sales_customer_months m WHERE m.month = :start AND m.customer_id = c.id),
       c.address, c.customer_code, c.search_pinyin, c.search_initials
FROM customers c LEFT JOIN segments s ON s.id = c.segment_id
"""


class SqlCustomerQueries:
    _s: Session

    def latest_order_date(self, customer_id: int | None = None) -> date | None:
        stmt = select(func.max(SalesLineRow.order_date))
        if customer_id is not None:
            stmt = stmt.where(SalesLineRow.customer_id == customer_id)
        return self._s.scalar(stmt)

    def customer_list(self) -> CustomerList:
        """Every customer in one query (plus one for tags): no per-row round trips."""
        latest = self.latest_order_date()
        month = month_range(latest) if latest else None
        # Plain SQL on purpose: this runs on every visit to the list, and SQLAlchemy's per-row type
        # processing cost more than SQLite itself at 10,000 rows. The month's cartons come from the
        # month × customer summary (persistence/sales_summary.py), one primary-key lookup per shop:
        # faster than walking a month's 400,000 lines.
        rows = self._s.execute(text(_CUSTOMER_LIST_SQL), {
            "start": month[0].isoformat() if month else "9999",
        }).all()
        tags: dict[int, list[str]] = defaultdict(list)
        for customer_id, tag in self._s.execute(
            select(CustomerTagRow.customer_id, CustomerTagRow.tag).order_by(CustomerTagRow.tag)
        ):
            tags[customer_id].append(tag)
        return CustomerList(
            tuple(
                CustomerListRow(
                    id=r[0], license_no=r[1], name=r[2], owner=r[3], phone=r[4], route=r[5],
                    segment=r[6] or "", grade=r[7], star_level=r[8], integrity_grade=r[9],
                    value_tier=r[10], status=r[11],
                    last_visit=None if r[12] is None else date.fromisoformat(r[12]),
                    month_cartons=None if r[13] is None else int(r[13]),
                    address=r[14], customer_code=r[15], tags=tuple(tags.get(r[0], ())),
                    search_pinyin=r[16], search_initials=r[17],
                )
                for r in rows
            ),
            month[0] if month else None,
        )

    def customer_product_sales(self, customer_id: int, start: date, end: date) -> list[ProductSales]:
        rows = self._s.execute(
            select(
                ProductRow.price_class,
                func.sum(SalesLineRow.supplied_qty),
                func.sum(SalesLineRow.amount_fen),
                ProductRow.retail_price_fen,
            )
            .join(ProductRow, ProductRow.id == SalesLineRow.product_id)
            .where(
                SalesLineRow.customer_id == customer_id,
                SalesLineRow.order_date >= start,
                SalesLineRow.order_date < end,
            )
            .group_by(SalesLineRow.product_id)
        )
        return [
            ProductSales(int(cls), int(cartons), from_fen(int(amount)), from_fen(retail))
            for cls, cartons, amount, retail in rows
        ]

    def deletion_impact(self, customer_id: int) -> DeletionImpact:
        def count(table: Any, column: Any = None) -> int:  # any mapped row class with a customer_id
            col = column if column is not None else table.customer_id
            return int(self._s.scalar(select(func.count()).select_from(table).where(col == customer_id)) or 0)

        return DeletionImpact(
            star_evaluations=count(StarEvaluationRow),
            swot_analyses=count(SwotAnalysisRow),
            improvement_plans=count(ImprovementPlanRow),
            reminders=count(ReminderRow),
            follow_ups=count(FollowUpRow),
            tags=count(CustomerTagRow),
            visits=count(VisitRow),
            sales_lines=count(SalesLineRow),
            invitations=count(InvitationRow),
            day_plan_stops=count(DayPlanStopRow),
        )

    def customer_timeline(self, customer_id: int) -> list[TimelineEntry]:
        s, cid = self._s, customer_id
        entries: list[TimelineEntry] = []
        for on, status, kind, summary in s.execute(
            select(VisitRow.planned_on, VisitRow.status, VisitRow.visit_type, VisitRow.summary)
            .where(VisitRow.customer_id == cid)
        ):
            entries.append(TimelineEntry(on, "visit", f"{kind}:{status}", summary))
        for on, code, total in s.execute(
            select(StarEvaluationRow.evaluated_on, StarEvaluationRow.result_code, StarEvaluationRow.total_score)
            .where(StarEvaluationRow.customer_id == cid)
        ):
            entries.append(TimelineEntry(on, "star_evaluation", code, f"{total:g}"))
        for on, conclusion in s.execute(
            select(SwotAnalysisRow.analysed_on, SwotAnalysisRow.conclusion).where(SwotAnalysisRow.customer_id == cid)
        ):
            entries.append(TimelineEntry(on, "swot", conclusion))
        for on, status, notes in s.execute(
            select(ImprovementPlanRow.created_on, ImprovementPlanRow.status, ImprovementPlanRow.notes)
            .where(ImprovementPlanRow.customer_id == cid)
        ):
            entries.append(TimelineEntry(on, "plan", status, notes))
        for on, title, done in s.execute(
            select(ReminderRow.due_on, ReminderRow.title, ReminderRow.done_on).where(ReminderRow.customer_id == cid)
        ):
            entries.append(TimelineEntry(on, "reminder", title, "done" if done else ""))
        for on, title, state, until, note in s.execute(
            select(ReminderActionRow.acted_on, ReminderActionRow.title, ReminderActionRow.state,
                   ReminderActionRow.until, ReminderActionRow.note)
            .where(ReminderActionRow.customer_id == cid)
        ):
            # "snoozed:2026-12-10" or "done", then the note: the tab words it (gui/customers/timeline_tab.py)
            detail = f"snoozed:{until.isoformat()}" if state == "snoozed" and until else state
            entries.append(TimelineEntry(on, "reminder", title, f"{detail}|{note}" if note else detail))
        for on, text_, status in s.execute(
            select(func.coalesce(FollowUpRow.due_on, FollowUpRow.done_on), FollowUpRow.text, FollowUpRow.status)
            .where(FollowUpRow.customer_id == cid, func.coalesce(FollowUpRow.due_on, FollowUpRow.done_on).is_not(None))
        ):
            entries.append(TimelineEntry(on, "follow_up", text_, status))
        for event, invitation in SqlSalonRepository(s).invitations_of(cid):
            # "attended|ordered": how far the shop got, then the outcome (the tab words both)
            entries.append(TimelineEntry(event.on, "event", event.theme,
                                         f"{invitation.stage}|{invitation.outcome.value}"))
        for imported_at, source, kind, n in s.execute(
            select(ImportBatchRow.imported_at, ImportBatchRow.source_name, ImportBatchRow.kind, func.count())
            .join(SalesLineRow, SalesLineRow.batch_id == ImportBatchRow.id)
            .where(SalesLineRow.customer_id == cid)
            .group_by(ImportBatchRow.id)
        ):
            entries.append(TimelineEntry(imported_at.date(), "import", source, f"{kind}:{n}"))
        entries.sort(key=lambda e: e.on, reverse=True)
        return entries
