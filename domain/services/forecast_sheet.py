"""The forecast as a sheet: one row per shop × product with the shop's and product's names, last month's
supplied and stated demand, and the figure with its parts. What the 需求预测 page lists and the 需求采集本
carries; built from one territory forecast and two lookups."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from domain.forecast.model import Forecast, HolidayCalendar
from domain.ports import UnitOfWork
from domain.services.forecast import TerritoryForecast, territory_forecast
from domain.visits.planning_views import route_key

Progress = Callable[[int, int], object]


@dataclass(frozen=True)
class SheetRow:
    figure: Forecast
    license_no: str
    shop: str
    route: str
    code: str
    product: str
    scarce: bool
    last_supplied: int
    last_requested: int

    @property
    def customer_id(self) -> int:
        return self.figure.customer_id

    @property
    def product_id(self) -> int:
        return self.figure.product_id


@dataclass(frozen=True)
class ForecastSheet:
    territory: TerritoryForecast
    rows: tuple[SheetRow, ...]  # by route, license, product code

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
                   progress: Progress | None = None) -> ForecastSheet:
    if progress is not None:
        progress(0, 3)
    territory = territory_forecast(uow, month, calendar)
    if progress is not None:
        progress(2, 3)
    with uow:
        shops = {c.id: c for c in uow.queries.customer_list().rows}
        products = {p.id: p for p in uow.products.list()}
    rows = []
    for f in territory.shops:
        shop, product = shops.get(f.customer_id), products.get(f.product_id)
        supplied, requested = territory.last_month.get((f.customer_id, f.product_id), (0, 0))
        rows.append(SheetRow(
            f, shop.license_no if shop else "", shop.name if shop else str(f.customer_id), shop.route if shop else "",
            product.code if product else str(f.product_id), product.name if product else "",
            bool(product and product.is_scarce), supplied, requested))
    rows.sort(key=lambda r: (route_key(r.route), r.license_no, r.code))
    if progress is not None:
        progress(3, 3)
    return ForecastSheet(territory, tuple(rows))
