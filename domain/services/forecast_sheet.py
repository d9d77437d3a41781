"""The forecast as a sheet: one row per shop × product forecast or ordered last month, with the shop's and
product's names, last month's supplied and stated demand, the figure (adjustment included) and, where the
model made one, the figure with its parts. What the 需求预测 page lists and the 需求采集本 carries: both are
built here, from one territory forecast and three lookups."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from domain.forecast.model import Forecast, HolidayCalendar, MonthQty, Pair
from domain.forecast.monthly import Progress
from domain.model.products import Product
from domain.periods import shift_month
from domain.ports import UnitOfWork
from domain.read_models import CustomerListRow
from domain.services.forecast import TerritoryForecast, territory_forecast
from domain.visits.planning_views import route_key


@dataclass(frozen=True)
class SheetRow:
    customer_id: int
    product_id: int
    license_no: str
    shop: str
    route: str
    code: str
    product: str
    cartons: int  # the forecast, adjustment included
    last_supplied: int
    last_requested: int
    adjustment: float  # the manager's cartons, 0 when none
    reason: str
    figure: Forecast | None = None  # None: ordered last month but not forecast (the shop stopped ordering it)
    scarce: bool = False

    def adjusted(self, cartons: float, reason: str) -> SheetRow:
        """The row with another adjustment (0: none), its figure and cartons following."""
        if self.figure is None:
            return self
        figure = replace(self.figure, adjustment=float(cartons), reason=reason if cartons else "")
        return replace(self, figure=figure, cartons=figure.cartons, adjustment=figure.adjustment, reason=figure.reason)


def sheet_rows(forecast: TerritoryForecast, customers: Mapping[int, CustomerListRow],
               products: Mapping[int, Product], last_month: Iterable[MonthQty]) -> list[SheetRow]:
    """Every shop × product that is forecast or was ordered last month (forecast 0), as the territory's
    figures are made, so that each product's rows add up to its territory line. Sorted by route (naturally,
    shops without one last), license number, product code."""
    figures: dict[Pair, Forecast] = {(f.customer_id, f.product_id): f for f in forecast.shops}
    ordered: dict[Pair, MonthQty] = {}
    previous = shift_month(forecast.month, -1)
    for q in last_month:
        if q.month == previous:
            ordered[(q.customer_id, q.product_id)] = q
    rows = []
    for pair in set(figures) | set(ordered):
        f, m = figures.get(pair), ordered.get(pair)
        shop, product = customers.get(pair[0]), products.get(pair[1])
        rows.append(SheetRow(
            pair[0], pair[1], shop.license_no if shop else "", shop.name if shop else str(pair[0]),
            shop.route if shop else "", product.code if product else str(pair[1]), product.name if product else "",
            f.cartons if f else 0, m.supplied if m else 0, m.requested if m else 0,
            f.adjustment if f else 0.0, f.reason if f else "", f, bool(product and product.is_scarce)))
    rows.sort(key=lambda r: (route_key(r.route), r.license_no, r.customer_id, r.code, r.product_id))
    return rows


@dataclass(frozen=True)
class ForecastSheet:
    territory: TerritoryForecast
    rows: tuple[SheetRow, ...]

    @property
    def month(self) -> date:
        return self.territory.month


def shop_names(uow: UnitOfWork) -> dict[int, str]:
    with uow:
        return {c.id: c.name for c in uow.queries.customer_list().rows}


def product_names(uow: UnitOfWork) -> dict[int, str]:
    with uow:
        return {p.id: f"{p.code} {p.name}" for p in uow.products.list() if p.id is not None}


def forecast_sheet(uow: UnitOfWork, month: date, calendar: HolidayCalendar | None = None,
                   progress: Progress | None = None, *, forecast: TerritoryForecast | None = None) -> ForecastSheet:
    """The sheet of `month` (any day of it). `forecast` is the month's territory_forecast when the caller
    already has it (one of another month is ignored). Raises NoOrdersBeforeMonth when there is nothing to
    forecast from."""
    month = month.replace(day=1)
    if forecast is None or forecast.month != month:
        forecast = territory_forecast(uow, month, calendar, progress=progress)  # (pairs done, pairs)
    with uow:
        customers = {c.id: c for c in uow.queries.customer_list().rows}
        products = {p.id: p for p in uow.products.list() if p.id is not None}
    rows = sheet_rows(forecast, customers, products, forecast.last_month)
    return ForecastSheet(forecast, tuple(rows))
