"""Day plans (拜访计划), their ordered stops and the planned visits the stops link to."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import and_, delete, exists, insert, or_, select, update
from sqlalchemy.orm import Session

from domain.model.visits import DayPlan, PlanStop, VisitStatus, VisitType
from persistence.tables.visits import (
    DayPlanRow,
    DayPlanStopRow,
    FollowUpRow,
    InventoryCountRow,
    VisitEntryRow,
    VisitPhotoRow,
    VisitRow,
)


class SqlDayPlanRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def plan_dates(self, start: date, end: date) -> list[date]:
        """The dates in [start, end] with a plan that has stops."""
        return list(self._s.scalars(
            select(DayPlanRow.plan_date).where(DayPlanRow.plan_date.between(start, end),
                                               exists().where(DayPlanStopRow.plan_id == DayPlanRow.id))
            .order_by(DayPlanRow.plan_date)))

    def get(self, plan_date: date) -> DayPlan | None:
        row = self._s.scalar(select(DayPlanRow).where(DayPlanRow.plan_date == plan_date))
        if row is None:
            return None
        stops = [
            PlanStop(customer_id, position, visit_id)
            for position, customer_id, visit_id in self._s.execute(
                select(DayPlanStopRow.position, DayPlanStopRow.customer_id, DayPlanStopRow.visit_id)
                .where(DayPlanStopRow.plan_id == row.id)
                .order_by(DayPlanStopRow.position)
            )
        ]
        return DayPlan(row.plan_date, stops, row.route, row.note, row.summary, row.id)

    def add(self, plan: DayPlan) -> int:
        new_id = self._s.scalar(
            insert(DayPlanRow)
            .values(plan_date=plan.plan_date, route=plan.route, note=plan.note, summary=plan.summary)
            .returning(DayPlanRow.id)
        )
        assert new_id is not None
        plan.id = int(new_id)
        self._insert_stops(plan.id, plan.stops)
        return plan.id

    def set_stops(self, plan_id: int, stops: Sequence[PlanStop]) -> None:
        """Positions are part of the key: delete every stop and insert the new list, in one
        transaction (the caller's), keeping each stop's visit link."""
        self._s.execute(delete(DayPlanStopRow).where(DayPlanStopRow.plan_id == plan_id))
        self._insert_stops(plan_id, stops)

    def _insert_stops(self, plan_id: int, stops: Sequence[PlanStop]) -> None:
        if stops:
            self._s.execute(
                insert(DayPlanStopRow),
                [{"plan_id": plan_id, "position": s.position, "customer_id": s.customer_id,
                  "visit_id": s.visit_id} for s in stops],
            )

    def set_route(self, plan_id: int, route: str) -> None:
        self._s.execute(update(DayPlanRow).where(DayPlanRow.id == plan_id).values(route=route))

    def delete(self, plan_id: int) -> None:
        self._s.execute(delete(DayPlanStopRow).where(DayPlanStopRow.plan_id == plan_id))
        self._s.execute(delete(DayPlanRow).where(DayPlanRow.id == plan_id))

    def visit_statuses(self, visit_ids: Iterable[int]) -> dict[int, VisitStatus]:
        ids = list(visit_ids)
        if not ids:
            return {}
        return {
            vid: VisitStatus(status)
            for vid, status in self._s.execute(select(VisitRow.id, VisitRow.status).where(VisitRow.id.in_(ids)))
        }

    def set_visit_status(self, visit_id: int, status: VisitStatus, visit_type: VisitType | None = None) -> None:
        values: dict[str, object] = {"status": status.value}
        if visit_type is not None:
            values["visit_type"] = visit_type.value
        self._s.execute(update(VisitRow).where(VisitRow.id == visit_id).values(**values))

    def recorded_visits(self, visit_ids: Iterable[int]) -> set[int]:
        ids = list(visit_ids)
        if not ids:
            return set()
        v = VisitRow
        anything = or_(
            v.status != VisitStatus.PLANNED.value,
            v.summary != "", v.started_at.is_not(None), v.ended_at.is_not(None),
            v.next_visit_on.is_not(None), v.license_shown.is_not(None),
            v.price_labels_complete.is_not(None), v.price_labels_missing != 0,
            v.display_state != "", v.pop_state != "", v.tidiness != "", v.store_note != "",
            exists().where(VisitEntryRow.visit_id == v.id),
            exists().where(InventoryCountRow.visit_id == v.id),
            exists().where(VisitPhotoRow.visit_id == v.id),
            exists().where(FollowUpRow.visit_id == v.id),
        )
        return set(self._s.scalars(select(v.id).where(and_(v.id.in_(ids), anything))))

    def delete_visits(self, visit_ids: Iterable[int]) -> None:
        ids = list(visit_ids)
        if ids:
            self._s.execute(delete(VisitRow).where(VisitRow.id.in_(ids)))
