"""The value × loyalty quadrant: one dot per shop, coloured by its tier, the split lines the tiers were
cut at, and 重点 / 潜力 / 流失风险 / 普通 in the corners (x = contribution, y = loyalty).

Contribution is drawn on a logarithmic axis (labelled in the measure's own figures): a territory's
contributions are skewed, a few shops worth a hundred of the others, and a linear axis would pile
nine shops in ten against the left edge.

A plain QWidget that paints its dots itself: one drawPoints call per tier, so 10,000 shops draw in a few
milliseconds (QtCharts' scatter series lays out an item per point). A click on a dot says which shop; a
click on a legend entry says which tier."""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from domain.model.customers import ValueTier
from domain.services.tiers import Quadrant, QuadrantPoint
from gui.tiers.labels import TIER_COLOURS, TIERS, tier_label

DOT = 6.0  # px across
HIT = 7.0  # px: a click this near a dot is on it
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 56, 14, 30, 40
TICKS = 5




def quadrant_name(tier: ValueTier) -> str:
    return tier_label(tier)


def log_axis(value: float) -> float:
    """Where a contribution sits on the axis: log10(1 + |x|) with the sign kept, so 0 and losses show."""
    return math.copysign(math.log10(1 + abs(value)), value)


def _ticks(low: float, high: float) -> list[float]:
    """Powers of ten (and 0) between the axis ends given in log_axis units, in the measure's figures."""
    out = [0.0] if low <= 0 <= high else []
    for exponent in range(0, 13):
        for sign in (1.0, -1.0):
            value = sign * 10.0 ** exponent
            if low <= log_axis(value) <= high:
                out.append(value)
    return sorted(out)


@dataclass(frozen=True)
class _Scale:
    x0: float
    x1: float
    y0: float
    y1: float
    plot: QRectF

    def at(self, x: float, y: float) -> QPointF:
        """`x` in the measure's figures (it is put on the log axis here), `y` in loyalty points."""
        p = self.plot
        x = log_axis(x)
        fx = (x - self.x0) / (self.x1 - self.x0) if self.x1 > self.x0 else 0.5
        fy = (y - self.y0) / (self.y1 - self.y0) if self.y1 > self.y0 else 0.5
        return QPointF(p.left() + fx * p.width(), p.bottom() - fy * p.height())


