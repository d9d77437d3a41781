"""Star evaluations, SWOT and plans; visits, follow-ups and day plans; reminders and events."""
from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime, timezone
from decimal import Decimal

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from domain.model.care import Event, Invitation, Reminder
from domain.model.evaluations import (
    ImprovementPlan,
    PlanMetric,
    PlanStatus,
    PlanTarget,
    StarCriterion,
    StarEvaluation,
    SwotAnalysis,
)
from domain.model.visits import (
    DayPlan,
    EntryKind,
    FollowUp,
    FollowUpStatus,
    InventoryCount,
    StoreCheck,
    Visit,
    VisitEntry,
    VisitStatus,
    VisitStep,
    VisitType,
)
from domain.visits.record import VisitPhoto
from persistence.tables.care import EventRow, InvitationRow, ReminderRow
from persistence.tables.evaluations import (
    ImprovementPlanRow,
    PlanTargetRow,
    StarEvaluationRow,
    StarScoreRow,
    SwotAnalysisRow,
)
from persistence.tables.settings import StarCriterionRow
from persistence.tables.visits import (
    DayPlanRow,
    DayPlanStopRow,
    FollowUpRow,
    InventoryCountRow,
    VisitEntryRow,
    VisitPhotoRow,
    VisitRow,
)


def _naive(dt):  # type: ignore[no-untyped-def]
    return None if dt is None else dt.replace(tzinfo=None)


def _utc(dt: datetime | None) -> datetime | None:
    """Stored naive UTC → aware UTC."""
    return None if dt is None else dt.replace(tzinfo=timezone.utc)


def _insert(session: Session, table: type, **values: object) -> int:
    new_id = session.scalar(insert(table).values(**values).returning(table.id))  # type: ignore[attr-defined]
    assert new_id is not None
    return int(new_id)


def _dec(value: float) -> Decimal:
    """Scores are stored as NUMERIC(6, 2); read them back as the exact two-place decimals they were."""
    return Decimal(str(value)).quantize(Decimal("0.01")) if value is not None else Decimal(0)


def _json(items: list[str]) -> str:
    return json.dumps(items, ensure_ascii=False)


class SqlEvaluationRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def criteria(self) -> list[StarCriterion]:
        rows = self._s.scalars(select(StarCriterionRow).order_by(StarCriterionRow.sort_order))
        return [
            StarCriterion(r.code, r.name, _dec(r.max_score), r.group_name, r.sort_order)
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

    def star_evaluations(self, customer_id: int) -> list[StarEvaluation]:
        rows = list(self._s.scalars(
            select(StarEvaluationRow)
            .where(StarEvaluationRow.customer_id == customer_id)
            .order_by(StarEvaluationRow.evaluated_on, StarEvaluationRow.id)
        ))
        scores: dict[int, dict[str, Decimal]] = {r.id: {} for r in rows}
        for score in self._s.scalars(select(StarScoreRow).where(StarScoreRow.evaluation_id.in_(scores))):
            scores[score.evaluation_id][score.criterion_code] = _dec(score.score)
        return [
            StarEvaluation(
                id=r.id, customer_id=r.customer_id, evaluated_on=r.evaluated_on, scores=scores[r.id],
                total_score=_dec(r.total_score), star_level=r.star_level,
                integrity_grade=r.integrity_grade, value_points=r.value_points,
                result_code=r.result_code, notes=r.notes,
            )
            for r in rows
        ]

    def delete_star_evaluation(self, evaluation_id: int) -> None:
        self._s.execute(delete(StarEvaluationRow).where(StarEvaluationRow.id == evaluation_id))

    def add_swot(self, w: SwotAnalysis) -> int:
        w.id = _insert(self._s, SwotAnalysisRow, customer_id=w.customer_id, **self._swot_values(w))
        return w.id

    def update_swot(self, w: SwotAnalysis) -> None:
        self._s.execute(update(SwotAnalysisRow).where(SwotAnalysisRow.id == w.id).values(**self._swot_values(w)))

    @staticmethod
    def _swot_values(w: SwotAnalysis) -> dict[str, object]:
        return {
            "analysed_on": w.analysed_on,
            "strengths": _json(w.strengths),
            "weaknesses": _json(w.weaknesses),
            "opportunities": _json(w.opportunities),
            "threats": _json(w.threats),
            "conclusion": w.conclusion,
        }

    def swots(self, customer_id: int) -> list[SwotAnalysis]:
        rows = self._s.scalars(
            select(SwotAnalysisRow)
            .where(SwotAnalysisRow.customer_id == customer_id)
            .order_by(SwotAnalysisRow.analysed_on, SwotAnalysisRow.id)
        )
        return [
            SwotAnalysis(
                id=r.id, customer_id=r.customer_id, analysed_on=r.analysed_on,
                strengths=json.loads(r.strengths), weaknesses=json.loads(r.weaknesses),
                opportunities=json.loads(r.opportunities), threats=json.loads(r.threats),
                conclusion=r.conclusion,
            )
            for r in rows
        ]

    def delete_swot(self, swot_id: int) -> None:
        self._s.execute(delete(SwotAnalysisRow).where(SwotAnalysisRow.id == swot_id))

    def add_plan(self, p: ImprovementPlan) -> int:
        p.id = _insert(self._s, ImprovementPlanRow, customer_id=p.customer_id, **self._plan_values(p))
        self._write_targets(p)
        return p.id

    def update_plan(self, p: ImprovementPlan) -> None:
        self._s.execute(
            update(ImprovementPlanRow).where(ImprovementPlanRow.id == p.id).values(**self._plan_values(p))
        )
        self._s.execute(delete(PlanTargetRow).where(PlanTargetRow.plan_id == p.id))
        self._write_targets(p)

    @staticmethod
    def _plan_values(p: ImprovementPlan) -> dict[str, object]:
        return {
            "created_on": p.created_on,
            "review_on": p.review_on,
            "measures": _json(p.measures),
            "status": p.status.value,
            "notes": p.notes,
        }

    def plans(self, customer_id: int) -> list[ImprovementPlan]:
        rows = list(self._s.scalars(
            select(ImprovementPlanRow)
            .where(ImprovementPlanRow.customer_id == customer_id)
            .order_by(ImprovementPlanRow.created_on, ImprovementPlanRow.id)
        ))
        targets: dict[int, list[PlanTarget]] = {r.id: [] for r in rows}
        for t in self._s.scalars(select(PlanTargetRow).where(PlanTargetRow.plan_id.in_(targets))):
            targets[t.plan_id].append(PlanTarget(
                PlanMetric(t.metric), Decimal(t.target), None if t.baseline is None else Decimal(t.baseline)
            ))
        order = list(PlanMetric)
        return [
            ImprovementPlan(
                id=r.id, customer_id=r.customer_id, created_on=r.created_on,
                measures=json.loads(r.measures),
                targets=sorted(targets[r.id], key=lambda t: order.index(t.metric)),
                review_on=r.review_on, status=PlanStatus(r.status), notes=r.notes,
            )
            for r in rows
        ]

    def delete_plan(self, plan_id: int) -> None:
        self._s.execute(delete(ImprovementPlanRow).where(ImprovementPlanRow.id == plan_id))

    def _write_targets(self, p: ImprovementPlan) -> None:
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
        self._write_children(v)
        return v.id

    def _write_children(self, v: Visit) -> None:
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

    # --- the visit record ---------------------------------------------------------------------------

    def get(self, visit_id: int) -> Visit | None:
        row = self._s.get(VisitRow, visit_id)
        if row is None:
            return None
        entries = self._s.scalars(
            select(VisitEntryRow).where(VisitEntryRow.visit_id == visit_id)
            .order_by(VisitEntryRow.sort_order, VisitEntryRow.id)
        )
        counts = self._s.scalars(
            select(InventoryCountRow).where(InventoryCountRow.visit_id == visit_id)
            .order_by(InventoryCountRow.product_id)
        )
        return Visit(
            customer_id=row.customer_id,
            planned_on=row.planned_on,
            status=VisitStatus(row.status),
            visit_type=VisitType(row.visit_type),
            started_at=_utc(row.started_at),
            ended_at=_utc(row.ended_at),
            store_check=StoreCheck(
                license_shown=row.license_shown,
                price_labels_complete=row.price_labels_complete,
                price_labels_missing=row.price_labels_missing,
                display_state=row.display_state,
                pop_state=row.pop_state,
                tidiness=row.tidiness,
                note=row.store_note,
            ),
            entries=[VisitEntry(VisitStep(e.step), EntryKind(e.kind), e.text, e.id) for e in entries],
            inventory=[InventoryCount(c.product_id, c.stock_qty, c.suggested_qty, c.ordered_qty) for c in counts],
            summary=row.summary,
            next_visit_on=row.next_visit_on,
            id=row.id,
        )

    def find_planned(self, customer_id: int, planned_on: date) -> Visit | None:
        visit_id = self._s.scalar(
            select(VisitRow.id)
            .where(VisitRow.customer_id == customer_id, VisitRow.planned_on == planned_on,
                   VisitRow.status == VisitStatus.PLANNED.value)
            .order_by(VisitRow.id).limit(1)
        )
        return None if visit_id is None else self.get(visit_id)

    def update(self, v: Visit) -> None:
        sc = v.store_check
        self._s.execute(update(VisitRow).where(VisitRow.id == v.id).values(
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
        ))
        self._s.execute(delete(VisitEntryRow).where(VisitEntryRow.visit_id == v.id))
        self._s.execute(delete(InventoryCountRow).where(InventoryCountRow.visit_id == v.id))
        self._write_children(v)

    def delete(self, visit_id: int) -> None:
        self._s.execute(delete(VisitRow).where(VisitRow.id == visit_id))

    def link_plan_stop(self, plan_date: date, customer_id: int, visit_id: int) -> None:
        plan_id = self._s.scalar(select(DayPlanRow.id).where(DayPlanRow.plan_date == plan_date))
        if plan_id is None:
            return
        self._s.execute(
            update(DayPlanStopRow)
            .where(DayPlanStopRow.plan_id == plan_id, DayPlanStopRow.customer_id == customer_id,
                   DayPlanStopRow.visit_id.is_(None))
            .values(visit_id=visit_id)
        )

    def photos(self, visit_id: int) -> list[VisitPhoto]:
        rows = self._s.scalars(
            select(VisitPhotoRow).where(VisitPhotoRow.visit_id == visit_id).order_by(VisitPhotoRow.id)
        )
        return [VisitPhoto(r.visit_id, r.stored_name, r.original_name, r.caption, r.id) for r in rows]

    def add_photo(self, photo: VisitPhoto) -> int:
        return _insert(self._s, VisitPhotoRow, visit_id=photo.visit_id, stored_name=photo.stored_name,
                       original_name=photo.original_name, caption=photo.caption)

    def delete_photo(self, stored_name: str) -> None:
        self._s.execute(delete(VisitPhotoRow).where(VisitPhotoRow.stored_name == stored_name))

    def follow_ups_of(self, visit_id: int) -> list[FollowUp]:
        rows = self._s.scalars(select(FollowUpRow).where(FollowUpRow.visit_id == visit_id).order_by(FollowUpRow.id))
        return [self._follow_up(r) for r in rows]

    def get_follow_up(self, follow_up_id: int) -> FollowUp | None:
        row = self._s.get(FollowUpRow, follow_up_id)
        return None if row is None else self._follow_up(row)

    @staticmethod
    def _follow_up(r: FollowUpRow) -> FollowUp:
        return FollowUp(r.customer_id, r.text, r.due_on, r.owner_note, FollowUpStatus(r.status), r.visit_id,
                        r.done_on, r.id)

    def update_follow_up(self, f: FollowUp) -> None:
        self._s.execute(update(FollowUpRow).where(FollowUpRow.id == f.id).values(
            customer_id=f.customer_id, visit_id=f.visit_id, text=f.text, due_on=f.due_on,
            owner_note=f.owner_note, status=f.status.value, done_on=f.done_on,
        ))

    def delete_follow_up(self, follow_up_id: int) -> None:
        self._s.execute(delete(FollowUpRow).where(FollowUpRow.id == follow_up_id))

    def set_day_summary(self, plan_date: date, summary: str) -> int:
        plan_id = self._s.scalar(select(DayPlanRow.id).where(DayPlanRow.plan_date == plan_date))
        if plan_id is None:
            return _insert(self._s, DayPlanRow, plan_date=plan_date, summary=summary)
        self._s.execute(update(DayPlanRow).where(DayPlanRow.id == plan_id).values(summary=summary))
        return int(plan_id)


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
