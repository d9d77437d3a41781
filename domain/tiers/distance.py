"""How far a shop is from the next grade: the cartons more over the scheme's months, of the shop's own mix
at its own average carton price (so amount and cartons rise together and the low-tar share stays), that
would lift its score to the lowest score of the grade above (the handbook's talking point: "再多订 N 条就升一档")."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from domain.tiers.grading import GradeResult, grade_by_rank, grade_by_table, ranks, score_against, weighted_scores
from domain.tiers.schemes import GradeMeasure, GradeMethod, GradeScheme


@dataclass(frozen=True)
class DistanceToNextGrade:
    customer_id: int
    grade: int
    next_grade: int
    score_needed: Decimal  # points of score
    more_yuan: Decimal  # what the more cartons cost at the shop's own average carton price
    more_cartons: int  # of the shop's own mix, over the scheme's months
    months: int = 3  # the months the extra yuan or cartons are summed over


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

    def points_per_unit(measure: GradeMeasure) -> Decimal:
        """Score points one more unit of the measure earns (each measure scores its share of the highest)."""
        weight = weights.get(measure, Decimal(0))
        highest = max((r.measures[measure] for r in scored), default=Decimal(0))
        return Decimal(0) if weight <= 0 or highest <= 0 else 100 * weight / (total_weight * highest)

    cartons, amount = mine.measures[GradeMeasure.CARTONS], mine.measures[GradeMeasure.AMOUNT]
    if cartons <= 0:
        return None  # no carton price of its own to reckon more cartons at
    price = amount / cartons  # more of the shop's own mix: its low-tar share stays as it is
    per_carton = points_per_unit(GradeMeasure.CARTONS) + price * points_per_unit(GradeMeasure.AMOUNT)
    if per_carton <= 0:
        return None
    more = int((needed / per_carton).quantize(Decimal(1), ROUND_CEILING)) if needed > 0 else 1
    highest = {m: max(r.measures[m] for r in scored) for m in GradeMeasure}
    # the score is rounded once before it is compared: one carton fewer may round up to the floor
    while more > 1 and score_against(_grown(mine, price, more - 1), highest, scheme) >= floor:
        more -= 1
    if cartons + more > highest[GradeMeasure.CARTONS] or amount + more * price > highest[GradeMeasure.AMOUNT]:
        # it would outgrow the territory's highest figure, which every shop's score is a share of: the
        # others' scores move too, so regrade the territory for each try
        found = _cartons_by_regrading(mine, results, scheme, price, 1)
        if found is None:
            return None
        more = found
    return DistanceToNextGrade(
        customer_id, mine.grade, min(above) if above else mine.grade + 1, needed,
        (more * price).quantize(Decimal(1), ROUND_CEILING), more,
        scheme.months,
    )


def _grade_with(mine: GradeResult, results: Mapping[int, GradeResult], scheme: GradeScheme, price: Decimal,
                more: int) -> int:
    """The shop's grade if it had ordered `more` cartons of its own mix, every other shop as it is."""
    values = {cid: r.measures for cid, r in results.items() if r.score is not None}
    values[mine.customer_id] = _grown(mine, price, more)
    scores = weighted_scores(values, scheme)
    if scheme.method is GradeMethod.SCORE_TABLE and scheme.score_table:
        return grade_by_table(scores[mine.customer_id], scheme.score_table)
    return grade_by_rank(ranks(scores)[mine.customer_id], len(scores), scheme.grades)


def _cartons_by_regrading(mine: GradeResult, results: Mapping[int, GradeResult], scheme: GradeScheme,
                          price: Decimal, low: int) -> int | None:
    """The fewest cartons from `low` up that lift the grade, found by halving (the grade only rises with
    more cartons); None when even ten times the shop's own cartons would not."""
    def lifts(more: int) -> bool:
        return _grade_with(mine, results, scheme, price, more) > mine.grade

    high = max(low, int(mine.measures[GradeMeasure.CARTONS]) * 10)
    if not lifts(high):
        return None
    while low < high:
        middle = (low + high) // 2
        if lifts(middle):
            high = middle
        else:
            low = middle + 1
    return low


def _grown(mine: GradeResult, price: Decimal, more: int) -> dict[GradeMeasure, Decimal]:
    """The shop's measures with `more` cartons of its own mix at `price` (the low-tar share unchanged)."""
    grown = dict(mine.measures)
    grown[GradeMeasure.CARTONS] += more
    grown[GradeMeasure.AMOUNT] += more * price
    return grown
