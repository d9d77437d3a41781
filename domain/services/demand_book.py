"""The 需求采集本 export (issue #15, item 3): next month's demand forecast as the company's ordering system
takes it — one row per shop × product with the forecast, last month's supply and stated demand, and the
manager's adjustment with its reason; a second sheet with the territory by product (what the company
should source). Both front ends call export_demand_book; the page may hand in the forecast it shows.

The headers are the trade's Chinese column names, as the import columns are (domain/importing): the
workbook goes to the company's system, whatever language the window speaks. 预测量 includes the
adjustment, so that the shops' rows add up to the territory's figure; 调整量 says how much of it was the
manager's."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from domain.forecast.model import Forecast, HolidayCalendar, MonthQty, Pair
from domain.importing.table import Cell
from domain.model.products import Product
from domain.periods import shift_month
from domain.ports import TabularFiles, UnitOfWork
from domain.read_models import CustomerListRow
from domain.services.forecast import TerritoryForecast, territory_forecast
from domain.workbook import SheetTable

TITLE = "需求采集本"
SHOPS_SHEET = "需求采集本"
TERRITORY_SHEET = "片区汇总"
SHOP_HEADERS = ("专卖许可证号", "客户名称", "线路", "卷烟编码", "卷烟名称", "预测量（条）", "上月订足量（条）",
                "上月需求量（条）", "调整量（条）", "调整原因")
SHOP_WIDTHS = (16, 24, 12, 16, 22, 12, 14, 14, 12, 36)
TERRITORY_HEADERS = ("卷烟编码", "卷烟名称", "预测量（条）", "上月订足量（条）", "上月需求量（条）")
TERRITORY_WIDTHS = (16, 22, 12, 14, 14)


@dataclass(frozen=True)
class DemandBookRow:
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


def _month_label(month: date) -> str:
    return f"{month.year}年{month.month}月"


def demand_book_rows(forecast: TerritoryForecast, customers: Mapping[int, CustomerListRow],
                     products: Mapping[int, Product], last_month: Iterable[MonthQty]) -> list[DemandBookRow]:
    """Every shop × product that is forecast or was ordered last month (forecast 0), as the territory's
    figures are made, so that each product's rows add up to its territory line. Sorted by route (shops
    without one last), license number, product code."""
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
        rows.append(DemandBookRow(
            pair[0], pair[1], shop.license_no if shop else "", shop.name if shop else str(pair[0]),
            shop.route if shop else "", product.code if product else str(pair[1]), product.name if product else "",
            f.cartons if f else 0, m.supplied if m else 0, m.requested if m else 0,
            f.adjustment if f else 0.0, f.reason if f else ""))
    rows.sort(key=lambda r: (r.route == "", r.route, r.license_no, r.customer_id, r.code, r.product_id))
    return rows


def _adjustment(cartons: float) -> Cell:
    if not cartons:
        return None  # left blank: only the adjusted lines carry a figure
    return int(cartons) if float(cartons).is_integer() else round(cartons, 1)


def demand_book_sheets(forecast: TerritoryForecast, rows: Sequence[DemandBookRow]) -> list[SheetTable]:
    month, previous = forecast.month, shift_month(forecast.month, -1)
    basis = (f"预测依据：{_month_label(month)}以前的订货（以订足量为准，缺货月按需求与供货之间估计）；"
             f"上月为{_month_label(previous)}；预测量已含调整量。")
    shops = SheetTable(SHOPS_SHEET, SHOP_HEADERS, [
        (r.license_no, r.shop, r.route, r.code, r.product, r.cartons, r.last_supplied, r.last_requested,
         _adjustment(r.adjustment), r.reason) for r in rows],
        (f"{TITLE} · {_month_label(month)}", basis), SHOP_WIDTHS)
    territory = SheetTable(TERRITORY_SHEET, TERRITORY_HEADERS, [
        (p.code, p.name, p.cartons, p.last_supplied, p.last_requested) for p in forecast.products],
        (f"{TITLE} · {_month_label(month)} · 全片区按品规", basis), TERRITORY_WIDTHS)
    return [shops, territory]


def export_demand_book(uow: UnitOfWork, files: TabularFiles, month: date, path: Path,
                       calendar: HolidayCalendar | None = None, *,
                       forecast: TerritoryForecast | None = None) -> int:
    """Write the 需求采集本 of `month` (any day of it) to `path`; returns the shop × product rows written.
    `forecast` is the month's territory_forecast when the caller already has it. Raises
    NoOrdersBeforeMonth before anything is written, and OSError where the file cannot be written (the
    port then leaves no file behind)."""
    month = month.replace(day=1)
    if forecast is None or forecast.month != month:
        forecast = territory_forecast(uow, month, calendar)
    with uow:
        customers = {c.id: c for c in uow.queries.customer_list().rows}
        products = {p.id: p for p in uow.products.list() if p.id is not None}
        last_month = uow.forecast_queries.order_months(shift_month(month, -1), month)
    rows = demand_book_rows(forecast, customers, products, last_month)
    return files.write_workbook(path, demand_book_sheets(forecast, rows))[0]
