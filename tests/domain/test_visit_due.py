"""The due-date rules (domain/visits/due.py): frequencies, overrides, categories, weekends, and
properties over every date."""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from domain.schemes import DEFAULT_SEGMENTS
from domain.visits.due import (
    FALLBACK_VISIT_EVERY_DAYS,
    DueCategory,
    add_days,
    days_overdue,
    due_category,
    due_status,
    effective_every_days,
    next_due_on,
    week_end,
)
from domain.visits.planning_views import chinese_numeral_value, route_key, route_summary

FRI = date(2026, 11, 27)  # a Friday
SAT, SUN, MON = FRI + timedelta(1), FRI + timedelta(2), FRI + timedelta(3)
WEEKLY = {s.name: s.visit_every_days for s in DEFAULT_SEGMENTS}

days = st.dates()
frequencies = st.integers(min_value=1, max_value=365)


# --- frequencies ----------------------------------------------------------------------------------


def test_default_segment_frequencies() -> None:
    assert WEEKLY == {"城区商圈": 7, "乡镇主街": 7, "公路沿线": 14, "边远村屯": 30}


def test_a_customer_override_wins_over_its_segment() -> None:
    assert effective_every_days(10, 7) == 10
    assert effective_every_days(None, 14) == 14
    assert effective_every_days(None, None) == FALLBACK_VISIT_EVERY_DAYS


def test_stored_frequencies_out_of_range_are_clamped() -> None:
    assert effective_every_days(0, 7) == 1
    assert effective_every_days(-3, None) == 1
    assert effective_every_days(None, 1000) == 365


# --- due dates and categories ---------------------------------------------------------------------


def test_next_due_is_the_last_done_visit_plus_the_frequency() -> None:
    assert next_due_on(date(2026, 11, 20), 7) == date(2026, 11, 27)
    assert next_due_on(None, 7) is None  # never visited: due now


def test_categories_on_a_friday() -> None:
    assert due_category(date(2026, 11, 26), FRI) is DueCategory.OVERDUE
    assert due_category(FRI, FRI) is DueCategory.DUE_TODAY
    assert due_category(None, FRI) is DueCategory.DUE_TODAY
    assert due_category(SAT, FRI) is DueCategory.DUE_THIS_WEEK
    assert due_category(SUN, FRI) is DueCategory.DUE_THIS_WEEK
    assert due_category(MON, FRI) is DueCategory.LATER


def test_a_due_date_on_a_weekend_stays_put_and_becomes_overdue_after_it() -> None:
    """Visited on a Saturday with a weekly frequency: due the next Saturday, never moved to Friday or
    Monday; the Monday after, it is two days overdue, not skipped."""
    s = due_status(SAT, 7, FRI + timedelta(7))  # the next Friday
    assert s.next_due == SAT + timedelta(7)
    assert s.category is DueCategory.DUE_THIS_WEEK
    monday = due_status(SAT, 7, MON + timedelta(7))
    assert monday.category is DueCategory.OVERDUE
    assert monday.days_overdue == 2


def test_a_holiday_week_keeps_the_customers_on_the_list() -> None:
    """The National Day week (Oct 1–7): a shop due on Oct 3 is overdue on Oct 8 by five days."""
    s = due_status(date(2026, 9, 26), 7, date(2026, 10, 8))
    assert s.next_due == date(2026, 10, 3)
    assert (s.category, s.days_overdue, s.days_since) == (DueCategory.OVERDUE, 5, 12)


def test_never_visited_is_due_now() -> None:
    s = due_status(None, 30, FRI)
    assert s.never_visited and s.category is DueCategory.DUE_TODAY
    assert (s.next_due, s.days_since, s.days_overdue) == (None, None, 0)


def test_week_end_is_sunday() -> None:
    assert week_end(MON) == MON + timedelta(6)
    assert week_end(SUN) == SUN
    assert week_end(FRI) == SUN


def test_dates_near_the_end_of_the_calendar_do_not_overflow() -> None:
    assert next_due_on(date.max - timedelta(3), 30) == date.max
    assert week_end(date.max) == date.max
    assert add_days(date.min, -5) == date.min


def test_urgency_sorts_overdue_first_and_longest_overdue_first() -> None:
    statuses = [due_status(last, 7, FRI) for last in (FRI - timedelta(8), FRI - timedelta(20), None,
                                                      FRI - timedelta(2), FRI - timedelta(7))]
    ordered = sorted(statuses, key=lambda s: s.urgency)
    assert [(s.category, s.days_overdue) for s in ordered] == [
        (DueCategory.OVERDUE, 13), (DueCategory.OVERDUE, 1), (DueCategory.DUE_TODAY, 0),
        (DueCategory.DUE_TODAY, 0), (DueCategory.LATER, 0),
    ]


