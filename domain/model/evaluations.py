"""Star evaluations (星级测评), SWOT analyses and improvement plans (营销策划)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum


@dataclass(frozen=True)
class StarCriterion:
    """One line of the star scheme, e.g. monthly cartons, worth up to 15 points."""

    code: str
    name: str
    max_score: Decimal
    group: str = ""
    sort_order: int = 0


@dataclass
class StarEvaluation:
    customer_id: int
    evaluated_on: date
    scores: dict[str, Decimal]  # criterion code → points
    total_score: Decimal
    star_level: int
    integrity_grade: str = ""
    value_points: int | None = None
    result_code: str = ""  # e.g. 5A8
    notes: str = ""
    id: int | None = None


@dataclass
class SwotAnalysis:
    customer_id: int
    analysed_on: date
    strengths: list[str] = field(default_factory=list)
    weaknesses: list[str] = field(default_factory=list)
    opportunities: list[str] = field(default_factory=list)
    threats: list[str] = field(default_factory=list)
    conclusion: str = ""
    id: int | None = None


class PlanMetric(str, Enum):
    MARGIN_PCT = "margin_pct"
    MONTHLY_CARTONS = "monthly_cartons"
    GROSS_PROFIT = "gross_profit"
    CLASS_1_2_SHARE = "class_1_2_share"
    STAR_LEVEL = "star_level"


class PlanStatus(str, Enum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


@dataclass(frozen=True)
class PlanTarget:
    metric: PlanMetric
    target: Decimal
    baseline: Decimal | None = None


@dataclass
class ImprovementPlan:
    customer_id: int
    created_on: date
    measures: list[str] = field(default_factory=list)
    targets: list[PlanTarget] = field(default_factory=list)
    review_on: date | None = None
    status: PlanStatus = PlanStatus.OPEN
    notes: str = ""
    id: int | None = None
