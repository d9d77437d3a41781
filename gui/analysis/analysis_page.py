"""经营分析: one month of the territory — key figures with their changes, the 12-month trend, the
price-class structure, rankings, products, and the lists that need the manager's attention (customers
falling three months running, demand inflation, new products listed, short supply). A list row opens
the customer's dossier. All loads on the worker thread."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.analysis.inflation import MIN_RUN
from domain.analysis.listings import reorder_rate_pct
from domain.analysis.rankings import BY_CARTONS, BY_PROFIT, CustomerMonth
from domain.analysis.reports import TerritoryMonthAnalysis
from domain.report_catalogue import MonthlyRequest
from domain.services.analysis import available_months, month_analysis
from gui.analysis.labels import margin_basis_label, too_little_history
from gui.analysis.month_view import MonthAnalysisView, section
from gui.analysis.tables import (
    customer_columns,
    declining_columns,
    fit_columns,
    inflation_columns,
    listing_columns,
    product_columns,
    short_customer_columns,
    short_product_columns,
    table_for,
)
from gui.common import formatting as fmt
from gui.common.pdf_output import output_catalogued_report
from gui.common.remembered import remembered_month
from gui.common.row_model import RowTableModel
from gui.common.widgets import heading, month_title_bar
from gui.context import AppContext
from gui.messages import describe_error
from gui.workers import TaskRunner

MONTH_KEY = "analysis/month"
RANK_SIZE = 15
FILL_RATE_SIZE = 30


@dataclass(frozen=True)
class PageData:
    """What one load brings to the GUI thread; the rankings are sorted on the worker (10,000 shops)."""

    months: list[date]
    analysis: TerritoryMonthAnalysis | None
    rankings: dict[str, tuple[list[CustomerMonth], list[CustomerMonth]]] = field(default_factory=dict)
    lowest_fill_rates: list[CustomerMonth] = field(default_factory=list)


def page_data(months: list[date], analysis: TerritoryMonthAnalysis | None) -> PageData:
    if analysis is None:
        return PageData(months, None)
    rankings = {name: (analysis.top_customers(RANK_SIZE, key), analysis.bottom_customers(RANK_SIZE, key))
                for name, key in (("cartons", BY_CARTONS), ("profit", BY_PROFIT))}
    return PageData(months, analysis, rankings, analysis.lowest_fill_rates(FILL_RATE_SIZE))


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("PageSubtitle")
    label.setWordWrap(True)
    return label


class AnalysisPage(QWidget):
    loaded = Signal()
    report_written = Signal(str)  # the monthly report's PDF file, before it is opened
    open_customer = Signal(int)

    def __init__(self, ctx: AppContext, runner: TaskRunner, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._settings = settings or QSettings()
        self._generation = 0
        self.analysis: TerritoryMonthAnalysis | None = None
        self._data: PageData | None = None
        self.months: list[date] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        body.setObjectName("PageHost")
        body.setMinimumHeight(660)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 14, 20, 12)
        layout.setSpacing(8)

        top, self.month_box = month_title_bar(self.tr("Sales analysis"), self.tr("Month:"),
                                              self.tr("The month to analyse: months with order data, newest first"))
        self.month_box.activated.connect(self._month_chosen)
        self.import_button = QPushButton(self.tr("Import orders…"))
        self.history_button = QPushButton(self.tr("Import history…"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Load the figures again (F5)"))
        self.import_button.clicked.connect(self.import_orders)
        self.history_button.clicked.connect(self.import_history)
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button = QPushButton(self.tr("Print report…"))
        self.print_button.setToolTip(self.tr("The month's analysis as an A4 PDF, opened in the system viewer"))
        self.print_button.setVisible(ctx.offers(MonthlyRequest))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(lambda: self.print_report())
        self.printer_button = QPushButton(self.tr("Print…"))
        self.printer_button.setToolTip(self.tr("Send the month's analysis to a printer"))
        self.printer_button.setVisible(ctx.offers(MonthlyRequest))
        self.printer_button.clicked.connect(lambda: self.print_report(to_printer=True))
        for button in (self.import_button, self.history_button, self.refresh_button, self.print_button,
                       self.printer_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.subtitle = _note(self.tr("Loading…"))
        layout.addWidget(self.subtitle)

        self.month_view = MonthAnalysisView(compact=False)
        self.kpis, self.trend_chart, self.class_chart = (
            self.month_view.kpis, self.month_view.trend_chart, self.month_view.class_chart)
        layout.addWidget(self.month_view)

        self.tabs = QTabWidget()
        self.tabs.setMinimumHeight(230)
        layout.addWidget(self.tabs, 1)
        self._build_tabs()

    # --- the lists ---------------------------------------------------------------------------------

    def _build_tabs(self) -> None:
        open_row = self._open_row
        self.top_model: RowTableModel[CustomerMonth] = RowTableModel(customer_columns(), self)
        self.bottom_model: RowTableModel[CustomerMonth] = RowTableModel(customer_columns(), self)
        self.top_view = table_for(self.top_model, self, open_row)
        self.bottom_view = table_for(self.bottom_model, self, open_row)
        self.rank_by = QComboBox()
        self.rank_by.addItem(self.tr("by cartons"), "cartons")
        self.rank_by.addItem(self.tr("by gross profit"), "profit")
        self.rank_by.currentIndexChanged.connect(self._show_rankings)
        rankings = QWidget()
        rank_layout = QVBoxLayout(rankings)
        rank_layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Rank customers")))
        bar.addWidget(self.rank_by)
        bar.addStretch(1)
        self.rank_note = _note()
        self.rank_note.setWordWrap(False)  # one short line beside the choice: wrapping squeezed it to two
        bar.addWidget(self.rank_note)
        rank_layout.addLayout(bar)
        pair = QHBoxLayout()
        self.top_title = heading("", level=2)
        self.bottom_title = heading("", level=2)
        for title, view in ((self.top_title, self.top_view), (self.bottom_title, self.bottom_view)):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(view, 1)
            pair.addLayout(column, 1)
        rank_layout.addLayout(pair, 1)
        self.tabs.addTab(rankings, self.tr("Rankings"))

        self.product_model = RowTableModel(product_columns(), self)
        self.product_view = table_for(self.product_model, self)
        self.tabs.addTab(self._padded(self.product_view), self.tr("Products"))

        self.declining_model = RowTableModel(declining_columns(), self)
        self.declining_view = table_for(self.declining_model, self, open_row)
        self.declining_note = _note()
        self.tabs.addTab(self._padded(self.declining_view, self.declining_note), self.tr("Falling 3 months"))

        self.inflation_model = RowTableModel(inflation_columns(), self)
        self.inflation_view = table_for(self.inflation_model, self, open_row)
        self.inflation_note = _note()
        self.tabs.addTab(self._padded(self.inflation_view, self.inflation_note), self.tr("Demand inflation"))

        self.listing_model = RowTableModel(listing_columns(), self)
        self.listing_view = table_for(self.listing_model, self, open_row)
        self.listing_note = _note()
        self.tabs.addTab(self._padded(self.listing_view, self.listing_note), self.tr("New products listed"))

        self.short_product_model = RowTableModel(short_product_columns(), self)
        self.short_customer_model = RowTableModel(short_customer_columns(), self)
        self.short_product_view = table_for(self.short_product_model, self)
        self.short_customer_view = table_for(self.short_customer_model, self, open_row)
        fill = QWidget()
        fill_layout = QHBoxLayout(fill)
        fill_layout.setContentsMargins(6, 6, 6, 6)
        fill_layout.addWidget(section(self.tr("Products supplied below demand"), self.short_product_view), 1)
        fill_layout.addWidget(section(self.tr("Customers with the lowest fill rate"), self.short_customer_view), 1)
        self.tabs.addTab(fill, self.tr("Fill rate"))

    @staticmethod
    def _padded(view: QWidget, note: QLabel | None = None) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        if note is not None:
            layout.addWidget(note)
        layout.addWidget(view, 1)
        return box

    def _open_row(self, row: object) -> None:
        customer_id = getattr(row, "customer_id", None)
        if customer_id is not None:
            self.open_customer.emit(customer_id)

    # --- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the months and the chosen month (the remembered one, else the newest)."""
        ctx, wanted = self._ctx, self._chosen_month()

        def work() -> PageData:
            months = available_months(ctx.uow())
            if not months:
                return page_data(months, None)
            month = wanted if wanted in months else months[0]
            return page_data(months, month_analysis(ctx.uow(), month))

        self._submit(work, self._arrived)

    def show_month(self, month: date) -> None:
        """Load another month (the picker calls this)."""
        self._settings.setValue(MONTH_KEY, month.isoformat())
        ctx, months = self._ctx, list(self.months)
        self._submit(lambda: page_data(months, month_analysis(ctx.uow(), month)), self._arrived)

    def _submit(self, work, done) -> None:
        self._generation += 1
        generation = self._generation
        self.refresh_button.setEnabled(False)
        self._runner.submit(
            work,
            lambda result: self._deliver(generation, done, result),
            lambda exc: self._deliver(generation, self._failed, exc),
        )

    def _deliver(self, generation: int, handler, value) -> None:
        if generation != self._generation:
            return  # the user picked another month meanwhile
        self.refresh_button.setEnabled(True)
        handler(value)
        self.loaded.emit()

    def _chosen_month(self) -> date | None:
        return remembered_month(self._settings, MONTH_KEY)

    def _month_chosen(self, index: int) -> None:
        if 0 <= index < len(self.months):
            self.show_month(self.months[index])

    def _fill_months(self, months: list[date], current: date | None) -> None:
        self.months = months
        self.month_box.blockSignals(True)
        self.month_box.clear()
        for m in months:
            self.month_box.addItem(fmt.month(m), m.isoformat())
        if current is not None and current in months:
            self.month_box.setCurrentIndex(months.index(current))
        self.month_box.blockSignals(False)
        self.month_box.setEnabled(bool(months))

    def _failed(self, exc: BaseException) -> None:
        self.subtitle.setText(describe_error(exc))

    # --- showing -----------------------------------------------------------------------------------

    def _arrived(self, data: PageData) -> None:
        months, analysis = data.months, data.analysis
        self.analysis, self._data = analysis, data
        self._fill_months(months, analysis.month if analysis else None)
        self.print_button.setEnabled(analysis is not None)
        if analysis is None:
            self._clear()
            self.subtitle.setText(self.tr("No order data yet: import order lines to see the analysis."))
            return
        c = analysis.comparison
        self.subtitle.setText(self.tr(
            "{month}: {customers} customers ordered · compared with the month before and the same month last year"
        ).format(month=fmt.month(analysis.month), customers=fmt.count(c.customers)))
        self.month_view.show_month(c, analysis.trend, analysis.classes)
        self._show_rankings()
        self.product_model.set_rows(analysis.products)
        self.declining_model.set_rows(analysis.declining)
        if analysis.decline_known:
            self.declining_note.setText(self.tr(
                "Customers whose cartons or gross profit fell in each of the last three months ({n}). "
                "Double-click a row to open the dossier.").format(n=fmt.count(len(analysis.declining))))
        else:
            self.declining_note.setText(self.tr(
                "{short}: a fall three months running cannot be told yet.").format(short=too_little_history()))
        self.inflation_model.set_rows(analysis.inflation)
        if analysis.inflation_known:
            self.inflation_note.setText(self.tr(
                "Short-supplied products whose requested quantity rose on at least {orders} orders in a row while "
                "supply did not ({n}): stated demand is running ahead of real demand.").format(
                orders=MIN_RUN, n=fmt.count(len(analysis.inflation))))
        else:
            self.inflation_note.setText(self.tr(
                "{short}: demand inflation cannot be read yet.").format(short=too_little_history()))
        self.listing_model.set_rows(analysis.new_listings)
        rate = reorder_rate_pct(analysis.new_listings)
        if analysis.listings_known:
            self.listing_note.setText(self.tr(
                "First orders of products flagged new ({n}); reordered since: {rate}.").format(
                n=fmt.count(len(analysis.new_listings)), rate=fmt.percent(rate) or "—"))
        else:
            self.listing_note.setText(self.tr(
                "The order history starts this month, so a first order cannot be told from a regular one."))
        self.short_product_model.set_rows(analysis.short_supplied)
        self.short_customer_model.set_rows(data.lowest_fill_rates)
        for view in (self.product_view, self.declining_view, self.inflation_view, self.listing_view,
                     self.short_product_view, self.short_customer_view):
            fit_columns(view)
        for index, count in ((2, len(analysis.declining)), (3, len(analysis.inflation)),
                             (4, len(analysis.new_listings))):
            self.tabs.setTabText(index, self._tab_title(index, count))

    def _tab_title(self, index: int, count: int) -> str:
        titles = {2: self.tr("Falling 3 months"), 3: self.tr("Demand inflation"), 4: self.tr("New products listed")}
        return f"{titles[index]} ({count})"

    def _show_rankings(self) -> None:
        a, data = self.analysis, self._data
        if a is None or data is None:
            return
        top, bottom = data.rankings[self.rank_by.currentData() or "cartons"]
        self.top_title.setText(self.tr("Top {n}").format(n=RANK_SIZE))
        self.bottom_title.setText(self.tr("Bottom {n}").format(n=RANK_SIZE))
        self.top_model.set_rows(top)
        self.bottom_model.set_rows(bottom)
        self.rank_note.setText(self.tr("{n} customers ordered this month · margin = {basis}").format(
            n=fmt.count(len(a.customers)), basis=margin_basis_label(a.margin_basis)))
        for view in (self.top_view, self.bottom_view):
            fit_columns(view)

    def _clear(self) -> None:
        self.month_view.clear()
        for model in (self.top_model, self.bottom_model, self.product_model, self.declining_model,
                      self.inflation_model, self.listing_model, self.short_product_model,
                      self.short_customer_model):
            model.set_rows([])
        for note in (self.declining_note, self.inflation_note, self.listing_note, self.rank_note):
            note.setText("")

    # --- the printed report ------------------------------------------------------------------------

    def print_report(self, notes: str | None = None, to_printer: bool = False) -> None:
        """The shown month's 月度经营分析, rendered on the task runner, saved where the user chooses or (to_printer)
        sent to Qt's print dialog. Without `notes`, asks for the notes section."""
        reports, analysis = self._ctx.reports, self.analysis
        if reports is None or analysis is None or not self.print_button.isEnabled():
            return
        if notes is None:
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Print report"), self.tr("Notes for the report (optional):"), "")
            if not ok:
                return
            notes = text
        request, shown = MonthlyRequest(analysis.month, self._ctx.today(), notes or ""), self.subtitle.text()
        self.print_button.setEnabled(False)
        self.subtitle.setText(self.tr("Preparing the report…"))
        output_catalogued_report(self, self._runner, self.tr("Print report"), reports, self._ctx.uow, request,
                                 to_printer=to_printer, on_done=self._report_ready, on_error=self._report_failed,
                                 on_settled=lambda: self._report_settled(shown), settings=self._settings)

    def _report_settled(self, shown: str) -> None:
        self.print_button.setEnabled(self.analysis is not None)
        if self.subtitle.text() == self.tr("Preparing the report…"):  # cancelled: nothing to say
            self.subtitle.setText(shown)

    def _report_ready(self, path: Path | None) -> None:
        self.print_button.setEnabled(True)
        if path is None:
            self.subtitle.setText(self.tr("Report sent to the printer."))
            return
        self.subtitle.setText(self.tr("Report written: {path}").format(path=path))
        self.report_written.emit(str(path))

    def _report_failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(self.analysis is not None)
        self.subtitle.setText(describe_error(exc))

    # --- imports -----------------------------------------------------------------------------------

    def import_orders(self) -> None:
        from gui.importing.entry_points import run_sales_import

        if run_sales_import(self, self._ctx, self._runner, settings=self._settings):
            self.refresh()

    def import_history(self) -> None:
        from gui.importing.entry_points import show_import_history

        if show_import_history(self, self._ctx, self._runner, settings=self._settings):
            self.refresh()

    def current_tab_title(self) -> str:
        return self.tabs.tabText(self.tabs.currentIndex())

