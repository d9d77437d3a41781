"""How far a shop is from the next grade: the yuan or the cartons more over the scheme's months that
would lift its score to the lowest score of the grade above, each as if only that measure rose (the
talking point of the handbook: "再多订 N 条就升一档")."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from domain.tiers.grading import GradeResult
from domain.tiers.schemes import GradeMeasure, GradeMethod, GradeScheme


@dataclass(frozen=True)
class DistanceToNextGrade:
    customer_id: int
    grade: int
    next_grade: int
    score_needed: Decimal  # points of score
    more_yuan: Decimal | None  # None: the measure carries no weight
    more_cartons: int | None


def next_grade_floor(results: Mapping[int, GradeResult], scheme: GradeScheme, grade: int) -> Decimal | None:
    """The lowest score that holds the grade above `grade` this month (rank bands), or its table floor."""
    if scheme.method is GradeMethod.SCORE_TABLE and scheme.score_table:
        above = [lowest for lowest, g in scheme.score_table if g > grade]
        return min(above) if above else None
    scores = [r.score for r in results.values() if r.score is not None and r.grade > grade]
    if not scores:
        return None
    lowest_above = min(r.grade for r in results.values() if r.score is not None and r.grade > grade)
    return min(r.score for r in results.values() if r.score is not None and r.grade == lowest_above)


def distance_to_next_grade(customer_id: int, results: Mapping[int, GradeResult], scheme: GradeScheme) -> DistanceToNextGrade | None:
    """None for a placed new shop, a shop at the top grade, or nobody above."""
    mine = results.get(customer_id)
    if mine is None or mine.score is None or mine.grade >= scheme.grades:
        return None
    floor = next_grade_floor(results, scheme, mine.grade)
    if floor is None:
        return None
    above = [r.grade for r in results.values() if r.grade > mine.grade]
    needed = max(floor - mine.score, Decimal(0))
    total_weight = sum((w for _, w in scheme.weights), Decimal(0)) or Decimal(1)
    weights = dict(scheme.weights)
    scored = [r for r in results.values() if r.score is not None]

    def more(measure: GradeMeasure) -> Decimal | None:
        weight = weights.get(measure, Decimal(0))
        highest = max((r.measures[measure] for r in scored), default=Decimal(0))
        if weight <= 0 or highest <= 0:
            return None
        return needed * highest * total_weight / (100 * weight)

    yuan, cartons = more(GradeMeasure.AMOUNT), more(GradeMeasure.CARTONS)
    return DistanceToNextGrade(
        customer_id, mine.grade, min(above) if above else mine.grade + 1, needed,
        None if yuan is None else yuan.quantize(Decimal(1), ROUND_CEILING),
        None if cartons is None else int(cartons.quantize(Decimal(1), ROUND_CEILING)),
    )
