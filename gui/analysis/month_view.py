"""One month at a glance, as the analysis page shows the territory's and the dossier's 销售 tab one
customer's: the key figures as cards with their 环比/同比, the 12-month trend and the price-class
structure. The two places differ only in size (the tab is compact: three cards a row, whole yuan,
smaller charts without headings) and in the territory's extra card, customers ordering."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from domain.analysis.changes import MonthComparison
from domain.analysis.structure import ClassShare
from domain.profit import PeriodFigures
from gui.analysis.charts import ClassChart, TrendChart
from gui.analysis.kpis import KpiGrid
from gui.common.widgets import heading

TERRITORY_CHARTS_HEIGHT = 215
COMPACT_CHARTS_HEIGHT = 160


def section(title: str, body: QWidget) -> QWidget:
    """A part of a page under its heading."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(heading(title, level=2))
    layout.addWidget(body, 1)
    return box


class MonthAnalysisView(QWidget):
    """compact: the dossier's tab (one customer); otherwise the territory with its customers card."""

    def __init__(self, compact: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6 if compact else 8)
        self.kpis = KpiGrid(with_customers=not compact, columns=3 if compact else 7, compact=compact)
        layout.addWidget(self.kpis)

        self.trend_chart = TrendChart(compact=compact)
        self.class_chart = ClassChart(compact=compact)
        charts = QHBoxLayout()
        charts.setContentsMargins(0, 0, 0, 0)
        if compact:
            charts.addWidget(self.trend_chart, 3)
            charts.addWidget(self.class_chart, 2)
        else:
            charts.setSpacing(12)
            charts.addWidget(section(QCoreApplication.translate("MonthAnalysisView", "Last 12 months"),
                                     self.trend_chart), 3)
            charts.addWidget(section(QCoreApplication.translate("MonthAnalysisView", "Price-class structure"),
                                     self.class_chart), 2)
        charts_box = QWidget()
        charts_box.setLayout(charts)
        charts_box.setFixedHeight(COMPACT_CHARTS_HEIGHT if compact else TERRITORY_CHARTS_HEIGHT)
        layout.addWidget(charts_box)

    def show_month(self, comparison: MonthComparison, trend: Sequence[PeriodFigures],
                   classes: Sequence[ClassShare]) -> None:
        self.kpis.show_comparison(comparison)
        self.trend_chart.set_trend(trend)
        self.class_chart.set_structure(classes)

    def clear(self) -> None:
        self.kpis.clear()
        self.trend_chart.set_trend(())
        self.class_chart.set_structure(())
