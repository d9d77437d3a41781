"""Star evaluation (星级测评): per-criterion points → total → star level → result code (5A8)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from domain.model.evaluations import StarCriterion, StarEvaluation
from domain.schemes import result_code, star_level_for
from domain.validation import FieldError, ValidationFailed

INTEGRITY_GRADES = ("AAA", "AA", "A", "B", "C", "D", "W")


@dataclass(frozen=True)
class WeakCriterion:
    code: str
    name: str
    score: Decimal
    max_score: Decimal

    @property
    def ratio(self) -> Decimal:
        return self.score / self.max_score if self.max_score else Decimal(1)


def score_evaluation(
    customer_id: int,
    evaluated_on: date,
    criteria: Sequence[StarCriterion],
    scores: dict[str, Decimal],
    integrity_grade: str = "",
    value_points: int | None = None,
    notes: str = "",
) -> StarEvaluation:
    """Check every score against its criterion and work out total, star level and result code."""
    errors: list[FieldError] = []
    known = {c.code: c for c in criteria}
    for code, score in scores.items():
        criterion = known.get(code)
        if criterion is None:
            errors.append(FieldError(code, "Unknown criterion {code}.", (("code", code),)))
        elif not Decimal(0) <= score <= criterion.max_score:
            errors.append(FieldError(code, "{name}: the score must be between 0 and {max}.",
                                     (("name", criterion.name), ("max", criterion.max_score))))
    if integrity_grade and integrity_grade not in INTEGRITY_GRADES:
        errors.append(FieldError("integrity_grade", "Unknown integrity grade {grade}.",
                                 (("grade", integrity_grade),)))
    if value_points is not None and not 0 <= value_points <= 10:
        errors.append(FieldError("value_points", "Customer value points are between 0 and 10."))
    if errors:
        raise ValidationFailed(errors)
    total = sum((scores.get(c.code, Decimal(0)) for c in criteria), Decimal(0))
    stars = star_level_for(total)
    return StarEvaluation(
        customer_id=customer_id,
        evaluated_on=evaluated_on,
        scores={c.code: scores.get(c.code, Decimal(0)) for c in criteria},
        total_score=total,
        star_level=stars,
        integrity_grade=integrity_grade,
        value_points=value_points,
        result_code=result_code(stars, integrity_grade, value_points),
        notes=notes,
    )


def weakest_criteria(
    evaluation: StarEvaluation, criteria: Sequence[StarCriterion], count: int = 3
) -> list[WeakCriterion]:
    """The criteria where the shop lost the largest share of the points: the next visit's talking points."""
    weak = [
        WeakCriterion(c.code, c.name, evaluation.scores.get(c.code, Decimal(0)), c.max_score)
        for c in criteria
    ]
    weak = [w for w in weak if w.score < w.max_score]
    weak.sort(key=lambda w: (w.ratio, -w.max_score))
    return weak[:count]
