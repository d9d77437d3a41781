"""品牌培育报告 built from the 黄鹤楼 territory (and from the demo) through the report catalogue, read back:
the heading, the funnel with its reorder rate and basis, the volume against the target, every target
shop with its stage and dates, "第 x 页 / 共 y 页"."""
from __future__ import annotations

import re

import pytest

from domain.cultivation.model import TargetShop
from domain.model.customers import Customer
from domain.report_catalogue import CultivationRequest
from domain.services.cultivation import list_plans
from domain.services.workspace import ensure_defaults
from reports.catalogue import report_catalogue
from tests.domain.cultivation.territory import TODAY, build
from tests.domain.fakes import FakeUnitOfWork
from tests.reports.pdf_text import flat_text, page_texts


def _translate(context: str, text: str) -> str:
    return text


@pytest.fixture
def uow() -> FakeUnitOfWork:
    u = FakeUnitOfWork()
    ensure_defaults(u)
    return u


def test_the_report_reads_back_with_funnel_rate_volume_and_shops(uow: FakeUnitOfWork) -> None:
    t = build(uow)
    pdf = report_catalogue().pdf(lambda: uow, CultivationRequest(t.plan, TODAY, "黄鹤楼(硬峡谷情)"))
    text = flat_text(pdf)
    assert "品牌培育报告·黄鹤楼(硬峡谷情)" in text
    for words in ("一、计划与目标", "二、培育漏斗", "三、销量与目标", "四、目标客户", "黄鹤楼进城区", "上柜6户、每月10条（2027-03-31前）"):
        assert words in text
    assert "50.0%" in text and "复购率=已复购户数÷已上柜户数=2÷4" in text
    assert "上月（2026-11）目标客户共订购6条" in text and "上月完成60.0%" in text
    assert "已上柜4户，完成66.7%" in text
    for shop, stage in (("甲店", "稳定"), ("乙店", "复购"), ("丙店", "动销"), ("丁店", "上柜"), ("戊店（手动加入）", "推荐")):
        assert re.search(shop.replace("(", r"\(").replace(")", r"\)") + r"[^店]*" + stage, text), shop
    assert "2026-11-26" in text  # 丙店 seen selling at that visit's count
    assert "第1页/共1页" in text


def test_a_long_plan_splits_with_its_header_and_page_numbers(uow: FakeUnitOfWork) -> None:
    t = build(uow)
    with uow:
        ids = uow.customers.add_many([Customer(f"5301024{n:05d}", f"新店{n}") for n in range(120)])
        old = [r.target for r in uow.cultivation.targets([t.plan])]
        uow.cultivation.set_targets(t.plan, old + [TargetShop(t.plan, c, TODAY) for c in ids])
        uow.commit()
    pages = page_texts(report_catalogue().pdf(lambda: uow, CultivationRequest(t.plan, TODAY)))
    assert len(pages) >= 3
    assert all(re.search(f"第 {n} 页 / 共 {len(pages)} 页", p) for n, p in enumerate(pages, 1))
    assert all("店名" in p for p in pages[1:])  # the shops' header repeats


def test_the_demo_s_plan_prints_and_is_named(open_demo) -> None:
    ws = open_demo(40, 3)
    (plan,) = list_plans(ws.uow(), TODAY)
    request = CultivationRequest(plan.plan.id or 0, TODAY, plan.product.name)
    text = flat_text(report_catalogue().pdf(ws.uow, request))
    assert "黄鹤楼(硬珍品)" in text and "推荐" in text
    assert report_catalogue().file_name(request, _translate) == f"Cultivation report-黄鹤楼(硬珍品)-{TODAY}.pdf"
