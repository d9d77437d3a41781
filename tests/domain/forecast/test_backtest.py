"""The backtest: only data before each month, censored months counted from below, the two baselines."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.forecast.backtest import _scores, backtest, forecast_error
from domain.forecast.model import History, MonthQty
from domain.forecast.monthly import forecast_month
from domain.model.sales import SalesLine
from domain.services.forecast import BacktestOutOfRange, NoOrdersBeforeMonth, run_backtest, territory_forecast
from tests.domain.fakes import FakeUnitOfWork
from tests.domain.forecast.builders import weekly_history


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(1, 20), min_size=40, max_size=70), st.integers(0, 500), st.integers(1, 4))
def test_a_planted_future_line_changes_nothing(qtys: list[int], planted: int, months: int) -> None:
    history = weekly_history([(q, q) for q in qtys])
    last = max(m.month for m in history.months)
    first_target = date(last.year, last.month, 1)
    target = [m for m in history.months if m.month == first_target]
    result = backtest(history, last, months)
    # a wild line in the month tested and after it: the forecasts of the months before see nothing of it
    future = MonthQty(last, 1, 1, planted, planted)
    later = MonthQty(date(last.year + 1, last.month, 1), 1, 1, planted, 0, 1)
    seen: list[History] = []

    def spy(h: History, m: date) -> dict[tuple[int, int], float]:
        seen.append(h)
        assert all(x.month < m for x in h.months) and all(d < m for ds in h.order_days.values() for d in ds)
        return {(f.customer_id, f.product_id): float(f.cartons) for f in forecast_month(h, m)}

    planted_history = History(tuple(history.months) + (future, later),
                              {**history.order_days, 1: sorted({*history.order_days.get(1, ()), last, later.month})},
                              history.shops)
    backtest(planted_history, last, months, forecaster=spy)
    assert len(seen) == months
    a = forecast_month(history, last)
    b = forecast_month(planted_history, last)
    assert a == b
    assert target  # the month tested has orders
    assert result.months[-1].month == last


def test_a_cut_month_counts_only_a_forecast_below_the_supply() -> None:
    cut = MonthQty(date(2026, 1, 1), 1, 1, requested=10, supplied=4, short_lines=2)
    full = MonthQty(date(2026, 1, 1), 1, 2, requested=6, supplied=6)
    assert forecast_error(8, cut) == 0 and forecast_error(3, cut) == 1
    assert forecast_error(8, full) == 2 and forecast_error(4, full) == 2
    assert forecast_error(5, None) == 5
    shop_product, territory = _scores({(1, 1): 3.0, (1, 2): 8.0}, {(1, 1): cut, (1, 2): full})
    assert shop_product == pytest.approx(3 / 10)
    assert territory == pytest.approx(3 / 10)


def test_the_baselines_carry_last_month_forward() -> None:
    # supplied 3 every week, asked 3 then ever more: stated demand is wrong by the inflation, naive is right
    weeks = [(3, 3)] * 40 + [(5 + 2 * k, 3) for k in range(12)]
    history = weekly_history(weeks)
    last = max(m.month for m in history.months)
    result = backtest(history, last, 2)
    for m in result.months:
        assert m.shop_product.stated is not None and m.shop_product.naive is not None
        assert m.shop_product.forecast is not None
    mean = result.mean()
    assert mean.forecast is not None and mean.naive is not None


def _line(day: date, customer: int, product: int, req: int, sup: int) -> SalesLine:
    return SalesLine(day, customer, product, req, sup, Decimal("10"), Decimal(10 * sup))


def test_the_services_read_through_the_unit_of_work() -> None:
    from datetime import timedelta

    from domain.model.products import PriceClass, Product

    uow = FakeUnitOfWork()
    with uow:
        uow.products.add_many([Product("P1", "红塔山", Decimal("100"), PriceClass.CLASS_3),
                               Product("P2", "中华", Decimal("400"), PriceClass.CLASS_1, is_scarce=True)])
        uow.commit()
    day = date(2025, 1, 6)
    while day < date(2026, 7, 1):
        uow.store.sales_lines += [_line(day, 1, 1, 4, 4), _line(day, 1, 2, 6, 3)]
        day += timedelta(days=7)
    result = territory_forecast(uow, date(2026, 7, 1))
    by_code = {p.code: p for p in result.products}
    assert by_code["P1"].cartons == 4 * 4  # four Mondays in July 2026 (6, 13, 20, 27)
    assert 3 * 5 <= by_code["P2"].cartons <= 6 * 5  # scarce: between what was got and what was asked
    assert by_code["P2"].last_requested == 6 * 5 and by_code["P2"].last_supplied == 3 * 5
    test = run_backtest(uow, 3)
    assert [m.month for m in test.months] == [date(2026, 4, 1), date(2026, 5, 1), date(2026, 6, 1)]
    with pytest.raises(NoOrdersBeforeMonth):
        territory_forecast(uow, date(2024, 1, 1))
    with pytest.raises(BacktestOutOfRange):
        run_backtest(uow, 0)


def test_a_months_accuracy_is_its_one_month_backtest_or_nothing() -> None:
    from datetime import timedelta

    from domain.model.products import PriceClass, Product
    from domain.services.forecast import month_accuracy

    uow = FakeUnitOfWork()
    with uow:
        uow.products.add_many([Product("P1", "红塔山", Decimal("100"), PriceClass.CLASS_3)])
        uow.commit()
    day = date(2025, 1, 6)
    while day < date(2026, 7, 1):
        uow.store.sales_lines.append(_line(day, 1, 1, 4 + day.month % 3, 4))
        day += timedelta(days=7)
    june = month_accuracy(uow, date(2026, 6, 18))
    assert june is not None and june == run_backtest(uow, 1, last=date(2026, 6, 1)).months[0].shop_product
    assert month_accuracy(uow, date(2025, 1, 1)) is None  # nothing before it to forecast from
    assert month_accuracy(uow, date(2026, 9, 1)) is None  # nothing in it to measure against
