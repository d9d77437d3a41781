"""The analysis charts (QtCharts): a 12-month trend of cartons and purchase amount, and the price-class
structure as shares of cartons and of gross profit."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from domain.analysis.structure import ClassShare
from domain.money import WAN
from domain.percentages import chart_value
from domain.profit import PeriodFigures
from gui.analysis.labels import class_label, short_class_label
from gui.common import formatting as fmt

BARS = "#7fa7cf"
LINE = "#d9822b"
PROFIT = "#3d8b5a"


class _ChartView(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(0)
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.small = QFont(self.font())
        self.small.setPointSizeF(max(7.0, self.small.pointSizeF() - 1))
        chart.legend().setFont(self.small)
        chart.setTitleFont(self.small)
        self.setMinimumHeight(150)

    def _axis(self, axis: QValueAxis | QBarCategoryAxis) -> None:
        axis.setLabelsFont(self.small)
        axis.setTitleFont(self.small)


class TrendChart(_ChartView):
    """Cartons as bars (left axis) and purchase amount in 万元 as a line (right axis), 12 months.
    compact: months as their numbers only, for narrow places."""

    def __init__(self, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._compact = compact
        chart = self.chart()
        self.cartons = QBarSet(QCoreApplication.translate("AnalysisCharts", "Cartons"))
        self.cartons.setColor(QColor(BARS))
        self.cartons.setBorderColor(QColor(BARS))
        self.bars = QBarSeries()
        self.bars.append(self.cartons)
        self.bars.setBarWidth(0.6)
        self.amount = QLineSeries()
        self.amount.setName(QCoreApplication.translate("AnalysisCharts", "Purchase amount (¥10k)"))
        self.amount.setPen(QPen(QColor(LINE), 2))
        self.amount.setPointsVisible(True)
        chart.addSeries(self.bars)
        chart.addSeries(self.amount)
        self.months = QBarCategoryAxis()
        self.cartons_axis = QValueAxis()
        self.cartons_axis.setLabelFormat("%d")
        self.amount_axis = QValueAxis()
        self.amount_axis.setLabelFormat("%.0f")
        for axis in (self.months, self.cartons_axis, self.amount_axis):
            self._axis(axis)
        chart.addAxis(self.months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.cartons_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.amount_axis, Qt.AlignmentFlag.AlignRight)
        self.bars.attachAxis(self.months)
        self.bars.attachAxis(self.cartons_axis)
        self.amount.attachAxis(self.months)
        self.amount.attachAxis(self.amount_axis)
        self.set_trend(())

    def set_trend(self, trend: Sequence[PeriodFigures]) -> None:
        self.cartons.remove(0, self.cartons.count())
        self.amount.clear()
        self.months.clear()
        label = (lambda d: str(d.month)) if self._compact else fmt.short_month
        self.months.append([label(f.start) for f in trend] or [""])
        first = next((i for i, f in enumerate(trend) if f.cartons), len(trend))
        for i, f in enumerate(trend):
            self.cartons.append(float(f.cartons))
            if i >= first:  # no line through the months before the first orders
                self.amount.append(float(i), float(f.amount / WAN))
        top_cartons = max((f.cartons for f in trend), default=0)
        top_amount = max((float(f.amount / WAN) for f in trend), default=0.0)
        self.cartons_axis.setRange(0, max(top_cartons * 1.1, 1))
        self.amount_axis.setRange(0, max(top_amount * 1.1, 1))
        for axis in (self.cartons_axis, self.amount_axis):
            axis.applyNiceNumbers()
        self.amount_axis.setLabelFormat("%.1f" if top_amount < 10 else "%.0f")

    def bar_values(self) -> list[float]:
        return [self.cartons.at(i) for i in range(self.cartons.count())]


class ClassChart(_ChartView):
    """Each price class's share of the month's cartons and of its gross profit, in per cent.
    compact: classes as short labels, for narrow places."""

    def __init__(self, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        chart = self.chart()
        self.cartons = QBarSet(QCoreApplication.translate("AnalysisCharts", "Share of cartons"))
        self.profit = QBarSet(QCoreApplication.translate("AnalysisCharts", "Share of gross profit"))
        for bar_set, colour in ((self.cartons, BARS), (self.profit, PROFIT)):
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
        self.series = QBarSeries()
        self.series.append(self.cartons)
        self.series.append(self.profit)
        self.series.setLabelsVisible(False)
        chart.addSeries(self.series)
        self.classes = QBarCategoryAxis()
        self.classes.append([short_class_label(c) if compact else class_label(c) for c in range(1, 6)])
        self.share_axis = QValueAxis()
        self.share_axis.setLabelFormat("%d%%")
        self.share_axis.setTickCount(5)
        for axis in (self.classes, self.share_axis):
            self._axis(axis)
        chart.addAxis(self.classes, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.share_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.classes)
        self.series.attachAxis(self.share_axis)
        self.set_structure(())

    def set_structure(self, structure: Sequence[ClassShare]) -> None:
        for bar_set in (self.cartons, self.profit):
            bar_set.remove(0, bar_set.count())
        by_class = {c.price_class: c for c in structure}
        for cls in range(1, 6):
            row = by_class.get(cls)
            # the rounded figure the tables show, so that a bar's value reads as its table cell
            self.cartons.append(chart_value(row.cartons_share_pct) if row else 0.0)
            self.profit.append(chart_value(row.profit_share_pct) if row else 0.0)
        top = max([*self.values("cartons"), *self.values("profit"), 0.0])
        self.share_axis.setRange(0, min(100.0, top * 1.1) if top else 100.0)
        self.share_axis.applyNiceNumbers()

    def values(self, which: str) -> list[float]:
        bar_set = self.cartons if which == "cartons" else self.profit
        return [bar_set.at(i) for i in range(bar_set.count())]
