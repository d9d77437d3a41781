"""A search that finds nothing says so over the list ("没有匹配的客户" / "没有匹配的卷烟规格") instead of leaving a
blank table; the note is not a row of the model, and an empty workspace gets no such note."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from domain.demo.generator import DemoSpec
from domain.services.demo import build_demo
from gui.common.empty_note import EmptyListNote
from gui.customers.list_page import CustomersPage
from gui.products.catalogue_page import CataloguePage

TODAY = date(2026, 11, 27)


def _make(qtbot, page_type, ctx, runner, tmp_path: Path):
    page = page_type(ctx, runner, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    return page


def _note(page) -> EmptyListNote:
    (note,) = page.table.viewport().findChildren(EmptyListNote)
    return note


@pytest.mark.parametrize(("page_type", "text"), [
    (CustomersPage, "No matching customers"), (CataloguePage, "No matching products"),
])
def test_a_search_that_finds_nothing_says_so(qtbot, ctx, runner, tmp_path, page_type, text) -> None:
    ctx.today = lambda: TODAY
    build_demo(ctx.uow(), DemoSpec(customers=10, months=1, today=TODAY))
    page = _make(qtbot, page_type, ctx, runner, tmp_path)
    note = _note(page)
    assert page.model.rowCount() > 0 and not note.isVisible()
    qtbot.keyClicks(page.search, "zzqx9999")
    assert page.model.rowCount() == 0
    assert note.isVisible() and note.text() == text
    assert page.table.viewport().rect().contains(note.geometry().topLeft())
    page.search.clear()
    assert page.model.rowCount() > 0 and not note.isVisible()


@pytest.mark.parametrize("page_type", [CustomersPage, CataloguePage])
def test_an_empty_workspace_has_no_matching_note(qtbot, ctx, runner, tmp_path, page_type) -> None:
    page = _make(qtbot, page_type, ctx, runner, tmp_path)
    qtbot.keyClicks(page.search, "zz")
    assert page.model.rowCount() == 0
    assert not _note(page).isVisible()
