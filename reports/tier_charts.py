"""Charts of 分层分级 for the printed reports, in the style of reports.charts (bundled font, the shared
colours): shops per grade or tier as bars, the value × loyalty quadrant as a scatter, and one shop's
grade and stars over the months.

    count_bars(labels, counts, width, height) -> Drawing
    quadrant_chart(points, contribution_split, loyalty_split, colours, corner_labels, x_title, y_title) -> Drawing
        points: (contribution, loyalty, key); key picks the dot's colour in `colours`
    history_chart(months, grades, stars, grade_count, width, height) -> Drawing
        grades: (month index, grade) steps; stars: (month index, stars) dots; months: axis labels"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Literal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from reports.base import ACCENT, ACCENT2, CONTENT_WIDTH, FONT, INK, MUTED, RULE
from reports.charts import _axis, _nice_max

GRID = colors.HexColor("#e3e8ef")


def count_bars(labels: Sequence[str], counts: Sequence[int], width: float = CONTENT_WIDTH,
               height: float = 55 * mm, label_size: float = 7) -> Drawing:
    """One bar per label (a grade, a tier) with the count above it; zero bars are left unlabelled."""
    d = Drawing(width, height)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 34, 22, width - 44, height - 34  # type: ignore[assignment]  # stubs type sizes int
    bc.data = [[float(c) for c in counts] or [0.0]]
    bc.categoryAxis.categoryNames = list(labels) or [""]
    bc.categoryAxis.labels.fontName = FONT
    bc.categoryAxis.labels.fontSize = label_size
    bc.valueAxis.labels.fontName = FONT
    bc.valueAxis.labels.fontSize = 7
    top = max([float(c) for c in counts] + [1])
    _axis(bc.valueAxis, top)
    if bc.valueAxis.valueStep < 1:  # counts of shops: whole steps
        bc.valueAxis.valueStep = 1
        bc.valueAxis.valueMax = max(math.ceil(top), 1)
    bc.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    bc.valueAxis.visibleGrid = 1
    bc.valueAxis.gridStrokeColor = GRID
    bc.bars[0].fillColor = ACCENT
    bc.bars[0].strokeColor = None
    bc.barSpacing = 1
    bc.groupSpacing = 3 if len(counts) > 12 else 12
    bc.barLabels.fontName = FONT
    bc.barLabels.fontSize = 6.5
    bc.barLabels.nudge = 5
    bc.barLabelFormat = lambda v: f"{v:,.0f}" if v else ""
    d.add(bc)
    return d


def _frame(x: float, y: float, w: float, h: float) -> Rect:
    r = Rect(x, y, w, h)
    r.fillColor, r.strokeColor, r.strokeWidth = None, RULE, 0.6
    return r


def _scale(lo: float, hi: float) -> tuple[float, float, float]:
    """A round axis from lo to hi: (start, stop, step), zero included."""
    lo, hi = min(lo, 0.0), max(hi, 0.0)
    step = _nice_max(max(hi - lo, 1e-9) / 5)
    return math.floor(lo / step) * step, max(math.ceil(hi / step), 1) * step, step


def quadrant_chart(points: Sequence[tuple[float, float, str]], contribution_split: float, loyalty_split: float,
                   colours: Mapping[str, colors.Color], corner_labels: tuple[str, str, str, str],
                   x_title: str, y_title: str, width: float = CONTENT_WIDTH, height: float = 105 * mm) -> Drawing:
    """Each shop a dot: contribution across, loyalty (0–100) up; the split lines cut the four tiers.
    corner_labels: (top right, top left, bottom right, bottom left)."""
    d = Drawing(width, height)
    x0, y0 = 44.0, 30.0
    w, h = width - x0 - 12, height - y0 - 10
    xs = [p[0] for p in points] + [contribution_split]
    start, stop, step = _scale(min(xs), max(xs))

    def px(v: float) -> float:
        return x0 + (v - start) / (stop - start) * w

    # loyalty is 0–100; the axis starts at the lowest ten below the data, so that a crowded top spreads out
    low = min([p[1] for p in points] + [loyalty_split])
    y_start = max(0.0, min(80.0, math.floor(low / 10) * 10 - 10))
    y_step = 10 if 100 - y_start <= 50 else 20
    y_start = 100.0 - math.ceil((100 - y_start) / y_step) * y_step  # the ticks land on 100

    def py(v: float) -> float:
        return y0 + (max(y_start, min(100.0, v)) - y_start) / (100 - y_start) * h

    d.add(_frame(x0, y0, w, h))
    for i in range(int(round((stop - start) / step)) + 1):
        v = start + i * step
        d.add(Line(px(v), y0, px(v), y0 + h, strokeColor=GRID, strokeWidth=0.4))
        d.add(String(px(v), y0 - 9, f"{v:,.0f}", fontName=FONT, fontSize=7, fillColor=INK, textAnchor="middle"))
    for v in range(int(y_start), 101, y_step):
        d.add(Line(x0, py(v), x0 + w, py(v), strokeColor=GRID, strokeWidth=0.4))
        d.add(String(x0 - 4, py(v) - 2.5, str(v), fontName=FONT, fontSize=7, fillColor=INK, textAnchor="end"))
    radius = 2.2 if len(points) <= 500 else 1.2
    for x, y, key in points:
        c = colours.get(key, MUTED)
        d.add(Circle(px(x), py(y), radius, fillColor=c, strokeColor=None, fillOpacity=0.75))
    sx, sy = px(contribution_split), py(loyalty_split)
    for line in (Line(sx, y0, sx, y0 + h), Line(x0, sy, x0 + w, sy)):
        line.strokeColor, line.strokeWidth, line.strokeDashArray = ACCENT2, 0.9, [3, 2]
        d.add(line)
    top_right, top_left, bottom_right, bottom_left = corner_labels
    corners: tuple[tuple[str, float, float, Literal["start", "end"]], ...] = (
        (top_right, x0 + w - 4, y0 + h - 13, "end"), (top_left, x0 + 4, y0 + h - 13, "start"),
        (bottom_right, x0 + w - 4, y0 + 5, "end"), (bottom_left, x0 + 4, y0 + 5, "start"))
    for text, x, y, anchor in corners:
        width_ = stringWidth(text, FONT, 9)
        left = x - width_ if anchor == "end" else x
        # a light box under the label: the corners are where the dots crowd
        box = Rect(left - 2, y - 3, width_ + 4, 12)
        box.fillColor, box.fillOpacity, box.strokeColor = colors.white, 0.85, None
        d.add(box)
        d.add(String(x, y, text, fontName=FONT, fontSize=9, fillColor=ACCENT, textAnchor=anchor))
    d.add(String(x0 + w / 2, 6, x_title, fontName=FONT, fontSize=7.5, fillColor=MUTED, textAnchor="middle"))
    d.add(_rotated(y_title, 12, y0 + h / 2))
    return d


def _rotated(text: str, x: float, y: float) -> Group:
    g = Group(String(0, 0, text, fontName=FONT, fontSize=7.5, fillColor=MUTED, textAnchor="middle"))
    g.transform = (0, 1, -1, 0, x, y)  # a quarter turn to the left, about (x, y)
    return g


def history_chart(months: Sequence[str], grades: Sequence[tuple[int, int]], stars: Sequence[tuple[int, int]],
                  grade_count: int, width: float = CONTENT_WIDTH, height: float = 48 * mm,
                  grade_name: str = "档位", star_name: str = "星级") -> Drawing:
    """The grade as steps (left axis 1..grade_count) and the stars as dots (right axis 1..5) over `months`."""
    d = Drawing(width, height)
    x0, y0 = 30.0, 28.0
    w, h = width - x0 - 30, height - y0 - 8
    n = max(len(months), 1)

    def px(i: float) -> float:
        return x0 + (i + 0.5) / n * w

    def py_grade(g: float) -> float:
        return y0 + (g - 1) / max(grade_count - 1, 1) * h

    def py_star(s: float) -> float:
        return y0 + (s - 1) / 4 * h

    d.add(_frame(x0, y0, w, h))
    step = max(1, math.ceil(grade_count / 5))
    for g in [*range(1, grade_count, step), grade_count]:
        d.add(Line(x0, py_grade(g), x0 + w, py_grade(g), strokeColor=GRID, strokeWidth=0.4))
        d.add(String(x0 - 4, py_grade(g) - 2.5, str(g), fontName=FONT, fontSize=7, fillColor=ACCENT, textAnchor="end"))
    for s in range(1, 6):
        d.add(String(x0 + w + 4, py_star(s) - 2.5, f"{s}★", fontName=FONT, fontSize=7, fillColor=ACCENT2))
    every = max(1, math.ceil(n / 12))
    for i, label in enumerate(months):
        if i % every == 0 or i == n - 1:
            d.add(String(px(i), y0 - 9, label, fontName=FONT, fontSize=6.5, fillColor=INK, textAnchor="middle"))
    if grades:
        pts: list[float] = []
        ordered = sorted(grades)
        for k, (i, g) in enumerate(ordered):
            end = ordered[k + 1][0] if k + 1 < len(ordered) else n - 1
            pts += [px(i), py_grade(g), px(end), py_grade(g)]
        d.add(PolyLine(pts, strokeColor=ACCENT, strokeWidth=1.6))
        for i, g in ordered:
            d.add(Circle(px(i), py_grade(g), 1.8, fillColor=ACCENT, strokeColor=None))
    for i, s in stars:
        d.add(Circle(px(i), py_star(s), 2.6, fillColor=ACCENT2, strokeColor=colors.white, strokeWidth=0.5))
    d.add(Line(x0, 8, x0 + 14, 8, strokeColor=ACCENT, strokeWidth=1.6))
    d.add(String(x0 + 18, 5.5, f"{grade_name}（左轴）", fontName=FONT, fontSize=7.5, fillColor=INK))
    d.add(Circle(x0 + 100, 8, 2.6, fillColor=ACCENT2, strokeColor=None))
    d.add(String(x0 + 106, 5.5, f"{star_name}（右轴）", fontName=FONT, fontSize=7.5, fillColor=INK))
    return d
