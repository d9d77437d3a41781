"""The forecast's rules on small histories, with hypothesis where they have a space of inputs."""
from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.forecast.demand import demand_estimates
from domain.forecast.model import Adjustment, History, MonthQty, NoHolidays, ShopInfo
from domain.forecast.monthly import forecast_month
from domain.forecast.season import festival_peak_month, holiday_shift, season_key
from tests.domain.forecast.builders import merge, month_after, weekly_history


class TableHolidays:
    def __init__(self, days: dict[int, int]) -> None:
        self.days = days

    def holiday_days(self, month: date) -> int | None:
        return self.days.get(month.month)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), min_size=1, max_size=80))
def test_never_negative(orders: list[tuple[int, int]]) -> None:
    history = weekly_history(orders)
    month = month_after(history)
    for f in forecast_month(history, month, adjustments={(1, 1): Adjustment(-1000, "shop closing")}):
        assert f.raw >= 0 and f.cartons >= 0 and f.base >= 0 and f.season >= 0
    for f in forecast_month(history, month):
        assert f.cartons >= 0


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 30), st.integers(30, 70))
def test_flat_history_filled_in_full_gives_its_sales_back(qty: int, weeks: int) -> None:
    history = weekly_history([(qty, qty)] * weeks)
    month = month_after(history)
    (f,) = forecast_month(history, month)
    assert abs(f.season - 1) < 1e-9 and abs(f.trend - 1) < 1e-9
    # its weekly quantity on each of the month's order days: exactly what it bought
    assert abs(f.raw - qty * _order_days(history, month)) < 1e-6
    assert f.cartons == qty * _order_days(history, month)


def _order_days(history: History, month: date) -> int:
    from domain.forecast.season import projected_order_days

    n = projected_order_days(month, sorted(d for ds in history.order_days.values() for d in ds))
    assert n is not None
    return int(n)


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 10), st.integers(1, 6), st.integers(2, 8), st.integers(8, 40))
def test_inflation_run_never_lifts_the_estimate_above_the_flat_supply(supplied: int, start_gap: int, step: int,
                                                                      months: int) -> None:
    series = [MonthQty(date(2024 + k // 12, k % 12 + 1, 1), 1, 1, supplied + start_gap + step * k, supplied, 4)
              for k in range(months)]
    assert all(e <= supplied for e in demand_estimates(series))
    weeks = [(supplied + start_gap + step * k, supplied) for k in range(months * 4)]
    history = weekly_history(weeks)
    (f,) = forecast_month(history, month_after(history))
    assert f.raw <= supplied * _order_days(history, month_after(history)) + 1e-9  # the supply of its order days
    assert "inflation" in f.notes


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), min_size=1, max_size=24))
def test_a_cut_months_estimate_lies_between_supplied_and_asked(pairs: list[tuple[int, int]]) -> None:
    series = [MonthQty(date(2024 + k // 12, k % 12 + 1, 1), 1, 1, max(r, s), s, int(r > s))
              for k, (r, s) in enumerate(pairs)]
    for m, e in zip(series, demand_estimates(series), strict=True):
        assert m.supplied <= e <= max(m.requested, m.supplied)
        if not m.cut:
            assert e == m.supplied


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 12), min_size=12, max_size=12), st.integers(2015, 2030))
def test_holidays_shift_the_season_not_the_level(days: list[int], year: int) -> None:
    shift = holiday_shift(year, TableHolidays(dict(enumerate(days, start=1))))
    assert shift is not None
    assert abs(sum(shift.values()) / 12 - 1) < 1e-9
    assert all(v > 0 for v in shift.values())


def test_without_holiday_data_the_season_falls_back_and_says_so() -> None:
    assert holiday_shift(2040, NoHolidays()) is None
    history = weekly_history([(5, 5)] * 60)
    (f,) = forecast_month(history, month_after(history), NoHolidays())
    assert "no_holiday_data" in f.notes


def test_the_spring_festival_month_is_found_by_its_lunar_date() -> None:
    assert festival_peak_month(2026) == date(2026, 2, 1)  # 17 February 2026
    assert festival_peak_month(2025) == date(2025, 1, 1)  # 29 January 2025
    assert season_key(date(2026, 2, 1)) == ("festival", 0)
    assert season_key(date(2025, 1, 1)) == ("festival", 0)
    assert season_key(date(2025, 7, 1)) == ("month", 7)


def test_the_festival_peak_raises_the_season() -> None:
    weeks = []
    from datetime import timedelta
    day = date(2023, 1, 2)
    while day < date(2026, 2, 1):
        peak = festival_peak_month(day.year) == day.replace(day=1)
        weeks.append((10 if peak else 5, 10 if peak else 5))
        day += timedelta(days=7)
    history = weekly_history(weeks, start=date(2023, 1, 2))
    (f,) = forecast_month(history, date(2026, 2, 1))
    assert f.season > 1.3


def test_a_new_shop_gets_its_peers_figures() -> None:
    a = weekly_history([(6, 6)] * 60, customer_id=1)
    b = weekly_history([(10, 10)] * 60, customer_id=2)
    new = History((), {}, (ShopInfo(3, 1, 10),))
    figures = {f.customer_id: f for f in forecast_month(merge(a, b, new), month_after(a))}
    assert figures[3].source == "peers"
    assert abs(figures[3].base - (figures[1].base + figures[2].base) / 2) < 1e-9


def test_the_adjustment_is_a_part_of_its_own_with_its_reason() -> None:
    history = weekly_history([(5, 5)] * 60)
    (plain,) = forecast_month(history, month_after(history))
    (adjusted,) = forecast_month(history, month_after(history), adjustments={(1, 1): Adjustment(4, "新工业园开工")})
    assert adjusted.cartons == plain.cartons + 4 and adjusted.reason == "新工业园开工"
    assert adjusted.base == plain.base