# --- properties -----------------------------------------------------------------------------------


@given(days, frequencies)
def test_next_due_is_always_after_the_last_visit(last: date, every: int) -> None:
    due = next_due_on(last, every)
    assert due is not None
    assert due > last or due == date.max


@given(days, frequencies, frequencies)
def test_next_due_is_monotonic_in_the_frequency(last: date, a: int, b: int) -> None:
    lo, hi = sorted((a, b))
    assert next_due_on(last, lo) <= next_due_on(last, hi)  # type: ignore[operator]


@given(days, frequencies)
def test_a_visit_on_the_due_date_resets_it(last: date, every: int) -> None:
    due = next_due_on(last, every)
    assert due is not None
    after = due_status(due, every, due)  # visited on the day it was due, looked at that day
    assert after.category not in (DueCategory.OVERDUE, DueCategory.DUE_TODAY) or due == date.max
    assert after.next_due == next_due_on(due, every)
    assert after.days_since == 0


@given(days, st.one_of(st.none(), days), frequencies)
def test_exactly_one_category_and_it_agrees_with_the_dates(on: date, last: date | None, every: int) -> None:
    s = due_status(last, every, on)
    due = s.next_due
    expected = {
        DueCategory.OVERDUE: due is not None and due < on,
        DueCategory.DUE_TODAY: due is None or due == on,
        DueCategory.DUE_THIS_WEEK: due is not None and on < due <= week_end(on),
        DueCategory.LATER: due is not None and due > week_end(on),
    }
    assert [c for c, holds in expected.items() if holds] == [s.category]
    assert s.days_overdue == days_overdue(due, on) >= 0
    assert (s.days_overdue > 0) == (s.category is DueCategory.OVERDUE)


@given(st.one_of(st.none(), days), frequencies, days, days)
def test_urgency_only_grows_as_days_pass(last: date | None, every: int, a: date, b: date) -> None:
    """Later days never make a customer less due — whatever the weekday, weekend or holiday."""
    early, late = sorted((a, b))
    assert due_status(last, every, late).category.rank <= due_status(last, every, early).category.rank


@given(days, frequencies, st.integers(min_value=0, max_value=800))
def test_a_due_customer_is_never_skipped_until_visited(last: date, every: int, extra: int) -> None:
    """On the due date and every day after it (weekend or not), the customer is listed as due."""
    due = next_due_on(last, every)
    assert due is not None
    on = add_days(due, extra)
    assert due_status(last, every, on).category in (DueCategory.DUE_TODAY, DueCategory.OVERDUE)


@given(st.one_of(st.none(), frequencies), st.one_of(st.none(), frequencies))
def test_effective_frequency_is_the_override_when_set(override: int | None, segment: int | None) -> None:
    every = effective_every_days(override, segment)
    assert 1 <= every <= 365
    if override is not None:
        assert every == override
    elif segment is not None:
        assert every == segment


# --- routes ---------------------------------------------------------------------------------------


def test_chinese_numerals() -> None:
    assert [chinese_numeral_value(t) for t in ("一", "十", "十二", "二十", "二十三", "一百零五", "两")] == [
        1, 10, 12, 20, 23, 105, 2]


def test_routes_sort_naturally() -> None:
    routes = ["线路十", "线路二", "", "线路一", "10号线", "2号线", "线路十一"]
    assert sorted(routes, key=route_key) == ["2号线", "10号线", "线路一", "线路二", "线路十", "线路十一", ""]


def test_route_summary_keeps_visiting_order() -> None:
    assert route_summary(["线路一", "线路六", "线路一", "", "线路二"]) == "线路一、线路六、线路二"


@given(days, st.one_of(st.none(), days), frequencies)
def test_due_status_agrees_with_the_single_rules(on: date, last: date | None, every: int) -> None:
    s = due_status(last, every, on)
    assert s == due_status(last, every, on, sunday=week_end(on))
    assert s.next_due == next_due_on(last, every)
    assert s.category is due_category(s.next_due, on)


def test_a_value_tiers_care_plan_overrides_the_segment_but_not_the_shop() -> None:
    from domain.visits.due import effective_every_days

    assert effective_every_days(None, 30, 7) == 7  # a key shop in a remote segment: weekly
    assert effective_every_days(14, 30, 7) == 14  # the shop's own frequency still wins
    assert effective_every_days(None, 30, None) == 30
