"""What makes a product (卷烟规格) record valid (domain/product_rules.py): plain functions, no database."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from domain.model.products import PriceClass, Product
from domain.product_rules import MAX_CARTON_PRICE, validate_product


def good(**changes: object) -> Product:
    return replace(Product(code="6901028075022", name="黄鹤楼(硬珍品)", wholesale_price=Decimal("380"),
                           price_class=PriceClass.CLASS_1, retail_price=Decimal("420")), **changes)


def fields(p: Product) -> list[str]:
    return [e.field for e in validate_product(p)]


def test_a_complete_product_is_valid() -> None:
    assert validate_product(good()) == []
    assert validate_product(good(retail_price=None, tar_mg=None)) == []


@pytest.mark.parametrize("code", ["AB", "a" * 32, "6901028075022", "HHL-01", "hhl-yzp"])
def test_good_codes(code: str) -> None:
    assert fields(good(code=code)) == []


@pytest.mark.parametrize(("code", "message"), [
    ("", "The product code is required."),
    ("  ", "The product code is required."),
    ("A", "A product code is 2 to 32 letters or digits."),
    ("a" * 33, "A product code is 2 to 32 letters or digits."),
    ("HHL 01", "A product code is 2 to 32 letters or digits."),
    ("黄鹤楼01", "A product code is 2 to 32 letters or digits."),
    ("HHL_01", "A product code is 2 to 32 letters or digits."),
])
def test_bad_codes(code: str, message: str) -> None:
    assert [(e.field, e.message) for e in validate_product(good(code=code))] == [("code", message)]


def test_the_name_is_required() -> None:
    assert fields(good(name=" ")) == ["name"]


@pytest.mark.parametrize(("price", "ok"), [
    (Decimal("0"), False), (Decimal("-1"), False), (Decimal("0.01"), True),
    (MAX_CARTON_PRICE, True), (MAX_CARTON_PRICE + Decimal("0.01"), False),
])
def test_the_wholesale_price_is_above_zero_and_at_most_20000(price: Decimal, ok: bool) -> None:
    assert fields(good(wholesale_price=price, retail_price=None)) == ([] if ok else ["wholesale_price"])


@pytest.mark.parametrize(("price", "ok"), [
    (Decimal("0"), False), (MAX_CARTON_PRICE, True), (MAX_CARTON_PRICE + 1, False),
])
def test_the_retail_price_has_the_same_bounds(price: Decimal, ok: bool) -> None:
    assert fields(good(wholesale_price=Decimal("0.01"), retail_price=price)) == ([] if ok else ["retail_price"])


def test_the_retail_price_may_equal_but_not_undercut_the_wholesale_price() -> None:
    assert fields(good(retail_price=Decimal("380"))) == []
    errors = validate_product(good(retail_price=Decimal("379.99")))
    assert [(e.field, e.message) for e in errors] == [
        ("retail_price", "The suggested retail price is below the wholesale price.")]


def test_an_out_of_range_retail_price_is_reported_once() -> None:
    # out of range and below wholesale at once: one message, the range one
    assert [e.message for e in validate_product(good(retail_price=Decimal("0")))] == [
        "The retail price per carton must be above 0 and at most 20,000 yuan."]


@pytest.mark.parametrize(("packs", "ok"), [(0, False), (1, True), (10, True), (50, True), (51, False)])
def test_packs_per_carton_between_1_and_50(packs: int, ok: bool) -> None:
    assert fields(good(packs_per_carton=packs)) == ([] if ok else ["packs_per_carton"])


@pytest.mark.parametrize(("tar", "ok"), [
    (Decimal("-0.1"), False), (Decimal("0"), True), (Decimal("10"), True), (Decimal("30"), True),
    (Decimal("30.1"), False),
])
def test_tar_between_0_and_30_mg(tar: Decimal, ok: bool) -> None:
    assert fields(good(tar_mg=tar)) == ([] if ok else ["tar_mg"])


def test_every_error_is_reported_not_only_the_first() -> None:
    bad = good(code="", name="", wholesale_price=Decimal("0"), retail_price=Decimal("-1"), packs_per_carton=0,
               tar_mg=Decimal("99"))
    assert fields(bad) == ["code", "name", "wholesale_price", "retail_price", "packs_per_carton", "tar_mg"]
