"""The month's distribution (QtCharts): shops per grade, and shops per value tier in the tiers' colours."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from domain.model.customers import ValueTier
from gui.tiers.labels import TIER_COLOURS, TIERS, tier_label

GRADE_BARS = "#7fa7cf"


class _Chart(QChartView):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(0)
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.legend().hide()
        self.small = QFont(self.font())
        self.small.setPointSizeF(max(7.0, self.small.pointSizeF() - 1))
        chart.setTitleFont(self.small)
        chart.setTitle(title)
        self.setMinimumHeight(180)
        self.value_axis = QValueAxis()
        self.value_axis.setLabelFormat("%d")
        self.value_axis.setLabelsFont(self.small)
        self.value_axis.setTitleFont(self.small)
        self.value_axis.setTitleText(QCoreApplication.translate("TiersCharts", "Shops"))
        self.categories = QBarCategoryAxis()
        self.categories.setLabelsFont(self.small)
        self.categories.setTitleFont(self.small)
        self.categories.setTruncateLabels(False)  # "10" … "30" and the tiers' names whole, never "…"
        chart.addAxis(self.categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.value_axis, Qt.AlignmentFlag.AlignLeft)

    def _range(self, top: int) -> None:
        self.value_axis.setRange(0, max(top * 1.1, 1))
        self.value_axis.applyNiceNumbers()
        self.value_axis.setLabelFormat("%d")


class GradeChart(_Chart):
    """Shops per grade, grade 1 on the left up to the scheme's highest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("TiersCharts", "Shops per grade"), parent)
        self.shops = QBarSet(QCoreApplication.translate("TiersCharts", "Shops"))
        self.shops.setColor(QColor(GRADE_BARS))
        self.shops.setBorderColor(QColor(GRADE_BARS))
        self.series = QBarSeries()
        self.series.append(self.shops)
        self.series.setBarWidth(0.8)
        self.chart().addSeries(self.series)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.value_axis)
        self.categories.setTitleText(QCoreApplication.translate("TiersCharts", "Grade"))
        self.set_counts({}, 30)

    def set_counts(self, counts: Mapping[int, int], grades: int) -> None:
        self.shops.remove(0, self.shops.count())
        self.categories.clear()
        self.categories.append([str(g) for g in range(1, grades + 1)])
        for g in range(1, grades + 1):
            self.shops.append(float(counts.get(g, 0)))
        self._range(max(counts.values(), default=0))

    def values(self) -> list[float]:
        return [self.shops.at(i) for i in range(self.shops.count())]


class TierChart(_Chart):
    """Shops per value tier, one bar each in the tier's colour (one set per tier, stacked, so that each
    bar can have its own colour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("TiersCharts", "Shops per value tier"), parent)
        self.series = QStackedBarSeries()
        self.series.setBarWidth(0.6)
        self.sets: dict[ValueTier, QBarSet] = {}
        for tier in TIERS:
            bar_set = QBarSet(tier_label(tier))
            bar_set.setColor(QColor(TIER_COLOURS[tier]))
            bar_set.setBorderColor(QColor(TIER_COLOURS[tier]))
            self.sets[tier] = bar_set
            self.series.append(bar_set)
        self.chart().addSeries(self.series)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.value_axis)
        self.set_counts({})

    def set_counts(self, counts: Mapping[ValueTier, int]) -> None:
        # the count in the category's name: a bar's own label would also print the other sets' zeros
        self.categories.clear()
        self.categories.append([f"{tier_label(t)} ({counts.get(t, 0):,})" for t in TIERS])
        for tier, bar_set in self.sets.items():
            bar_set.remove(0, bar_set.count())
            for other in TIERS:
                bar_set.append(float(counts.get(tier, 0)) if other is tier else 0.0)
        self._range(max(counts.values(), default=0))

    def values(self) -> dict[ValueTier, float]:
        return {t: sum(s.at(i) for i in range(s.count())) for t, s in self.sets.items()}
