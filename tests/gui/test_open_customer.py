"""Opening a shop from elsewhere (an analysis list): the customer list keeps its filter when the shop is
in it; when the filter hides the shop, only what hides it is cleared and a notice in the list says so;
either way the shop is selected and scrolled into view."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from domain.demo.generator import DemoSpec
from domain.services.customers import list_customers
from domain.services.demo import build_demo
from gui.customers.list_model import NAME_COLUMN
from gui.customers.list_page import CustomersPage
from gui.workers import TaskRunner

TODAY = date(2026, 11, 27)


@pytest.fixture
def page(qtbot, ctx, tmp_path: Path):
    ctx.today = lambda: TODAY
    build_demo(ctx.uow(), DemoSpec(customers=60, months=2, today=TODAY))
    runner = TaskRunner()
    p = CustomersPage(ctx, runner, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(p)
    p.resize(1200, 420)
    p.show()
    yield p
    runner.wait()


def _load(qtbot, page: CustomersPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()


def _assert_selected_and_visible(page: CustomersPage, customer_id: int) -> None:
    row = page.model.row_of(customer_id)
    assert row is not None and page.selected_id() == customer_id
    rect = page.table.visualRect(page.model.index(row, NAME_COLUMN))
    assert page.table.viewport().rect().contains(rect), "the shop is selected but scrolled out of view"


def test_a_shop_within_the_filter_keeps_the_filter(qtbot, page: CustomersPage) -> None:
    _load(qtbot, page)
    segments = [r.segment for r in page.model.rows]
    segment = max(set(segments), key=segments.count)
    page.segment_filter.setCurrentIndex(page.segment_filter.findData(segment))
    shown = [r.id for r in page.model.rows]
    assert len(shown) < page.model.total
    target = page.model.rows[-1].id  # the bottom of the list: needs scrolling to
    page.table.scrollToTop()
    bottom = page.table.visualRect(page.model.index(len(shown) - 1, NAME_COLUMN))
    assert not page.table.viewport().rect().contains(bottom)
    with qtbot.waitSignal(page.dossier.loaded, timeout=5000):
        page.open_customer(target)
    assert page.segment_filter.currentData() == segment
    assert [r.id for r in page.model.rows] == shown
    assert page.filter_notice.isHidden()
    assert page.dossier.customer_id == target
    _assert_selected_and_visible(page, target)


def test_a_shop_the_filter_hides_clears_what_hides_it_and_says_so(qtbot, page: CustomersPage) -> None:
    _load(qtbot, page)
    rows = sorted(page.model.rows, key=lambda r: r.search_pinyin)
    target = rows[-1]
    other_segment = next(r.segment for r in rows if r.segment and r.segment != target.segment)
    route = target.route
    page.route_filter.setCurrentIndex(page.route_filter.findData(route))  # admits the target: kept
    page.segment_filter.setCurrentIndex(page.segment_filter.findData(other_segment))  # hides it
    assert page.model.row_of(target.id) is None
    with qtbot.waitSignal(page.dossier.loaded, timeout=5000):
        page.open_customer(target.id)
    assert page.segment_filter.currentData() is None
    assert page.route_filter.currentData() == route
    assert page.filter_notice.isVisible()
    assert target.name in page.filter_notice_label.text() and "segment" in page.filter_notice_label.text()
    assert page.dossier.customer_id == target.id
    _assert_selected_and_visible(page, target.id)
    page.search.setText("x")  # the user's own change: the notice has had its say
    assert page.filter_notice.isHidden()


def test_opened_before_the_list_has_loaded_it_is_selected_once_it_arrives(qtbot, page: CustomersPage, ctx) -> None:
    target = max(list_customers(ctx.uow()).rows, key=lambda r: r.search_pinyin)
    page.refresh()  # what the window does as it shows the page
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.open_customer(target.id)
    qtbot.waitUntil(lambda: page.dossier.customer_id == target.id, timeout=5000)
    _assert_selected_and_visible(page, target.id)
    assert page.filter_notice.isHidden()
