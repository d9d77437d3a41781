"""Property tests of the small rules the foundation ships: money, price classes, star bands."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from domain.model.products import PriceClass, price_class_for
from domain.money import from_fen, to_fen, yuan
from domain.schemes import result_code, star_level_for

prices = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("5000"), places=2)


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_fen_round_trip(fen: int) -> None:
    assert to_fen(from_fen(fen)) == fen


@given(prices)
def test_yuan_amounts_survive_storage(amount: Decimal) -> None:
    assert from_fen(to_fen(amount)) == yuan(amount)


@given(prices, prices)
def test_a_dearer_carton_never_falls_into_a_cheaper_class(a: Decimal, b: Decimal) -> None:
    low, high = sorted((a, b))
    assert price_class_for(high) <= price_class_for(low)


def test_price_class_boundaries() -> None:
    assert price_class_for(Decimal("100")) is PriceClass.CLASS_1
    assert price_class_for(Decimal("99.99")) is PriceClass.CLASS_2
    assert price_class_for(Decimal("70")) is PriceClass.CLASS_2
    assert price_class_for(Decimal("30")) is PriceClass.CLASS_3
    assert price_class_for(Decimal("16.5")) is PriceClass.CLASS_4
    assert price_class_for(Decimal("16.49")) is PriceClass.CLASS_5


@given(st.decimals(min_value=0, max_value=100, places=1), st.decimals(min_value=0, max_value=100, places=1))
def test_more_points_never_mean_fewer_stars(a: Decimal, b: Decimal) -> None:
    low, high = sorted((a, b))
    assert 1 <= star_level_for(low) <= star_level_for(high) <= 5


def test_star_bands_and_result_code() -> None:
    assert [star_level_for(Decimal(x)) for x in (90, 89.9, 80, 70, 60, 59)] == [5, 4, 4, 3, 2, 1]
    assert result_code(5, "A", 8) == "5A8"
    assert result_code(3, "AA", None) == "3AA"
