"""The 需求预测 page's lists, each a RowTableModel declaring its columns once."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from domain.forecast.adjustments import JudgedAdjustment
from domain.forecast.backtest import BacktestMonth
from domain.services.forecast import ProductForecast
from domain.services.forecast_sheet import SheetRow
from gui.common import formatting as fmt
from gui.common.row_model import Column
from gui.forecast.labels import factor_text, share_text, short_note, source_label, verdict_label


def _signed(n: float) -> str:
    return "" if not n else f"{n:+.0f}"


def _ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}×"


def _part(row: SheetRow, name: str) -> float | None:
    return None if row.figure is None else float(getattr(row.figure, name))


def _factor(value: float | None) -> str:
    return "" if value is None else factor_text(value)


def _notes(row: SheetRow) -> str:
    if row.figure is None:
        return QCoreApplication.translate("ForecastTables", "ordered last month, no longer ordering")
    # the list separator is the language's: 、 in Chinese, a comma in English
    return QCoreApplication.translate("ForecastTables", ", ").join(short_note(n) for n in row.figure.notes)


def product_columns() -> list[Column[ProductForecast]]:
    return [
        Column(QCoreApplication.translate("ForecastTables", "Code"), lambda p: p.code),
        Column(QCoreApplication.translate("ForecastTables", "Product"), lambda p: p.name),
        Column(
            QCoreApplication.translate("ForecastTables", "Forecast (cartons)"),
            lambda p: p.cartons,
            fmt.count,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Last month supplied"),
            lambda p: p.last_supplied,
            fmt.count,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Last month stated"),
            lambda p: p.last_requested,
            fmt.count,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Against last month"),
            lambda p: p.cartons - p.last_supplied,
            lambda v: f"{v:+,d}" if v else "±0",
            numeric=True,
        ),
        Column(QCoreApplication.translate("ForecastTables", "Shops"), lambda p: p.shops, fmt.count, numeric=True),
        Column(
            QCoreApplication.translate("ForecastTables", "Adjusted"),
            lambda p: p.adjusted,
            lambda v: fmt.count(v) if v else "",
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Scarce"),
            lambda p: p.scarce,
            lambda v: QCoreApplication.translate("ForecastTables", "scarce") if v else "",
        ),
    ]


def scarce_columns() -> list[Column[ProductForecast]]:
    return [
        Column(QCoreApplication.translate("ForecastTables", "Code"), lambda p: p.code),
        Column(QCoreApplication.translate("ForecastTables", "Product"), lambda p: p.name),
        Column(
            QCoreApplication.translate("ForecastTables", "Last month stated"),
            lambda p: p.last_requested,
            fmt.count,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Last month supplied"),
            lambda p: p.last_supplied,
            fmt.count,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Real demand (forecast)"),
            lambda p: p.cartons,
            fmt.count,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Stated ÷ real"),
            lambda p: p.stated_over_forecast,
            _ratio,
            numeric=True,
        ),
        Column(QCoreApplication.translate("ForecastTables", "Shops"), lambda p: p.shops, fmt.count, numeric=True),
        Column(
            QCoreApplication.translate("ForecastTables", "Shops inflating"),
            lambda p: p.inflating,
            lambda v: fmt.count(v) if v else "",
            numeric=True,
        ),
    ]


def sheet_columns() -> list[Column[SheetRow]]:
    return [
        Column(QCoreApplication.translate("ForecastTables", "License"), lambda r: r.license_no),
        Column(QCoreApplication.translate("ForecastTables", "Shop"), lambda r: r.shop),
        Column(QCoreApplication.translate("ForecastTables", "Route"), lambda r: r.route),
        Column(QCoreApplication.translate("ForecastTables", "Code"), lambda r: r.code),
        Column(QCoreApplication.translate("ForecastTables", "Product"), lambda r: r.product),
        Column(QCoreApplication.translate("ForecastTables", "Forecast"), lambda r: r.cartons, fmt.count, numeric=True),
        Column(
            QCoreApplication.translate("ForecastTables", "Last month supplied"),
            lambda r: r.last_supplied,
            fmt.count,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Last month stated"),
            lambda r: r.last_requested,
            fmt.count,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Base"),
            lambda r: _part(r, "base"),
            lambda v: "" if v is None else f"{v:.1f}",
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Season"), lambda r: _part(r, "season"), _factor, numeric=True
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Order days"),
            lambda r: _part(r, "days"),
            _factor,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Trend"), lambda r: _part(r, "trend"), _factor, numeric=True
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Adjustment"), lambda r: r.adjustment, _signed, numeric=True
        ),
        Column(QCoreApplication.translate("ForecastTables", "Reason"), lambda r: r.reason),
        Column(QCoreApplication.translate("ForecastTables", "Notes"), _notes),
        Column(
            QCoreApplication.translate("ForecastTables", "Based on"),
            lambda r: r.figure.source if r.figure else None,
            lambda v: source_label(v) if v else QCoreApplication.translate("ForecastTables", "not forecast"),
        ),
    ]


@dataclass(frozen=True)
class AccuracyRow:
    """One month of the backtest, or the mean (month None)."""

    month: BacktestMonth | None
    by_shop: tuple[float | None, float | None, float | None]
    territory: tuple[float | None, float | None, float | None]


def accuracy_columns() -> list[Column[AccuracyRow]]:
    def month_text(row: AccuracyRow) -> str:
        return (
            fmt.month(row.month.month)
            if row.month is not None
            else QCoreApplication.translate("ForecastTables", "Mean")
        )

    return [
        Column(
            QCoreApplication.translate("ForecastTables", "Month"),
            month_text,
            sort_key=lambda r: (r.month is None, r.month.month if r.month else None),
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Forecast"), lambda r: r.by_shop[0], share_text, numeric=True
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Same as last month"),
            lambda r: r.by_shop[1],
            share_text,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Stated demand"),
            lambda r: r.by_shop[2],
            share_text,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Territory: forecast"),
            lambda r: r.territory[0],
            share_text,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Territory: last month"),
            lambda r: r.territory[1],
            share_text,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Territory: stated"),
            lambda r: r.territory[2],
            share_text,
            numeric=True,
        ),
        Column(QCoreApplication.translate("ForecastTables", "Closest by shop × product"), best_method),
    ]


def best_method(row: AccuracyRow) -> str:
    """The method with the lowest error by shop × product; ties name the forecast first."""
    names = (
        QCoreApplication.translate("ForecastTables", "forecast"),
        QCoreApplication.translate("ForecastTables", "same as last month"),
        QCoreApplication.translate("ForecastTables", "stated demand"),
    )
    known = [(v, k) for k, v in enumerate(row.by_shop) if v is not None]
    return names[min(known)[1]] if known else ""


@dataclass(frozen=True)
class JudgedRow:
    judged: JudgedAdjustment
    shop: str
    product: str


def judged_columns() -> list[Column[JudgedRow]]:
    return [
        Column(QCoreApplication.translate("ForecastTables", "Month"), lambda r: r.judged.adjustment.month, fmt.month),
        Column(QCoreApplication.translate("ForecastTables", "Shop"), lambda r: r.shop),
        Column(QCoreApplication.translate("ForecastTables", "Product"), lambda r: r.product),
        Column(
            QCoreApplication.translate("ForecastTables", "Adjustment"),
            lambda r: r.judged.adjustment.cartons,
            lambda v: f"{v:+d}",
            numeric=True,
        ),
        Column(QCoreApplication.translate("ForecastTables", "Reason"), lambda r: r.judged.adjustment.reason),
        Column(QCoreApplication.translate("ForecastTables", "Model"), lambda r: r.judged.model, fmt.count, numeric=True),
        Column(
            QCoreApplication.translate("ForecastTables", "Adjusted"),
            lambda r: r.judged.adjusted,
            fmt.count,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Supplied"),
            lambda r: r.judged.supplied,
            fmt.count,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("ForecastTables", "Supply cut"),
            lambda r: r.judged.cut,
            lambda v: QCoreApplication.translate("ForecastTables", "cut") if v else "",
        ),
        Column(QCoreApplication.translate("ForecastTables", "Verdict"), lambda r: r.judged.verdict, verdict_label),
    ]
