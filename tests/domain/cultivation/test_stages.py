"""The stage rules (domain/cultivation/stages.py): moved by orders and by the stock counts of visits."""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from domain.cultivation.model import Stage
from domain.cultivation.stages import funnel_of, progress

TODAY = date(2026, 12, 7)
D = date(2026, 10, 1)

days = st.integers(min_value=0, max_value=120).map(lambda n: D + timedelta(days=n))
orders = st.lists(st.tuples(days, st.integers(min_value=0, max_value=20)), max_size=8)
counts = st.lists(st.tuples(days, st.integers(min_value=0, max_value=20)), max_size=8)


def test_no_order_is_recommended_whatever_the_shelf_says() -> None:
    assert progress([], [(D, 5), (D + timedelta(days=7), 2)], TODAY).stage is Stage.RECOMMENDED


def test_the_first_order_lists_it() -> None:
    p = progress([(D, 1)], [], TODAY)
    assert (p.stage, p.listed_on, p.cartons) == (Stage.LISTED, D, 1)


def test_an_order_cut_to_nothing_does_not_list_it() -> None:
    assert progress([(D, 0)], [], TODAY).stage is Stage.RECOMMENDED


def test_stock_falling_between_counts_is_moving() -> None:
    p = progress([(D, 2)], [(D + timedelta(days=7), 2), (D + timedelta(days=14), 1)], TODAY)
    assert (p.stage, p.moving_on, p.sold_seen) == (Stage.MOVING, D + timedelta(days=14), 1)


def test_stock_below_the_first_order_at_the_first_count_is_moving() -> None:
    p = progress([(D, 3)], [(D + timedelta(days=7), 1)], TODAY)
    assert (p.stage, p.sold_seen) == (Stage.MOVING, 2)


def test_a_count_on_the_order_day_is_taken_before_the_order() -> None:
    # counted 0 on the shelf, then one carton ordered at that visit: nothing has sold
    assert progress([(D, 1)], [(D, 0)], TODAY).stage is Stage.LISTED


def test_a_full_shelf_is_not_moving() -> None:
    p = progress([(D, 2)], [(D + timedelta(days=7), 2), (D + timedelta(days=14), 2)], TODAY)
    assert p.stage is Stage.LISTED


def test_a_second_order_on_a_later_day_is_a_reorder_and_proves_moving() -> None:
    later = D + timedelta(days=14)
    p = progress([(D, 1), (later, 2)], [], TODAY)
    assert (p.stage, p.reordered_on, p.moving_on, p.order_days) == (Stage.REORDERED, later, later, 2)


def test_two_lines_of_one_day_are_one_order() -> None:
    assert progress([(D, 1), (D, 1)], [], TODAY).stage is Stage.LISTED


def test_orders_in_three_of_the_last_four_months_are_steady() -> None:
    p = progress([(date(2026, 10, 10), 1), (date(2026, 11, 10), 1), (date(2026, 12, 2), 1)], [], TODAY)
    assert p.stage is Stage.STEADY
    gap = progress([(date(2026, 6, 10), 1), (date(2026, 7, 10), 1), (date(2026, 12, 2), 1)], [], TODAY)
    assert gap.stage is Stage.REORDERED  # June and July are outside the window


def test_points_after_today_are_not_looked_at() -> None:
    assert progress([(TODAY + timedelta(days=1), 3)], [], TODAY).stage is Stage.RECOMMENDED


@given(orders, counts)
def test_stage_reached_dates_are_in_order_and_match_the_stage(o: list[tuple[date, int]],
                                                              c: list[tuple[date, int]]) -> None:
    p = progress(o, c, TODAY + timedelta(days=200))
    listed = [d for d, q in o if q > 0]
    assert (p.listed_on is None) == (not listed) == (p.stage is Stage.RECOMMENDED)
    if p.listed_on is not None:
        assert p.listed_on == min(listed)
        assert p.cartons == sum(q for _d, q in o)
    if p.moving_on is not None:
        assert p.stage >= Stage.MOVING and p.listed_on is not None and p.moving_on >= p.listed_on
    else:
        assert p.stage <= Stage.LISTED
    assert (p.reordered_on is not None) == (p.stage >= Stage.REORDERED) == (len(set(listed)) >= 2)


@given(orders, counts, days, st.integers(min_value=1, max_value=20))
def test_one_more_order_never_moves_a_shop_back(o: list[tuple[date, int]], c: list[tuple[date, int]],
                                                day: date, qty: int) -> None:
    later = TODAY + timedelta(days=200)
    assert progress([*o, (day, qty)], c, later).stage >= progress(o, c, later).stage


@given(orders)
def test_orders_alone_never_leave_a_shop_at_moving(o: list[tuple[date, int]]) -> None:
    assert progress(o, [], TODAY + timedelta(days=200)).stage is not Stage.MOVING


@given(st.lists(st.sampled_from(list(Stage)), max_size=30))
def test_the_funnel_counts_every_shop_once_and_narrows(stages: list[Stage]) -> None:
    f = funnel_of(stages)
    assert f.shops == len(stages) == f.reached(Stage.RECOMMENDED)
    reached = [f.reached(s) for s in Stage]
    assert reached == sorted(reached, reverse=True)
    if f.reached(Stage.LISTED):
        assert f.reorder_rate is not None and 0 <= f.reorder_rate <= 100
    else:
        assert f.reorder_rate is None

