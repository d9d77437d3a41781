"""Use cases of star evaluations, SWOT analyses and improvement plans, and a plan's progress."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from domain.errors import NotFound
from domain.model.evaluations import (
    ImprovementPlan,
    PlanMetric,
    StarCriterion,
    StarEvaluation,
    SwotAnalysis,
)
from domain.percentages import rounded_pct
from domain.periods import month_range
from domain.ports import UnitOfWork
from domain.profit import MarginBasis, PeriodFigures, period_figures
from domain.star_scoring import score_evaluation
from domain.validation import FieldError, ValidationFailed


@dataclass(frozen=True)
class CustomerEvaluations:
    criteria: tuple[StarCriterion, ...]
    star_evaluations: tuple[StarEvaluation, ...]  # oldest first
    swots: tuple[SwotAnalysis, ...]
    plans: tuple[ImprovementPlan, ...]


def customer_evaluations(uow: UnitOfWork, customer_id: int) -> CustomerEvaluations:
    with uow:
        return CustomerEvaluations(
            tuple(uow.evaluations.criteria()),
            tuple(uow.evaluations.star_evaluations(customer_id)),
            tuple(uow.evaluations.swots(customer_id)),
            tuple(uow.evaluations.plans(customer_id)),
        )


def record_star_evaluation(
    uow: UnitOfWork,
    customer_id: int,
    evaluated_on: date,
    scores: dict[str, Decimal],
    integrity_grade: str = "",
    value_points: int | None = None,
    notes: str = "",
) -> StarEvaluation:
    """Score, store, and carry the star level and integrity grade onto the customer's dossier."""
    with uow:
        customer = uow.customers.get(customer_id)
        if customer is None:
            raise NotFound("Customer", customer_id)
        evaluation = score_evaluation(customer_id, evaluated_on, uow.evaluations.criteria(), scores,
                                      integrity_grade, value_points, notes)
        uow.evaluations.add_star_evaluation(evaluation)
        latest = max(uow.evaluations.star_evaluations(customer_id), key=lambda e: (e.evaluated_on, e.id or 0))
        if latest.id == evaluation.id:
            customer.star_level = evaluation.star_level
            if integrity_grade:
                customer.integrity_grade = integrity_grade
            uow.customers.update(customer)
        uow.commit()
    return evaluation


def delete_star_evaluation(uow: UnitOfWork, customer_id: int, evaluation_id: int) -> None:
    """Delete one evaluation; the customer's star level falls back to the latest one left."""
    with uow:
        uow.evaluations.delete_star_evaluation(evaluation_id)
        remaining = uow.evaluations.star_evaluations(customer_id)
        customer = uow.customers.get(customer_id)
        if customer is not None and remaining:
            latest = max(remaining, key=lambda e: (e.evaluated_on, e.id or 0))
            customer.star_level = latest.star_level
            customer.integrity_grade = latest.integrity_grade or customer.integrity_grade
            uow.customers.update(customer)
        uow.commit()


def _clean(items: list[str]) -> list[str]:
    return [i.strip() for i in items if i.strip()]


def save_swot(uow: UnitOfWork, swot: SwotAnalysis) -> SwotAnalysis:
    swot.strengths, swot.weaknesses = _clean(swot.strengths), _clean(swot.weaknesses)
    swot.opportunities, swot.threats = _clean(swot.opportunities), _clean(swot.threats)
    if not (swot.strengths or swot.weaknesses or swot.opportunities or swot.threats or swot.conclusion.strip()):
        raise ValidationFailed([FieldError("swot", "A SWOT analysis needs at least one entry.")])
    with uow:
        if swot.id is None:
            uow.evaluations.add_swot(swot)
        else:
            uow.evaluations.update_swot(swot)
        uow.commit()
    return swot


def delete_swot(uow: UnitOfWork, swot_id: int) -> None:
    with uow:
        uow.evaluations.delete_swot(swot_id)
        uow.commit()


TARGET_RANGES: dict[PlanMetric, tuple[Decimal, Decimal]] = {
    PlanMetric.MARGIN_PCT: (Decimal(0), Decimal(100)),
    PlanMetric.CLASS_1_2_SHARE: (Decimal(0), Decimal(100)),
    PlanMetric.MONTHLY_CARTONS: (Decimal(0), Decimal(100_000)),
    PlanMetric.GROSS_PROFIT: (Decimal(0), Decimal(10_000_000)),
    PlanMetric.STAR_LEVEL: (Decimal(1), Decimal(6)),
}


