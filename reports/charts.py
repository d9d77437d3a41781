"""Charts for the printed reports (reportlab.graphics): the trend of months and the price-class structure,
drawn in the bundled font so that every font the PDF names is embedded.

    trend_chart(labels, bars, line, bar_name, line_name, width, height) -> Drawing
        bars (e.g. cartons) on the left axis, line (e.g. profit) on the right axis, legend below.
    class_chart(categories, series: list[(name, values)], width, height, percent=True) -> Drawing
        grouped bars, e.g. price-class shares this month vs. last year.
    empty_chart_note(text, width, height) -> Drawing   in place of a chart without data"""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from reports.base import ACCENT2, CONTENT_WIDTH, FONT, MUTED, SERIES


def _nice_max(v: float) -> float:
    if v <= 0:
        return 1.0
    import math

    e = 10 ** math.floor(math.log10(v))
    for m in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if m * e >= v:
            return m * e
    return 10 * e


def _axis(axis, top: float) -> None:
    """Zero-based value axis with a round step and about four gridlines."""
    import math

    step = _nice_max(max(top, 1e-9) / 4)
    axis.valueMin = 0
    axis.valueStep = step
    axis.valueMax = step * max(1, math.ceil(top / step))


def trend_chart(
    labels: Sequence[str],
    bars: Sequence[float],
    line: Sequence[float],
    bar_name: str = "条数",
    line_name: str = "毛利（元）",
    width: float = CONTENT_WIDTH,
    height: float = 62 * mm,
) -> Drawing:
    """Bars (left axis) with a line on a second (right) axis, e.g. cartons and profit per month."""
    d = Drawing(width, height)
    x0, y0 = 40, 30
    w, h = width - 85, height - 48
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = x0, y0, w, h  # type: ignore[assignment]  # the stubs type PlotArea sizes int; reportlab takes any number
    bc.data = [[float(v) for v in bars]]
    bc.categoryAxis.categoryNames = list(labels)
    bc.categoryAxis.labels.fontName = FONT
    bc.categoryAxis.labels.fontSize = 7
    bc.valueAxis.labels.fontName = FONT
    bc.valueAxis.labels.fontSize = 7
    _axis(bc.valueAxis, max([float(v) for v in bars] + [0]))
    bc.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    bc.valueAxis.gridStrokeColor = colors.HexColor("#e3e8ef")
    bc.valueAxis.visibleGrid = 1
    bc.bars[0].fillColor = colors.HexColor("#9fb8d9")
    bc.bars[0].strokeColor = None
    bc.barSpacing = 1
    bc.groupSpacing = 6
    d.add(bc)

    lc = HorizontalLineChart()
    lc.x, lc.y, lc.width, lc.height = x0, y0, w, h  # type: ignore[assignment]  # the stubs type PlotArea sizes int; reportlab takes any number
    lc.data = [[float(v) for v in line]]
    lc.joinedLines = 1
    lc.lines[0].strokeColor = ACCENT2
    lc.lines[0].strokeWidth = 1.6
    from reportlab.graphics.widgets.markers import makeMarker

    lc.lines[0].symbol = makeMarker("FilledCircle", size=3, fillColor=ACCENT2, strokeColor=ACCENT2)
    lc.categoryAxis.visible = 0
    lc.categoryAxis.categoryNames = list(labels)
    _axis(lc.valueAxis, max([float(v) for v in line] + [0]))
    lc.valueAxis.joinAxisMode = "right"
    lc.valueAxis.labels.fontName = FONT
    lc.valueAxis.labels.fontSize = 7
    lc.valueAxis.labels.fillColor = ACCENT2
    lc.valueAxis.labels.boxAnchor = "w"  # right of the right-hand axis, clear of the bars
    lc.valueAxis.labels.dx = 4
    lc.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    d.add(lc)

    leg = Legend()
    leg.fontName = FONT
    leg.fontSize = 7.5
    leg.x, leg.y = x0, 8
    leg.alignment = "right"
    leg.columnMaximum = 1
    leg.deltax = 90
    leg.colorNamePairs = [(colors.HexColor("#9fb8d9"), bar_name + "（左轴）"), (ACCENT2, line_name + "（右轴）")]
    d.add(leg)
    return d


def class_chart(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    width: float = CONTENT_WIDTH,
    height: float = 55 * mm,
    percent: bool = True,
) -> Drawing:
    """Grouped bars, one group per category (e.g. price class), one bar per series (e.g. this month, a year ago).

    With ``percent`` the values are ratios (0..1) and the axis reads in %.
    """
    d = Drawing(width, height)
    x0, y0 = 40, 30
    w, h = width - 60, height - 45
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = x0, y0, w, h  # type: ignore[assignment]  # the stubs type PlotArea sizes int; reportlab takes any number
    bc.data = [[float(v) * (100 if percent else 1) for v in vals] for _, vals in series] or [[0] * len(categories)]
    bc.categoryAxis.categoryNames = list(categories)
    bc.categoryAxis.labels.fontName = FONT
    bc.categoryAxis.labels.fontSize = 8
    bc.valueAxis.labels.fontName = FONT
    bc.valueAxis.labels.fontSize = 7
    _axis(bc.valueAxis, max([v for row in bc.data for v in row] + [0]))
    bc.valueAxis.visibleGrid = 1
    bc.valueAxis.gridStrokeColor = colors.HexColor("#e3e8ef")
    bc.valueAxis.labelTextFormat = (lambda v: f"{v:.0f}%") if percent else (lambda v: f"{v:,.0f}")
    bc.barSpacing = 2
    bc.groupSpacing = 10
    for i in range(len(bc.data)):
        bc.bars[i].fillColor = SERIES[i % len(SERIES)]
        bc.bars[i].strokeColor = None
    bc.barLabels.fontName = FONT
    bc.barLabels.fontSize = 6.5
    bc.barLabels.nudge = 5
    bc.barLabelFormat = (lambda v: f"{v:.1f}%") if percent else (lambda v: f"{v:,.0f}")
    d.add(bc)
    leg = Legend()
    leg.fontName = FONT
    leg.fontSize = 7.5
    leg.x, leg.y = x0, 8
    leg.alignment = "right"
    leg.columnMaximum = 1
    leg.deltax = 80
    leg.colorNamePairs = [(SERIES[i % len(SERIES)], name) for i, (name, _) in enumerate(series)]
    d.add(leg)
    return d


def empty_chart_note(text: str, width: float = CONTENT_WIDTH, height: float = 20 * mm) -> Drawing:
    d = Drawing(width, height)
    d.add(String(width / 2, height / 2, text, fontName=FONT, fontSize=9, fillColor=MUTED, textAnchor="middle"))
    return d


# ------------------------------------------------------------------------------------- page template
