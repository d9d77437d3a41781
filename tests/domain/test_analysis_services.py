"""The analysis use cases on the fake unit of work, against the hand-computed figures of
tests/analysis_data.py (tests/persistence/test_analysis_queries.py checks the SQL on the same data)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.errors import NotFound
from domain.percentages import rounded_pct
from domain.services.analysis import available_months, customer_analysis, customer_trend, month_analysis
from tests.analysis_data import (
    NOV,
    OCT,
    OCT_2025,
    SEP,
    build_declining,
    build_inflation,
    build_tiny,
    build_worked_example,
)
from tests.domain.fakes import FakeUnitOfWork


def r2(v: Decimal | None) -> Decimal | None:
    return rounded_pct(v, 2)

D = Decimal


def check_tiny_territory(uow) -> None:
    """Shared with the SQL test: every figure of October 2026 in the tiny territory."""
    t = build_tiny(uow)
    assert available_months(uow) == [NOV, OCT, SEP, OCT_2025]
    a = month_analysis(uow, date(2026, 10, 17))
    f = a.figures
    assert a.month == OCT
    assert (f.cartons, f.amount, f.gross_profit, f.requested) == (47, D("1450.00"), D("174.00"), 49)
    assert tuple(r2(x) for x in (f.margin_pct, f.fill_rate_pct, f.class_1_2_share_pct)) == (
        D("12.00"), D("95.92"), D("4.26"))  # 174 ÷ 1,450 purchase amount
    c = a.comparison
    assert (c.customers, c.previous_customers, c.year_ago_customers) == (2, 1, 1)
    assert c.previous is not None and (c.previous.cartons, c.previous.gross_profit) == (28, D("64.00"))
    assert c.year_ago is not None and (c.year_ago.cartons, c.year_ago.gross_profit) == (20, D("120.00"))
    mom, yoy = c.month_over_month, c.year_over_year
    assert tuple(r2(x) for x in (mom.cartons_pct, mom.amount_pct, mom.gross_profit_pct, mom.customers_pct)) == (
        D("67.86"), D("141.67"), D("171.88"), D("100.00"))
    assert (yoy.cartons_pct, yoy.amount_pct, yoy.gross_profit_pct) == (D("135.00"), D("45.00"), D("45.00"))
    assert r2(mom.margin_points) == D("1.33")  # 12.00% against 64 ÷ 600 = 10.67%
    assert [m.start for m in a.trend] == [SEP, OCT]  # from the first month with orders
    assert [m.cartons for m in a.trend] == [28, 47]
    assert [(r.price_class, r.cartons, r.gross_profit, r2(r.profit_share_pct)) for r in a.classes] == [
        (1, 2, D("60.00"), D("34.48")), (2, 0, D("0.00"), D("0.00")), (3, 15, D("90.00"), D("51.72")),
        (4, 0, D("0.00"), D("0.00")), (5, 30, D("24.00"), D("13.79"))]
    assert [(p.name, p.cartons, p.customers, p.gross_profit, r2(p.fill_rate_pct)) for p in a.products] == [
        ("红梅(软红)", 30, 2, D("24.00"), D("100.00")), ("云烟(软珍品)", 15, 2, D("90.00"), D("100.00")),
        ("中华(硬)", 2, 1, D("60.00"), D("50.00"))]
    assert [p.name for p in a.short_supplied] == ["中华(硬)"]
    assert [(r.name, r.cartons, r.amount, r.gross_profit, r.previous_cartons) for r in a.customers] == [
        ("北环路烟酒店", 32, D("1100.00"), D("136.00"), 28),
        ("兴旺便利店", 15, D("350.00"), D("38.00"), None)]
    assert r2(a.customers[0].fill_rate_pct) == D("94.12")
    assert [r.name for r in a.lowest_fill_rates(5)] == ["北环路烟酒店"]
    assert [(x.customer_name, x.product_name, x.first_order, x.cartons, x.reordered) for x in a.new_listings] == [
        ("北环路烟酒店", "中华(硬)", date(2026, 10, 5), 2, True)]
    nov = month_analysis(uow, NOV)
    assert [(x.customer_id, x.reordered) for x in nov.new_listings] == [(t.xingwang, False)]
    assert a.declining == () and a.inflation == ()

    one = customer_analysis(uow, t.beihuan, OCT)
    assert one.months == (NOV, OCT, SEP, OCT_2025)
    assert one.figures is not None and (one.figures.cartons, one.figures.gross_profit) == (32, D("136.00"))
    assert one.comparison is not None and one.comparison.customers is None
    assert r2(one.comparison.month_over_month.cartons_pct) == D("14.29")  # 32 against 28
    assert [(r.price_class, r.cartons) for r in one.classes if r.cartons] == [(1, 2), (3, 10), (5, 20)]
    assert [x.product_name for x in one.new_listings] == ["中华(硬)"]
    latest = customer_analysis(uow, t.xingwang)
    assert latest.month == NOV and latest.figures is not None and latest.figures.cartons == 1
    trend = customer_trend(uow, t.beihuan, OCT)
    assert [m.cartons for m in trend] == [28, 32] and trend[0].start == SEP  # from the first month with orders


def test_the_tiny_territory_on_the_fake() -> None:
    check_tiny_territory(FakeUnitOfWork())


def check_worked_example(uow) -> None:
    shop = build_worked_example(uow)
    for f in (month_analysis(uow, OCT).figures, customer_analysis(uow, shop).figures):
        assert f is not None
        assert (f.cartons, f.amount, f.gross_profit) == (346, D("17816.00"), D("1425.28"))
        assert (f.class_1_2_cartons, r2(f.class_1_2_share_pct)) == (97, D("28.03"))  # above a quarter


def test_the_worked_example_on_the_fake() -> None:
    check_worked_example(FakeUnitOfWork())


def check_inflation(uow) -> None:
    week = [date(2026, 10, d) for d in (5, 12, 19, 26)]
    ids = build_inflation(uow, {
        "北环路烟酒店": [(date(2026, 9, 28), 4, 4), (week[0], 5, 3), (week[1], 7, 3), (week[2], 9, 3)],
        "兴旺便利店": [(week[0], 5, 3), (week[1], 7, 3), (week[2], 7, 3)],  # stopped rising
        "张记食杂店": [(week[0], 5, 3), (week[1], 7, 4), (week[2], 9, 5)],  # supply rose
        "老街小卖部": [(week[1], 7, 3), (week[2], 9, 3)],  # two orders only
        "河口便民店": [(date(2026, 9, d), r, 3) for d, r in ((7, 5), (14, 7), (21, 9))],  # in September
        "新村超市": [(date(2026, 9, 21), 5, 3), (week[0], 7, 3), (week[1], 9, 3), (week[2], 11, 2),
                     (week[3], 12, 2)],
    })
    a = month_analysis(uow, OCT)
    assert [(s.customer_name, s.requested, s.supplied) for s in a.inflation] == [
        ("新村超市", (5, 7, 9, 11, 12), (3, 3, 3, 2, 2)), ("北环路烟酒店", (5, 7, 9), (3, 3, 3))]
    assert a.inflation[1].last_order == week[2] and a.inflation[1].inflation == 6
    assert [s.customer_name for s in month_analysis(uow, SEP).inflation] == ["河口便民店"]
    one = customer_analysis(uow, ids["北环路烟酒店"], OCT)
    assert [s.requested for s in one.inflation] == [(5, 7, 9)]
    assert customer_analysis(uow, ids["兴旺便利店"], OCT).inflation == ()


def test_inflation_on_the_fake() -> None:
    check_inflation(FakeUnitOfWork())


def check_declining(uow) -> None:
    ids = build_declining(uow, {
        "北环路烟酒店": [40, 30, 20, 10],
        "兴旺便利店": [40, 30, 30, 10],
        "张记食杂店": [40, 30, 20, 0],
        "老街小卖部": [0, 30, 20, 10],
    })
    a = month_analysis(uow, OCT)
    assert [(d.name, d.cartons) for d in a.declining] == [
        ("张记食杂店", (40, 30, 20, 0)), ("北环路烟酒店", (40, 30, 20, 10))]
    assert all(d.cartons_falling and d.profit_falling for d in a.declining)
    one = customer_analysis(uow, ids["北环路烟酒店"], OCT)
    assert one.cartons_falling and one.profit_falling
    assert not customer_analysis(uow, ids["兴旺便利店"], OCT).cartons_falling


def test_declining_on_the_fake() -> None:
    check_declining(FakeUnitOfWork())


def test_a_customer_without_orders_and_an_unknown_one() -> None:
    uow = FakeUnitOfWork()
    t = build_tiny(uow)
    with uow:
        from domain.model.customers import Customer

        quiet = uow.customers.add(Customer("530102199999", "无单户"))
        uow.commit()
    empty = customer_analysis(uow, quiet)
    assert empty.month is None and empty.figures is None and empty.months == ()
    with pytest.raises(NotFound):
        customer_analysis(uow, 999)
    assert customer_analysis(uow, t.beihuan, date(2026, 8, 1)).figures.cartons == 0  # type: ignore[union-attr]


def test_an_empty_workspace_has_no_months() -> None:
    assert available_months(FakeUnitOfWork()) == []
    a = month_analysis(FakeUnitOfWork(), OCT)
    assert a.figures.cartons == 0 and a.customers == () and a.comparison.customers == 0


def test_nothing_counts_as_listed_in_the_first_month_of_the_history() -> None:
    uow = FakeUnitOfWork()
    t = build_tiny(uow)
    with uow:
        from domain.model.sales import SalesLine

        uow.sales.add_lines([SalesLine(date(2025, 10, 9), t.xingwang, t.zhonghua, 1, 1, D(200), D(200))])
        uow.commit()
    first = month_analysis(uow, OCT_2025)
    assert first.listings_known is False and first.new_listings == ()
    assert customer_analysis(uow, t.xingwang, OCT_2025).listings_known is False
    assert month_analysis(uow, OCT).listings_known is True
