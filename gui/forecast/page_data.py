"""What the 需求预测 page loads on the worker: the month's sheet (with the month choices), and apart, since
it forecasts each past month again, the accuracy of the last months with the kept adjustments judged."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from domain.forecast.model import HolidayCalendar
from domain.forecast.monthly import Progress
from domain.periods import shift_month
from domain.services.forecast import coming_month
from domain.services.forecast_adjustments import Accuracy, forecast_accuracy
from domain.services.forecast_sheet import ForecastSheet, forecast_sheet, product_names, shop_names
from gui.forecast.tables import AccuracyRow, JudgedRow

MONTHS_AHEAD = 2  # the coming month and the one after


@dataclass(frozen=True)
class SheetData:
    months: list[date]  # the months one may forecast, the coming one first
    sheet: ForecastSheet | None  # None: no orders yet


def load_sheet(uow: Callable[[], Any], wanted: date | None, calendar: HolidayCalendar | None,
               progress: Progress | None = None) -> SheetData:
    first = coming_month(uow())
    if first is None:
        return SheetData([], None)
    months = [shift_month(first, k) for k in range(MONTHS_AHEAD)]
    month = wanted if wanted in months else first
    return SheetData(months, forecast_sheet(uow(), month, calendar, progress))


@dataclass(frozen=True)
class AccuracyData:
    accuracy: Accuracy
    rows: list[AccuracyRow]  # the months, then their mean
    judged: list[JudgedRow]


def load_accuracy(uow: Callable[[], Any], months: int, calendar: HolidayCalendar | None) -> AccuracyData:
    accuracy = forecast_accuracy(uow(), months, calendar)
    test = accuracy.backtest
    rows = [AccuracyRow(m, (m.shop_product.forecast, m.shop_product.naive, m.shop_product.stated),
                        (m.territory.forecast, m.territory.naive, m.territory.stated)) for m in test.months]
    if test.months:
        by_shop, territory = test.mean(), test.mean("territory")
        rows.append(AccuracyRow(None, (by_shop.forecast, by_shop.naive, by_shop.stated),
                                (territory.forecast, territory.naive, territory.stated)))
    judged = []
    if accuracy.adjustments:
        shops, products = shop_names(uow()), product_names(uow())
        judged = [JudgedRow(j, shops.get(j.adjustment.customer_id, ""), products.get(j.adjustment.product_id, ""))
                  for j in accuracy.adjustments]
    return AccuracyData(accuracy, rows, judged)
