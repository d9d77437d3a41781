"""Star evaluations (星级评定) with their scores and the scheme's criteria, SWOT analyses, improvement plans
(提升计划) with their targets."""
from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from domain.model.evaluations import (
    ImprovementPlan,
    PlanMetric,
    PlanStatus,
    PlanTarget,
    StarCriterion,
    StarEvaluation,
    SwotAnalysis,
)
from persistence.repositories.rows import insert_row
from persistence.tables.evaluations import (
    ImprovementPlanRow,
    PlanTargetRow,
    StarEvaluationRow,
    StarScoreRow,
    SwotAnalysisRow,
)
from persistence.tables.settings import StarCriterionRow


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
        if not criteria:
            return  # an empty executemany would be read as one row of NULLs
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
        e.id = insert_row(
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
        w.id = insert_row(self._s, SwotAnalysisRow, customer_id=w.customer_id, **self._swot_values(w))
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
        p.id = insert_row(self._s, ImprovementPlanRow, customer_id=p.customer_id, **self._plan_values(p))
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
