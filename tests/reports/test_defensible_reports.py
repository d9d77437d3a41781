"""The printed figures say their basis, round as the screens do, say when history is too short, and
mark inactive shops: 月度经营分析 and 客户档案 on constructed data, read back with pypdf."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from domain.model.customers import CustomerStatus
from domain.model.evaluations import ImprovementPlan, PlanMetric, PlanTarget
from domain.percentages import ratio_pct
from domain.profit import MarginBasis
from domain.services.analysis import month_analysis
from domain.services.dossier_report import dossier_data
from domain.services.evaluations import save_plan
from reports.base import percent
from reports.charts import class_chart
from reports.dossier import render_dossier
from reports.figures import chart_shares
from reports.monthly import render_monthly
from tests.domain.fakes import FakeUnitOfWork
from tests.domain.test_defensible_figures import NOV, OCT, _shop
from tests.reports.pdf_text import flat_text

PRINTED = date(2026, 11, 27)


def test_the_monthly_report_states_the_basis_and_too_little_history() -> None:
    uow = FakeUnitOfWork()
    _shop(uow, {OCT: Decimal("17816.00")})
    _shop(uow, {OCT: Decimal("5149.00")}, "停业小店", CustomerStatus.SUSPENDED)
    text = flat_text(render_monthly(month_analysis(uow, OCT), "李娜", "市场部", PRINTED))
    assert "毛利率（毛利÷进货额）" in text and "8.0%" in text and "7.4%" not in text
    assert "历史不足三个月，尚无法判断连续三个月下滑" in text
    assert "历史不足三个月，尚无法判断需求虚增" in text
    assert "没有客户连续三个月下滑" not in text and "本月没有发现需求虚增" not in text
    assert "停业小店（停业）" in text


def test_the_retail_basis_is_printed_as_such() -> None:
    uow = FakeUnitOfWork()
    _shop(uow, {OCT: Decimal("17816.00")})
    with uow:
        uow.settings.save(replace(uow.settings.load(), margin_basis=MarginBasis.RETAIL))
        uow.commit()
    text = flat_text(render_monthly(month_analysis(uow, OCT), "", "", PRINTED))
    assert "毛利率（毛利÷零售额）" in text and "7.4%" in text


def test_the_dossier_prints_no_data_yet_for_a_plan_made_after_its_month() -> None:
    uow = FakeUnitOfWork()
    shop, _ = _shop(uow, {OCT: Decimal("17816.00"), NOV: Decimal("17816.00")})
    save_plan(uow, ImprovementPlan(shop, date(2026, 11, 5), ["挂价签"], [
        PlanTarget(PlanMetric.MARGIN_PCT, Decimal("8"), Decimal("8")),
        PlanTarget(PlanMetric.GROSS_PROFIT, Decimal("1400"), Decimal("1425.28"))]))
    text = flat_text(render_dossier(dossier_data(uow, shop), "", "", PRINTED))
    assert "毛利率（毛利÷进货额）" in text and "8.0%" in text
    assert "尚无数据" in text and "已达成" not in text
    assert "方案制定后尚无订单，从2026年12月起计" in text
    assert "历史不足三个月" in text  # two months of orders: no verdict on a three-month decline


@given(st.lists(st.integers(0, 10_000), min_size=5, max_size=5).filter(any))
def test_class_chart_labels_read_as_the_table_cells(cartons: list[int]) -> None:
    shares = [ratio_pct(c, sum(cartons)) for c in cartons]
    chart = class_chart(["一类", "二类", "三类", "四类", "五类"], [("销量占比", chart_shares(shares))])
    bars = next(c for c in chart.contents if hasattr(c, "barLabelFormat"))
    assert [bars.barLabelFormat(v) for v in bars.data[0]] == [percent(s) for s in shares]
