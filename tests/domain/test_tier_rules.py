"""The rules of 分层分级: weighted grade scores, rank bands and score tables, new-shop placement, value
tiers by contribution × loyalty, the distance to the next grade and the star prefill."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from domain.model.customers import Market, ValueTier
from domain.tiers.distance import distance_to_next_grade
from domain.tiers.grading import compute_grades, grade_by_rank, ranks, weighted_scores
from domain.tiers.model import GradeSums, MonthClasses, ShopFacts
from domain.tiers.schemes import GradeMeasure, GradeMethod, GradeScheme, SplitMethod, StarScheme, ValueTierScheme
from domain.tiers.star_prefill import prefill
from domain.tiers.value_tiers import LoyaltyInputs, compute_tiers, median

SCHEME = GradeScheme()


def shop(cid: int, market: Market | None = None, area: int | None = None) -> ShopFacts:
    return ShopFacts(cid, f"L{cid}", f"店{cid}", market, area)


sums_strategy = st.builds(GradeSums, amount_fen=st.integers(0, 10**9), cartons=st.integers(0, 5000),
                          low_tar_cartons=st.integers(0, 5000), months_with_orders=st.integers(0, 3))


@given(st.lists(sums_strategy, min_size=1, max_size=60), st.sampled_from([15, 16, 30]))
def test_every_shop_gets_exactly_one_grade_in_range(all_sums: list[GradeSums], grades: int) -> None:
    scheme = GradeScheme(grades=grades)
    sums = {i + 1: GradeSums(s.amount_fen, s.cartons, min(s.low_tar_cartons, s.cartons), s.months_with_orders)
            for i, s in enumerate(all_sums)}
    results = compute_grades([shop(c) for c in sums], sums, scheme)
    assert set(results) == set(sums)
    assert all(1 <= r.grade <= grades for r in results.values())


@given(st.lists(sums_strategy, min_size=2, max_size=40), st.integers(0, 39))
def test_more_of_every_measure_never_gets_a_lower_grade(all_sums: list[GradeSums], pick: int) -> None:
    sums = {i + 1: GradeSums(s.amount_fen, s.cartons, min(s.low_tar_cartons, s.cartons), 3) for i, s in enumerate(all_sums)}
    a = sums[pick % len(sums) + 1]
    # a shop with at least as much of everything, and the same low-tar share or more
    better = GradeSums(a.amount_fen + 100, a.cartons * 2, a.low_tar_cartons * 2 + (1 if a.cartons else 0) * 0, 3)
    sums[999] = better
    results = compute_grades([shop(c) for c in sums], sums, SCHEME)
    assert results[999].grade >= results[pick % len(all_sums) + 1].grade


@given(st.lists(st.integers(0, 5), min_size=1, max_size=50))
def test_ties_share_a_grade_whatever_the_order(values: list[int]) -> None:
    sums = {i + 1: GradeSums(v * 1000, v, 0, 3) for i, v in enumerate(values)}
    forward = compute_grades([shop(c) for c in sums], sums, SCHEME)
    backward = compute_grades([shop(c) for c in reversed(list(sums))], sums, SCHEME)
    assert {c: r.grade for c, r in forward.items()} == {c: r.grade for c, r in backward.items()}
    for c1, r1 in forward.items():
        for c2, r2 in forward.items():
            if values[c1 - 1] == values[c2 - 1]:
                assert r1.grade == r2.grade


def test_rank_bands_are_equal_sized() -> None:
    assert [grade_by_rank(r, 60, 30) for r in (1, 2, 3, 4, 59, 60)] == [30, 30, 29, 29, 1, 1]
    assert grade_by_rank(1, 5, 30) == 30 and grade_by_rank(5, 5, 30) == 6
    assert ranks({1: Decimal(5), 2: Decimal(9), 3: Decimal(5), 4: Decimal(1)}) == {2: 1, 1: 2, 3: 2, 4: 4}


def test_the_weighted_score_takes_each_measure_as_a_share_of_the_highest() -> None:
    values = {
        1: {GradeMeasure.AMOUNT: Decimal(1000), GradeMeasure.CARTONS: Decimal(50), GradeMeasure.LOW_TAR_SHARE: Decimal(20)},
        2: {GradeMeasure.AMOUNT: Decimal(500), GradeMeasure.CARTONS: Decimal(100), GradeMeasure.LOW_TAR_SHARE: Decimal(10)},
    }
    scores = weighted_scores(values, SCHEME)
    assert scores[1] == Decimal("90.0000")  # 70 + 20 × 50/100 + 10
    assert scores[2] == Decimal("60.0000")  # 70 × 0.5 + 20 + 10 × 0.5


def test_a_score_table_grades_by_thresholds() -> None:
    scheme = GradeScheme(grades=3, method=GradeMethod.SCORE_TABLE,
                         score_table=((Decimal(80), 3), (Decimal(40), 2)))
    sums = {1: GradeSums(100_00, 10, 0, 3), 2: GradeSums(50_00, 5, 0, 3), 3: GradeSums(10_00, 1, 0, 3)}
    grades = {c: r.grade for c, r in compute_grades([shop(c) for c in sums], sums, scheme).items()}
    assert grades == {1: 3, 2: 2, 3: 1}


def test_new_shops_are_placed_by_market_and_area() -> None:
    sums = {1: GradeSums(100, 1, 0, 1), 2: GradeSums(100, 1, 0, 2), 3: GradeSums(0, 0, 0, 0), 4: GradeSums(5, 5, 0, 3)}
    shops = [shop(1, Market.TOWN, 60), shop(2, Market.TOWN, 20), shop(3, Market.RURAL, None), shop(4)]
    results = compute_grades(shops, sums, SCHEME)
    assert [(results[c].grade, results[c].new_shop) for c in (1, 2, 3)] == [(12, True), (10, True), (6, True)]
    assert results[4].new_shop is False and results[4].grade == 30 and results[1].score is None


def test_value_tiers_split_at_the_median() -> None:
    contributions = {1: Decimal(900), 2: Decimal(800), 3: Decimal(100), 4: Decimal(50)}
    loyal = LoyaltyInputs(12, 36, "AAA")
    fickle = LoyaltyInputs(2, 3, "C")
    loyalty = {1: loyal, 2: fickle, 3: loyal, 4: fickle}
    tiers, split = compute_tiers(contributions, loyalty, ValueTierScheme())
    assert split.contribution == Decimal(450)
    assert {c: t.tier for c, t in tiers.items()} == {
        1: ValueTier.KEY, 2: ValueTier.AT_RISK, 3: ValueTier.POTENTIAL, 4: ValueTier.ORDINARY}
    assert tiers[1].loyalty == Decimal("100.00")  # 50% × 100 + 30% × 100 + 20% × 100


def test_fixed_thresholds_and_a_shop_without_contribution() -> None:
    scheme = ValueTierScheme(split=SplitMethod.FIXED, contribution_threshold=Decimal(500), loyalty_threshold=Decimal(60))
    tiers, _ = compute_tiers({1: Decimal(600), 2: Decimal(0)}, {1: LoyaltyInputs(12, 36, "A"), 2: LoyaltyInputs(12, 36, "A")}, scheme)
    assert tiers[1].tier is ValueTier.KEY and tiers[2].tier is ValueTier.POTENTIAL
    assert median([]) == 0 and median([Decimal(1), Decimal(3)]) == 2


@given(st.lists(st.integers(0, 10_000), min_size=1, max_size=40))
def test_every_shop_gets_one_tier(values: list[int]) -> None:
    contributions = {i: Decimal(v) for i, v in enumerate(values)}
    loyalty = {i: LoyaltyInputs(i % 13, i, "A") for i in contributions}
    tiers, _ = compute_tiers(contributions, loyalty, ValueTierScheme())
    assert set(tiers) == set(contributions)


def test_distance_to_the_next_grade() -> None:
    scheme = GradeScheme(grades=2, weights=((GradeMeasure.AMOUNT, Decimal(1)),))
    sums = {1: GradeSums(100_00, 10, 0, 3), 2: GradeSums(40_00, 4, 0, 3)}
    results = compute_grades([shop(1), shop(2)], sums, scheme)
    d = distance_to_next_grade(2, results, scheme)
    assert d is not None and d.next_grade == 2 and d.score_needed == Decimal(60)
    assert (d.more_cartons, d.more_yuan) == (6, Decimal(60))  # six more of its ¥10 cartons
    assert distance_to_next_grade(1, results, scheme) is None


def test_more_cartons_of_the_shops_own_mix_lift_amount_and_cartons_together() -> None:
    scheme = GradeScheme(grades=2)  # amount 70, cartons 20, low-tar share 10
    sums = {1: GradeSums(100_00, 10, 0, 3), 2: GradeSums(40_00, 4, 0, 3)}
    results = compute_grades([shop(1), shop(2)], sums, scheme)
    d = distance_to_next_grade(2, results, scheme)
    # 54 points short; each ¥10 carton earns 2 (cartons) + 7 (amount): six cartons make it shop 1's equal
    assert d is not None and d.score_needed == Decimal(54) and (d.more_cartons, d.more_yuan) == (6, Decimal(60))


def test_star_prefill_from_a_month() -> None:
    filled = {p.code: (p.measure, p.points) for p in prefill(MonthClasses(346, 97, 1_781_600), StarScheme())}
    assert filled["monthly_cartons"] == (Decimal(346), Decimal(6))  # from 300 cartons: 6 points
    assert filled["class1_share"] == (Decimal("28.0"), Decimal(10))
    assert filled["avg_carton_value"] == (Decimal("51.49"), Decimal(5))  # ¥50 a carton → 5 points
    assert prefill(MonthClasses(), StarScheme()) == []


@given(st.lists(st.tuples(st.integers(1, 400), st.integers(80, 600), st.booleans()), min_size=3, max_size=25),
       st.sampled_from([10, 16, 30]))
def test_the_named_cartons_lift_the_shop_a_grade_and_one_fewer_does_not(
        shops: list[tuple[int, int, bool]], grades: int) -> None:
    """Each shop orders `cartons` of one price, all low-tar or none, so more of its own mix is exact."""
    scheme = GradeScheme(grades=grades)
    facts = [shop(cid) for cid in range(len(shops))]

    def sums(extra: int = 0, who: int = -1) -> dict[int, GradeSums]:
        out = {}
        for cid, (cartons, price, light) in enumerate(shops):
            n = cartons + (extra if cid == who else 0)
            out[cid] = GradeSums(n * price * 100, n, n if light else 0, 3)
        return out

    results = compute_grades(facts, sums(), scheme)
    for cid in range(len(shops)):
        d = distance_to_next_grade(cid, results, scheme)
        if d is None:
            continue
        assert d.more_yuan == d.more_cartons * shops[cid][1]
        assert compute_grades(facts, sums(d.more_cartons, cid), scheme)[cid].grade > d.grade
        assert d.more_cartons == 1 or compute_grades(facts, sums(d.more_cartons - 1, cid), scheme)[cid].grade == d.grade
