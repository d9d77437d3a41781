"""Star evaluations (星级测评) for a sample of shops, SWOT analyses and improvement plans. Grades and
value tiers are not drawn here: the demo builder recomputes them from the generated orders, month by
month, with the default schemes (domain/services/demo.py).

`customer_id` is a shop's position in the territory, as everywhere in the generated activities.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from random import Random

from domain.demo import worked_example
from domain.demo.shops import DemoShop
from domain.demo.spec import DemoSpec
from domain.model.evaluations import ImprovementPlan, StarEvaluation, SwotAnalysis
from domain.schemes import DEFAULT_STAR_CRITERIA, result_code, star_level_for

SAMPLE_SHARE = 0.2
MAX_SAMPLE = 300  # a month's evaluation round; big benchmark territories need no more
HALF = Decimal("0.5")
EARLIER_SHARE = 0.3  # of the evaluated shops, those with an evaluation half a year before, a star apart
EARLIER_BY = timedelta(days=182)
# Total points that give each star level; a shop's evaluation lands inside its band.
STAR_BANDS = {5: (90, 98), 4: (80, 89), 3: (70, 79), 2: (60, 69), 1: (45, 59)}


@dataclass
class Evaluations:
    star_evaluations: list[StarEvaluation] = field(default_factory=list)
    swots: list[SwotAnalysis] = field(default_factory=list)
    plans: list[ImprovementPlan] = field(default_factory=list)


def scores_for(rng: Random, stars: int) -> dict[str, Decimal]:
    """Per-criterion points in half steps whose total falls in the band of `stars`."""
    low, high = STAR_BANDS[stars]
    total = Decimal(low) + HALF * rng.randint(0, 2 * (high - low))
    scores = {
        c.code: (c.max_score * total / 100 / HALF).to_integral_value() * HALF for c in DEFAULT_STAR_CRITERIA
    }
    # Rounding leaves a few half points over or under: settle them on criteria that have room.
    diff = total - sum(scores.values(), Decimal(0))
    for c in DEFAULT_STAR_CRITERIA * 4:
        if diff == 0:
            break
        step = HALF if diff > 0 else -HALF
        if Decimal(0) <= scores[c.code] + step <= c.max_score:
            scores[c.code] += step
            diff -= step
    return scores


def _evaluation(rng: Random, shop: DemoShop, index: int, on: date, level: int | None = None) -> StarEvaluation:
    c = shop.customer
    scores = scores_for(rng, level or c.star_level or 1)
    total = sum(scores.values(), Decimal(0))
    stars = star_level_for(total)
    points = max(1, min(10, (c.grade or 1) // 3))
    return StarEvaluation(index, on, scores, total, stars, c.integrity_grade, points,
                          result_code(stars, c.integrity_grade, points))


def generate_evaluations(spec: DemoSpec, shops: list[DemoShop]) -> Evaluations:
    rng = Random(f"fieldbook-demo-evaluations:{spec.seed}")
    on = worked_example.analysed_on(spec.today)
    out = Evaluations(
        star_evaluations=[worked_example.star_evaluation(spec.today)],
        swots=[worked_example.swot(spec.today)],
        plans=[worked_example.improvement_plan(spec.today)],
    )
    # a generator of its own, so that the history leaves the rest of the demo as it was drawn
    history = Random(f"fieldbook-demo-star-history:{spec.seed}")
    for i, shop in enumerate(shops):
        if i > 0 and rng.random() < SAMPLE_SHARE and len(out.star_evaluations) <= MAX_SAMPLE:
            if history.random() < EARLIER_SHARE:
                # a star more half a year ago (the month's 掉星 list) or a star fewer (a shop that rose)
                level = shop.customer.star_level or 1
                earlier = min(5, level + 1) if history.random() < 0.5 else max(1, level - 1)
                if earlier != level:
                    out.star_evaluations.append(_evaluation(history, shop, i, on - EARLIER_BY, earlier))
            out.star_evaluations.append(_evaluation(rng, shop, i, on))
    return out