def save_plan(uow: UnitOfWork, plan: ImprovementPlan) -> ImprovementPlan:
    plan.measures = _clean(plan.measures)
    errors = []
    if not plan.measures and not plan.targets:
        errors.append(FieldError("measures", "A plan needs at least one measure or target."))
    for t in plan.targets:
        low, high = TARGET_RANGES[t.metric]
        if not low <= t.target <= high:
            errors.append(FieldError(t.metric.value, "This target must be between {low} and {high}.",
                                     (("low", low), ("high", high))))
    if plan.review_on is not None and plan.review_on < plan.created_on:
        errors.append(FieldError("review_on", "The review date is before the plan was made."))
    if errors:
        raise ValidationFailed(errors)
    with uow:
        if plan.id is None:
            uow.evaluations.add_plan(plan)
        else:
            uow.evaluations.update_plan(plan)
        uow.commit()
    return plan


def delete_plan(uow: UnitOfWork, plan_id: int) -> None:
    with uow:
        uow.evaluations.delete_plan(plan_id)
        uow.commit()


@dataclass(frozen=True)
class TargetProgress:
    metric: PlanMetric
    target: Decimal
    baseline: Decimal | None
    actual: Decimal | None  # None: no data yet

    @property
    def met(self) -> bool | None:
        return None if self.actual is None else self.actual >= self.target


@dataclass(frozen=True)
class PlanProgress:
    """A plan's targets against what happened after it was made. Its baseline is a whole month of
    figures (the month the plan was drawn up from) and a star level evaluated then; progress is read
    the same way: the customer's latest whole calendar month of orders after the plan's own month, and
    the latest star evaluation after the plan's date. Until there is one, a target has no data yet —
    a plan made today cannot have met anything."""

    month: date | None  # the month measured; None: no month of orders since the plan yet
    figures: PeriodFigures | None
    targets: tuple[TargetProgress, ...]
    star_evaluated_on: date | None = None  # the evaluation the star level is read from
    margin_basis: MarginBasis = MarginBasis.PURCHASE
    first_month: date | None = None  # the first month that counts: the one after the plan's


def measure(metric: PlanMetric, figures: PeriodFigures | None, star_level: int | None) -> Decimal | None:
    """The target's figure as the user reads it: percentages rounded once, as shown on screen, so that
    a verdict never contradicts the figure beside it (9.96% shows 10.0% and meets a 10% target)."""
    if metric is PlanMetric.STAR_LEVEL:
        return None if star_level is None else Decimal(star_level)
    if figures is None:
        return None
    return {
        PlanMetric.MARGIN_PCT: rounded_pct(figures.margin_pct),
        PlanMetric.MONTHLY_CARTONS: Decimal(figures.cartons),
        PlanMetric.GROSS_PROFIT: figures.gross_profit,
        PlanMetric.CLASS_1_2_SHARE: rounded_pct(figures.class_1_2_share_pct),
    }[metric]


def first_month_after(plan: ImprovementPlan) -> date:
    """The first month progress counts: the one after the month the plan was made in."""
    return month_range(plan.created_on)[1]


def plan_progress(uow: UnitOfWork, plan: ImprovementPlan) -> PlanProgress:
    """Each target against the months since the plan (see PlanProgress)."""
    with uow:
        customer = uow.customers.get(plan.customer_id)
        if customer is None:
            raise NotFound("Customer", plan.customer_id)
        latest = uow.queries.latest_order_date(plan.customer_id)
        figures = None
        settings = uow.settings.load()
        if latest is not None and latest >= first_month_after(plan):
            start, end = month_range(latest)
            figures = period_figures(start, uow.queries.customer_product_sales(plan.customer_id, start, end),
                                     settings.default_margin_rate, settings.margin_basis)
        later = [e for e in uow.evaluations.star_evaluations(plan.customer_id) if e.evaluated_on > plan.created_on]
    evaluation = max(later, key=lambda e: (e.evaluated_on, e.id or 0)) if later else None
    star_level = evaluation.star_level if evaluation is not None else None
    return PlanProgress(
        figures.start if figures else None,
        figures,
        tuple(TargetProgress(t.metric, t.target, t.baseline, measure(t.metric, figures, star_level))
              for t in plan.targets),
        evaluation.evaluated_on if evaluation is not None else None,
        settings.margin_basis,
        first_month_after(plan),
    )
