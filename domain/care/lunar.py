"""Lunar (农历) dates and birthdays, on lunar-python's month table.

lunar-python converts solar to lunar slowly (several milliseconds a day), but its table of a lunar year's
months is cheap once built; so each lunar year's months are read once and kept, and a conversion is
arithmetic on them. A birthday in a leap month (闰月) falls in the ordinary month of the same number in a
year without that leap month; a 30th in a month of 29 days falls on the 29th; a solar 29 February falls
on 28 February in a common year. `BirthdayOccurrence.moved` says which of these happened, for the dossier.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from lunar_python import LunarYear, Solar

from domain.model.customers import Birthday, BirthdayCalendar

MONTH_NAMES = ("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊")
DIGITS = ("", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十")

MOVED_NONE = ""
MOVED_LEAP_MONTH = "leap_month"  # a leap-month birthday in a year without that leap month
MOVED_DAY_30 = "day_30"  # the 30th in a month of 29 days
MOVED_FEB_29 = "feb_29"  # a solar 29 February in a common year


@dataclass(frozen=True)
class LunarDay:
    year: int
    month: int
    day: int
    leap: bool = False


@dataclass(frozen=True)
class _Month:
    month: int
    leap: bool
    first: date
    days: int


@dataclass(frozen=True)
class BirthdayOccurrence:
    on: date
    year: int  # the calendar year it belongs to: the lunar year for a lunar birthday
    moved: str = MOVED_NONE


@lru_cache(maxsize=400)
def _months(year: int) -> tuple[_Month, ...]:
    out = []
    for m in LunarYear.fromYear(year).getMonthsInYear():
        s = Solar.fromJulianDay(m.getFirstJulianDay())
        out.append(_Month(abs(m.getMonth()), m.getMonth() < 0, date(s.getYear(), s.getMonth(), s.getDay()),
                          m.getDayCount()))
    return tuple(out)


def lunar_of_solar(d: date) -> LunarDay:
    for year in (d.year, d.year - 1):
        months = _months(year)
        if d < months[0].first:
            continue
        for m in reversed(months):
            if m.first <= d:
                offset = (d - m.first).days
                if offset < m.days:
                    return LunarDay(year, m.month, offset + 1, m.leap)
                break
    raise ValueError(f"no lunar date for {d}")


def _resolve(year: int, month: int, day: int, leap: bool) -> tuple[date, str]:
    months = _months(year)
    moved = MOVED_NONE
    found = next((m for m in months if m.month == month and m.leap == leap), None)
    if found is None:
        found = next(m for m in months if m.month == month and not m.leap)
        moved = MOVED_LEAP_MONTH
    if day > found.days:
        day, moved = found.days, moved or MOVED_DAY_30
    return found.first + timedelta(days=day - 1), moved


def solar_of_lunar(year: int, month: int, day: int, leap: bool = False) -> date:
    """The solar date of a lunar day; a leap month missing that year gives the ordinary month, a 30th
    missing gives the 29th."""
    return _resolve(year, month, day, leap)[0]


def _day_name(day: int) -> str:
    if day <= 10:
        return "初" + DIGITS[day]
    if day < 20:
        return "十" + DIGITS[day - 10]
    if day == 20:
        return "二十"
    if day < 30:
        return "廿" + DIGITS[day - 20]
    return "三十"


def lunar_text(month: int, day: int, leap: bool = False) -> str:
    """农历八月十六, 农历闰六月初三, 农历腊月廿九."""
    return f"农历{'闰' if leap else ''}{MONTH_NAMES[month - 1]}月{_day_name(day)}"


def birthday_on(b: Birthday, year: int) -> BirthdayOccurrence:
    """The birthday of `year`: the lunar year for a lunar birthday, the solar year otherwise."""
    if b.calendar is BirthdayCalendar.LUNAR:
        on, moved = _resolve(year, b.month, b.day, b.leap_month)
        return BirthdayOccurrence(on, year, moved)
    if b.month == 2 and b.day == 29:
        try:
            return BirthdayOccurrence(date(year, 2, 29), year)
        except ValueError:
            return BirthdayOccurrence(date(year, 2, 28), year, MOVED_FEB_29)
    return BirthdayOccurrence(date(year, b.month, b.day), year)


def _year_of(b: Birthday, d: date) -> int:
    return lunar_of_solar(d).year if b.calendar is BirthdayCalendar.LUNAR else d.year


def next_birthday(b: Birthday, on_or_after: date) -> BirthdayOccurrence:
    year = _year_of(b, on_or_after)
    occ = birthday_on(b, year)
    return occ if occ.on >= on_or_after else birthday_on(b, year + 1)


def birthdays_between(b: Birthday, start: date, end: date) -> list[BirthdayOccurrence]:
    """Every occurrence from `start` to `end`, both included."""
    if end < start:
        return []
    found = (birthday_on(b, y) for y in range(_year_of(b, start), _year_of(b, end) + 1))
    return [o for o in found if start <= o.on <= end]


def age_on(b: Birthday, d: date) -> int | None:
    """The age reached on `d`, counted in the birthday's own calendar; None without a birth year."""
    if b.year is None:
        return None
    year = _year_of(b, d)
    age = year - b.year - (1 if d < birthday_on(b, year).on else 0)
    return age if age >= 0 else None
