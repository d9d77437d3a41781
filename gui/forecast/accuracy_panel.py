"""预测准确度: the forecast tried on the last months beside the two baselines, month by month, and the kept
adjustments judged against what happened. Its run forecasts each month again, so it starts when asked
(or when the tab is first shown), on the worker."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from domain.services.forecast import MAX_BACKTEST_MONTHS
from gui.analysis.tables import fit_columns, table_for
from gui.common import formatting as fmt
from gui.common.row_model import RowTableModel
from gui.common.widgets import heading, subtitle
from gui.forecast.labels import share_text
from gui.forecast.page_data import AccuracyData
from gui.forecast.tables import AccuracyRow, JudgedRow, accuracy_columns, judged_columns

DEFAULT_MONTHS = 6


class AccuracyPanel(QWidget):
    run_requested = Signal(int)  # months

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: AccuracyData | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Test on the last")))
        self.months = QSpinBox()
        self.months.setRange(1, MAX_BACKTEST_MONTHS)
        self.months.setValue(DEFAULT_MONTHS)
        self.months.setSuffix(self.tr(" months"))
        top.addWidget(self.months)
        self.run_button = QPushButton(self.tr("Run the test"))
        self.run_button.setToolTip(self.tr("Forecast each month again from the data before it only, and compare "
                                           "with what the shops then bought"))
        self.run_button.clicked.connect(lambda: self.run_requested.emit(self.months.value()))
        top.addWidget(self.run_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.summary = QLabel(self.tr("Not run yet."))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(subtitle(self.tr(
            "Error is WAPE: the sum of the errors over the sum of what was supplied, by shop × product (left) and "
            "for the territory by product (right). Where an order was filled in full the error counts both ways; "
            "where supply was cut, the supply only shows demand was at least that much, so only a forecast below it "
            "is an error. \"Same as last month\" carries last month's supply forward; \"stated demand\" carries "
            "last month's requested quantity forward, as a 需求采集本 does. Lower is better.")))
        self.model: RowTableModel[AccuracyRow] = RowTableModel(accuracy_columns(), self)
        self.view = table_for(self.model, self)
        self.view.setSortingEnabled(False)  # the mean stays last
        layout.addWidget(self.view, 3)
        layout.addWidget(heading(self.tr("Your adjustments, judged"), level=2))
        self.judged_note = subtitle()
        layout.addWidget(self.judged_note)
        self.judged_model: RowTableModel[JudgedRow] = RowTableModel(judged_columns(), self)
        self.judged_view = table_for(self.judged_model, self)
        layout.addWidget(self.judged_view, 2)

    def set_busy(self, busy: bool) -> None:
        self.run_button.setEnabled(not busy)
        self.months.setEnabled(not busy)
        if busy:
            self.summary.setText(self.tr("Testing the forecast on the last {n} months…").format(n=self.months.value()))

    def show_failure(self, text: str) -> None:
        self.summary.setText(text)

    def show_data(self, data: AccuracyData) -> None:
        self.data = data
        self.model.set_rows(data.rows)
        self.judged_model.set_rows(data.judged)
        fit_columns(self.view)
        fit_columns(self.judged_view)
        test = data.accuracy.backtest
        mean = test.mean()
        if not test.months or mean.forecast is None:
            self.summary.setText(self.tr("Not enough orders to test the forecast."))
        else:
            verdict = (self.tr("The forecast beats both baselines.")
                       if mean.naive is not None and mean.stated is not None
                       and mean.forecast < mean.naive and mean.forecast < mean.stated
                       else self.tr("The forecast does not beat both baselines over these months."))
            self.summary.setText(self.tr(
                "<b>{first} to {last}</b>, by shop × product: forecast {f}, same as last month {n}, "
                "stated demand {s}. {verdict}").format(
                first=fmt.month(test.months[0].month), last=fmt.month(test.months[-1].month),
                f=share_text(mean.forecast), n=share_text(mean.naive), s=share_text(mean.stated), verdict=verdict))
        if not data.judged:
            self.judged_note.setText(self.tr("No adjustments were kept for these months."))
        else:
            self.judged_note.setText(self.tr(
                "{helped} of {n} adjustments brought the figure closer to what the shop bought. Each is judged by "
                "the same error as above: the model's figure alone against the figure with the adjustment.").format(
                helped=fmt.count(data.accuracy.helped), n=fmt.count(len(data.judged))))
