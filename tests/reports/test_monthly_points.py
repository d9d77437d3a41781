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


def test_the_catalogued_monthly_report_says_how_well_the_month_was_forecast(open_demo) -> None:
    from domain.analysis.key_points import PointKind
    from domain.report_catalogue import MonthlyRequest
    from domain.services.forecast import month_accuracy, run_backtest
    from persistence.holidays import ChineseHolidays
    from reports.catalogue import report_catalogue

    workspace = open_demo(30, 14)
    holidays = ChineseHolidays()
    accuracy = month_accuracy(workspace.uow(), OCTOBER, holidays)
    assert accuracy is not None
    assert accuracy == run_backtest(workspace.uow(), 1, holidays, last=OCTOBER).months[0].shop_product
    points = key_points(month_analysis(workspace.uow(), OCTOBER), accuracy)
    assert 1 <= len(points) <= 5 and points[-1].kind is PointKind.FORECAST_ACCURACY
    pdf = report_catalogue(holidays).pdf(workspace.uow, MonthlyRequest(OCTOBER, date(2026, 11, 27)))
    first = "".join(page_texts(pdf)[0].split())
    said = "".join(point_text(points[-1]).split())
    assert said in first and first.index("本月要点") < first.index(said) < first.index("一、主要指标")
    assert f"误差{100 * accuracy.forecast:.1f}%" in said and accuracy.naive is not None
    assert f"“照上月供货”{100 * accuracy.naive:.1f}%" in said


def test_the_accuracy_point_says_which_way_the_forecast_compares() -> None:
    from domain.analysis.key_points import KeyPoint, PointKind
    from domain.forecast.backtest import Wape

    def said(w: Wape) -> str:
        return point_text(KeyPoint(PointKind.FORECAST_ACCURACY, accuracy=w))

    assert said(Wape(0.192, 0.29, 0.288)) == ("本月需求预测误差 19.2%，低于“照上月供货” 29.0%和“照上月需求量” 28.8%"
                                            "（WAPE，按客户×品规，只用本月以前的数据）。")
    assert said(Wape(0.4, 0.29, 0.288)).startswith("本月需求预测误差 40.0%，高于“照上月供货” 29.0%和“照上月需求量” 28.8%")
    assert said(Wape(0.4, 0.29, 0.288)).endswith("，宜查看原因。")
    assert "低于“照上月供货” 29.0%、高于“照上月需求量” 28.8%" in said(Wape(0.289, 0.29, 0.288))
