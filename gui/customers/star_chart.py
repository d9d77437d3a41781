"""A compact chart of a customer's star level over time, the selected evaluation marked."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from domain.model.evaluations import StarEvaluation

LINE = "#3d6a96"
SELECTED = "#d9822b"


def _msecs(d: date) -> float:
    return float(QDateTime(QDate(d.year, d.month, d.day), QTime(0, 0)).toMSecsSinceEpoch())


def _qdatetime(d: date) -> QDateTime:
    return QDateTime(QDate(d.year, d.month, d.day), QTime(0, 0))


class StarHistoryChart(QChartView):
    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        self._today = today  # an empty history is drawn around it
        chart = QChart()
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart.legend().hide()
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(0)
        chart.layout().setContentsMargins(0, 0, 0, 0)

        self.line = QLineSeries()
        self.line.setPen(QPen(QColor(LINE), 2))
        self.points = QScatterSeries()
        self.points.setMarkerSize(8)
        self.points.setColor(QColor(LINE))
        self.points.setBorderColor(QColor(LINE))
        self.selected = QScatterSeries()
        self.selected.setMarkerSize(12)
        self.selected.setColor(QColor(SELECTED))
        self.selected.setBorderColor(QColor(SELECTED))
        for series in (self.line, self.points, self.selected):
            chart.addSeries(series)

        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        self.x_axis = QDateTimeAxis()
        self.x_axis.setLabelsFont(small)
        self.y_axis = QValueAxis()
        self.y_axis.setLabelsFont(small)
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.y_axis.setTickAnchor(1)
        self.y_axis.setTickInterval(1)
        self.y_axis.setMinorTickCount(0)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.line, self.points, self.selected):
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.set_evaluations([])

    def set_evaluations(self, evaluations: Sequence[StarEvaluation], selected: StarEvaluation | None = None) -> None:
        """`evaluations` in any order; one point per evaluation, joined by a line when there are several."""
        ordered = sorted(evaluations, key=lambda e: (e.evaluated_on, e.id or 0))
        points = [(_msecs(e.evaluated_on), float(e.star_level)) for e in ordered]
        self.line.clear()
        self.points.clear()
        for x, y in points:
            self.points.append(x, y)
            if len(points) > 1:
                self.line.append(x, y)
        self.set_selected(selected)
        top = max([5, *(e.star_level for e in ordered)])
        self.y_axis.setRange(0.5, top + 0.5)
        if ordered:
            first, last = ordered[0].evaluated_on, ordered[-1].evaluated_on
        else:
            first = last = self._today()
        pad = max(timedelta(days=15), (last - first) / 12)
        self.x_axis.setRange(_qdatetime(first - pad), _qdatetime(last + pad))
        span = (last - first).days + 2 * pad.days
        self.x_axis.setFormat("yyyy-MM" if span > 120 else "MM-dd")
        self.x_axis.setTickCount(3 if len(ordered) <= 2 else min(5, len(ordered)))

    def set_selected(self, evaluation: StarEvaluation | None) -> None:
        self.selected.clear()
        if evaluation is not None:
            self.selected.append(_msecs(evaluation.evaluated_on), float(evaluation.star_level))

    def point_count(self) -> int:
        return self.points.count()
