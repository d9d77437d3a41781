"""Stock counts in the demand estimate: sold = previous stock + supplied between the counts − current
stock, used for the months the counts bracket; and the compact history a forecast of one month reads
gives the figures of the full one."""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.forecast.demand import sold_through
from domain.forecast.model import Compact, History, StockCount
from domain.forecast.monthly import RECENT, forecast_month
from domain.periods import shift_month
from tests.domain.forecast.builders import START, merge, month_after, weekly_history


def weekly_counts(per_order: list[tuple[int, int]], stocks: list[int], start: date = START) -> list[StockCount]:
    """Counts at the weekly orders of weekly_history (before each day's delivery): stocks[k] at the k-th,
    the k-th order's supply between the k-th and the next."""
    days = [start + timedelta(days=7 * k) for k in range(min(len(per_order), len(stocks)))]
    return [StockCount(1, 1, a, b, stocks[k], stocks[k + 1], per_order[k][1])
            for k, (a, b) in enumerate(zip(days, days[1:], strict=False))]


def _with_counts(history: History, counts: list[StockCount]) -> History:
    return History(history.months, history.order_days, history.shops, tuple(counts))


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), min_size=8, max_size=70),
       st.lists(st.integers(0, 60), min_size=70, max_size=70))
def test_never_negative_whatever_the_counts_say(orders: list[tuple[int, int]], stocks: list[int]) -> None:
    history = weekly_history(orders)
    counts = weekly_counts(orders, stocks)
    assert all(v >= 0 for v in sold_through(counts).values())
    for f in forecast_month(_with_counts(history, counts), month_after(history)):
        assert f.raw >= 0 and f.base >= 0 and f.cartons >= 0


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 30), st.integers(30, 70), st.integers(0, 40))
def test_a_shop_never_cut_gets_its_sales_back_on_flat_history(qty: int, weeks: int, stock: int) -> None:
    history = weekly_history([(qty, qty)] * weeks)
    counted = _with_counts(history, weekly_counts([(qty, qty)] * weeks, [stock] * weeks))  # the shelf holds steady: sold = got
    month = month_after(history)
    (plain,) = forecast_month(history, month)
    (f,) = forecast_month(counted, month)
    assert "stock_counts" in f.notes
    assert abs(f.raw - plain.raw) < 1e-6 and f.cartons == plain.cartons


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 10), st.integers(1, 6), st.integers(2, 8), st.integers(8, 20), st.integers(1, 2))
def test_an_inflation_run_never_lifts_the_estimate_above_what_was_sold(supplied: int, start_gap: int, step: int,
                                                                      months: int, kept: int) -> None:
    # asks rise every week against a flat supply, and the shelf fills: the shop sells less than it gets
    weeks = [(supplied + start_gap + step * k, supplied) for k in range(months * 4)]
    history = weekly_history(weeks)
    counts = weekly_counts(weeks, [kept * k for k in range(len(weeks))])
    sold = sold_through(counts)
    assert sold
    for m in history.months:
        if m.month in sold:
            assert sold[m.month] <= m.supplied  # what was sold, below even the supply
    month = month_after(history)
    (plain,) = forecast_month(history, month)
    (f,) = forecast_month(_with_counts(history, counts), month)
    assert "inflation" in f.notes and "stock_counts" in f.notes
    assert f.raw <= plain.raw + 1e-9


def test_the_counts_are_used_where_they_bracket_the_month_only() -> None:
    october = date(2026, 10, 1)
    counts = [StockCount(1, 1, date(2026, 9, 28), date(2026, 10, 19), 10, 4, 15),  # 21 days: sold 21
              StockCount(1, 1, date(2026, 10, 19), date(2026, 11, 2), 4, 6, 16)]  # 14 days: sold 14
    sold = sold_through(counts)
    assert set(sold) == {october}  # September and November: a few days each, not enough
    assert abs(sold[october] - 31) < 1e-9  # a carton a day, every day of October
    # counts far apart say nothing of a month
    assert sold_through([StockCount(1, 1, date(2026, 7, 1), date(2026, 11, 1), 5, 5, 100)]) == {}


def test_history_before_cuts_the_counts_too() -> None:
    history = weekly_history([(5, 5)] * 20)
    counts = weekly_counts([(5, 5)] * 20, [3] * 20)
    cut = _with_counts(history, counts).before(date(2024, 3, 1))
    assert cut.counts and all(c.counted_on < date(2024, 3, 1) for c in cut.counts)
    assert len(cut.counts) < len(counts)


