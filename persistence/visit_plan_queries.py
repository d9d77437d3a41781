"""Read queries of visit planning: the due list's facts for every customer, one day plan's stops."""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from domain.visits.planning_views import DayPlanView, DueFacts, PlanStopRow
from persistence.tables.customers import CustomerRow
from persistence.tables.visits import DayPlanRow, DayPlanStopRow, VisitRow

# One query for all active customers. Plain SQL for the reason given in customer_queries.py (row
# processing at 10,000 customers). The last done visit walks the (customer_id, planned_on) index
# backwards from `on` and stops at the first done visit: usually the first row it meets.
_DUE_FACTS_SQL = """
SELECT c.id, c.license_no, c.name, c.owner, c.phone, c.address, c.route, s.name,
       c.visit_every_days, s.visit_every_days,
       (SELECT v.planned_on || '|' || v.visit_type FROM visits v
         WHERE v.customer_id = c.id AND v.status = 'done' AND v.planned_on <= :on
         ORDER BY v.planned_on DESC LIMIT 1),
       EXISTS (SELECT 1 FROM day_plan_stops ps WHERE ps.plan_id = :plan_id AND ps.customer_id = c.id),
       np.next_planned, c.search_pinyin, c.search_initials, c.value_tier
FROM customers c
LEFT JOIN segments s ON s.id = c.segment_id
LEFT JOIN (
    SELECT ps.customer_id, min(p.plan_date) AS next_planned
    FROM day_plans p
    JOIN day_plan_stops ps ON ps.plan_id = p.id
    LEFT JOIN visits v ON v.id = ps.visit_id
    WHERE p.plan_date >= :today AND coalesce(v.status, 'planned') = 'planned'
    GROUP BY ps.customer_id
) np ON np.customer_id = c.id
WHERE c.status = 'active'
"""


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


class SqlVisitPlanQueries:
    _s: Session

    def due_facts(self, on: date, today: date) -> list[DueFacts]:
        plan_id = self._s.scalar(select(DayPlanRow.id).where(DayPlanRow.plan_date == on))
        rows = self._s.execute(text(_DUE_FACTS_SQL), {
            "on": on.isoformat(), "today": today.isoformat(), "plan_id": -1 if plan_id is None else plan_id,
        }).all()
        facts = []
        for r in rows:
            last, kind = (None, None) if r[10] is None else r[10].split("|", 1)
            facts.append(DueFacts(
                r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] or "", r[8], r[9], _day(last), kind,
                bool(r[11]), _day(r[12]), r[13], r[14], r[15],
            ))
        return facts

    def day_plan_view(self, plan_date: date) -> DayPlanView:
        plan = self._s.execute(
            select(DayPlanRow.id, DayPlanRow.route, DayPlanRow.note).where(DayPlanRow.plan_date == plan_date)
        ).one_or_none()
        if plan is None:
            return DayPlanView(plan_date)
        c, ps, v = CustomerRow, DayPlanStopRow, VisitRow
        stops = tuple(
            PlanStopRow(*row)
            for row in self._s.execute(
                select(ps.position, ps.customer_id, c.name, c.route, c.address, c.phone, c.owner, ps.visit_id,
                       func.coalesce(v.status, "planned"), func.coalesce(v.visit_type, "in_person"))
                .join(c, c.id == ps.customer_id)
                .outerjoin(v, v.id == ps.visit_id)
                .where(ps.plan_id == plan.id)
                .order_by(ps.position)
            )
        )
        return DayPlanView(plan_date, stops, plan.id, plan.route, plan.note)
