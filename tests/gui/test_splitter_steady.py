"""The divider between the customer list and the dossier stays where it is while dossiers load: a long
shop name or a full dossier must not push it over."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from domain.demo.generator import DemoSpec
from domain.services.demo import build_demo
from gui.customers.list_page import CustomersPage
from gui.workers import TaskRunner

TODAY = date(2026, 11, 27)


@pytest.fixture
def page(qtbot, ctx, tmp_path: Path):
    ctx.today = lambda: TODAY
    build_demo(ctx.uow(), DemoSpec(customers=30, months=2, today=TODAY))
    runner = TaskRunner()
    p = CustomersPage(ctx, runner, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(p)
    p.resize(1216, 600)  # the page's room in a 1366-wide window beside the sidebar
    p.show()
    yield p
    runner.wait()


def test_the_divider_does_not_move_as_dossiers_load(qtbot, page: CustomersPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    before = page.splitter.sizes()
    for row in page.model.rows[:12]:
        with qtbot.waitSignal(page.dossier.loaded, timeout=5000):
            page.open_customer(row.id)
        qtbot.wait(10)
        assert page.splitter.sizes() == before, f"divider moved when {row.name} was opened"
