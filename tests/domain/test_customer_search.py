"""The customer list's search box and filters (domain/customer_search.py): plain functions, no database."""
from __future__ import annotations

from datetime import date

import pytest

from domain.customer_search import CustomerFilter, filter_rows, haystack
from domain.read_models import CustomerListRow


def row(**changes: object) -> CustomerListRow:
    base = CustomerListRow(
        id=1, license_no="110101100001", name="北环路烟酒店", owner="张伟", phone="13800138000", route="周一线",
        segment="城镇", grade=12, star_level=4, integrity_grade="A", value_tier="core", status="active",
        last_visit=date(2026, 11, 20), month_cartons=346, address="北环路18号", customer_code="C001",
        tags=("夜市", "便利店"), search_pinyin="beihuanluyanjiudian", search_initials="bhlyjd",
    )
    return base._replace(**changes)


def matches(criteria: CustomerFilter, r: CustomerListRow) -> bool:
    return criteria.matches(r, haystack(r))


def test_the_haystack_holds_every_searchable_field_lower_cased() -> None:
    r = row(customer_code="AbC9", search_pinyin="BeiHuan")
    hay = haystack(r)
    for part in ("北环路烟酒店", "张伟", "13800138000", "北环路18号", "110101100001", "abc9", "beihuan", "bhlyjd"):
        assert part in hay
    assert hay == hay.lower()
    # fields are kept apart, so a needle cannot match across two of them
    assert "店张" not in hay


@pytest.mark.parametrize("text", ["北环", "138001", "bhly", "BEIHUAN", "c001", "110101", "18号", "张"])
def test_one_word_finds_the_shop_by_any_field(text: str) -> None:
    assert matches(CustomerFilter(text=text), row())


def test_every_word_must_match() -> None:
    assert matches(CustomerFilter(text="北环 138"), row())
    assert not matches(CustomerFilter(text="北环 139"), row())


def test_a_full_width_space_separates_words_and_blank_text_matches_all() -> None:
    assert CustomerFilter(text="北环\u3000138 ").needles == ("北环", "138")
    assert CustomerFilter(text="   ").needles == ()
    assert matches(CustomerFilter(text="\u3000 "), row())


def test_a_needle_does_not_match_across_two_fields() -> None:
    assert not matches(CustomerFilter(text="店张伟"), row())


@pytest.mark.parametrize(("status", "shown"), [
    ("current", {"active", "suspended"}),
    ("archived", {"archived"}),
    (None, {"active", "suspended", "archived"}),
])
def test_status_filter(status: str | None, shown: set[str]) -> None:
    criteria = CustomerFilter(status=status)
    assert {s for s in ("active", "suspended", "archived") if matches(criteria, row(status=s))} == shown


def test_the_default_filter_shows_current_customers_only() -> None:
    assert CustomerFilter().status == "current"
    assert matches(CustomerFilter(), row())
    assert not matches(CustomerFilter(), row(status="archived"))


def test_segment_route_star_and_tier_must_be_equal() -> None:
    assert matches(CustomerFilter(segment="城镇", route="周一线", star_level=4, value_tier="core"), row())
    assert not matches(CustomerFilter(segment="乡村"), row())
    assert not matches(CustomerFilter(route="周二线"), row())
    assert not matches(CustomerFilter(star_level=5), row())
    assert not matches(CustomerFilter(star_level=4), row(star_level=None))
    assert not matches(CustomerFilter(value_tier="growth"), row())
    assert not matches(CustomerFilter(value_tier="core"), row(value_tier=None))


def test_grade_range_is_inclusive_and_an_ungraded_shop_is_outside_any_range() -> None:
    assert matches(CustomerFilter(grade_min=12, grade_max=12), row(grade=12))
    assert matches(CustomerFilter(grade_min=10), row(grade=12))
    assert not matches(CustomerFilter(grade_min=13), row(grade=12))
    assert not matches(CustomerFilter(grade_max=11), row(grade=12))
    assert not matches(CustomerFilter(grade_min=1), row(grade=None))
    assert not matches(CustomerFilter(grade_max=60), row(grade=None))
    assert matches(CustomerFilter(), row(grade=None))


def test_every_chosen_tag_must_be_on_the_shop() -> None:
    assert matches(CustomerFilter(tags=frozenset({"夜市"})), row())
    assert matches(CustomerFilter(tags=frozenset({"夜市", "便利店"})), row())
    assert not matches(CustomerFilter(tags=frozenset({"夜市", "学校"})), row())
    assert not matches(CustomerFilter(tags=frozenset({"夜市"})), row(tags=()))


def test_filter_rows_keeps_the_order_and_uses_the_given_haystacks() -> None:
    rows = [row(id=1, name="甲店"), row(id=2, name="乙店", status="archived"), row(id=3, name="丙店")]
    hays = [haystack(r) for r in rows]
    assert [r.id for r in filter_rows(rows, hays, CustomerFilter())] == [1, 3]
    assert [r.id for r in filter_rows(rows, hays, CustomerFilter(text="丙"))] == [3]
    # the precomputed keys are what is searched: a row's own fields are not looked at again
    assert filter_rows(rows, ["", "", "丙"], CustomerFilter(text="甲")) == []
    assert filter_rows([], [], CustomerFilter(text="甲")) == []
