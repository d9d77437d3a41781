"""The product catalogue as a user drives it: find, edit, create, validation shown inline."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from domain.demo.generator import DemoSpec
from domain.services.demo import build_demo
from domain.services.products import list_products
from gui.products.catalogue_page import CataloguePage
from gui.workers import TaskRunner


@pytest.fixture
def page(qtbot, ctx, tmp_path: Path):
    build_demo(ctx.uow(), DemoSpec(customers=5, months=1, today=date(2026, 11, 27)))
    runner = TaskRunner()
    p = CataloguePage(ctx, runner, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    with qtbot.waitSignal(p.loaded, timeout=5000):
        p.refresh()
    yield p
    runner.wait()


def test_model_passes_the_model_tester(qtmodeltester, page: CataloguePage) -> None:
    qtmodeltester.check(page.model)


def test_search_and_class_filter(qtbot, page: CataloguePage) -> None:
    total = page.model.rowCount()
    assert total >= 50
    qtbot.keyClicks(page.search, "6901")
    assert 0 < page.model.rowCount() <= total
    page.search.setText("中华")
    assert all("中华" in p.name for p in page.model.rows) and page.model.rowCount() >= 1
    page.search.clear()
    page.class_filter.setCurrentIndex(page.class_filter.findData(1))
    assert page.model.rows and all(int(p.price_class) == 1 for p in page.model.rows)


def test_edit_a_product(qtbot, page: CataloguePage, ctx) -> None:
    page.table.setCurrentIndex(page.model.index(0, 1))
    code = page.model.rows[0].code
    page.form.is_scarce.setChecked(True)
    page.form.has_retail.setChecked(True)
    page.form.retail.setValue(float(page.form.wholesale.value()) + 20)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = next(p for p in list_products(ctx.uow()) if p.code == code)
    assert stored.is_scarce


def test_new_product_follows_the_price_class_rule_and_reports_errors(qtbot, page: CataloguePage, ctx) -> None:
    page.new_product()
    page.form.code.setText("6901028999")
    page.form.wholesale.setValue(120)
    assert page.form.price_class.currentData() == 1  # ≥100 元: 一类
    page.save()  # no name yet
    qtbot.waitUntil(lambda: page.form._rows["name"].error.isVisible(), timeout=5000)
    page.form.name.setText("测试(硬)")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.save()
    stored = next(p for p in list_products(ctx.uow()) if p.code == "6901028999")
    assert stored.wholesale_price == Decimal("120.00") and int(stored.price_class) == 1
    assert page.model.rows[page.table.currentIndex().row()].code == "6901028999"
