"""The manager's adjustments: kept with a reason, applied by the forecast, judged once the month is in."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.errors import NotFound
from domain.forecast.adjustments import MAX_ADJUSTMENT, StoredAdjustment, Verdict, adjustment_errors, judge
from domain.forecast.model import MonthQty
from domain.model.customers import Customer
from domain.model.products import PriceClass, Product
from domain.model.sales import SalesLine
from domain.services.forecast import territory_forecast
from domain.services.forecast_adjustments import (
    adjust_forecast,
    forecast_accuracy,
    month_adjustments,
    remove_adjustment,
)
from domain.validation import ValidationFailed
from tests.domain.fakes import FakeUnitOfWork

NOW = datetime(2026, 6, 20, 8, 0, tzinfo=UTC).replace(tzinfo=None)
JULY = date(2026, 7, 1)


def _territory() -> FakeUnitOfWork:
    """One shop ordering 4 cartons of P1 every Monday from 2025 to the end of July 2026."""
    uow = FakeUnitOfWork()
    with uow:
        uow.customers.add(Customer("530102100001", "老街烟酒"))
        uow.products.add_many([Product("P1", "红塔山", Decimal("100"), PriceClass.CLASS_3)])
        uow.commit()
    day = date(2025, 1, 6)
    while day < date(2026, 8, 1):
        uow.store.sales_lines.append(SalesLine(day, 1, 1, 4, 4, Decimal("10"), Decimal("40")))
        day += timedelta(days=7)
    return uow


@pytest.mark.parametrize(("cartons", "reason", "fields"), [
    (0, "开发区扩建", {"cartons"}),
    (MAX_ADJUSTMENT + 1, "开发区扩建", {"cartons"}),
    (3, "   ", {"reason"}),
    (3, "x" * 201, {"reason"}),
    (0, "", {"cartons", "reason"}),
])
def test_an_adjustment_needs_cartons_and_a_reason(cartons: int, reason: str, fields: set[str]) -> None:
    assert {e.field for e in adjustment_errors(cartons, reason)} == fields


def test_a_kept_adjustment_is_part_of_the_months_forecast_and_replaced_not_doubled() -> None:
    uow = _territory()
    before = territory_forecast(uow, JULY).products[0].cartons
    adjust_forecast(uow, JULY, 1, 1, 6, "开发区扩建，打工人员增加", NOW)
    adjust_forecast(uow, date(2026, 7, 15), 1, 1, 5, " 开发区扩建，打工人员增加 ", NOW)  # any day: the month
    kept = month_adjustments(uow, JULY)
    assert [(a.cartons, a.reason) for a in kept] == [(5, "开发区扩建，打工人员增加")]
    after = territory_forecast(uow, JULY)
    assert after.products[0].cartons == before + 5
    shop = after.shops[0]
    assert (shop.adjustment, shop.reason) == (5.0, "开发区扩建，打工人员增加")
    assert territory_forecast(uow, date(2026, 8, 1)).shops[0].adjustment == 0  # another month: not there
    assert remove_adjustment(uow, JULY, 1, 1) and not remove_adjustment(uow, JULY, 1, 1)
    assert territory_forecast(uow, JULY).products[0].cartons == before


def test_a_refused_adjustment_writes_nothing() -> None:
    uow = _territory()
    with pytest.raises(ValidationFailed):
        adjust_forecast(uow, JULY, 1, 1, 4, "", NOW)
    with pytest.raises(NotFound):
        adjust_forecast(uow, JULY, 99, 1, 4, "新开门店", NOW)
    with pytest.raises(NotFound):
        adjust_forecast(uow, JULY, 1, 99, 4, "新开门店", NOW)
    assert month_adjustments(uow, JULY) == [] and uow.commits == 1  # the territory's own setup only


def test_the_accuracy_judges_kept_adjustments_against_what_happened() -> None:
    uow = _territory()
    adjust_forecast(uow, JULY, 1, 1, 8, "以为会涨", NOW)  # July stayed at 4 a week: this one hurt
    accuracy = forecast_accuracy(uow, 2)
    assert [m.month for m in accuracy.backtest.months] == [date(2026, 6, 1), JULY]
    (judged,) = accuracy.adjustments
    assert judged.model == 16 and judged.adjusted == 24 and judged.supplied == 16
    assert judged.verdict is Verdict.HURT and accuracy.helped == 0
    # the backtest measures the model alone: the adjustment does not change its error
    assert accuracy.backtest.months[-1].shop_product.forecast == pytest.approx(0.0)


@given(model=st.integers(0, 50), cartons=st.integers(-60, 60).filter(bool), supplied=st.integers(0, 60),
       extra=st.integers(0, 20))
def test_judging_is_the_backtest_error_before_and_after(model: int, cartons: int, supplied: int, extra: int) -> None:
    adjustment = StoredAdjustment(JULY, 1, 1, cartons, "理由")
    actual = MonthQty(JULY, 1, 1, supplied + extra, supplied)
    judged = judge(adjustment, model, actual)
    assert judged.adjusted == max(0, model + cartons)
    if extra == 0:  # filled in full: closer to the supply is better
        closer = abs(judged.adjusted - supplied) < abs(model - supplied)
        assert (judged.verdict is Verdict.HELPED) == closer
    else:  # cut: only falling below the supply is an error
        assert (judged.verdict is Verdict.HURT) == (max(0, supplied - judged.adjusted) > max(0, supplied - model))
