"""The 需求采集本 export (issue #15, item 3): next month's demand forecast as the company's ordering system
takes it — one row per shop × product with the forecast, last month's supply and stated demand, and the
manager's adjustment with its reason; a second sheet with the territory by product (what the company
should source). Both front ends call export_demand_book; the page may hand in the forecast it shows. The
rows are the 需求预测 page's (domain/services/forecast_sheet.py).

The headers are the trade's Chinese column names, as the import columns are (domain/importing): the
workbook goes to the company's system, whatever language the window speaks. 预测量 includes the
adjustment, so that the shops' rows add up to the territory's figure; 调整量 says how much of it was the
manager's."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from domain.forecast.model import HolidayCalendar
from domain.importing.table import Cell
from domain.periods import shift_month
from domain.ports import TabularFiles, UnitOfWork
from domain.services.forecast import TerritoryForecast
from domain.services.forecast_sheet import SheetRow, forecast_sheet
from domain.workbook import SheetTable

TITLE = "需求采集本"
SHOPS_SHEET = "需求采集本"
TERRITORY_SHEET = "片区汇总"
SHOP_HEADERS = ("专卖许可证号", "客户名称", "线路", "卷烟编码", "卷烟名称", "预测量（条）", "上月订足量（条）",
                "上月需求量（条）", "调整量（条）", "调整原因")
SHOP_WIDTHS = (16, 24, 12, 16, 22, 12, 14, 14, 12, 36)
TERRITORY_HEADERS = ("卷烟编码", "卷烟名称", "预测量（条）", "上月订足量（条）", "上月需求量（条）")
TERRITORY_WIDTHS = (16, 22, 12, 14, 14)


def _month_label(month: date) -> str:
    return f"{month.year}年{month.month}月"


def _adjustment(cartons: float) -> Cell:
    if not cartons:
        return None  # left blank: only the adjusted lines carry a figure
    return int(cartons) if float(cartons).is_integer() else round(cartons, 1)


def demand_book_sheets(forecast: TerritoryForecast, rows: Sequence[SheetRow]) -> list[SheetTable]:
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
    sheet = forecast_sheet(uow, month, calendar, forecast=forecast)
    return files.write_workbook(path, demand_book_sheets(sheet.territory, sheet.rows))[0]
