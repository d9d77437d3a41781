"""销售 tab: one customer's month — key figures with their changes, the 12-month trend, the price-class
structure, the products bought, new products listed, short supply and demand inflation. The month
picker holds the customer's months with orders and starts at the latest."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.analysis.inflation import MIN_RUN
from domain.analysis.reports import CustomerMonthAnalysis
from domain.services.analysis import customer_analysis
from gui.analysis.labels import falling_label, too_little_history
from gui.analysis.month_view import MonthAnalysisView
from gui.analysis.tables import (
    fit_columns,
    inflation_columns,
    listing_columns,
    product_columns,
    short_product_columns,
    table_for,
)
from gui.common import formatting as fmt
from gui.common.row_model import RowTableModel
from gui.context import AppContext
from gui.customers.customer_tab import CustomerTab
from gui.workers import TaskRunner

WARNING_STYLE = "color: #b3261e;"


def _fetch(ctx: AppContext, customer_id: int) -> CustomerMonthAnalysis:
    return customer_analysis(ctx.uow(), customer_id)


class SalesTab(CustomerTab):
    fetch = staticmethod(_fetch)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.data: CustomerMonthAnalysis | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        # No fixed minimum height: the scroll area then keeps the body at least as high as its layout
        # needs (the cards' 环比/同比 lines with a wide CJK font) and scrolls, rather than squeezing the cards.
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month:")))
        self.month_box = QComboBox()
        self.month_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.month_box.setToolTip(self.tr("The customer's months with orders, newest first"))
        self.month_box.activated.connect(self._month_chosen)
        bar.addWidget(self.month_box)
        # One line each, no word wrap: a wrapping label would make the scroll area size the tab by its
        # preferred height and scroll where everything fits.
        self.status.setWordWrap(False)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar.addWidget(self.status, 1)
        layout.addLayout(bar)
        self.warning = QLabel()
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.warning.hide()
        layout.addWidget(self.warning)

        self.month_view = MonthAnalysisView(compact=True)
        self.kpis, self.trend_chart, self.class_chart = (
            self.month_view.kpis, self.month_view.trend_chart, self.month_view.class_chart)
        layout.addWidget(self.month_view)

        self.model = RowTableModel(product_columns(with_shops=False), self)
        self.listing_model = RowTableModel(listing_columns(with_customer=False), self)
        self.short_model = RowTableModel(short_product_columns(), self)
        self.inflation_model = RowTableModel(inflation_columns(with_customer=False), self)
        self.product_view = table_for(self.model, self)
        self.listing_view = table_for(self.listing_model, self)
        self.short_view = table_for(self.short_model, self)
        self.inflation_view = table_for(self.inflation_model, self)
        self.tabs = QTabWidget()
        self.tabs.setMinimumHeight(130)
        for view, title in ((self.product_view, self.tr("Products")),
                            (self.listing_view, self.tr("New products listed")),
                            (self.short_view, self.tr("Short supply")),
                            (self.inflation_view, self.tr("Demand inflation"))):
            self.tabs.addTab(view, title)
        layout.addWidget(self.tabs, 1)
        self.setEnabled(False)

    # --- month -------------------------------------------------------------------------------------

    def _month_chosen(self, index: int) -> None:
        if self.data is None or self.customer_id is None or not 0 <= index < len(self.data.months):
            return
        self.show_month(self.data.months[index])

    def show_month(self, month: date) -> None:
        """Load another of the customer's months (the picker calls this)."""
        if self.customer_id is None:
            return
        self._generation += 1
        generation, customer_id, ctx = self._generation, self.customer_id, self._ctx
        self._runner.submit(
            lambda: customer_analysis(ctx.uow(), customer_id, month),
            lambda data: self._arrived(generation, data),
            lambda exc: self._load_failed(generation, exc),
        )

    # --- showing -----------------------------------------------------------------------------------

    def clear(self) -> None:
        self.data = None
        self.month_box.clear()
        self.status.setText("")
        self.warning.hide()
        self.month_view.clear()
        for model in (self.model, self.listing_model, self.short_model, self.inflation_model):
            model.set_rows([])

    def show_data(self, data: CustomerMonthAnalysis) -> None:
        self.clear()
        self.data = data
        self.month_box.blockSignals(True)
        for m in data.months:
            self.month_box.addItem(fmt.month(m), m.isoformat())
        if data.month in data.months:
            self.month_box.setCurrentIndex(data.months.index(data.month))
        self.month_box.blockSignals(False)
        if data.month is None or data.comparison is None:
            self.status.setText(self.tr("No orders from this customer yet."))
            return
        f = data.comparison.current
        self.status.setText(self.tr("{month}: {products} products, average ¥{value} a carton").format(
            month=fmt.month(data.month), products=fmt.count(len(data.products)),
            value=f"{f.avg_carton_value:,.2f}" if f.avg_carton_value is not None else "—"))
        if not data.decline_known:  # say it rather than let "no warning" read as "no decline"
            self.status.setText(self.status.text() + " · " + self.tr(
                "{short}: a fall three months running cannot be told yet").format(short=too_little_history()))
        warnings = []
        if data.cartons_falling or data.profit_falling:
            warnings.append(self.tr("{what} fell three months running").format(
                what=falling_label(data.cartons_falling, data.profit_falling)))
        if data.inflation:
            warnings.append(self.tr("demand inflation on {n} products").format(n=len(data.inflation)))
        self.warning.setText("⚠ " + " · ".join(warnings) if warnings else "")
        self.warning.setToolTip(self.tr(
            "Demand inflation: the requested quantity of a short-supplied product rose on at least {orders} "
            "orders in a row while supply did not.").format(orders=MIN_RUN) if data.inflation else "")
        self.warning.setVisible(bool(warnings))
        self.month_view.show_month(data.comparison, data.trend, data.classes)
        self.model.set_rows(data.products)
        self.listing_model.set_rows(data.new_listings)
        self.short_model.set_rows(data.short_supplied)
        self.inflation_model.set_rows(data.inflation)
        for index, count in ((1, len(data.new_listings)), (2, len(data.short_supplied)), (3, len(data.inflation))):
            self.tabs.setTabText(index, f"{self._titles()[index]} ({count})")
        if not data.listings_known:
            self.tabs.setTabText(1, f"{self._titles()[1]} (—)")
        self.tabs.setTabToolTip(1, "" if data.listings_known else self.tr(
            "The order history starts this month, so a first order cannot be told from a regular one."))
        if not data.inflation_known and not data.inflation:
            self.tabs.setTabText(3, f"{self._titles()[3]} (—)")
        self.tabs.setTabToolTip(3, "" if data.inflation_known else too_little_history())
        for view in (self.product_view, self.listing_view, self.short_view, self.inflation_view):
            fit_columns(view)

    def _titles(self) -> list[str]:
        return [self.tr("Products"), self.tr("New products listed"), self.tr("Short supply"),
                self.tr("Demand inflation")]
