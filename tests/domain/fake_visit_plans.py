"""In-memory day plans and planning queries for FakeUnitOfWork (tests/domain/fakes.py).

Kept apart from fakes.py so that the visit planning fakes read as one piece. They work on the same
FakeStore: day plans under "day_plans", visits under "visits", customers and segments as stored.
"""
from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from domain.model.customers import CustomerStatus
from domain.model.visits import DayPlan, PlanStop, StoreCheck, VisitStatus, VisitType
from domain.visits.planning_views import DayPlanView, DueFacts, PlanStopRow


class FakeDayPlanRepository:
    def __init__(self, store: Any) -> None:
        self._store = store

    def _plans(self) -> dict[int, DayPlan]:
        return self._store.table("day_plans")  # type: ignore[no-any-return]

    def plan_dates(self, start: date, end: date) -> list[date]:
        return sorted(p.plan_date for p in self._plans().values() if start <= p.plan_date <= end and p.stops)

    def get(self, plan_date: date) -> DayPlan | None:
        plan = next((p for p in self._plans().values() if p.plan_date == plan_date), None)
        if plan is None:
            return None
        plan = copy.deepcopy(plan)
        plan.stops.sort(key=lambda s: s.position)
        return plan

    def add(self, plan: DayPlan) -> int:
        assert self.get(plan.plan_date) is None, "one plan per date (unique plan_date)"
        return self._store.add("day_plans", plan)  # type: ignore[no-any-return]

    def set_stops(self, plan_id: int, stops: Sequence[PlanStop]) -> None:
        positions = [s.position for s in stops]
        customers = [s.customer_id for s in stops]
        assert len(set(positions)) == len(positions), "(plan_id, position) is the key"
        assert len(set(customers)) == len(customers), "(plan_id, customer_id) is unique"
        self._plans()[plan_id].stops = list(stops)

    def set_route(self, plan_id: int, route: str) -> None:
        self._plans()[plan_id].route = route

    def delete(self, plan_id: int) -> None:
        self._plans().pop(plan_id, None)

    def visit_statuses(self, visit_ids: Iterable[int]) -> dict[int, VisitStatus]:
        visits = self._store.table("visits")
        return {v: visits[v].status for v in visit_ids if v in visits}

    def set_visit_status(self, visit_id: int, status: VisitStatus, visit_type: VisitType | None = None) -> None:
        visit = self._store.table("visits")[visit_id]
        visit.status = status
        if visit_type is not None:
            visit.visit_type = visit_type

    def recorded_visits(self, visit_ids: Iterable[int]) -> set[int]:
        visits = self._store.table("visits")
        followed = {f.visit_id for f in self._store.table("follow_ups").values()}
        return {
            v for v in visit_ids if v in visits and (
                visits[v].status is not VisitStatus.PLANNED or visits[v].summary
                or visits[v].started_at or visits[v].ended_at or visits[v].next_visit_on
                or visits[v].store_check != StoreCheck() or visits[v].entries or visits[v].inventory
                or v in followed
            )
        }

    def delete_visits(self, visit_ids: Iterable[int]) -> None:
        visits = self._store.table("visits")
        gone = set(visit_ids)
        for v in gone:
            visits.pop(v, None)
        for plan in self._plans().values():  # ON DELETE SET NULL
            plan.stops = [replace(s, visit_id=None) if s.visit_id in gone else s for s in plan.stops]


class FakeVisitPlanQueries:
    """The planning reads of FakeWorkspaceQueries."""

    _store: Any

    def due_facts(self, on: date, today: date) -> list[DueFacts]:
        segments = self._store.table("segments")
        visits = list(self._store.table("visits").values())
        plans = list(self._store.table("day_plans").values())
        here = next((p for p in plans if p.plan_date == on), None)
        here_ids = {s.customer_id for s in here.stops} if here else set()
        facts = []
        for c in self._store.table("customers").values():
            if c.status is not CustomerStatus.ACTIVE:
                continue
            done = [v for v in visits
                    if v.customer_id == c.id and v.status is VisitStatus.DONE and v.planned_on <= on]
            last = max(done, key=lambda v: v.planned_on, default=None)
            upcoming = [
                p.plan_date for p in plans if p.plan_date >= today and any(
                    s.customer_id == c.id and self._still_planned(s.visit_id) for s in p.stops
                )
            ]
            segment = segments.get(c.segment_id)
            facts.append(DueFacts(
                c.id, c.license_no, c.name, c.owner, c.phone, c.address, c.route,
                segment.name if segment else "", c.visit_every_days,
                segment.visit_every_days if segment else None,
                last.planned_on if last else None, last.visit_type.value if last else None,
                c.id in here_ids, min(upcoming, default=None),
            ))
        return facts

    def _still_planned(self, visit_id: int | None) -> bool:
        visit = self._store.table("visits").get(visit_id)
        return visit is None or visit.status is VisitStatus.PLANNED

    def day_plan_view(self, plan_date: date) -> DayPlanView:
        plan = next((p for p in self._store.table("day_plans").values() if p.plan_date == plan_date), None)
        if plan is None:
            return DayPlanView(plan_date)
        customers, visits = self._store.table("customers"), self._store.table("visits")
        rows = []
        for s in sorted(plan.stops, key=lambda s: s.position):
            c, v = customers[s.customer_id], visits.get(s.visit_id)
            rows.append(PlanStopRow(
                s.position, s.customer_id, c.name, c.route, c.address, c.phone, c.owner, s.visit_id,
                v.status.value if v else "planned", v.visit_type.value if v else "in_person",
            ))
        return DayPlanView(plan_date, tuple(rows), plan.id, plan.route, plan.note)
