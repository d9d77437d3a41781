"""What makes a customer record valid (domain/customer_rules.py): plain functions, no database."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from domain.customer_rules import (
    birthday_error,
    is_valid_phone,
    normalize_license_no,
    normalize_phone,
    validate_customer,
)
from domain.model.customers import Birthday, BirthdayCalendar, CareNotes, Competitor, Customer, ShopEnvironment

TODAY = date(2026, 11, 27)
SOLAR, LUNAR = BirthdayCalendar.SOLAR, BirthdayCalendar.LUNAR


def fields(c: Customer) -> list[str]:
    return [e.field for e in validate_customer(c, TODAY)]


def good(**changes: object) -> Customer:
    return replace(Customer(license_no="110101100001", name="北环路烟酒店", phone="13800138000"), **changes)


def test_a_complete_record_is_valid() -> None:
    assert validate_customer(good(), TODAY) == []


# --- licence number ---------------------------------------------------------------------------------

def test_the_licence_number_is_normalised_from_full_width_digits_and_spaces() -> None:
    assert normalize_license_no(" １１０１０１ １０００01 ") == "110101100001"
    assert normalize_license_no("") == ""


@pytest.mark.parametrize(("license_no", "message"), [
    ("", "The license number is required."),
    ("   ", "The license number is required."),
    ("1234567", "A license number is 8 to 20 digits (usually 12)."),
    ("1" * 21, "A license number is 8 to 20 digits (usually 12)."),
    ("11010110000A", "A license number is 8 to 20 digits (usually 12)."),
])
def test_a_bad_licence_number(license_no: str, message: str) -> None:
    errors = validate_customer(good(license_no=license_no), TODAY)
    assert [(e.field, e.message) for e in errors] == [("license_no", message)]


@pytest.mark.parametrize("license_no", ["12345678", "1" * 20, "110101100001"])
def test_licence_numbers_of_8_to_20_digits_pass(license_no: str) -> None:
    assert fields(good(license_no=license_no)) == []


# --- name ---------------------------------------------------------------------------------------------

def test_the_name_is_required_and_at_most_120_characters() -> None:
    assert fields(good(name=" ")) == ["name"]
    assert fields(good(name="店" * 120)) == []
    assert fields(good(name="店" * 121)) == ["name"]


# --- phones -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "kept"), [
    ("138 0013 8000", "13800138000"),
    ("+86 13800138000", "13800138000"),
    ("+86-13800138000", "13800138000"),
    ("１３８００１３８０００", "13800138000"),
    ("(0371)6555-1234", "03716555-1234"),
    ("（0371）65551234", "037165551234"),
    ("0371－65551234", "0371-65551234"),
    ("\u300013800138000 ", "13800138000"),
])
def test_phones_are_normalised(typed: str, kept: str) -> None:
    assert normalize_phone(typed) == kept


@pytest.mark.parametrize("phone", ["13800138000", "19912345678", "0371-65551234", "037165551234", "010-1234567",
                                   "0371-65551234-806"])
def test_valid_phones(phone: str) -> None:
    assert is_valid_phone(phone)


@pytest.mark.parametrize("phone", ["12800138000", "1380013800", "138001380001", "65551234", "0371-655512",
                                   "0371-65551234-1234567", "+8613800138000", ""])
def test_invalid_phones(phone: str) -> None:
    assert not is_valid_phone(phone)


def test_both_phones_are_checked_and_an_empty_one_is_allowed() -> None:
    assert fields(good(phone="", phone2="")) == []
    assert fields(good(phone="123", phone2="456")) == ["phone", "phone2"]
    error = validate_customer(good(phone2="123"), TODAY)[0]
    assert error.format_args() == {"phone": "123"}


# --- ranges ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("field", "ok", "bad"), [
    ("grade", [1, 60, None], [0, 61]),
    ("star_level", [1, 6, None], [0, 7]),
    ("visit_every_days", [1, 365, None], [0, 366]),
])
def test_ranges_include_their_ends(field: str, ok: list[int | None], bad: list[int]) -> None:
    for value in ok:
        assert fields(good(**{field: value})) == [], (field, value)
    for value in bad:
        assert fields(good(**{field: value})) == [field], (field, value)


def test_the_grade_error_names_its_maximum() -> None:
    assert validate_customer(good(grade=61), TODAY)[0].format_args() == {"max": 60}


# --- dates ------------------------------------------------------------------------------------------------

def test_a_shop_cannot_open_in_the_future() -> None:
    assert fields(good(opened_on=TODAY)) == []
    assert fields(good(opened_on=date(2026, 11, 28))) == ["opened_on"]


def test_the_licence_cannot_expire_before_the_shop_opened() -> None:
    opened = date(2020, 5, 1)
    assert fields(good(opened_on=opened, license_expiry=opened)) == []
    assert fields(good(opened_on=opened, license_expiry=date(2020, 4, 30))) == ["license_expiry"]
    assert fields(good(opened_on=None, license_expiry=date(2000, 1, 1))) == []


# --- birthdays -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("b", [
    Birthday(1, 1), Birthday(12, 31), Birthday(2, 29), Birthday(2, 29, SOLAR, 2024),
    Birthday(12, 30, LUNAR), Birthday(4, 15, LUNAR, leap_month=True),
])
def test_good_birthdays(b: Birthday) -> None:
    assert birthday_error(b) is None


@pytest.mark.parametrize(("b", "message"), [
    (Birthday(0, 1), "The birthday month must be between 1 and 12."),
    (Birthday(13, 1), "The birthday month must be between 1 and 12."),
    (Birthday(1, 0), "The birthday day must be between 1 and {max_day}."),
    (Birthday(1, 32), "The birthday day must be between 1 and {max_day}."),
    (Birthday(1, 31, LUNAR), "The birthday day must be between 1 and {max_day}."),  # lunar months have 29 or 30
    (Birthday(4, 31), "There is no such date in the solar calendar."),
    (Birthday(2, 29, SOLAR, 2023), "There is no such date in the solar calendar."),  # not a leap year
    (Birthday(4, 15, SOLAR, leap_month=True), "Only a lunar birthday can fall in a leap month."),
])
def test_bad_birthdays(b: Birthday, message: str) -> None:
    assert birthday_error(b) == message


@pytest.mark.parametrize(("calendar", "max_day"), [(SOLAR, 31), (LUNAR, 30)])
def test_a_bad_birthday_is_reported_with_the_calendars_last_day(calendar: BirthdayCalendar, max_day: int) -> None:
    customer = good(care=CareNotes(birthday=Birthday(1, 40, calendar)))
    [error] = validate_customer(customer, TODAY)
    assert error.field == "care.birthday" and error.format_args() == {"max_day": max_day}


# --- shop environment ---------------------------------------------------------------------------------

def test_shop_figures_cannot_be_negative() -> None:
    env = ShopEnvironment(shop_area_m2=-1, counters=-2)
    assert fields(good(environment=env)) == ["environment.shop_area_m2", "environment.counters"]
    assert fields(good(environment=ShopEnvironment(shop_area_m2=0, counters=0))) == []


def test_each_competitor_needs_a_name_and_a_distance_not_below_zero() -> None:
    env = ShopEnvironment(competitors=[Competitor("华联超市", 0), Competitor(" ", 50), Competitor("好又多", -5)])
    errors = validate_customer(good(environment=env), TODAY)
    assert [(e.field, e.message, e.format_args()) for e in errors] == [
        ("environment.competitors", "Competitor {n} has no name.", {"n": 2}),
        ("environment.competitors", "A distance cannot be negative.", {}),
    ]


def test_every_error_is_reported_not_only_the_first() -> None:
    bad = Customer(license_no="", name="", phone="1", grade=0, star_level=9, visit_every_days=0,
                   opened_on=date(2027, 1, 1))
    assert fields(bad) == ["license_no", "name", "phone", "grade", "star_level", "visit_every_days", "opened_on"]
