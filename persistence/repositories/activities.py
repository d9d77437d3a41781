"""Star evaluations, SWOT and plans; visits, follow-ups and day plans; reminders and events."""
from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from domain.model.care import Event, Invitation, Reminder
from domain.model.evaluations import ImprovementPlan, StarCriterion, StarEvaluation, SwotAnalysis
from domain.model.visits import DayPlan, FollowUp, Visit
from persistence.tables import (
    DayPlanRow,
    DayPlanStopRow,
    EventRow,
    FollowUpRow,
    ImprovementPlanRow,
    InventoryCountRow,
    InvitationRow,
    PlanTargetRow,
    ReminderRow,
    StarCriterionRow,
    StarEvaluationRow,
    StarScoreRow,
    SwotAnalysisRow,
    VisitEntryRow,
    VisitRow,
)


def _naive(dt):  # type: ignore[no-untyped-def]
    return None if dt is None else dt.replace(tzinfo=None)


def _insert(session: Session, table: type, **values: object) -> int:
    new_id = session.scalar(insert(table).values(**values).returning(table.id))  # type: ignore[attr-defined]
    assert new_id is not None
    return int(new_id)


def _json(items: list[str]) -> str:
    return json.dumps(items, ensure_ascii=False)


class SqlEvaluationRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def criteria(self) -> list[StarCriterion]:
        rows = self._s.scalars(select(StarCriterionRow).order_by(StarCriterionRow.sort_order))
        return [
            StarCriterion(r.code, r.name, Decimal(str(r.max_score)), r.group_name, r.sort_order)
            for r in rows
        ]

    def set_criteria(self, criteria: Sequence[StarCriterion]) -> None:
        self._s.execute(delete(StarCriterionRow))
        self._s.execute(
            insert(StarCriterionRow),
            [
                {
                    "code": c.code,
                    "name": c.name,
                    "group_name": c.group,
                    "max_score": float(c.max_score),
                    "sort_order": c.sort_order,
                }
                for c in criteria
            ],
        )

    def add_star_evaluation(self, e: StarEvaluation) -> int:
        e.id = _insert(
            self._s,
            StarEvaluationRow,
            customer_id=e.customer_id,
            evaluated_on=e.evaluated_on,
            total_score=float(e.total_score),
            star_level=e.star_level,
            integrity_grade=e.integrity_grade,
            value_points=e.value_points,
            result_code=e.result_code,
            notes=e.notes,
        )
        if e.scores:
            self._s.execute(
                insert(StarScoreRow),
                [
                    {"evaluation_id": e.id, "criterion_code": code, "score": float(score)}
                    for code, score in e.scores.items()
                ],
            )
        return e.id

    def add_swot(self, w: SwotAnalysis) -> int:
        w.id = _insert(
            self._s,
            SwotAnalysisRow,
            customer_id=w.customer_id,
            analysed_on=w.analysed_on,
            strengths=_json(w.strengths),
            weaknesses=_json(w.weaknesses),
            opportunities=_json(w.opportunities),
            threats=_json(w.threats),
            conclusion=w.conclusion,
        )
        return w.id

    def add_plan(self, p: ImprovementPlan) -> int:
        p.id = _insert(
            self._s,
            ImprovementPlanRow,
            customer_id=p.customer_id,
            created_on=p.created_on,
            review_on=p.review_on,
            measures=_json(p.measures),
            status=p.status.value,
            notes=p.notes,
        )
        if p.targets:
            self._s.execute(
                insert(PlanTargetRow),
                [
                    {
                        "plan_id": p.id,
                        "metric": t.metric.value,
                        "target": str(t.target),
                        "baseline": None if t.baseline is None else str(t.baseline),
                    }
                    for t in p.targets
                ],
            )
        return p.id


class SqlVisitRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, v: Visit) -> int:
        sc = v.store_check
        v.id = _insert(
            self._s,
            VisitRow,
            customer_id=v.customer_id,
            planned_on=v.planned_on,
            status=v.status.value,
            visit_type=v.visit_type.value,
            started_at=_naive(v.started_at),
            ended_at=_naive(v.ended_at),
            license_shown=sc.license_shown,
            price_labels_complete=sc.price_labels_complete,
            price_labels_missing=sc.price_labels_missing,
            display_state=sc.display_state,
            pop_state=sc.pop_state,
            tidiness=sc.tidiness,
            store_note=sc.note,
            summary=v.summary,
            next_visit_on=v.next_visit_on,
        )
        if v.entries:
            self._s.execute(
                insert(VisitEntryRow),
                [
                    {"visit_id": v.id, "step": e.step.value, "kind": e.kind.value, "text": e.text,
                     "sort_order": n}
                    for n, e in enumerate(v.entries)
                ],
            )
        if v.inventory:
            self._s.execute(
                insert(InventoryCountRow),
                [
                    {"visit_id": v.id, "product_id": c.product_id, "stock_qty": c.stock_qty,
                     "suggested_qty": c.suggested_qty, "ordered_qty": c.ordered_qty}
                    for c in v.inventory
                ],
            )
        return v.id

    def add_follow_up(self, f: FollowUp) -> int:
        f.id = _insert(
            self._s,
            FollowUpRow,
            customer_id=f.customer_id,
            visit_id=f.visit_id,
            text=f.text,
            due_on=f.due_on,
            owner_note=f.owner_note,
            status=f.status.value,
            done_on=f.done_on,
        )
        return f.id

    def add_day_plan(self, p: DayPlan) -> int:
        p.id = _insert(
            self._s, DayPlanRow, plan_date=p.plan_date, route=p.route, note=p.note, summary=p.summary
        )
        if p.stops:
            self._s.execute(
                insert(DayPlanStopRow),
                [
                    {"plan_id": p.id, "position": s.position, "customer_id": s.customer_id,
                     "visit_id": s.visit_id}
                    for s in p.stops
                ],
            )
        return p.id


class SqlCareRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add_reminder(self, r: Reminder) -> int:
        r.id = _insert(
            self._s,
            ReminderRow,
            customer_id=r.customer_id,
            kind=r.kind.value,
            title=r.title,
            due_on=r.due_on,
            recurrence=r.recurrence.value,
            lead_days=r.lead_days,
            note=r.note,
            done_on=r.done_on,
        )
        return r.id

    def add_event(self, e: Event) -> int:
        e.id = _insert(
            self._s,
            EventRow,
            title=e.title,
            kind=e.kind.value,
            starts_at=_naive(e.starts_at),
            location=e.location,
            capacity=e.capacity,
            status=e.status.value,
            description=e.description,
        )
        return e.id

    def add_invitation(self, i: Invitation) -> int:
        i.id = _insert(
            self._s,
            InvitationRow,
            event_id=i.event_id,
            customer_id=i.customer_id,
            status=i.status.value,
            invited_on=i.invited_on,
            responded_on=i.responded_on,
            note=i.note,
        )
        return i.id
