"""Figures a manager can defend in a meeting: one margin basis (seed 1's 8% of the purchase amount),
a plan's progress only from the months after it, one rounding of every percentage, and too little
history said rather than hidden. Constructed data only (not the demo's shop)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.model.customers import Customer, CustomerStatus
from domain.model.evaluations import ImprovementPlan, PlanMetric, PlanTarget, StarEvaluation
from domain.model.products import PriceClass, Product
from domain.model.sales import SalesLine
from domain.percentages import chart_value, format_pct, ratio_pct, rounded_pct, signed
from domain.profit import MarginBasis, SalesSums, figures_of
from domain.services.analysis import customer_analysis, month_analysis
from domain.services.evaluations import plan_progress
from tests.domain.fakes import FakeUnitOfWork

OCT, NOV, DEC = date(2026, 10, 1), date(2026, 11, 1), date(2026, 12, 1)
SEED_1 = SalesSums(cartons=346, amount_fen=1_781_600, unpriced_amount_fen=1_781_600)


def _shop(uow: FakeUnitOfWork, months: dict[date, Decimal], name: str = "北环路烟酒店",
          status: CustomerStatus = CustomerStatus.ACTIVE) -> tuple[int, int]:
    """A shop buying one product without a retail price: `months` maps a month to its amount
    (346 cartons each)."""
    with uow:
        (shop,) = uow.customers.add_many([Customer(f"5301021{len(name):05d}", name, status=status,
                                                   star_level=5)])
        existing = [p for p in uow.products.list() if p.code == "6901028099999"]
        if existing:
            product = existing[0]
        else:
            product = Product("6901028099999", "云烟(紫)", Decimal("51.49"), PriceClass.CLASS_3, None)
            uow.products.add_many([product])
        assert product.id is not None
        uow.sales.add_lines([SalesLine(m.replace(day=10), shop, product.id, 346, 346, Decimal("51.49"), amount)
                             for m, amount in months.items()])
        uow.commit()
    return shop, product.id


# --- 17: one margin basis ------------------------------------------------------------------------


def test_seed_1_reads_8_percent_on_the_default_basis() -> None:
    uow = FakeUnitOfWork()
    shop, _ = _shop(uow, {OCT: Decimal("17816.00")})
    for f in (month_analysis(uow, OCT).figures, customer_analysis(uow, shop, OCT).figures):
        assert f is not None
        assert f.gross_profit == Decimal("1425.28")
        assert f.margin_basis is MarginBasis.PURCHASE
        assert format_pct(f.margin_pct) == "8.0%"  # was 7.41%: profit ÷ retail sales
    assert month_analysis(uow, OCT).margin_basis is MarginBasis.PURCHASE


def test_the_retail_basis_is_a_workspace_setting() -> None:
    uow = FakeUnitOfWork()
    shop, _ = _shop(uow, {OCT: Decimal("17816.00")})
    with uow:
        uow.settings.save(replace(uow.settings.load(), margin_basis=MarginBasis.RETAIL))
        uow.commit()
    a = month_analysis(uow, OCT)
    assert a.margin_basis is MarginBasis.RETAIL
    assert format_pct(a.figures.margin_pct) == "7.4%"  # 1,425.28 ÷ 19,241.28
    assert format_pct(a.customers[0].margin_pct) == "7.4%"
    c = customer_analysis(uow, shop, OCT)
    assert c.figures is not None and format_pct(c.figures.margin_pct) == "7.4%"


def test_profit_divided_by_the_printed_purchase_amount_is_the_margin() -> None:
    f = figures_of(OCT, SEED_1, Decimal("0.08"))
    assert f.margin_pct == ratio_pct(f.gross_profit, f.amount)


# --- 18: a plan's progress counts only months after it ------------------------------------------


def _plan(shop: int, made: date) -> ImprovementPlan:
    return ImprovementPlan(shop, made, ["挂价签"], [
        PlanTarget(PlanMetric.MARGIN_PCT, Decimal("8"), Decimal("8")),
        PlanTarget(PlanMetric.GROSS_PROFIT, Decimal("1400"), Decimal("1425.28")),
        PlanTarget(PlanMetric.STAR_LEVEL, Decimal("5"), Decimal("5")),
    ])


def test_a_plan_made_today_has_no_data_yet() -> None:
    uow = FakeUnitOfWork()
    shop, _ = _shop(uow, {OCT: Decimal("17816.00"), NOV: Decimal("17816.00")})
    progress = plan_progress(uow, _plan(shop, date(2026, 11, 5)))  # orders of its own month, before and after
    assert progress.month is None and progress.first_month == DEC
    assert [t.met for t in progress.targets] == [None, None, None]  # was 已达成 against its own baseline


def test_progress_is_the_latest_month_after_the_plan() -> None:
    uow = FakeUnitOfWork()
    shop, _ = _shop(uow, {OCT: Decimal("17816.00"), DEC: Decimal("17816.00")})
    with uow:
        uow.evaluations.add_star_evaluation(StarEvaluation(shop, date(2026, 12, 3), {}, Decimal(85), 4))
        uow.commit()
    progress = plan_progress(uow, _plan(shop, date(2026, 11, 5)))
    assert progress.month == DEC and progress.star_evaluated_on == date(2026, 12, 3)
    assert [(t.metric, t.actual, t.met) for t in progress.targets] == [
        (PlanMetric.MARGIN_PCT, Decimal("8.0"), True),
        (PlanMetric.GROSS_PROFIT, Decimal("1425.28"), True),
        (PlanMetric.STAR_LEVEL, Decimal(4), False),
    ]


def test_an_evaluation_on_the_plans_own_day_is_its_baseline_not_progress() -> None:
    uow = FakeUnitOfWork()
    shop, _ = _shop(uow, {OCT: Decimal("17816.00")})
    with uow:
        uow.evaluations.add_star_evaluation(StarEvaluation(shop, date(2026, 11, 5), {}, Decimal(95), 5))
        uow.commit()
    star = plan_progress(uow, _plan(shop, date(2026, 11, 5))).targets[2]
    assert star.actual is None and star.met is None


# --- 19: one rounding ----------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "shown"), [
    (Decimal("34.046"), "34.0%"),  # was 34.1%: rounded to 34.05 first
    (Decimal("33.65"), "33.7%"),  # a float chart had read 33.6%
    (Decimal("0.05"), "0.1%"),
    (Decimal("-0.05"), "-0.1%"),
    (Decimal("99.95"), "100.0%"),
    (Decimal(0), "0.0%"),
    (None, ""),
])
def test_percentages_round_once_half_up(value: Decimal | None, shown: str) -> None:
    assert format_pct(value) == shown


def test_a_share_is_kept_exact_until_shown() -> None:
    share = ratio_pct(3_4046, 100_000)  # 34.046%
    assert share == Decimal("34.046") and format_pct(share) == "34.0%"
    assert format_pct(ratio_pct(1, 3)) == "33.3%" and rounded_pct(ratio_pct(2, 3), 2) == Decimal("66.67")


def test_signed_changes_have_a_true_minus_and_no_negative_zero() -> None:
    assert (signed(Decimal("1.25")), signed(Decimal("-4")), signed(Decimal("-0.04"))) == ("+1.3", "−4.0", "+0.0")


@given(st.integers(0, 10**7), st.integers(1, 10**7))
def test_rounding_matches_exact_fractions(part: int, whole: int) -> None:
    exact = Fraction(part * 100, whole)
    tenths = int(exact * 10 + Fraction(1, 2))  # half up, on the exact ratio
    assert rounded_pct(ratio_pct(part, whole)) == Decimal(tenths).scaleb(-1)


@given(st.integers(0, 10**6), st.integers(1, 10**6))
def test_a_chart_bar_reads_as_its_table_cell(part: int, whole: int) -> None:
    share = ratio_pct(min(part, whole), whole)
    assert f"{chart_value(share):.1f}%" == format_pct(share)
    assert f"{chart_value(share) / 100 * 100:.1f}%" == format_pct(share)  # the PDF chart's ratio and back


# --- 20: too little history, trends from the first month, inactive shops marked ------------------


def test_two_months_of_history_are_too_few_for_the_three_month_rules() -> None:
    uow = FakeUnitOfWork()
    shop, _ = _shop(uow, {NOV: Decimal("17816.00"), DEC: Decimal("17000.00")})
    a = month_analysis(uow, DEC)
    assert not a.decline_known and not a.inflation_known
    c = customer_analysis(uow, shop, DEC)
    assert not c.decline_known and not c.inflation_known
    assert [f.start for f in a.trend] == [NOV, DEC] == [f.start for f in c.trend]  # no leading empty months


def test_four_months_of_history_are_enough() -> None:
    uow = FakeUnitOfWork()
    _shop(uow, {date(2026, 9, 1): Decimal("100.00"), OCT: Decimal("90.00"), NOV: Decimal("80.00"),
                DEC: Decimal("70.00")})
    a = month_analysis(uow, DEC)
    assert a.decline_known and a.inflation_known
    assert len(a.declining) == 1  # 100 → 90 → 80 → 70 of gross profit


def test_suspended_and_archived_shops_carry_their_status_into_every_list() -> None:
    uow = FakeUnitOfWork()
    months = {date(2026, 9, 1): Decimal("100.00"), OCT: Decimal("90.00"), NOV: Decimal("80.00"),
              DEC: Decimal("70.00")}
    closed, _ = _shop(uow, months, "停业小店", CustomerStatus.SUSPENDED)
    gone, _ = _shop(uow, months, "已归档商行", CustomerStatus.ARCHIVED)
    a = month_analysis(uow, DEC)
    statuses = {c.customer_id: c.status for c in a.customers}
    assert statuses == {closed: CustomerStatus.SUSPENDED, gone: CustomerStatus.ARCHIVED}
    assert {d.customer_id: d.status for d in a.declining} == statuses
