"""Use cases of the demand forecast (需求预测, issue #15): next month by product for the territory, and the
backtest of the last months. Reads through the ports in a few queries for all shops (never one per shop)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from domain.errors import DomainError
from domain.forecast.backtest import Backtest, Forecaster, Wape, backtest
from domain.forecast.model import NOTE_INFLATION, Adjustment, Forecast, History, HolidayCalendar, MonthQty, Pair
from domain.forecast.monthly import RECENT, WINDOW, Progress, forecast_month
from domain.forecast.reading import read_history
from domain.periods import shift_month
from domain.ports import UnitOfWork

MAX_BACKTEST_MONTHS = 24


class NoOrdersBeforeMonth(DomainError):
    pass


class BacktestOutOfRange(DomainError):
    pass


@dataclass(frozen=True)
class ProductForecast:
    """One product's territory figure: the sum of its shops' forecasts, beside last month's orders."""

    product_id: int
    code: str
    name: str
    cartons: int
    last_supplied: int
    last_requested: int
    scarce: bool = False  # 紧俏: rationed, so stated demand runs ahead of what is sold
    shops: int = 0  # shops with a figure
    inflating: int = 0  # of them, shops whose requests are an inflation run (not believed)
    adjusted: int = 0  # of them, shops with the manager's adjustment

    @property
    def stated_over_forecast(self) -> float | None:
        """How far last month's stated demand runs ahead of the forecast (1.5 = half as much again)."""
        return self.last_requested / self.cartons if self.cartons else None


@dataclass(frozen=True)
class TerritoryForecast:
    month: date
    products: tuple[ProductForecast, ...]
    shops: tuple[Forecast, ...]  # the figures behind, each with its parts
    last_month: tuple[MonthQty, ...] = ()  # the month before's shop × product rows, as the forecast read them


def _history(uow: UnitOfWork, first: date, before: date, detail_from: date | None = None) -> History:
    return read_history(uow, first, before, detail_from)


def territory_forecast(uow: UnitOfWork, month: date, calendar: HolidayCalendar | None = None,
                       adjustments: Mapping[Pair, Adjustment] | None = None,
                       progress: Progress | None = None) -> TerritoryForecast:
    month = month.replace(day=1)
    with uow:
        history = _history(uow, shift_month(month, -WINDOW), month, shift_month(month, -RECENT))
        products = {p.id: p for p in uow.products.list() if p.id is not None}
        if adjustments is None:  # the ones kept for the month (forecast_adjustments.py)
            adjustments = {a.pair: a.as_adjustment()
                           for a in uow.forecast_adjustments.adjustments(month, shift_month(month, 1))}
    if not history.months and not (history.compact and history.compact.earlier):
        raise NoOrdersBeforeMonth("There are no orders before {month}.", month=f"{month:%Y-%m}")
    figures = forecast_month(history, month, calendar, adjustments, progress)
    cartons: dict[int, int] = defaultdict(int)
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for f in figures:
        cartons[f.product_id] += f.cartons
        c = counts[f.product_id]
        c[0] += 1
        if f.notes:
            c[1] += NOTE_INFLATION in f.notes
        c[2] += f.adjustment != 0
    previous = shift_month(month, -1)
    supplied: dict[int, int] = defaultdict(int)
    requested: dict[int, int] = defaultdict(int)
    last_month = tuple(m for m in history.months if m[0] == previous)
    # 10,000 shops' history is near a million rows: unpacked, not read by attribute
    for _mo, _shop, pid, asked, got, *_rest in last_month:
        supplied[pid] += got
        requested[pid] += asked
    rows = []
    for pid in sorted(set(cartons) | set(supplied), key=lambda i: (products[i].code if i in products else "", i)):
        p = products.get(pid)
        shops, inflating, adjusted = counts.get(pid, (0, 0, 0))
        rows.append(ProductForecast(pid, p.code if p else str(pid), p.name if p else "", cartons.get(pid, 0),
                                    supplied.get(pid, 0), requested.get(pid, 0), bool(p and p.is_scarce),
                                    shops, inflating, adjusted))
    return TerritoryForecast(month, tuple(rows), tuple(figures), last_month)


def coming_month(uow: UnitOfWork) -> date | None:
    """The month a forecast is made for: the one after the latest month with orders."""
    with uow:
        latest = uow.forecast_queries.latest_order_month()
    return shift_month(latest, 1) if latest is not None else None


def backtest_history(uow: UnitOfWork, months: int, last: date | None = None) -> tuple[History, date]:
    """The full history a backtest of the last `months` months with orders (up to `last`, default the
    latest) reads, and its last month; refused out of range or without orders before the first month."""
    if not 1 <= months <= MAX_BACKTEST_MONTHS:
        raise BacktestOutOfRange("A backtest covers between 1 and {max} months.", max=MAX_BACKTEST_MONTHS)
    with uow:
        latest = last.replace(day=1) if last is not None else uow.forecast_queries.latest_order_month()
        if latest is None:
            raise NoOrdersBeforeMonth("There are no orders to test the forecast on.")
        first_target = shift_month(latest, 1 - months)
        history = _history(uow, shift_month(first_target, -WINDOW), shift_month(latest, 1))
    if not any(m.month < first_target for m in history.months):
        raise NoOrdersBeforeMonth("There are no orders before {month}.", month=f"{first_target:%Y-%m}")
    return history, latest


def run_backtest(uow: UnitOfWork, months: int, calendar: HolidayCalendar | None = None,
                 last: date | None = None, forecaster: Forecaster | None = None) -> Backtest:
    """The last `months` months with orders (up to `last`, default the latest), each from the data before it.
    The model alone is tried: the manager's adjustments are judged apart (services/forecast_adjustments.py)."""
    history, latest = backtest_history(uow, months, last)
    return backtest(history, latest, months, calendar, forecaster)


def month_accuracy(uow: UnitOfWork, month: date, calendar: HolidayCalendar | None = None) -> Wape | None:
    """How well `month` (any day of it) was forecast from the data before it, by shop × product, beside the
    two baselines (domain/forecast/backtest.py); None when it cannot be said: no orders before the month
    or none in it."""
    try:
        tried = run_backtest(uow, 1, calendar, last=month)
    except NoOrdersBeforeMonth:
        return None
    wape = tried.months[0].shop_product
    return wape if wape.forecast is not None else None
