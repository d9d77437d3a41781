"""The forecast tried on the past: each of the last N months forecast from the data before it only.

Error: WAPE = Σ error / Σ actual, the actual being what the shops got (supplied). Where the month's
order was filled in full, error = |forecast − actual|. Where supply was cut, the actual is only a lower
bound of demand: an error counts only where the forecast falls below the supply (max(0, actual − forecast)).
Measured by shop × product and for the territory by product (the shops' figures added up, filled and
cut parts apart), for the forecast and two baselines: "same as last month" (last month's supplied) and
"stated demand carried forward" (last month's requested).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from domain.forecast.model import Forecast, History, HolidayCalendar, MonthQty, Pair
from domain.forecast.monthly import forecast_month
from domain.periods import shift_month

FORECAST, NAIVE, STATED = "forecast", "naive", "stated"
METHODS = (FORECAST, NAIVE, STATED)

Forecaster = Callable[[History, date], Mapping[Pair, float]]


@dataclass(frozen=True)
class Wape:
    forecast: float | None  # a share (0.12 = 12%); None when the month had no actual
    naive: float | None
    stated: float | None

    def of(self, method: str) -> float | None:
        return {FORECAST: self.forecast, NAIVE: self.naive, STATED: self.stated}[method]


@dataclass(frozen=True)
class BacktestMonth:
    month: date
    shop_product: Wape
    territory: Wape


@dataclass(frozen=True)
class Backtest:
    months: tuple[BacktestMonth, ...]

    def mean(self, level: str = "shop_product") -> Wape:
        def avg(method: str) -> float | None:
            values = [v for m in self.months if (v := getattr(m, level).of(method)) is not None]
            return sum(values) / len(values) if values else None

        return Wape(avg(FORECAST), avg(NAIVE), avg(STATED))


def forecast_error(forecast: float, actual: MonthQty | None) -> float:
    """The error of one figure against one month: both ways where filled, from below where cut."""
    if actual is None:
        return forecast  # nothing was ordered: all of the forecast was wrong
    if actual.cut:
        return max(0.0, actual.supplied - forecast)
    return abs(forecast - actual.supplied)


def _wape(errors: float, actual: float) -> float | None:
    return errors / actual if actual > 0 else None


def _scores(figures: Mapping[Pair, float], actuals: Mapping[Pair, MonthQty]) -> tuple[float | None, float | None]:
    """(WAPE by shop × product, WAPE of the territory by product)."""
    pairs = set(figures) | set(actuals)
    errors = sum(forecast_error(figures.get(p, 0.0), actuals.get(p)) for p in pairs)
    total = float(sum(a.supplied for a in actuals.values()))
    # territory: per product the filled part compared both ways, the cut part only from below
    full_f: dict[int, float] = defaultdict(float)
    full_a: dict[int, float] = defaultdict(float)
    cut_f: dict[int, float] = defaultdict(float)
    cut_a: dict[int, float] = defaultdict(float)
    for p in pairs:
        a = actuals.get(p)
        f = figures.get(p, 0.0)
        if a is not None and a.cut:
            cut_f[p[1]] += f
            cut_a[p[1]] += a.supplied
        else:
            full_f[p[1]] += f
            full_a[p[1]] += a.supplied if a is not None else 0
    products = set(full_f) | set(cut_f)
    territory = sum(abs(full_f[k] - full_a[k]) + max(0.0, cut_a[k] - cut_f[k]) for k in products)
    return _wape(errors, total), _wape(territory, total)


def last_month_figures(history: History, month: date, stated: bool) -> dict[Pair, float]:
    """The baselines: each pair's previous month, supplied (naive) or requested (stated)."""
    previous = shift_month(month, -1)
    return {(m.customer_id, m.product_id): float(m.requested if stated else m.supplied)
            for m in history.months if m.month == previous}


def forecast_cartons(forecasts: Iterable[Forecast]) -> dict[Pair, float]:
    """Each pair's forecast as the backtest scores it: the whole cartons."""
    return {(f.customer_id, f.product_id): float(f.cartons) for f in forecasts}


def backtest(history: History, last: date, months: int, calendar: HolidayCalendar | None = None,
             forecaster: Forecaster | None = None) -> Backtest:
    """The `months` months ending with `last`; each forecast from `history.before(month)` only."""
    def ours(h: History, m: date) -> Mapping[Pair, float]:
        return forecast_cartons(forecast_month(h, m, calendar))

    run = forecaster or ours
    out = []
    for k in range(months - 1, -1, -1):
        month = shift_month(last, -k)
        past = history.before(month)  # structurally: nothing of the month or after reaches the forecast
        actuals = {(m.customer_id, m.product_id): m for m in history.months if m.month == month}
        ours_sp, ours_t = _scores(run(past, month), actuals)
        naive_sp, naive_t = _scores(last_month_figures(past, month, stated=False), actuals)
        stated_sp, stated_t = _scores(last_month_figures(past, month, stated=True), actuals)
        out.append(BacktestMonth(month, Wape(ours_sp, naive_sp, stated_sp), Wape(ours_t, naive_t, stated_t)))
    return Backtest(tuple(out))