class QuadrantView(QWidget):
    customer_clicked = Signal(int)
    tier_clicked = Signal(object)  # ValueTier

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(False)
        self.setMinimumSize(360, 280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.quadrant = Quadrant((), Decimal(0), Decimal(50))
        self.x_title = QCoreApplication.translate("TiersQuadrant", "Contribution")
        self.y_title = QCoreApplication.translate("TiersQuadrant", "Loyalty (points)")
        self.selected_tier: ValueTier | None = None
        self._scale: _Scale | None = None
        self._pixels: list[tuple[float, float, QuadrantPoint]] = []
        self._by_tier: dict[ValueTier, QPolygonF] = {}
        self._legend: list[tuple[QRectF, ValueTier]] = []
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(7.0, self._small.pointSizeF() - 1))
        self._big = QFont(self.font())
        self._big.setPointSizeF(self._big.pointSizeF() + 3)
        self._big.setBold(True)

    def sizeHint(self) -> QSize:
        return QSize(620, 440)

    # --- data ------------------------------------------------------------------------------------

    def set_quadrant(self, quadrant: Quadrant, x_title: str | None = None) -> None:
        self.quadrant = quadrant
        if x_title is not None:
            self.x_title = x_title
        self._layout()
        self.update()

    def select_tier(self, tier: ValueTier | None) -> None:
        self.selected_tier = tier
        self.update()

    def point_at(self, pos: QPointF) -> QuadrantPoint | None:
        """The dot nearest `pos` (widget pixels) within HIT, the one drawn last (on top) on a tie."""
        best, best_d = None, HIT * HIT
        x, y = pos.x(), pos.y()
        for px, py, point in self._pixels:
            d = (px - x) ** 2 + (py - y) ** 2
            if d <= best_d:
                best, best_d = point, d
        return best

    def position_of(self, customer_id: int) -> QPointF | None:
        """Where a shop's dot is drawn (for tests and for a caller that points at a shop)."""
        for px, py, point in self._pixels:
            if point.customer_id == customer_id:
                return QPointF(px, py)
        return None

    def tier_at(self, pos: QPointF) -> ValueTier | None:
        return next((tier for rect, tier in self._legend if rect.contains(pos)), None)

    # --- layout and painting -----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout()
        super().resizeEvent(event)

    def _layout(self) -> None:
        plot = QRectF(MARGIN_LEFT, MARGIN_TOP, max(10, self.width() - MARGIN_LEFT - MARGIN_RIGHT),
                      max(10, self.height() - MARGIN_TOP - MARGIN_BOTTOM))
        points = self.quadrant.points
        xs = [float(p.contribution) for p in points]
        split_x = float(self.quadrant.contribution_split)
        axis = [log_axis(x) for x in (split_x, *xs)]
        # from the decade below the smallest shop: empty decades down to 1 would waste the left half
        low = math.floor(min(axis)) if min(axis) > 0 else min(axis)
        high = max([low + 1.0, *axis])
        pad = (high - low) * 0.03
        scale = _Scale(low - (pad if low < 0 else 0), high + pad, 0.0, 100.0, plot)
        self._scale = scale
        pixels: list[tuple[float, float, QuadrantPoint]] = []
        by_tier: dict[ValueTier, list[QPointF]] = {t: [] for t in TIERS}
        for p, x in zip(points, xs, strict=True):
            at = scale.at(x, float(p.loyalty))
            pixels.append((at.x(), at.y(), p))
            by_tier.setdefault(p.tier, []).append(at)
        self._pixels = pixels
        self._by_tier = {t: QPolygonF(ps) for t, ps in by_tier.items()}

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter)
        finally:
            painter.end()

    def paint(self, painter: QPainter) -> None:
        if self._scale is None:
            self._layout()
        scale = self._scale
        assert scale is not None
        plot = scale.plot
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#dde3ea"), 1))
        painter.drawRect(plot)
        self._axes(painter, scale)
        split = scale.at(float(self.quadrant.contribution_split), float(self.quadrant.loyalty_split))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for tier in reversed(TIERS):  # 重点 last: on top
            polygon = self._by_tier.get(tier)
            if polygon is None or polygon.isEmpty():
                continue
            colour = QColor(TIER_COLOURS[tier])
            if self.selected_tier is not None and tier is not self.selected_tier:
                colour.setAlpha(70)
            pen = QPen(colour, DOT)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPoints(polygon)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        dash = QPen(QColor("#33475b"), 1, Qt.PenStyle.DashLine)
        painter.setPen(dash)
        painter.drawLine(QPointF(split.x(), plot.top()), QPointF(split.x(), plot.bottom()))
        painter.drawLine(QPointF(plot.left(), split.y()), QPointF(plot.right(), split.y()))
        self._corner_labels(painter, plot)
        self._draw_legend(painter)

    def _axes(self, painter: QPainter, scale: _Scale) -> None:
        plot = scale.plot
        painter.setFont(self._small)
        metrics = QFontMetrics(self._small)
        painter.setPen(QColor("#5b6b7b"))
        for value in _ticks(scale.x0, scale.x1):
            at = scale.at(value, 0)
            text = _number(value)
            width = metrics.horizontalAdvance(text)
            left = min(max(at.x() - width / 2, 0), self.width() - width)
            painter.setPen(QColor("#eef2f6"))
            painter.drawLine(QPointF(at.x(), plot.top() + 1), QPointF(at.x(), plot.bottom() - 1))
            painter.setPen(QColor("#5b6b7b"))
            painter.drawText(QPointF(left, plot.bottom() + metrics.ascent() + 3), text)
        for i in range(TICKS + 1):
            loyalty = 100 * i / TICKS
            at = scale.at(scale.x0, loyalty)
            text = f"{loyalty:.0f}"
            painter.drawText(QPointF(plot.left() - metrics.horizontalAdvance(text) - 4,
                                     at.y() + metrics.ascent() / 2 - 1), text)
        painter.drawText(QRectF(plot.left(), plot.bottom() + metrics.height() + 4, plot.width(), metrics.height()),
                         Qt.AlignmentFlag.AlignCenter, self.x_title)
        painter.save()
        painter.translate(QPointF(12, plot.center().y()))
        painter.rotate(-90)
        painter.drawText(QRectF(-plot.height() / 2, -metrics.ascent(), plot.height(), metrics.height()),
                         Qt.AlignmentFlag.AlignCenter, self.y_title)
        painter.restore()

    def _corner_labels(self, painter: QPainter, plot: QRectF) -> None:
        """The four names in the plot's corners, on a light plate so that the dots never hide them (the
        split lines can sit anywhere, so the corners are the plot's, not the quadrants')."""
        painter.setFont(self._big)
        metrics = QFontMetrics(self._big)
        inset, pad = 6.0, 4.0
        for tier, right, top in ((ValueTier.KEY, True, True), (ValueTier.POTENTIAL, False, True),
                                 (ValueTier.AT_RISK, True, False), (ValueTier.ORDINARY, False, False)):
            text = quadrant_name(tier)
            width, height = metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + pad
            left = plot.right() - inset - width if right else plot.left() + inset
            upper = plot.top() + inset if top else plot.bottom() - inset - height
            plate = QRectF(left, upper, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 215))
            painter.drawRoundedRect(plate, 4, 4)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QColor(TIER_COLOURS[tier]))
            painter.drawText(plate, int(Qt.AlignmentFlag.AlignCenter), text)

    def _draw_legend(self, painter: QPainter) -> None:
        painter.setFont(self._small)
        metrics = QFontMetrics(self._small)
        x, y = float(MARGIN_LEFT), 8.0
        self._legend = []
        counts = {t: (0 if (poly := self._by_tier.get(t)) is None else poly.size()) for t in TIERS}
        for tier in TIERS:
            text = f"{tier_label(tier)} {counts[tier]:,}"
            width = 14 + metrics.horizontalAdvance(text) + 14
            rect = QRectF(x, y - 2, width, metrics.height() + 4)
            if tier is self.selected_tier:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#e8eef5"))
                painter.drawRoundedRect(rect, 4, 4)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(TIER_COLOURS[tier]))
            painter.drawEllipse(QRectF(x + 3, y + metrics.height() / 2 - 4, 8, 8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QColor("#33475b"))
            painter.drawText(QPointF(x + 14, y + metrics.ascent()), text)
            self._legend.append((rect, tier))
            x += width

    # --- clicks ----------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.click_at(event.position())

    def click_at(self, pos: QPointF) -> None:
        """What a left click at `pos` does: a legend entry selects its tier, a dot opens its shop."""
        tier = self.tier_at(pos)
        if tier is not None:
            self.select_tier(tier)
            self.tier_clicked.emit(tier)
            return
        point = self.point_at(pos)
        if point is not None:
            self.customer_clicked.emit(point.customer_id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = self.point_at(event.position())
        if point is not None:
            QToolTip.showText(event.globalPosition().toPoint(), f"{point.name}\n{tier_label(point.tier)}", self)


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) < 1e9 else f"{value:.2g}"


# --- for the benchmark: the quadrant of N shops, built and drawn offscreen --------------------------

def sample_quadrant(n: int, seed: int = 7) -> Quadrant:
    """N shops spread as a territory's are (contribution skewed, loyalty 0–100), tiers by the median."""
    rng = random.Random(seed)
    raw = [(rng.lognormvariate(9, 0.9), rng.betavariate(4, 2.5) * 100) for _ in range(n)]
    xs = sorted(c for c, _ in raw)
    ls = sorted(lo for _, lo in raw)
    cx, ly = (xs[n // 2], ls[n // 2]) if n else (0.0, 50.0)
    points = []
    for i, (c, lo) in enumerate(raw):
        high_c, high_l = c >= cx, lo >= ly
        tier = (ValueTier.KEY if high_c and high_l else ValueTier.AT_RISK if high_c
                else ValueTier.POTENTIAL if high_l else ValueTier.ORDINARY)
        points.append(QuadrantPoint(i + 1, f"shop {i + 1}", Decimal(f"{c:.2f}"), Decimal(f"{lo:.2f}"), tier))
    return Quadrant(tuple(points), Decimal(f"{cx:.2f}"), Decimal(f"{ly:.2f}"))


def draw_quadrant(quadrant: Quadrant, width: int = 900, height: int = 600) -> QImage:
    """Build the view for `quadrant` and paint it once into an image: what showing it costs."""
    view = QuadrantView()
    view.resize(width, height)
    view.set_quadrant(quadrant)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        view.paint(painter)
    finally:
        painter.end()
    view.deleteLater()
    return image
