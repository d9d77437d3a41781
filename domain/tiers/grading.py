"""档位: each shop's weighted score over the scheme's months, then its grade.

The score is 0–100: every measure is taken as a share of the territory's highest figure that month
(the best shop scores its full weight), weighted and added. So a shop with more of every measure never
scores lower, and a change of one shop's orders moves only its own score against the others.
Grades run 1..grades, the highest best."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from domain.tiers.model import GradeSums, ShopFacts
from domain.tiers.schemes import GradeMeasure, GradeMethod, GradeScheme

SCORE_PLACES = Decimal("0.0001")  # the score is rounded once, here; ranks and bands read the rounded score


@dataclass(frozen=True)
class GradeResult:
    customer_id: int
    grade: int
    score: Decimal | None  # None: placed as a new shop
    rank: int | None  # 1 = highest score; tied shops share the rank
    new_shop: bool
    measures: dict[GradeMeasure, Decimal]  # amount in yuan, cartons, low-tar share in per cent


def measure_values(sums: GradeSums) -> dict[GradeMeasure, Decimal]:
    return {
        GradeMeasure.AMOUNT: Decimal(sums.amount_fen) / 100,
        GradeMeasure.CARTONS: Decimal(sums.cartons),
        GradeMeasure.LOW_TAR_SHARE: (Decimal(sums.low_tar_cartons * 100) / sums.cartons) if sums.cartons else Decimal(0),
    }


def weighted_scores(values: Mapping[int, Mapping[GradeMeasure, Decimal]], scheme: GradeScheme) -> dict[int, Decimal]:
    highest = {m: max((v[m] for v in values.values()), default=Decimal(0)) for m, _ in scheme.weights}
    return {cid: score_against(v, highest, scheme) for cid, v in values.items()}


def score_against(v: Mapping[GradeMeasure, Decimal], highest: Mapping[GradeMeasure, Decimal], scheme: GradeScheme) -> Decimal:
    """One shop's score given the territory's highest figure of each measure."""
    total_weight = sum((w for _, w in scheme.weights), Decimal(0)) or Decimal(1)
    raw = sum((w * v[m] / highest[m] for m, w in scheme.weights if highest[m] > 0), Decimal(0))
    return (raw * 100 / total_weight).quantize(SCORE_PLACES, ROUND_HALF_UP)


def ranks(scores: Mapping[int, Decimal]) -> dict[int, int]:
    """Competition ranking (1, 2, 2, 4): tied shops share the better rank, so a tie is never split
    across two grades by the order the shops happen to come in."""
    ordered = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    out: dict[int, int] = {}
    previous: Decimal | None = None
    rank = 0
    for position, (cid, score) in enumerate(ordered, start=1):
        if score != previous:
            rank, previous = position, score
        out[cid] = rank
    return out


def grade_by_rank(rank: int, shops: int, grades: int) -> int:
    """Equal-sized bands by rank: the best shops/grades shops get the top grade, and so on down."""
    return grades - ((rank - 1) * grades) // shops


def grade_by_table(score: Decimal, table: Sequence[tuple[Decimal, int]]) -> int:
    for lowest, grade in sorted(table, key=lambda t: -t[0]):
        if score >= lowest:
            return grade
    return 1


def placed_grade(shop: ShopFacts, scheme: GradeScheme) -> int:
    """A new shop's grade by market type and shop area: the first placement rule that matches."""
    for rule in scheme.placements:
        if rule.market is not None and rule.market != shop.market:
            continue
        if rule.min_area_m2 is not None and (shop.shop_area_m2 is None or shop.shop_area_m2 < rule.min_area_m2):
            continue
        return max(1, min(scheme.grades, rule.grade))
    return 1


def compute_grades(shops: Sequence[ShopFacts], sums: Mapping[int, GradeSums], scheme: GradeScheme) -> dict[int, GradeResult]:
    """Every shop gets exactly one grade in 1..grades. Shops with fewer months of orders than the
    scheme's new-shop months are placed and take no part in the ranking."""
    scored = [s for s in shops if sums.get(s.customer_id, GradeSums()).months_with_orders >= scheme.new_shop_months]
    values = {s.customer_id: measure_values(sums.get(s.customer_id, GradeSums())) for s in shops}
    scores = weighted_scores({s.customer_id: values[s.customer_id] for s in scored}, scheme)
    rank_of = ranks(scores)
    out: dict[int, GradeResult] = {}
    for shop in shops:
        cid = shop.customer_id
        if cid not in scores:
            out[cid] = GradeResult(cid, placed_grade(shop, scheme), None, None, True, values[cid])
            continue
        if scheme.method is GradeMethod.SCORE_TABLE and scheme.score_table:
            grade = grade_by_table(scores[cid], scheme.score_table)
        else:
            grade = grade_by_rank(rank_of[cid], len(scores), scheme.grades)
        out[cid] = GradeResult(cid, max(1, min(scheme.grades, grade)), scores[cid], rank_of[cid], False, values[cid])
    return out
