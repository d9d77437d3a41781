"""The customer list and dossier as a user drives them: search, filter, create, edit, archive, delete."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from domain.demo.generator import DemoSpec
from domain.demo.worked_example import LICENSE_NO, NAME
from domain.services.customers import get_customer, list_customers
from domain.services.demo import build_demo
from gui.customers.list_page import CustomersPage
from gui.workers import TaskRunner

TODAY = date(2026, 11, 27)


@pytest.fixture
def page(qtbot, ctx, tmp_path: Path):
    ctx.today = lambda: TODAY
    build_demo(ctx.uow(), DemoSpec(customers=40, months=3, today=TODAY))
    runner = TaskRunner()
    p = CustomersPage(ctx, runner, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    with qtbot.waitSignal(p.loaded, timeout=10000):
        p.refresh()
    yield p
    runner.wait()


def _names(page: CustomersPage) -> list[str]:
    return [r.name for r in page.model.rows]


def _open(qtbot, page: CustomersPage, name: str) -> None:
    page.search.setText(name)
    with qtbot.waitSignal(page.dossier.loaded, timeout=5000):
        page.table.setCurrentIndex(page.model.index(_names(page).index(name), 1))


def test_model_passes_the_model_tester(qtmodeltester, page: CustomersPage) -> None:
    qtmodeltester.check(page.model)


def test_pinyin_initials_and_full_pinyin_find_the_shop(qtbot, page: CustomersPage) -> None:
    total = page.model.rowCount()
    assert total == 40
    qtbot.keyClicks(page.search, "bhl")
    assert NAME in _names(page) and len(_names(page)) < total
    page.search.clear()
    qtbot.keyClicks(page.search, "beihuan")
    assert NAME in _names(page)
    page.search.clear()
    qtbot.keyClicks(page.search, LICENSE_NO[-6:])
    assert _names(page) == [NAME]
    page.search.clear()
    qtbot.keyClicks(page.search, "zzzzqqq")
    assert _names(page) == []
    assert page.model.rowCount() == 0


def test_status_bar_count_and_filters(qtbot, page: CustomersPage) -> None:
    counts: list[str] = []
    page.count_changed.connect(counts.append)
    segment = page.model.rows[0].segment
    page.segment_filter.setCurrentIndex(page.segment_filter.findData(segment))
    assert {r.segment for r in page.model.rows} == {segment}
    assert counts[-1].startswith(f"Showing {page.model.rowCount()} of 40")
    page.grade_min.setValue(20)
    assert all(r.grade is not None and r.grade >= 20 for r in page.model.rows)
    page.reset_filters()
    assert page.model.rowCount() == 40


def test_create_a_customer_with_the_keyboard(qtbot, page: CustomersPage, ctx) -> None:
    with qtbot.waitSignal(page.dossier.loaded, timeout=5000):
        qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.dossier.form
    qtbot.keyClicks(form.license_no, "530102999001")
    form.name.setText("新开烟酒店")
    qtbot.keyClicks(form.phone, "139 0000 1234")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "新开烟酒店" in [r.name for r in page.model.all_rows]
    saved = next(r for r in page.model.all_rows if r.name == "新开烟酒店")
    assert saved.phone == "13900001234"  # normalised on save
    assert page.selected_id() == saved.id
    assert not page.dossier.dirty


def test_invalid_fields_are_shown_inline_and_nothing_is_saved(qtbot, page: CustomersPage, ctx) -> None:
    with qtbot.waitSignal(page.dossier.loaded, timeout=5000):
        page.new_customer()
    form = page.dossier.form
    form.license_no.setText(LICENSE_NO)  # taken by the worked example
    form.phone.setText("12345")
    page.dossier.save()
    qtbot.waitUntil(lambda: form._rows["license_no"].error.isVisible(), timeout=5000)
    assert NAME in form._rows["license_no"].error.text()
    assert form._rows["name"].error.isVisible()
    assert form._rows["phone"].error.isVisible()
    assert len(list_customers(ctx.uow()).rows) == 40
    form.name.setText("x")  # editing a field clears its message
    assert not form._rows["name"].error.isVisible()


def test_edit_and_save_an_existing_dossier(qtbot, page: CustomersPage, ctx) -> None:
    _open(qtbot, page, NAME)
    form = page.dossier.form
    assert form.license_no.text() == LICENSE_NO
    form.hobbies.setPlainText("喜欢《读者》杂志，周末钓鱼")
    form.env_competitors.add_row("对面烟酒店", 30)
    assert page.dossier.dirty
    with qtbot.waitSignal(page.dossier.saved, timeout=5000):
        page.dossier.save()
    customer = get_customer(ctx.uow(), page.dossier.customer_id)
    assert customer.care.hobbies == "喜欢《读者》杂志，周末钓鱼"
    assert ("对面烟酒店", 30) in [(c.name, c.distance_m) for c in customer.environment.competitors]


def test_switching_with_unsaved_edits_asks_first(qtbot, page: CustomersPage, monkeypatch: pytest.MonkeyPatch) -> None:
    _open(qtbot, page, NAME)
    page.dossier.form.owner.setText("改过的名字")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kw: asked.append(args[2]) or QMessageBox.StandardButton.Cancel)
    page.search.clear()
    other = next(n for n, r in enumerate(page.model.rows) if r.name != NAME)
    page.table.setCurrentIndex(page.model.index(other, 1))
    assert asked and NAME in asked[0]
    assert page.dossier.form.owner.text() == "改过的名字"  # still there: nothing lost
    assert page.selected_id() == page.dossier.customer_id
    assert not page.confirm_close()


def test_archive_then_undo(qtbot, page: CustomersPage, ctx) -> None:
    _open(qtbot, page, NAME)
    cid = page.dossier.customer_id
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.dossier.toggle_archive()
    assert get_customer(ctx.uow(), cid).status.value == "archived"
    assert NAME not in [r.name for r in page.model.rows if r.status != "archived"]
    assert page.undo_bar.isVisible() and NAME in page.undo_label.text()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_customer(ctx.uow(), cid).status.value == "active"
    assert not page.undo_bar.isVisible()


def test_a_customer_with_history_cannot_be_deleted(qtbot, page: CustomersPage, ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    _open(qtbot, page, NAME)
    page.dossier.delete()
    assert told and "order lines" in told[0]
    assert get_customer(ctx.uow(), page.dossier.customer_id).name == NAME


def test_delete_a_customer_without_history_after_confirmation(qtbot, page: CustomersPage, ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    with qtbot.waitSignal(page.dossier.loaded, timeout=5000):
        page.new_customer()
    page.dossier.form.license_no.setText("530102999002")
    page.dossier.form.name.setText("待删除小卖部")
    page.dossier.form.tags.setText("试点")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.dossier.save()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.dossier.delete()
    assert asked and "1 tags" in asked[0]
    assert "待删除小卖部" not in [r.name for r in list_customers(ctx.uow()).rows]


def test_hidden_columns_are_remembered(qtbot, ctx, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "cols.ini"), QSettings.Format.IniFormat)
    runner = TaskRunner()
    first = CustomersPage(ctx, runner, settings=settings)
    qtbot.addWidget(first)
    first.set_column_visible(3, True)  # phone, hidden by default
    first.set_column_visible(2, False)
    second = CustomersPage(ctx, runner, settings=settings)
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.loaded, timeout=5000):
        second.refresh()
    header = second.table.horizontalHeader()
    assert not header.isSectionHidden(3) and header.isSectionHidden(2)
    runner.wait()


def test_export_writes_the_shown_rows_and_columns(qtbot, page: CustomersPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "客户.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    done: list[int] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: done.append(1))
    page.search.setText("bhl")
    page.export_shown()
    qtbot.waitUntil(lambda: target.exists() and bool(done), timeout=5000)
    sheet = load_workbook(target, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    headers = [str(h) for h in rows[0]]
    assert headers == [c.header for c in page.visible_columns()]
    assert len(rows) - 1 == page.model.rowCount() and NAME in [r[0] for r in rows[1:]]
