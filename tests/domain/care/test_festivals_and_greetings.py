"""Festivals (their days and audiences) and greetings (filled, copy-ready, the manager's own wording)."""
from __future__ import annotations

from datetime import date

import pytest

from domain.care.festivals import (
    TRADITIONAL_FESTIVALS,
    AudienceShop,
    Festival,
    FestivalAudience,
    applies_to,
    festival_from_json,
    festival_on,
    festival_to_json,
    festivals_between,
)
from domain.care.greetings import DEFAULT_GREETINGS, fill_greeting, template_problems
from domain.model.customers import Birthday, BirthdayCalendar, CareNotes, Customer
from domain.services.festival_care import coming_festivals, festival_sitting, mark_greeting_sent, save_greeting
from domain.validation import ValidationFailed
from tests.domain.fakes import FakeUnitOfWork

BY_KEY = {f.key: f for f in TRADITIONAL_FESTIVALS}


def test_the_traditional_festivals_fall_on_their_lunar_days() -> None:
    assert festival_on(BY_KEY["spring"], 2027) == date(2027, 2, 6)
    assert festival_on(BY_KEY["mid_autumn"], 2026) == date(2026, 9, 25)
    assert festival_on(BY_KEY["double_ninth"], 2026) == date(2026, 10, 18)
    # a 腊月 festival of lunar 2026 falls in January 2027: it belongs to solar 2027
    little_new_year = Festival("xiaonian", "小年", 12, 23)
    assert festival_on(little_new_year, 2027).year == 2027
    assert festival_on(Festival("own", "店庆", 5, 18, lunar=False), 2027) == date(2027, 5, 18)


def test_festivals_between_lists_the_enabled_ones_by_date() -> None:
    found = festivals_between(TRADITIONAL_FESTIVALS, date(2027, 1, 1), date(2027, 3, 31))
    assert [(f.key, on) for f, on in found] == [("spring", date(2027, 2, 6)), ("lantern", date(2027, 2, 20))]
    off = tuple(f if f.key != "lantern" else Festival(f.key, f.name, f.month, f.day, enabled=False)
                for f in TRADITIONAL_FESTIVALS)
    assert [f.key for f, _ in festivals_between(off, date(2027, 1, 1), date(2027, 3, 31))] == ["spring"]


def test_an_audience_admits_by_every_criterion_given() -> None:
    shop = AudienceShop(1, segment_id=2, value_tier="core", tags=("老客户",), owner_age=64)
    assert applies_to(FestivalAudience(), shop)
    assert applies_to(FestivalAudience(min_owner_age=60), shop)
    assert not applies_to(FestivalAudience(min_owner_age=60), AudienceShop(2, 2, "core", (), None))
    assert applies_to(FestivalAudience(segment_ids=frozenset({2}), tags=frozenset({"老客户"})), shop)
    assert not applies_to(FestivalAudience(segment_ids=frozenset({2}), value_tiers=frozenset({"potential"})), shop)


def test_a_festival_goes_to_json_and_back() -> None:
    f = Festival("own", "店庆", 5, 18, False, FestivalAudience(frozenset({3}), frozenset({"core"}), frozenset({"烟酒"}), 50))
    assert festival_from_json(festival_to_json(f)) == f
    with pytest.raises(ValueError):
        festival_from_json({**festival_to_json(f), "month": 13})


def test_a_greeting_is_filled_and_a_missing_name_falls_back_to_the_shop() -> None:
    text = fill_greeting(DEFAULT_GREETINGS["mid_autumn"], owner="张建国", shop="北环路烟酒店", manager="李明")
    assert text.startswith("张建国您好") and text.endswith("——李明")
    assert fill_greeting("{owner}，{festival}快乐", owner="", shop="北环路烟酒店", festival="中秋节") == "北环路烟酒店，中秋节快乐"
    # no manager's name: no dangling dash; a misspelt blank stays as typed; broken braces give the words back
    assert fill_greeting("祝好——{manager}", owner="a", shop="b") == "祝好"
    assert fill_greeting("{onwer}好", owner="a", shop="b") == "{onwer}好"
    assert fill_greeting("{owner好", owner="a", shop="b") == "{owner好"
    assert template_problems("{owner}{onwer}{shop.name}") == ["onwer", "shop.name"]


@pytest.fixture
def uow() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    with uow:
        uow.customers.add(Customer("530102100001", "北环路烟酒店", owner="张建国",
                                   care=CareNotes(Birthday(3, 1, BirthdayCalendar.SOLAR, 1958))))
        uow.customers.add(Customer("530102100002", "东方烟酒店", owner="冯兰", care=CareNotes(Birthday(3, 1, year=1990))))
        uow.commit()
    return uow


def test_the_festival_sitting_lists_its_audience_and_keeps_what_was_sent(uow: FakeUnitOfWork) -> None:
    from datetime import UTC, datetime

    today = date(2026, 10, 10)
    coming = coming_festivals(uow, today)
    assert coming[0][0].key == "double_ninth" and coming[0][1] == date(2026, 10, 18)
    sitting = festival_sitting(uow, "double_ninth", 2026)
    assert [s.shop for s in sitting.shops] == ["北环路烟酒店"]  # 重阳: owners of 60 and over only
    mark_greeting_sent(uow, sitting, sitting.shops[0].customer_id, today, datetime(2026, 10, 10, tzinfo=UTC))
    assert festival_sitting(uow, "double_ninth", 2026).sent == 1
    spring = festival_sitting(uow, "spring", 2027)
    assert len(spring.shops) == 2 and "新春" in spring.shops[0].greeting


def test_the_managers_own_wording_is_used_and_a_wrong_blank_refused(uow: FakeUnitOfWork) -> None:
    save_greeting(uow, "spring", "{owner}，过年好！{shop}来年红火")
    assert festival_sitting(uow, "spring", 2027).shops[0].greeting == "张建国，过年好！北环路烟酒店来年红火"
    with pytest.raises(ValidationFailed):
        save_greeting(uow, "spring", "{老板}过年好")
    save_greeting(uow, "spring", "")  # back to the shipped wording
    assert festival_sitting(uow, "spring", 2027).wording == DEFAULT_GREETINGS["spring"]
