"""The analysis rules on hand-made figures: profit parts, changes, class structure, decline, inflation,
listings. Property tests where the rule has a space of inputs."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from domain.analysis.changes import MonthComparison, change_pct, change_points
from domain.analysis.decline import CustomerMonthSums, declining_customers, fell_months_running
from domain.analysis.inflation import MIN_RUN, OrderPoint, inflation_run, shows_inflation
from domain.analysis.listings import find_listings
from domain.analysis.rankings import BY_PROFIT, bottom, customer_month, fill_rate_pct, top
from domain.analysis.structure import class_structure
from domain.model.sales import SalesLine
from domain.percentages import rounded_pct
from domain.profit import (
    NO_SALES,
    MarginBasis,
    PeriodFigures,
    ProductSales,
    ProfitScale,
    SalesSums,
    figures_of,
    gross_profit,
    period_figures,
    total,
)

RATE = Decimal("0.08")


def r2(v: Decimal | None) -> Decimal | None:
    """Exact percentages, read to two places for the hand-worked figures below."""
    return rounded_pct(v, 2)
OCT = date(2026, 10, 1)


# --- profit --------------------------------------------------------------------------------------


def test_the_worked_example_at_the_default_margin() -> None:
    sums = SalesSums(cartons=346, amount_fen=1_781_600, unpriced_amount_fen=1_781_600, class_1_2_cartons=76)
    f = figures_of(OCT, sums, RATE)
    assert (f.cartons, f.amount, f.gross_profit) == (346, Decimal("17816.00"), Decimal("1425.28"))
    assert f.margin_pct == Decimal("8")  # 1,425.28 ÷ 17,816: the default basis is the purchase amount
    assert r2(figures_of(OCT, sums, RATE, MarginBasis.RETAIL).margin_pct) == Decimal("7.41")  # ÷ 19,241.28
    assert r2(f.class_1_2_share_pct) == Decimal("21.97")
    assert f.avg_carton_value == Decimal("51.49")
    assert f.fill_rate_pct is None  # no stated demand


def test_known_retail_prices_and_the_default_margin_together() -> None:
    # 2 cartons at 200 retailing at 230, 30 cartons of a 10-yuan brand with no retail price
    sums = total([SalesSums(2, 40_000, 6_000, 0, 4, 2), SalesSums(30, 30_000, 0, 30_000, 30, 0)])
    assert gross_profit(sums, RATE) == Decimal("84.00")  # 60 + 300 × 8%
    f = figures_of(OCT, sums, RATE)
    assert r2(f.fill_rate_pct) == Decimal("94.12")  # 32 of 34


def test_profit_is_rounded_once_for_the_whole_figure() -> None:
    # three lines of 0.06 yuan unpriced: 3 × round(0.0048) would be 0.00; rounded once it is 0.01
    one = SalesSums(1, 6, 0, 6)
    assert gross_profit(one, RATE) == Decimal("0.00")
    assert gross_profit(total([one] * 3), RATE) == Decimal("0.01")


def test_period_figures_from_product_sales_keep_their_old_answers() -> None:
    f = period_figures(OCT, [ProductSales(1, 10, Decimal("2000"), Decimal("230")),
                             ProductSales(5, 20, Decimal("200"), None)], RATE)
    assert (f.cartons, f.amount, f.gross_profit, f.class_1_2_cartons) == (30, Decimal("2200.00"), Decimal("316.00"), 10)


@given(st.integers(0, 10**9), st.integers(0, 10**9), st.integers(0, 10**9), st.integers(0, 10**9),
       st.decimals(min_value=0, max_value=Decimal("0.99"), places=4))
def test_profit_scale_orders_as_the_profits_do(k1: int, u1: int, k2: int, u2: int, rate: Decimal) -> None:
    a, b = SalesSums(1, 0, k1, u1), SalesSums(1, 0, k2, u2)
    scale = ProfitScale(rate)
    exact_a, exact_b = k1 + u1 * rate, k2 + u2 * rate
    assert (scale(a) > scale(b)) == (exact_a > exact_b)
    assert (scale(a) == scale(b)) == (exact_a == exact_b)


# --- changes -------------------------------------------------------------------------------------


def test_changes_relative_and_in_points() -> None:
    assert r2(change_pct(47, 28)) == Decimal("67.86")
    assert change_pct(47, 20) == Decimal("135.00")
    assert change_pct(Decimal("-5"), Decimal("-10")) == Decimal("50.00")  # a loss halved is a rise
    assert change_pct(5, 0) is None and change_pct(5, None) is None
    assert change_points(Decimal("10.71"), Decimal("9.64")) == Decimal("1.07")
    assert change_points(Decimal(1) / 3, Decimal(0)) != Decimal("0.33")  # kept exact, rounded where shown
    assert change_points(None, Decimal("1")) is None


def test_a_month_without_orders_is_nothing_to_compare_with() -> None:
    now = PeriodFigures(OCT, 47, Decimal("1450"), Decimal("174"), 2, 49)
    empty = PeriodFigures(date(2026, 9, 1), 0, Decimal(0), Decimal(0), 0)
    c = MonthComparison(now, empty, None, 2, None, None)
    assert c.month_over_month.cartons_pct is None and c.year_over_year.amount_pct is None


# --- structure -----------------------------------------------------------------------------------


def test_class_structure_shares_of_cartons_and_profit() -> None:
    rows = class_structure({1: SalesSums(2, 40_000, 6_000, 0), 3: SalesSums(15, 75_000, 9_000, 0),
                            5: SalesSums(30, 30_000, 0, 30_000)}, RATE)
    assert [r.price_class for r in rows] == [1, 2, 3, 4, 5]
    assert [r.cartons for r in rows] == [2, 0, 15, 0, 30]
    assert [r.gross_profit for r in rows] == [Decimal("60.00"), 0, Decimal("90.00"), 0, Decimal("24.00")]
    assert [r2(r.cartons_share_pct) for r in rows] == [Decimal("4.26"), 0, Decimal("31.91"), 0, Decimal("63.83")]
    assert [r2(r.profit_share_pct) for r in rows] == [Decimal("34.48"), 0, Decimal("51.72"), 0, Decimal("13.79")]


def test_class_structure_of_an_empty_month() -> None:
    rows = class_structure({}, RATE)
    assert len(rows) == 5 and all(r.cartons_share_pct is None and r.profit_share_pct is None for r in rows)


# --- rankings and fill rate ----------------------------------------------------------------------


def test_rankings_and_fill_rates() -> None:
    a = customer_month(1, "甲", SalesSums(30, 60_000, 9_000, 0, 40, 0), SalesSums(20, 0, 0, 0), RATE)
    b = customer_month(2, "乙", SalesSums(10, 90_000, 12_000, 0, 10, 10), None, RATE)
    assert a.fill_rate_pct == Decimal("75.00") and b.fill_rate_pct == Decimal("100.00")
    assert a.cartons_change_pct == Decimal("50.00") and b.cartons_change_pct is None
    assert a.margin_pct == Decimal("15")  # 90 ÷ 600 (purchase amount)
    retail = customer_month(1, "甲", SalesSums(30, 60_000, 9_000, 0, 40, 0), None, RATE, MarginBasis.RETAIL)
    assert r2(retail.margin_pct) == Decimal("13.04")  # 90 ÷ 690
    assert [c.name for c in top([a, b], BY_PROFIT, 1)] == ["乙"]
    assert [c.name for c in bottom([a, b], BY_PROFIT, 1)] == ["甲"]
    assert fill_rate_pct(3, 5) == Decimal("60.00") and fill_rate_pct(3, 0) is None


# --- three months falling ------------------------------------------------------------------------


@given(st.lists(st.integers(0, 1000), min_size=4, max_size=4, unique=True))
def test_strictly_falling_series_are_caught(values: list[int]) -> None:
    assert fell_months_running(sorted(values, reverse=True))


@given(st.lists(st.integers(0, 1000), min_size=4, max_size=8), st.integers(1, 3))
def test_any_rise_or_standstill_in_the_last_three_months_clears(values: list[int], k: int) -> None:
    values[-k] = values[-k - 1]  # one of the last three steps stands still
    assert not fell_months_running(values)


def test_declining_customers_by_cartons_or_profit() -> None:
    months = [date(2026, m, 1) for m in (7, 8, 9, 10)]

    def rows(customer: int, cartons: list[int], profit: list[int]) -> list[CustomerMonthSums]:
        return [CustomerMonthSums(customer, m, SalesSums(c, 0, p, 0)) for m, c, p in zip(months, cartons, profit) if c]

    data = [*rows(1, [30, 20, 10, 5], [300, 300, 300, 300]),  # cartons fall, profit flat
            *rows(2, [30, 30, 30, 30], [400, 300, 200, 100]),  # profit falls
            *rows(3, [30, 20, 10, 0], [300, 200, 100, 0]),  # stopped ordering in October
            *rows(4, [0, 20, 10, 5], [0, 200, 100, 50]),  # no orders in July: cannot fall from it
            *rows(5, [30, 20, 20, 5], [300, 200, 100, 50])]  # cartons stood still once; profit fell
    found = {d.customer_id: d for d in declining_customers(OCT, data, {1: "甲"}, RATE)}
    assert set(found) == {1, 2, 3, 5}
    assert (found[1].cartons_falling, found[1].profit_falling) == (True, False)
    assert (found[2].cartons_falling, found[2].profit_falling) == (False, True)
    assert found[3].cartons == (30, 20, 10, 0) and found[5].cartons_falling is False
    assert found[1].name == "甲" and found[1].months == tuple(months)
    assert found[2].gross_profit == (Decimal("4.00"), Decimal("3.00"), Decimal("2.00"), Decimal("1.00"))


# --- demand inflation ----------------------------------------------------------------------------


def orders(asked: list[int], supplied: list[int], start: date = date(2026, 10, 5)) -> list[OrderPoint]:
    return [OrderPoint(start + timedelta(weeks=k), r, s) for k, (r, s) in enumerate(zip(asked, supplied))]


def test_the_seed_series_shows_inflation() -> None:
    series = orders([5, 7, 9], [3, 3, 3])
    assert shows_inflation(series)
    assert inflation_run(series) == tuple(series)


def test_non_examples() -> None:
    assert not shows_inflation(orders([5, 7, 7], [3, 3, 3]))  # requests stop rising
    assert not shows_inflation(orders([5, 7, 9], [3, 4, 5]))  # supply rises with them
    assert not shows_inflation(orders([7, 9], [3, 3]))  # fewer than three orders
    assert not shows_inflation(orders([5, 7, 9], [3, 3, 9]))  # the latest order was filled in full
    assert not shows_inflation(orders([3, 7, 9], [3, 3, 3]))  # the first was filled: only 2 short ones


def test_the_run_is_the_trailing_stretch_and_supply_may_be_cut() -> None:
    series = orders([9, 4, 5, 7, 9, 11], [3, 3, 3, 3, 2, 2])
    assert [o.requested for o in inflation_run(series)] == [4, 5, 7, 9, 11]
    assert len(inflation_run(orders([5, 7, 9, 9], [3, 3, 3, 3]))) == 1  # the last one stood still


short_orders = st.lists(st.tuples(st.integers(1, 50), st.integers(0, 50)), min_size=0, max_size=12)


@given(short_orders)
def test_the_run_obeys_the_rule(pairs: list[tuple[int, int]]) -> None:
    series = orders([r for r, _ in pairs], [s for _, s in pairs])
    run = inflation_run(series)
    assert tuple(series[len(series) - len(run):]) == run  # a suffix
    assert all(o.short for o in run)
    assert all(b.requested > a.requested and b.supplied <= a.supplied for a, b in zip(run, run[1:]))
    if run and len(run) < len(series):  # and the longest such suffix
        before, first = series[-len(run) - 1], run[0]
        assert not (before.short and first.requested > before.requested and first.supplied <= before.supplied)
    assert shows_inflation(series) == (len(run) >= MIN_RUN)


@given(st.integers(1, 20), st.integers(1, 5), st.integers(MIN_RUN, 8), short_orders)
def test_rising_demand_on_flat_supply_is_always_caught(start: int, step: int, n: int,
                                                       before: list[tuple[int, int]]) -> None:
    supplied = max(0, start - 1)
    tail = [(start + step * k, supplied) for k in range(n)]
    series = orders([r for r, _ in before + tail], [s for _, s in before + tail])
    assert shows_inflation(series) and len(inflation_run(series)) >= n


@given(short_orders, st.integers(1, 10))
def test_supply_rising_at_the_end_breaks_the_run(pairs: list[tuple[int, int]], more: int) -> None:
    series = orders([r for r, _ in pairs], [s for _, s in pairs])
    if not series:
        return
    last = series[-1]
    series.append(OrderPoint(last.order_date + timedelta(weeks=1), last.requested + more + last.supplied + more,
                             last.supplied + more))
    assert len(inflation_run(series)) == 1


# --- new listings --------------------------------------------------------------------------------


def test_listings_first_ever_orders_of_new_products_and_their_reorders() -> None:
    def line(day: date, customer: int, product: int, qty: int = 1) -> SalesLine:
        return SalesLine(day, customer, product, qty, qty, Decimal(1), Decimal(qty))

    lines = [line(date(2026, 9, 3), 1, 7), line(date(2026, 10, 3), 1, 7),  # listed in September
             line(date(2026, 10, 5), 2, 7, 3), line(date(2026, 10, 5), 2, 7, 2),  # two lines, same day
             line(date(2026, 10, 9), 3, 7), line(date(2026, 12, 1), 3, 7),  # reordered two months later
             line(date(2026, 10, 9), 3, 8)]  # not a new product
    rows = find_listings(lines, {7}, OCT)
    assert [(r.customer_id, r.first_order, r.cartons, r.reordered) for r in rows] == [
        (2, date(2026, 10, 5), 5, False), (3, date(2026, 10, 9), 1, True)]
    assert [r.customer_id for r in find_listings(lines, {7}, OCT, customer_id=3)] == [3]
    assert NO_SALES == SalesSums()


@given(st.integers(-10**9, 10**9), st.integers(-10**9, 10**9),
       st.decimals(min_value=0, max_value=Decimal("0.9999"), places=4))
def test_integer_profit_rounds_as_the_decimal_rule(known: int, unpriced: int, rate: Decimal) -> None:
    from domain.money import yuan

    expected = yuan((Decimal(known) + Decimal(unpriced) * rate) / 100)
    assert gross_profit(SalesSums(1, 0, known, unpriced), rate) == expected
