"""The suggested-order rule (建议订货) on constructed supply and stock."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.visits.suggested_order import (
    Basis,
    SupplyHistory,
    cover_weeks_for,
    suggest,
    supply_history,
)

END = date(2026, 11, 1)  # the window is the 8 weeks before this day


def weekly_lines(per_week: list[int], end: date = END) -> list[tuple[date, int]]:
    """One order a week, the last week first counted from `end`: per_week[0] is the oldest week."""
    n = len(per_week)
    return [(end - timedelta(weeks=n - i) + timedelta(days=2), q) for i, q in enumerate(per_week) if q]


@pytest.mark.parametrize(("days", "weeks"), [(None, 2), (1, 2), (7, 2), (10, 3), (14, 3), (21, 4), (30, 5), (90, 5)])
def test_cover_weeks_follow_the_visit_frequency(days: int | None, weeks: int) -> None:
    assert cover_weeks_for(days) == weeks


def test_weekly_visit_worked_through() -> None:
    history = supply_history(7, weekly_lines([3, 2, 3, 2, 3, 2, 3, 2]), END)
    assert history.supplied == 20 and history.weekly == Decimal("2.5") and history.last_supplied == 2
    s = suggest(history, stock=1, cover_weeks=2)
    # 2.5 a week × 2 weeks − 1 in stock = 4
    assert (s.quantity, s.basis, s.need) == (4, Basis.COMPUTED, Decimal("5.0"))


def test_rounding_is_half_up_on_the_shown_weekly_figure() -> None:
    # 9 cartons in 8 weeks = 1.125 → shown 1.1; 1.1 × 3 − 0 = 3.3 → 3
    s = suggest(SupplyHistory(1, 9), stock=0, cover_weeks=3)
    assert (s.weekly, s.quantity) == (Decimal("1.1"), 3)
    # 12 in 8 weeks = 1.5; 1.5 × 3 = 4.5 → 5 (half up, not banker's 4)
    assert suggest(SupplyHistory(1, 12), stock=0, cover_weeks=3).quantity == 5


def test_no_history_gives_no_suggestion() -> None:
    s = suggest(None, stock=4, cover_weeks=2)
    assert (s.quantity, s.basis) == (None, Basis.NO_HISTORY)
    history = supply_history(3, [(END - timedelta(weeks=12), 5)], END)  # older than the window
    assert history.supplied == 0 and history.last_supplied is None
    assert suggest(history, stock=0, cover_weeks=2).basis is Basis.NO_HISTORY


def test_stock_not_counted_gives_no_suggestion_yet() -> None:
    s = suggest(SupplyHistory(1, 16), stock=None, cover_weeks=2)
    assert (s.quantity, s.basis, s.weekly) == (None, Basis.NOT_COUNTED, Decimal("2.0"))


def test_stock_above_need_suggests_nothing() -> None:
    s = suggest(SupplyHistory(1, 16), stock=30, cover_weeks=2)
    assert (s.quantity, s.basis) == (0, Basis.STOCK_COVERS)
    assert suggest(SupplyHistory(1, 16), stock=4, cover_weeks=2).basis is Basis.STOCK_COVERS  # exactly covered


def test_scarce_product_is_capped_by_its_last_supply() -> None:
    # asked for more and more, supplied 2 each time: suggest no more than 2 (demand distortion)
    history = supply_history(5, weekly_lines([2, 2, 2, 2, 6, 6, 6, 2]), END, scarce=True)
    assert history.last_supplied == 2
    s = suggest(history, stock=0, cover_weeks=2)
    assert (s.quantity, s.basis, s.cap) == (2, Basis.CAPPED, 2)
    # an ordinary product with the same history is not capped
    plain = suggest(supply_history(5, weekly_lines([2, 2, 2, 2, 6, 6, 6, 2]), END), stock=0, cover_weeks=2)
    assert (plain.quantity, plain.basis) == (7, Basis.COMPUTED)


def test_scarce_cap_does_not_raise_a_smaller_suggestion() -> None:
    history = SupplyHistory(5, 8, last_supplied=5, scarce=True)
    assert suggest(history, stock=0, cover_weeks=2).quantity == 2


def test_window_edges_and_same_day_orders() -> None:
    lines = [(END - timedelta(weeks=8), 4), (END - timedelta(days=1), 1), (END - timedelta(days=1), 2), (END, 9)]
    history = supply_history(1, lines, END)
    # first day in, the end day out; two lines of the last day add up for the cap
    assert (history.supplied, history.last_supplied) == (7, 3)


def test_negative_stock_is_refused() -> None:
    with pytest.raises(ValueError):
        suggest(SupplyHistory(1, 8), stock=-1, cover_weeks=2)


@given(st.integers(1, 500), st.integers(0, 200), st.integers(2, 5), st.booleans(), st.integers(1, 60))
def test_suggestion_is_never_negative_and_falls_as_stock_rises(
    supplied: int, stock: int, cover: int, scarce: bool, last: int
) -> None:
    history = SupplyHistory(1, supplied, last_supplied=last, scarce=scarce)
    s, more = suggest(history, stock, cover), suggest(history, stock + 1, cover)
    assert s.quantity is not None and s.quantity >= 0
    assert more.quantity is not None and more.quantity <= s.quantity
    if scarce:
        assert s.quantity <= last
    # the explanation's arithmetic is the arithmetic done
    if s.basis is Basis.COMPUTED:
        assert s.quantity == int((s.weekly * cover - stock).to_integral_value(rounding="ROUND_HALF_UP"))
