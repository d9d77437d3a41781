"""The proposal by fit (domain/cultivation/fit.py): price-class mix, 条均值 near the price, shops that do
not list the product, segments and routes; rationed products refused; the edited proposal never drops a
shop the user added."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.cultivation.fit import (
    MIN_SCORE,
    Candidate,
    FitFilter,
    ProductRationed,
    ShopMix,
    fit,
    merge_proposal,
    propose,
)
from domain.cultivation.model import TargetShop
from domain.model.products import PriceClass, Product

HHL = Product("HHL", "黄鹤楼", Decimal(200), PriceClass.CLASS_1, id=1)


def mix(cid: int, classes: tuple[int, int, int, int, int], acv: int, **kw: object) -> ShopMix:
    return ShopMix(cid, f"店{cid}", class_cartons=classes, amount_fen=sum(classes) * acv * 100, **kw)  # type: ignore[arg-type]


def test_a_class_one_shop_near_the_price_fits_best() -> None:
    near = fit(mix(1, (10, 0, 0, 0, 0), 190), HHL)
    cheap = fit(mix(2, (0, 0, 0, 0, 10), 12), HHL)
    second = fit(mix(3, (0, 10, 0, 0, 0), 90), HHL)
    assert near.score > second.score > cheap.score
    assert near.class_share == 1 and near.value_gap == Decimal("-0.05")


def test_shops_listing_it_without_orders_or_outside_the_filter_are_not_proposed() -> None:
    shops = [mix(1, (10, 0, 0, 0, 0), 190), mix(2, (10, 0, 0, 0, 0), 190, lists_product=True),
             ShopMix(3, "店3"), mix(4, (10, 0, 0, 0, 0), 190, segment="乡镇"),
             mix(5, (10, 0, 0, 0, 0), 190, route="二线"), mix(6, (0, 0, 0, 0, 10), 12)]
    found = propose(shops, HHL, FitFilter(segments=frozenset({""}), routes=frozenset({""})))
    assert [c.shop.customer_id for c in found] == [1]
    assert {c.shop.customer_id for c in propose(shops, HHL)} == {1, 4, 5}


def test_a_rationed_product_is_refused() -> None:
    with pytest.raises(ProductRationed, match="rationed"):
        propose([mix(1, (10, 0, 0, 0, 0), 190)], Product("ZH", "中华", Decimal(450), PriceClass.CLASS_1,
                                                          is_scarce=True))


class_mixes = st.tuples(*[st.integers(min_value=0, max_value=50)] * 5)


@given(st.lists(st.tuples(class_mixes, st.integers(min_value=5, max_value=600)), max_size=15))
def test_proposed_shops_are_sorted_and_above_the_floor(shops: list[tuple[tuple[int, int, int, int, int], int]]) -> None:
    found = propose([mix(n, c, v) for n, (c, v) in enumerate(shops)], HHL)
    assert all(MIN_SCORE <= c.score <= 100 for c in found)
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)


@given(st.lists(st.integers(min_value=1, max_value=40), unique=True, max_size=12),
       st.lists(st.integers(min_value=1, max_value=40), unique=True, max_size=12),
       st.lists(st.integers(min_value=1, max_value=40), unique=True, max_size=6),
       st.one_of(st.none(), st.integers(min_value=0, max_value=30)))
def test_the_edited_proposal_keeps_every_target_and_every_shop_added_by_hand(
        proposed: list[int], on_plan: list[int], by_hand: list[int], wanted: int | None) -> None:
    candidates = [Candidate(mix(c, (10, 0, 0, 0, 0), 190), 90, Decimal(1), Decimal(0)) for c in proposed]
    targets = [TargetShop(1, c, date(2026, 10, 1)) for c in on_plan]
    rows = merge_proposal(candidates, targets, {}, by_hand, wanted)
    ids = [r.customer_id for r in rows]
    assert len(ids) == len(set(ids)) == len(set(proposed) | set(on_plan) | set(by_hand))
    ticked = {r.customer_id for r in rows if r.ticked}
    assert set(on_plan) | set(by_hand) <= ticked
    assert all(r.by_hand for r in rows if r.customer_id in set(by_hand) - set(on_plan))
    if wanted is not None:
        kept = len(set(on_plan) | set(by_hand))
        assert len(ticked) == max(kept, min(wanted, len(set(ids))))
