"""拜访手册 drives the visit (issue #15, item 5), on the demo workspace read back with pypdf: each shop's
page carries the order table (last count, forecast, cycle demand, suggested order or 查库存), the
weekly sales, the last order, shortages, the flags; the cover lists the price labels to bring; the
cultivation seam prints only when filled; one page per shop."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest

from domain.care.reminders import CareKind, DueReminder
from domain.model.visits import EntryKind, InventoryCount, StoreCheck, Visit, VisitEntry, VisitStatus, VisitStep
from domain.services.handbook_facts import PushProduct
from domain.services.order_suggestions import order_suggestions
from domain.services.report_data import handbook_data
from reports.handbook import render_handbook
from tests.reports.pdf_text import flat_text, page_texts

TODAY = date(2026, 11, 27)  # the demo's today, a Friday with a plan


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)  # pypdf splits CJK runs and wrapped lines


@pytest.fixture(scope="module")
def workspace(open_demo):
    """The demo, with a visit a week ago to the plan's second shop: two price labels missing (one named)
    and a stock count of its most forecast product."""
    ws = open_demo(40, 4)
    data = handbook_data(ws.uow(), TODAY, TODAY)
    shop = data.customers[1].stop
    product = order_suggestions(ws.uow(), [shop.customer_id], TODAY).of(shop.customer_id)[0]
    with ws.uow() as uow:
        uow.visits.add(Visit(shop.customer_id, TODAY - timedelta(days=7), VisitStatus.DONE,
                             store_check=StoreCheck(price_labels_complete=False, price_labels_missing=2),
                             entries=[VisitEntry(VisitStep.STORE_CHECK, EntryKind.NOTE, f"{product.name}无价签")],
                             inventory=[InventoryCount(product.product_id, 1, 2, 3)]))
        uow.commit()
    return ws, shop, product


def test_each_page_carries_the_order_table_sales_and_last_order(workspace) -> None:
    ws, _, _ = workspace
    data = handbook_data(ws.uow(), TODAY, TODAY)
    pages = [_flat(t) for t in page_texts(render_handbook(data))]
    assert len(pages) == 1 + len(data.customers)  # one page per shop
    for page, text in zip(data.customers, pages[1:], strict=True):
        for heading in ("订货建议", "近8周供货", "本月预测", "周期需求", "建议订货", "实盘库存", "近8周周销量", "上次订货"):
            assert heading in text, (page.stop.name, heading)
        f = page.facts
        assert f.rows and len(f.weeks) == 8
        first = f.rows[0]
        assert first.name in text and first.month_forecast is not None
        assert f"{first.need:.1f}" in text
        if f.last_order is not None:
            assert f.last_order[0].isoformat() in text


def test_the_counted_shop_gets_its_suggestion_and_the_cover_lists_its_labels(workspace) -> None:
    ws, shop, product = workspace
    data = handbook_data(ws.uow(), TODAY, TODAY)
    page = next(c for c in data.customers if c.stop.customer_id == shop.customer_id)
    row = next(r for r in page.facts.rows if r.product_id == product.product_id)
    assert (row.last_stock, row.last_ordered) == (1, 3)
    assert row.suggested == max(0, int((row.need - 1).quantize(Decimal(1), rounding=ROUND_HALF_UP))) or row.capped
    others = [r for r in page.facts.rows if r.product_id != product.product_id and r.month_forecast is not None]
    assert others and all(r.check_stock for r in others)  # not counted: 查库存
    texts = page_texts(render_handbook(data))
    cover = _flat(texts[0])
    assert "携带物品" in cover and f"{shop.name}：价签2张，{product.name}" in cover
    shop_page = _flat(texts[1 + data.customers.index(page)])
    assert "上次库存（11/20）" in shop_page and "查库存" in shop_page


def test_flags_shortages_and_the_cultivation_products(workspace) -> None:
    from domain.services.cultivation import handbook_leaflets, handbook_pushes

    ws, _, _ = workspace
    data = handbook_data(ws.uow(), TODAY, TODAY)
    expected = handbook_pushes(ws.uow(), [c.stop.customer_id for c in data.customers], TODAY)
    assert {c.stop.customer_id: c.cultivation_push for c in data.customers} == \
        {c.stop.customer_id: expected.get(c.stop.customer_id, ()) for c in data.customers}
    assert data.cultivation_leaflets == handbook_leaflets(expected)
    bare = replace(data, customers=tuple(replace(c, cultivation_push=()) for c in data.customers),
                   cultivation_leaflets=())
    assert "培育推广" not in flat_text(render_handbook(bare)) and "宣传品：" not in flat_text(render_handbook(bare))
    data = bare
    first = data.customers[0]
    overdue = DueReminder("visit:x", CareKind.VISIT, TODAY - timedelta(days=3), first.stop.customer_id)
    licence = DueReminder("licence:x", CareKind.LICENSE, TODAY + timedelta(days=20), first.stop.customer_id)
    pushed = replace(first, preparation=replace(first.preparation, reminders=(overdue, licence)),
                     cultivation_push=(PushProduct(999, "黄鹤楼(硬奇景)", "试销", "一条起订"),))
    filled = replace(data, customers=(pushed, *data.customers[1:]), cultivation_leaflets=("黄鹤楼(硬奇景)宣传页",))
    texts = [_flat(t) for t in page_texts(render_handbook(filled))]
    assert "宣传品：黄鹤楼(硬奇景)宣传页" in texts[0]
    page = texts[1]
    assert "培育推广" in page and "黄鹤楼(硬奇景)（试销）：一条起订" in page
    assert "注意：超过拜访周期（11月24日起应访）" in page and "将于2026-12-17到期" in page
    shortages = [c for c in data.customers if c.facts.shortages]
    for c in shortages:  # the demo rations scarce brands: someone's supply was cut
        text = texts[1 + data.customers.index(c)]
        assert "近期缺货" in text and c.facts.shortages[0].name in text
    assert shortages


def test_the_demo_handbook_pushes_its_cultivation_product(workspace) -> None:
    """The demo's plan recommends 黄鹤楼(硬珍品) to shops on the coming plans: their pages say so, the cover
    lists its leaflet."""
    ws, _, _ = workspace
    data = handbook_data(ws.uow(), TODAY, TODAY)
    pushed = [c for c in data.customers if c.cultivation_push]
    assert pushed and all(p.name == "黄鹤楼(硬珍品)" for c in pushed for p in c.cultivation_push)
    texts = [_flat(t) for t in page_texts(render_handbook(data))]
    assert "宣传品：黄鹤楼(硬珍品)" in texts[0]
    for c in pushed:
        assert "培育推广" in texts[1 + data.customers.index(c)]
