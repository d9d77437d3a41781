"""The value × loyalty quadrant on its own: every shop a dot in its tier's colour, the corners named, a
click on a dot says which shop, the benchmark's 10,000 dots drawn (no timing here: benchmarks/ times it)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from domain.model.customers import ValueTier
from domain.services.tiers import Quadrant, QuadrantPoint
from gui.tiers.labels import TIER_COLOURS
from gui.tiers.quadrant import QuadrantView, draw_quadrant, sample_quadrant


def _quadrant() -> Quadrant:
    return Quadrant((
        QuadrantPoint(1, "北环路烟酒店", Decimal(9000), Decimal(90), ValueTier.KEY),
        QuadrantPoint(2, "张伟便利店", Decimal(1000), Decimal(80), ValueTier.POTENTIAL),
        QuadrantPoint(3, "桥头小卖部", Decimal(8000), Decimal(10), ValueTier.AT_RISK),
        QuadrantPoint(4, "老街杂货", Decimal(500), Decimal(20), ValueTier.ORDINARY),
    ), Decimal(5000), Decimal(50))


def test_dots_sit_in_their_corners_and_a_click_names_the_shop(qtbot) -> None:
    view = QuadrantView()
    qtbot.addWidget(view)
    view.resize(600, 420)
    view.show()
    view.set_quadrant(_quadrant())
    key, potential = view.position_of(1), view.position_of(2)
    at_risk, ordinary = view.position_of(3), view.position_of(4)
    assert key and potential and at_risk and ordinary
    assert key.x() > potential.x() and key.y() < at_risk.y()  # right-top 重点, left-top 潜力
    assert at_risk.x() > ordinary.x() and potential.y() < ordinary.y()  # right-bottom 流失风险
    clicked: list[int] = []
    view.customer_clicked.connect(clicked.append)
    view.click_at(at_risk + QPointF(2, 1))
    assert clicked == [3]
    image = view.grab().toImage()
    assert image.pixelColor(key.toPoint()) == QColor(TIER_COLOURS[ValueTier.KEY])


def test_ten_thousand_dots_are_drawn(qapp) -> None:
    quadrant = sample_quadrant(10_000)
    assert len(quadrant.points) == 10_000 and {p.tier for p in quadrant.points} == set(ValueTier)
    image = draw_quadrant(quadrant, 900, 600)
    assert not image.isNull() and image.width() == 900
    colours = {image.pixelColor(x, y).name() for x in range(0, 900, 7) for y in range(0, 600, 7)}
    assert {TIER_COLOURS[t] for t in ValueTier} <= colours
