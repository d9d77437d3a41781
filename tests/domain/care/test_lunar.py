"""Lunar conversion (domain/care/lunar.py): fixed cases, and every day of 1950–2100 against zhdate, a
second library with its own tables."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from zhdate import ZhDate

from domain.care.lunar import (
    MOVED_DAY_30,
    MOVED_FEB_29,
    MOVED_LEAP_MONTH,
    LunarDay,
    age_on,
    birthday_on,
    birthdays_between,
    lunar_of_solar,
    lunar_text,
    next_birthday,
    solar_of_lunar,
)
from domain.model.customers import Birthday, BirthdayCalendar

LUNAR = BirthdayCalendar.LUNAR


def test_fixed_cases() -> None:
    assert solar_of_lunar(2026, 8, 16) == date(2026, 9, 26)  # the worked example's owner
    assert solar_of_lunar(2027, 1, 1) == date(2027, 2, 6)  # 春节 2027
    assert lunar_of_solar(date(2025, 7, 25)) == LunarDay(2025, 6, 1, leap=True)  # 2025 has 闰六月
    assert lunar_of_solar(date(2025, 6, 25)) == LunarDay(2025, 6, 1, leap=False)
    assert lunar_of_solar(date(2026, 2, 16)) == LunarDay(2025, 12, 29)  # 除夕 2026, still lunar 2025


def test_lunar_text() -> None:
    assert lunar_text(8, 16) == "农历八月十六"
    assert lunar_text(6, 3, leap=True) == "农历闰六月初三"
    assert lunar_text(1, 10) == "农历正月初十"
    assert (lunar_text(11, 20), lunar_text(12, 29), lunar_text(12, 30)) == ("农历冬月二十", "农历腊月廿九", "农历腊月三十")


def test_a_leap_month_birthday_falls_in_the_ordinary_month_without_one() -> None:
    b = Birthday(6, 3, LUNAR, leap_month=True)
    assert birthday_on(b, 2025).on == date(2025, 7, 27) and birthday_on(b, 2025).moved == ""
    occ = birthday_on(b, 2026)
    assert (occ.on, occ.moved) == (solar_of_lunar(2026, 6, 3), MOVED_LEAP_MONTH)


def test_a_30th_falls_on_the_29th_in_a_short_month() -> None:
    short = next(m for m in range(1, 13) if lunar_of_solar(solar_of_lunar(2026, m, 29) + timedelta(days=1)).day == 1)
    occ = birthday_on(Birthday(short, 30, LUNAR), 2026)
    assert (occ.on, occ.moved) == (solar_of_lunar(2026, short, 29), MOVED_DAY_30)


def test_29_february_falls_on_the_28th_in_a_common_year() -> None:
    b = Birthday(2, 29, year=1988)
    assert birthday_on(b, 2028).on == date(2028, 2, 29) and birthday_on(b, 2028).moved == ""
    assert (birthday_on(b, 2027).on, birthday_on(b, 2027).moved) == (date(2027, 2, 28), MOVED_FEB_29)
    assert age_on(b, date(2027, 2, 28)) == 39 and age_on(b, date(2027, 2, 27)) == 38


def test_next_birthday_and_the_ones_in_a_range() -> None:
    b = Birthday(8, 16, LUNAR, 1971)
    assert next_birthday(b, date(2026, 9, 26)).on == date(2026, 9, 26)
    assert next_birthday(b, date(2026, 9, 27)).on == solar_of_lunar(2027, 8, 16)
    assert [o.on for o in birthdays_between(b, date(2025, 1, 1), date(2026, 12, 31))] == [
        solar_of_lunar(2025, 8, 16), date(2026, 9, 26)]
    assert age_on(b, date(2026, 9, 26)) == 55 and age_on(b, date(2026, 9, 25)) == 54
    assert age_on(Birthday(8, 16, LUNAR), date(2026, 9, 26)) is None


# The new moon of 2057-09-28 falls within a minute of Beijing midnight: lunar-python's ephemeris puts it
# after, zhdate's table before, so that one month (30 days) starts a day apart. Any other day must agree.
NEW_MOON_AT_MIDNIGHT = (date(2057, 9, 28), date(2057, 10, 27))


@pytest.mark.parametrize(("start", "last"), [(1950, 1999), (2000, 2049), (2050, 2100)])
def test_every_day_agrees_with_zhdate(start: int, last: int) -> None:
    d, end = date(start, 1, 1), date(last, 12, 31)
    disagree = []
    while d <= end:
        z = ZhDate.from_datetime(datetime(d.year, d.month, d.day))
        ours = lunar_of_solar(d)
        if (ours.year, ours.month, ours.day, ours.leap) != (z.lunar_year, z.lunar_month, z.lunar_day, z.leap_month):
            disagree.append(d)
        if ours.day == 1:  # and back, once a month
            assert solar_of_lunar(ours.year, ours.month, 1, ours.leap) == d
        d += timedelta(days=1)
    first, last = NEW_MOON_AT_MIDNIGHT
    expected = [first + timedelta(days=i) for i in range((last - first).days + 1)] if start <= first.year <= end.year else []
    assert disagree == expected
