"""The shape of the year and of the month: seasonality, holidays and order days.

Season. The Spring Festival (春节) moves between late January and mid-February, and shops stock up in
the weeks before it; so the months around it are compared by their place relative to the festival's
peak month (found by its lunar date), the others by calendar month. A month's raw season is its
key's mean demand rate against the mean of all months; it is shrunk toward the prior — 1, shifted by the
public-holiday calendar where it has data — the fewer years it rests on.

Holidays. The holiday shift moves weight between the months of a year by their official holiday days
(chinese-calendar, through the HolidayCalendar port); it is normalised so that the year's mean stays 1:
holidays shape the season, not the level. Beyond the calendar's data the prior is flat (and the forecast
says so).

Order days. A shop orders on a rhythm (weekly on its day, fortnightly in villages): the month's number of
order days is projected from its latest order dates; a five-Monday month brings a fifth order.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache
from statistics import median

from domain.care.lunar import solar_of_lunar
from domain.forecast.model import HolidayCalendar
from domain.periods import month_range

FESTIVAL_LEAD_DAYS = 10  # the order peak's middle lies this many days before the festival itself
FESTIVAL_REACH = 1  # months before and after the peak month compared by their place to the festival
# orders are placed and delivered on working days: a month's holiday weekdays take away part of its
# orders (the trade itself moves to the weeks before, which the history's season shows)
HOLIDAY_WEIGHT = -0.5
SHRINK_YEARS = 1.0  # a key seen in n years keeps n / (n + SHRINK_YEARS) of its own deviation

SeasonKey = tuple[str, int]


@lru_cache(maxsize=256)
def festival_peak_month(year: int) -> date:
    """The month holding the Spring Festival run-up's middle, by the lunar new year of `year`."""
    return (solar_of_lunar(year, 1, 1) - timedelta(days=FESTIVAL_LEAD_DAYS)).replace(day=1)


def _months_between(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def season_key(month: date) -> SeasonKey:
    """("festival", offset) near the Spring Festival peak, else ("month", calendar month)."""
    for year in (month.year, month.year + 1):
        offset = _months_between(festival_peak_month(year), month)
        if abs(offset) <= FESTIVAL_REACH:
            return ("festival", offset)
    return ("month", month.month)


def holiday_shift(year: int, calendar: HolidayCalendar) -> dict[date, float] | None:
    """Per month of `year` a factor from its holiday weekdays, mean exactly 1; None without data."""
    months = [date(year, m, 1) for m in range(1, 13)]
    days = [calendar.holiday_days(m) for m in months]
    if any(d is None for d in days):
        return None
    counts = [float(d or 0) for d in days]
    mean = sum(counts) / 12
    raw = [max(0.05, 1.0 + HOLIDAY_WEIGHT * (c - mean) / 21.0) for c in counts]  # ~21 weekdays a month
    level = sum(raw) / 12
    return {m: r / level for m, r in zip(months, raw, strict=True)}


def shrink(raw: float, prior: float, years: float) -> float:
    weight = years / (years + SHRINK_YEARS)
    return max(0.0, prior + (raw - prior) * weight)


def raw_season(rates: dict[date, float]) -> dict[SeasonKey, tuple[float, int]]:
    """Per season key: (its mean rate / the mean of all months, how many months of that key)."""
    if not rates:
        return {}
    overall = sum(rates.values()) / len(rates)
    if overall <= 0:
        return {}
    by_key: dict[SeasonKey, list[float]] = {}
    for month, rate in rates.items():
        by_key.setdefault(season_key(month), []).append(rate)
    return {k: (sum(v) / len(v) / overall, len(v)) for k, v in by_key.items()}


RHYTHM_DATES = 9  # the latest order dates whose gaps give a shop's rhythm


def order_every(dates: Sequence[date]) -> int | None:
    """The shop's days between orders: the median gap of its latest orders (dates sorted); None with
    fewer than three."""
    recent = dates[-RHYTHM_DATES:]
    if len(recent) < 3:
        return None
    every = int(median(b.toordinal() - a.toordinal() for a, b in zip(recent, recent[1:], strict=False)))
    return every if every > 0 else None


def projected_order_days(month: date, dates: Sequence[date], every: int | None = None) -> float | None:
    """How many order days the shop will have in `month`, from its rhythm (dates before it, sorted;
    `every` when the caller has it already)."""
    every = every if every is not None else order_every(dates)
    if every is None:
        return None
    first, after = month_range(month)
    day, n = dates[-1] + timedelta(days=every), 0
    while day < after:
        if day >= first:
            n += 1
        day += timedelta(days=every)
    return float(n)
