"""The monthly analysis opens with 本月要点: the points the month's rules found, each with its numbers,
before the first table."""
from __future__ import annotations

from datetime import date

from domain.analysis.key_points import key_points
from domain.services.analysis import month_analysis
from reports.base import num
from reports.monthly import render_monthly
from reports.monthly_points import point_text
from tests.reports.pdf_text import flat_text, page_texts

OCTOBER = date(2026, 10, 1)


def test_the_monthly_report_opens_with_its_key_points(open_demo) -> None:
    workspace = open_demo(40, 14)
    analysis = month_analysis(workspace.uow(), OCTOBER)
    points = key_points(analysis)
    assert 1 <= len(points) <= 5
    pdf = render_monthly(analysis, "李明", "营销部", date(2026, 11, 27))
    first = "".join(page_texts(pdf)[0].split())
    assert first.index("本月要点") < first.index("一、主要指标")
    for p in points:
        assert "".join(point_text(p).split()) in "".join(flat_text(pdf).split())
    assert f"全片区本月供货{num(analysis.figures.cartons)}条" in first