def compact(history: History, month: date) -> History:
    """What persistence reads for one month's forecast: the recent rows in full, before them only the odd
    ones, the shops' supply per month and the pairs ordered before the recent months."""
    detail = shift_month(month, -RECENT)
    rows = tuple(m for m in history.months
                 if m.month >= detail or m.short_lines > 0 or m.supplied < m.requested or m.supplied < 0)
    sums: dict[tuple[int, date], int] = {}
    for m in history.months:
        sums[(m.customer_id, m.month)] = sums.get((m.customer_id, m.month), 0) + m.supplied
    earlier = frozenset((m.customer_id, m.product_id) for m in history.months if m.month < detail)
    return History(rows, history.order_days, history.shops, history.counts, Compact(detail, sums, earlier))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.tuples(st.integers(0, 12), st.integers(0, 12)), min_size=1, max_size=90),
                min_size=1, max_size=4),
       st.integers(0, 3))
def test_the_compact_history_gives_the_full_ones_figures(shops: list[list[tuple[int, int]]], late: int) -> None:
    parts = []
    for n, orders in enumerate(shops):  # shops of one segment and grade, starting weeks apart, two products
        start = date(2024, 1, 1) + timedelta(days=7 * n * late)
        parts.append(weekly_history(orders, customer_id=n + 1, product_id=1, start=start))
        parts.append(weekly_history([(r // 2, s // 2) for r, s in orders], customer_id=n + 1, product_id=2,
                                    start=start))
    history = merge(*parts)
    month = month_after(history)
    full = sorted(forecast_month(history, month), key=lambda f: (f.customer_id, f.product_id))
    small = sorted(forecast_month(compact(history, month), month), key=lambda f: (f.customer_id, f.product_id))
    assert [(f.customer_id, f.product_id, f.source, f.notes) for f in full] == \
        [(f.customer_id, f.product_id, f.source, f.notes) for f in small]
    for a, b in zip(full, small, strict=True):
        assert abs(a.raw - b.raw) < 1e-6 and a.cartons == b.cartons


def test_progress_is_reported_up_to_the_whole() -> None:
    history = merge(*(weekly_history([(4, 4)] * 60, customer_id=c) for c in range(1, 6)))
    calls: list[tuple[int, int]] = []
    figures = forecast_month(history, month_after(history), progress=lambda done, total: calls.append((done, total)))
    assert figures and calls[0] == (0, 5) and calls[-1] == (5, 5)
    assert all(a[0] <= b[0] for a, b in zip(calls, calls[1:], strict=False))


def test_the_service_reads_the_compact_history_and_the_counts_and_gives_the_full_ones_figures() -> None:
    from decimal import Decimal

    from domain.forecast.reading import read_history
    from domain.model.customers import Customer
    from domain.model.products import PriceClass, Product
    from domain.model.sales import SalesLine
    from domain.model.visits import InventoryCount, Visit, VisitStatus
    from domain.services.forecast import territory_forecast
    from tests.domain.fakes import FakeUnitOfWork

    uow = FakeUnitOfWork()
    with uow:
        shops = uow.customers.add_many([Customer(f"53010230000{n}", f"店{n}") for n in range(3)])
        products = uow.products.add_many([Product("P1", "红塔山", Decimal("100"), PriceClass.CLASS_3),
                                          Product("P2", "中华", Decimal("400"), PriceClass.CLASS_1, is_scarce=True)])
        uow.commit()
    visits = []
    day, k = date(2025, 1, 6), 0
    while day < date(2026, 7, 1):
        for n, shop in enumerate(shops):
            if n == 2 and day < date(2026, 5, 1):
                continue  # a shop that started lately: a short history
            uow.store.sales_lines += [
                SalesLine(day, shop, products[0], 4 + n, 4 + n, Decimal(100), Decimal(100 * (4 + n))),
                SalesLine(day, shop, products[1], 6 + k % 3, 3 if k % 5 else 6 + k % 3, Decimal(400), Decimal(1200))]
        if day >= date(2026, 4, 1):  # weekly counts at the first shop: the shelf slowly fills
            visits.append(Visit(shops[0], day, VisitStatus.DONE,
                                inventory=[InventoryCount(products[0], k % 4), InventoryCount(products[1], 1)]))
        day += timedelta(days=7)
        k += 1
    with uow:
        for visit in visits:
            uow.visits.add(visit)
        uow.commit()
    month = date(2026, 7, 1)
    result = territory_forecast(uow, month)
    with uow:
        full = read_history(uow, shift_month(month, -24), month)
    assert full.compact is None and full.counts
    expected = {(f.customer_id, f.product_id): (f.cartons, f.notes, f.source) for f in forecast_month(full, month)}
    assert {(f.customer_id, f.product_id): (f.cartons, f.notes, f.source) for f in result.shops} == expected
    assert any("stock_counts" in f.notes for f in result.shops)
    assert any(f.source == "blended" for f in result.shops)
