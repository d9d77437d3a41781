"""月度经营分析 and 客户档案 built on the demo workspace and read back with pypdf."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from domain.services.analysis import month_analysis
from domain.services.dossier_report import UnknownCustomer, customer_id_by_license, dossier_data
from domain.services.workspace import load_settings
from reports.base import big_money, change, money, money2, pct, points
from reports.dossier import render_dossier
from reports.monthly import render_monthly
from tests.reports.pdf_text import embedded_fonts, flat_text, page_texts

TODAY = date(2026, 11, 27)
OCTOBER = date(2026, 10, 1)
# registered as FONT ("WQY"); the PDF names the embedded subset after the face: AAAAAA+WenQuanYiMicroHei-0
EMBEDDED = "WenQuanYiMicroHei"
WORKED = "北环路烟酒店"  # the worked example: 346 cartons, ¥17,816 in October 2026


@pytest.fixture(scope="module")
def workspace(open_demo):
    return open_demo(40, 14)


def _pages(pdf: bytes) -> int:
    return len(page_texts(pdf))


def test_numbers_the_chinese_way() -> None:
    assert money(Decimal("17816")) == "¥17,816"
    assert money(Decimal("1425.28")) == "¥1,425.28"
    assert money2(Decimal("17816")) == "¥17,816.00"
    assert big_money(Decimal("398186.50")) == "¥39.82万"
    assert big_money(Decimal("99999")) == "¥99,999"
    assert pct(Decimal("0.1234")) == "12.3%"
    assert change(Decimal("0.05")) == "+5.0%" and change(Decimal("-0.1")) == "−10.0%" and change(None) == "—"
    assert points(Decimal("1.25")) == "+1.3个百分点"


def test_monthly_report(workspace) -> None:
    settings = load_settings(workspace.uow())
    analysis = month_analysis(workspace.uow(), OCTOBER)
    pdf = render_monthly(analysis, settings.owner_name, settings.unit_name, TODAY, notes="重点推新品上柜")
    assert pdf.startswith(b"%PDF")
    text = flat_text(pdf)
    for heading in ("月度经营分析", "2026年10月", "主要指标", "近12个月走势", "卷烟结构", "客户排名",
                    "畅销品规", "新品上柜", "订足率", "需求虚增", "连续三个月下滑", "备注"):
        assert heading in text, heading
    assert "重点推新品上柜" in text
    assert settings.owner_name and settings.owner_name in text
    # the worked example is the month's top customer by cartons
    top = analysis.top_customers(1)[0]
    assert top.name == WORKED and top.cartons == 346
    assert WORKED in text and "¥17,816" in text
    assert f"{analysis.figures.cartons:,}" in text
    n = _pages(pdf)
    assert "第1页/共" in text and f"共{n}页" in text and "打印日期2026-11-27" in text
    assert any(EMBEDDED in name for name in embedded_fonts(pdf))


def test_dossier_report(workspace) -> None:
    settings = load_settings(workspace.uow())
    with workspace.uow() as uow:
        license_no = next(lic for _id, lic, _code in uow.customers.id_keys()
                          if uow.customers.get(_id).name == WORKED)
    data = dossier_data(workspace.uow(), customer_id_by_license(workspace.uow(), license_no))
    pdf = render_dossier(data, settings.owner_name, settings.unit_name, TODAY)
    text = flat_text(pdf)
    for heading in ("客户档案", "基本信息", "经营环境", "客情维护", "销售情况", "星级测评", "SWOT分析",
                    "营销策划与进度"):
        assert heading in text, heading
    assert WORKED in text and license_no in text
    assert data.sales.month == OCTOBER
    assert "346" in text and "¥17,816.00" in text
    # the worked example is evaluated (5A8) and analysed in the demo: both are printed
    assert data.evaluation is not None and data.evaluation.result_code in text
    assert data.criteria and all(c.name in text for c in data.criteria)
    assert data.swot is not None and data.swot.strengths
    assert re.sub(r"\s+", "", data.swot.strengths[0]) in text
    assert "第1页/共" in text
    assert any(EMBEDDED in name for name in embedded_fonts(pdf))


def test_unknown_license_number(workspace) -> None:
    with pytest.raises(UnknownCustomer):
        customer_id_by_license(workspace.uow(), "no-such-licence")
