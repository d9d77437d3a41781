"""Seasonality of cigarette orders: the Spring Festival run-up, farming seasons, holidays.

Factors multiply a shop's ordinary weekly order. Only +, -, *, / on floats (no exp/log), so that
the numbers, and the cartons rounded from them, are the same on every platform.
"""
from __future__ import annotations

from datetime import date, timedelta

# 春节 (first day of the lunar year). Years outside the table fall back to mid-February (see below).
SPRING_FESTIVAL: dict[int, date] = {
    2020: date(2020, 1, 25),
    2021: date(2021, 2, 12),
    2022: date(2022, 2, 1),
    2023: date(2023, 1, 22),
    2024: date(2024, 2, 10),
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),
    2028: date(2028, 1, 26),
    2029: date(2029, 2, 13),
    2030: date(2030, 2, 3),
    2031: date(2031, 1, 23),
    2032: date(2032, 2, 11),
    2033: date(2033, 1, 31),
    2034: date(2034, 2, 19),
    2035: date(2035, 2, 8),
}

# Shops stock up for gifts and family gatherings during the three weeks before the festival;
# during the holiday the distribution centre barely works, and afterwards shelves are still full.
RUN_UP_DAYS = 21
HOLIDAY = (-1, 6)  # days relative to the festival
AFTER_HOLIDAY_DAYS = 20

RUN_UP_FACTOR = 1.9
EARLY_RUN_UP_FACTOR = 1.25  # the week before the run-up
HOLIDAY_FACTOR = 0.5
AFTER_HOLIDAY_FACTOR = 0.85
FARMING_FACTOR = 0.8  # village shops sell less while everyone is in the fields
NATIONAL_DAY_FACTOR = 1.15  # travel and weddings in the golden week
SUMMER_ROAD_FACTOR = 1.08  # more drivers on the roads in July–August
YEARLY_GROWTH = 0.03  # structure upgrades: a slow rise year on year


def spring_festival(year: int) -> date:
    # Outside the table the festival always lies between 21 January and 20 February; 8 February
    # keeps the run-up in the right weeks give or take a fortnight, which is enough for demo data.
    return SPRING_FESTIVAL.get(year, date(year, 2, 8))


def spring_festival_month(year: int) -> date:
    """The month of the festival's order peak: the one holding the middle of the run-up."""
    return (spring_festival(year) - timedelta(days=RUN_UP_DAYS // 2)).replace(day=1)


def _festival_factor(day: date) -> float:
    for festival in (spring_festival(day.year), spring_festival(day.year + 1)):
        offset = (day - festival).days
        if -RUN_UP_DAYS <= offset < HOLIDAY[0]:
            return RUN_UP_FACTOR
        if -RUN_UP_DAYS - 7 <= offset < -RUN_UP_DAYS:
            return EARLY_RUN_UP_FACTOR
        if HOLIDAY[0] <= offset <= HOLIDAY[1]:
            return HOLIDAY_FACTOR
        if HOLIDAY[1] < offset <= HOLIDAY[1] + AFTER_HOLIDAY_DAYS:
            return AFTER_HOLIDAY_FACTOR
    return 1.0


def _is_farming_season(day: date) -> bool:
    """Spring sowing (April–May) and the autumn harvest (mid-September to October)."""
    return day.month in (4, 5) or (day.month == 9 and day.day >= 15) or day.month == 10


def season_factor(day: date, *, rural: bool, roadside: bool, start_year: int) -> float:
    factor = _festival_factor(day)
    if rural and _is_farming_season(day):
        factor *= FARMING_FACTOR
    if not rural and day.month == 10 and day.day <= 7:
        factor *= NATIONAL_DAY_FACTOR
    if roadside and day.month in (7, 8):
        factor *= SUMMER_ROAD_FACTOR
    years = (day.year - start_year) + (day.month - 1) / 12
    return factor * (1.0 + YEARLY_GROWTH * years)
