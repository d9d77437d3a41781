"""需求预测: the coming month's demand forecast. By product for the territory (what the company should
source), by shop with each figure's parts and the manager's adjustments, the scarce brands' real demand
against the stated one, and the forecast's accuracy on the past months. Loads and writes on the worker."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.services.demand_book import export_demand_book as write_demand_book
from domain.services.forecast import ProductForecast
from domain.services.forecast_adjustments import adjust_forecast, remove_adjustment
from domain.services.forecast_sheet import SheetRow
from gui.analysis.tables import fit_columns, table_for
from gui.common import formatting as fmt
from gui.common.remembered import remembered_month
from gui.common.report_files import write_failure
from gui.common.row_model import RowTableModel
from gui.common.widgets import month_title_bar, subtitle
from gui.context import AppContext
from gui.forecast.accuracy_panel import AccuracyPanel
from gui.forecast.demand_book_export import ask_demand_book_path
from gui.forecast.dialogs import ADJUST_FROM_FIGURE, REMOVE, AdjustDialog, FigureDialog
from gui.forecast.page_data import AccuracyData, SheetData, load_accuracy, load_sheet
from gui.forecast.tables import product_columns, scarce_columns, sheet_columns
from gui.messages import error_text
from gui.workers import TaskRunner

MONTH_KEY = "forecast/month"


def _haystack(r: SheetRow) -> str:
    return f"{r.license_no} {r.shop} {r.route} {r.code} {r.product}".lower()


class ForecastPage(QWidget):
    loaded = Signal()
    accuracy_loaded = Signal()
    adjusted = Signal(object)  # the SheetRow as it now is
    dialog_shown = Signal(object)  # a FigureDialog or AdjustDialog, open
    exported = Signal(str)  # the demand book's path, once written

    def __init__(self, ctx: AppContext, runner: TaskRunner, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._settings = settings or QSettings()
        self._writable = not ctx.read_only_reason
        self._generation = 0
        self._accuracy_wanted = False
        self.data: SheetData | None = None
        self.rows: list[SheetRow] = []
        self._hays: dict[tuple[int, int], str] = {}  # (shop, product) → the text a filter searches, joined once

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 12)
        layout.setSpacing(8)
        top, self.month_box = month_title_bar(self.tr("Demand forecast"), self.tr("Month:"),
                                              self.tr("The month after the latest orders, or the one after it"))
        self.month_box.activated.connect(self._month_chosen)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        self.export_button = QPushButton(self.tr("Export demand book…"))
        self.export_button.setToolTip(self.tr("The 需求采集本 as an Excel workbook for the company's ordering system: "
                                              "shop × product with the forecast, last month, adjustment and reason"))
        self.export_button.clicked.connect(lambda: self.export_demand_book())
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.subtitle = subtitle(self.tr("Loading…"))
        layout.addWidget(self.subtitle)
        self.status = subtitle()
        self.status.hide()
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_tabs()
        self.tabs.currentChanged.connect(self._tab_changed)
        self._set_busy(True)

    # --- the tabs --------------------------------------------------------------------------------

    def _build_tabs(self) -> None:
        products = QWidget()
        column = QVBoxLayout(products)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(subtitle(self.tr(
            "What the territory's shops will need next month, product by product: the sum of each shop's figure. "
            "Double-click a product to see its shops.")))
        self.product_model: RowTableModel[ProductForecast] = RowTableModel(product_columns(), self)
        self.product_view = table_for(self.product_model, self, self._show_product)
        column.addWidget(self.product_view)
        self.tabs.addTab(products, self.tr("By product"))

        shops = QWidget()
        column = QVBoxLayout(shops)
        column.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by shop, license, route or product…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_shops)
        bar.addWidget(self.filter, 1)
        self.only_adjusted = QCheckBox(self.tr("Adjusted only"))
        self.only_adjusted.toggled.connect(self._filter_shops)
        bar.addWidget(self.only_adjusted)
        self.open_button = QPushButton(self.tr("Show parts…"))
        self.open_button.clicked.connect(lambda: self._with_selected(self.open_figure))
        self.adjust_button = QPushButton(self.tr("Adjust…"))
        self.adjust_button.clicked.connect(lambda: self._with_selected(self.adjust))
        bar.addWidget(self.open_button)
        bar.addWidget(self.adjust_button)
        column.addLayout(bar)
        self.shop_count = subtitle()
        column.addWidget(self.shop_count)
        self.sheet_model: RowTableModel[SheetRow] = RowTableModel(sheet_columns(), self)
        self.sheet_view = table_for(self.sheet_model, self, self.open_figure)
        column.addWidget(self.sheet_view)
        self.tabs.addTab(shops, self.tr("By shop"))

        scarce = QWidget()
        column = QVBoxLayout(scarce)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(subtitle(self.tr(
            "Rationed brands: shops ask for more than they will sell, and ask more each time they are cut. Their "
            "forecast is the demand estimate, between what was supplied and what was asked, never the inflated "
            "request; shops whose requests rise while supply stays flat are not believed at all.")))
        self.scarce_model: RowTableModel[ProductForecast] = RowTableModel(scarce_columns(), self)
        self.scarce_view = table_for(self.scarce_model, self, self._show_product)
        column.addWidget(self.scarce_view)
        self.tabs.addTab(scarce, self.tr("Scarce brands"))

        self.accuracy = AccuracyPanel()
        self.accuracy.run_requested.connect(self.run_accuracy)
        self.tabs.addTab(self.accuracy, self.tr("Accuracy"))

    # --- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._load(self._stored_month())

    def _load(self, month: date | None) -> None:
        uow, calendar = self._ctx.uow, self._ctx.holidays
        self._generation += 1
        generation = self._generation
        self._set_busy(True)
        handle = self._runner.submit(lambda progress: load_sheet(uow, month, calendar, progress),
                                     lambda data: self._deliver(generation, self._arrived, data),
                                     lambda exc: self._deliver(generation, self._failed, exc), with_progress=True)
        handle.progressed.connect(lambda done, total: self._progressed(done, total))

    def _deliver(self, generation: int, handler: Callable[[Any], None], value: Any) -> None:
        if generation != self._generation:
            return  # a newer load superseded this one
        self._set_busy(False)
        handler(value)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _stored_month(self) -> date | None:
        return remembered_month(self._settings, MONTH_KEY)

    def _month_chosen(self, index: int) -> None:
        if self.data is not None and 0 <= index < len(self.data.months):
            month = self.data.months[index]
            self._settings.setValue(MONTH_KEY, month.isoformat())
            self._load(month)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
        has_rows = bool(self.rows)
        has_sheet = self.data is not None and self.data.sheet is not None
        self.refresh_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy and has_sheet and self._ctx.files is not None)
        self.month_box.setEnabled(not busy)
        self.open_button.setEnabled(not busy and has_rows)
        self.adjust_button.setEnabled(not busy and has_rows and self._writable)

    def _failed(self, exc: BaseException) -> None:
        self.subtitle.setText(error_text(exc))
        self.loaded.emit()

    def _arrived(self, data: SheetData) -> None:
        self.data = data
        self.month_box.clear()
        for m in data.months:
            self.month_box.addItem(fmt.month(m))
        sheet = data.sheet
        if sheet is None:
            self.rows = []
            self.subtitle.setText(self.tr("No order data yet: import order lines, and the forecast follows from them."))
            self._show_products([])
            self._filter_shops()
            self._set_busy(False)
            self.loaded.emit()
            return
        self.month_box.setCurrentIndex(data.months.index(sheet.month))
        self.rows = list(sheet.rows)
        self._hays = {(r.customer_id, r.product_id): _haystack(r) for r in self.rows}
        self._show_products(list(sheet.territory.products))
        self._filter_shops()
        self._show_summary()
        self._set_busy(False)
        self.loaded.emit()

    def _show_summary(self) -> None:
        if self.data is None or self.data.sheet is None:
            return
        products = self.product_model.rows
        total = sum(p.cartons for p in products)
        last = sum(p.last_supplied for p in products)
        shops = len({r.customer_id for r in self.rows})
        adjusted = sum(1 for r in self.rows if r.adjustment)
        self.subtitle.setText(self.tr(
            "{month}: {cartons} cartons for {shops} shops ({figures} shop × product figures; last month {last} "
            "supplied) · {adjusted} adjusted. Figures start from what was sold, not what was asked; open one to see "
            "its parts.").format(month=fmt.month(self.data.sheet.month), cartons=fmt.count(total),
                                 shops=fmt.count(shops), figures=fmt.count(len(self.rows)), last=fmt.count(last),
                                 adjusted=fmt.count(adjusted)))

    def _show_products(self, products: list[ProductForecast]) -> None:
        self.product_model.set_rows(products)
        self.scarce_model.set_rows([p for p in products if p.scarce])
        fit_columns(self.product_view)
        fit_columns(self.scarce_view)

    def _filter_shops(self) -> None:
        words = self.filter.text().strip().lower().split()
        adjusted = self.only_adjusted.isChecked()

        def keep(r: SheetRow) -> bool:
            if adjusted and not r.adjustment:
                return False
            text = self._hays.get((r.customer_id, r.product_id)) or _haystack(r)
            return all(w in text for w in words)

        shown = [r for r in self.rows if keep(r)]
        self.sheet_model.set_rows(shown)
        fit_columns(self.sheet_view)
        self.shop_count.setText(self.tr("{shown} of {all} figures; double-click one to see its parts").format(
            shown=fmt.count(len(shown)), all=fmt.count(len(self.rows))))

    def _show_product(self, row: object) -> None:
        if isinstance(row, ProductForecast):
            self.filter.setText(row.code)
            self.tabs.setCurrentIndex(1)

    def _with_selected(self, action: Callable[[SheetRow], object]) -> None:
        index = self.sheet_view.currentIndex()
        if index.isValid() and index.row() < len(self.sheet_model.rows):
            action(self.sheet_model.rows[index.row()])

    # --- a figure and its adjustment ---------------------------------------------------------------

    def open_figure(self, row: object) -> FigureDialog | None:
        if not isinstance(row, SheetRow) or row.figure is None:
            return None  # ordered last month but not forecast: there are no parts to show
        dialog = FigureDialog(row, self, can_adjust=self._writable)

        def closed(result: int) -> None:
            dialog.deleteLater()
            if result == ADJUST_FROM_FIGURE:
                self.adjust(row)

        dialog.finished.connect(closed)
        dialog.open()
        self.dialog_shown.emit(dialog)
        return dialog

    def adjust(self, row: SheetRow) -> AdjustDialog | None:
        if not self._writable or row.figure is None:
            return None  # the forecast adjusts only the figures it makes
        dialog = AdjustDialog(row, self, on_submit=self._save_adjustment)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        self.dialog_shown.emit(dialog)
        return dialog

    def _save_adjustment(self, dialog: AdjustDialog) -> None:
        row, uow, now = dialog.row, self._ctx.uow, self._ctx.now().replace(tzinfo=None)
        f = row.figure
        assert f is not None  # the dialog opens on forecast rows only
        removing = dialog.action == REMOVE
        cartons, reason = dialog.cartons_value, dialog.reason_text
        dialog.buttons.setEnabled(False)

        def work() -> None:
            if removing:
                remove_adjustment(uow(), f.month, f.customer_id, f.product_id)
            else:
                adjust_forecast(uow(), f.month, f.customer_id, f.product_id, cartons, reason, now)

        def saved(_result: object) -> None:
            self._replace_row(row, row.adjusted(0 if removing else cartons, reason))
            dialog.accept()

        def failed(exc: BaseException) -> None:
            dialog.buttons.setEnabled(True)
            dialog.show_error(error_text(exc))

        self._runner.submit(work, saved, failed)

    def _replace_row(self, old: SheetRow, new: SheetRow) -> None:
        """The kept adjustment shown at once: the row, its product's total and the summary, without a reload."""
        self.rows = [new if r is old else r for r in self.rows]
        change = new.cartons - old.cartons
        counted = bool(new.adjustment) - bool(old.adjustment)
        for model in (self.product_model, self.scarce_model):
            shown = next((p for p in model.rows if p.product_id == new.product_id), None)
            if shown is not None:
                model.replace_row(shown, replace(shown, cartons=shown.cartons + change, adjusted=shown.adjusted + counted))
        # the row is repainted where it stands (selection and scroll kept) unless the filter now hides it
        if not self.sheet_model.replace_row(old, new) or (self.only_adjusted.isChecked() and not new.adjustment):
            self._filter_shops()
        self._show_summary()
        self.adjusted.emit(new)

    # --- the 需求采集本 ------------------------------------------------------------------------------

    def export_demand_book(self, path: Path | None = None) -> None:
        """Ask where (unless `path` is given) and write the month's demand book on the worker, from the
        forecast shown (with the adjustments kept since)."""
        data, files = self.data, self._ctx.files
        if data is None or data.sheet is None or files is None:
            return
        month = data.sheet.month
        target = path or ask_demand_book_path(self, month, self._settings)
        if target is None:
            return
        uow, calendar = self._ctx.uow, self._ctx.holidays
        self.export_button.setEnabled(False)

        def done(rows: int) -> None:
            self.export_button.setEnabled(True)
            self._say(self.tr("Demand book of {month} written to {path}: {rows} rows (shop × product).").format(
                month=fmt.month(month), path=target, rows=fmt.count(rows)))
            self.exported.emit(str(target))

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("Export failed"), write_failure(target, exc))

        # the kept adjustments are read again: the workbook holds what is stored, as the command line's does
        self._runner.submit(lambda: write_demand_book(uow(), files, month, target, calendar), done, failed)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # --- accuracy --------------------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.accuracy and self.accuracy.data is None and not self._accuracy_wanted:
            self.run_accuracy(self.accuracy.months.value())

    def run_accuracy(self, months: int) -> None:
        uow, calendar = self._ctx.uow, self._ctx.holidays
        self._accuracy_wanted = True
        self.accuracy.set_busy(True)

        def done(data: AccuracyData) -> None:
            self.accuracy.set_busy(False)
            self.accuracy.show_data(data)
            self.accuracy_loaded.emit()

        def failed(exc: BaseException) -> None:
            self.accuracy.set_busy(False)
            self.accuracy.show_failure(error_text(exc))
            self.accuracy_loaded.emit()

        self._runner.submit(lambda: load_accuracy(uow, months, calendar), done, failed)
