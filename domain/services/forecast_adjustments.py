"""Use cases of the manager's forecast adjustments (预测调整, issue #15): keep one with its reason, take it
back, and judge the kept ones once their month's orders are in, beside the backtest of the same months
(one forecast per month serves both)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from domain.errors import NotFound
from domain.forecast.adjustments import JudgedAdjustment, StoredAdjustment, Verdict, adjustment_errors, judge
from domain.forecast.backtest import Backtest, backtest, forecast_cartons
from domain.forecast.model import History, HolidayCalendar, Pair
from domain.forecast.monthly import forecast_month
from domain.periods import shift_month
from domain.ports import UnitOfWork
from domain.services.forecast import backtest_history
from domain.validation import ValidationFailed


def month_adjustments(uow: UnitOfWork, month: date) -> list[StoredAdjustment]:
    month = month.replace(day=1)
    with uow:
        return uow.forecast_adjustments.adjustments(month, shift_month(month, 1))


def adjust_forecast(uow: UnitOfWork, month: date, customer_id: int, product_id: int, cartons: int, reason: str,
                    now: datetime) -> StoredAdjustment:
    """Keep (or replace) the adjustment of one shop × product's figure for `month`."""
    errors = adjustment_errors(cartons, reason)
    if errors:
        raise ValidationFailed(errors)
    kept = StoredAdjustment(month.replace(day=1), customer_id, product_id, cartons, reason.strip(), now)
    with uow:
        if uow.customers.get(customer_id) is None:
            raise NotFound("Customer", customer_id)
        if uow.products.get(product_id) is None:
            raise NotFound("Product", product_id)
        new_id = uow.forecast_adjustments.save_adjustment(kept)
        uow.commit()
    return StoredAdjustment(kept.month, customer_id, product_id, cartons, kept.reason, now, new_id)


def remove_adjustment(uow: UnitOfWork, month: date, customer_id: int, product_id: int) -> bool:
    with uow:
        removed = uow.forecast_adjustments.delete_adjustment(month.replace(day=1), customer_id, product_id)
        uow.commit()
    return removed


@dataclass(frozen=True)
class Accuracy:
    """The backtest of the last months and, in the same months, the kept adjustments judged."""

    backtest: Backtest
    adjustments: tuple[JudgedAdjustment, ...]

    @property
    def helped(self) -> int:
        return sum(j.verdict is Verdict.HELPED for j in self.adjustments)


def forecast_accuracy(uow: UnitOfWork, months: int, calendar: HolidayCalendar | None = None,
                      last: date | None = None) -> Accuracy:
    """The backtest (domain.services.forecast.run_backtest) whose forecasts of each month also judge that
    month's adjustments: the model's figure without the adjustment against the figure with it."""
    history, latest = backtest_history(uow, months, last)
    models: dict[date, Mapping[Pair, float]] = {}

    def recorded(past: History, month: date) -> Mapping[Pair, float]:
        models[month] = forecast_cartons(forecast_month(past, month, calendar))
        return models[month]

    result = backtest(history, latest, months, calendar, forecaster=recorded)
    first, after = result.months[0].month, shift_month(latest, 1)
    with uow:
        kept = uow.forecast_adjustments.adjustments(first, after)
    # what the shops then bought: the backtest's own history holds those months
    actuals = {(m.month, m.customer_id, m.product_id): m for m in history.months if m.month >= first} if kept else {}
    judged = tuple(judge(a, int(models.get(a.month, {}).get(a.pair, 0.0)),
                         actuals.get((a.month, a.customer_id, a.product_id))) for a in kept)
    return Accuracy(result, judged)
