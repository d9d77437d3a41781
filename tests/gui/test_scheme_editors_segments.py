"""设置 ▸ 区域类型 editor (add, rename, merge, archive) and 客户档案's bulk 改区域类型…; the settings page's
buttons open the editors."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from domain.model.customers import Customer
from domain.services.workspace import list_segments
from gui.context import AppContext
from gui.main_window import MainWindow
from gui.settings.segments_editor import SegmentsEditor
from gui.workers import TaskRunner
from tests.gui.dossier_demo import dispose


@pytest.fixture
def shops(ctx: AppContext) -> AppContext:
    """Five shops: three in the first segment, two in the second."""
    segments = list_segments(ctx.uow())
    first, second = segments[0].id, segments[1].id
    with ctx.uow() as uow:
        uow.customers.add_many([Customer(f"53010210000{n}", f"测试店{n}", segment_id=first if n < 3 else second)
                                for n in range(5)])
        uow.commit()
    return ctx


@pytest.fixture
def editor(qtbot, shops: AppContext, runner: TaskRunner) -> Iterator[SegmentsEditor]:
    e = SegmentsEditor(shops, runner)
    e.show()
    with qtbot.waitSignal(e.loaded, timeout=5000):
        e.refresh()
    yield e
    e.discard_unsaved()
    dispose(e, runner)


def _segments_by_name(ctx: AppContext) -> dict:
    return {s.name: s for s in list_segments(ctx.uow())}


def test_the_model_passes_the_model_tester(qtmodeltester, editor: SegmentsEditor) -> None:
    assert editor.model.rowCount() == 4
    qtmodeltester.check(editor.model)


def test_the_table_shows_frequency_shops_and_status(editor: SegmentsEditor) -> None:
    first = editor.model.rows[0]
    assert first.shops == 3 and editor.model.rows[1].shops == 2
    assert editor.model.index(0, 1).data() == f"{first.segment.visit_every_days} days"
    assert editor.model.index(0, 4).data() == "In use"
    assert editor.name.text() == first.segment.name  # the first segment is open in the form


def test_edit_strategy_checklist_colour_and_rename(qtbot, shops, editor: SegmentsEditor) -> None:
    old_name = editor.name.text()
    editor.name.setText("城区核心")
    editor.visit_every.setValue(5)
    editor.set_colour("#d9822b")
    editor.strategy.setPlainText("重点检查陈列与价签")
    editor.checklist.setPlainText("核对价签\n\n  查看库存  \n")
    assert editor.unsaved_work() == ["Segment 城区核心"]
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.save_button.click()
    stored = _segments_by_name(shops)
    assert old_name not in stored
    segment = stored["城区核心"]
    assert (segment.visit_every_days, segment.colour, segment.strategy) == (5, "#d9822b", "重点检查陈列与价签")
    assert segment.checklist == ("核对价签", "查看库存")
    assert not editor.unsaved_work()
    assert editor.model.index(0, 2).data() == "#d9822b"


def test_add_a_segment_and_refuse_a_duplicate_name(qtbot, shops, editor: SegmentsEditor) -> None:
    editor.new_button.click()
    assert editor.name.text() == "" and editor.table.selectionModel().selectedRows() == []
    editor.name.setText("景区")
    editor.visit_every.setValue(21)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.save_button.click()
    assert _segments_by_name(shops)["景区"].visit_every_days == 21
    assert editor.model.rowCount() == 5 and editor.name.text() == "景区"  # the new one stays open
    existing = editor.model.rows[0].segment.name
    editor.new_button.click()
    editor.name.setText(existing)
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.field_rows["name"].error.isVisibleTo(editor), timeout=5000)
    assert "already a segment" in editor.field_rows["name"].error.text()
    assert len(list_segments(shops.uow())) == 5


def test_merge_moves_the_shops_after_confirming_their_number(qtbot, shops, editor: SegmentsEditor,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    source, target = editor.model.rows[0].segment, editor.model.rows[1].segment
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: (target.name, True))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: asked.append(str(args[2])) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.merge_button.click()
    assert asked and "3 shops" in asked[0] and source.name in asked[0]
    stored = _segments_by_name(shops)
    assert stored[source.name].archived
    lines = {line.segment.name: line for line in editor.model.rows}
    assert lines[target.name].shops == 5 and lines[source.name].shops == 0
    assert "3 shops moved" in editor.status.text()


def test_archive_and_bring_back(qtbot, shops, editor: SegmentsEditor) -> None:
    segment = editor.model.rows[2].segment
    editor.table.setCurrentIndex(editor.model.index(2, 0))
    assert editor.name.text() == segment.name
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.archive_button.click()
    assert _segments_by_name(shops)[segment.name].archived
    assert editor.model.index(2, 4).data() == "Archived" and editor.archive_button.text() == "Bring back"
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.archive_button.click()
    assert not _segments_by_name(shops)[segment.name].archived


def test_leaving_a_segment_with_edits_asks(qtbot, shops, editor: SegmentsEditor,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Cancel)
    first = editor.model.rows[0].segment
    editor.strategy.setPlainText("还没保存")
    editor.table.setCurrentIndex(editor.model.index(1, 0))
    assert editor.name.text() == first.name and editor.strategy.toPlainText() == "还没保存"  # stayed
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)
    editor.table.setCurrentIndex(editor.model.index(1, 0))
    assert editor.name.text() == editor.model.rows[1].segment.name
    assert _segments_by_name(shops)[first.name].strategy != "还没保存"


def test_the_settings_page_opens_the_editors_and_follows_their_changes(qtbot, window: MainWindow, ctx) -> None:
    window.sidebar.setCurrentRow(window.pages.indexOf(window.settings_page))
    page = window.settings_page
    qtbot.waitUntil(lambda: page.frequency_form.rowCount() == 4, timeout=5000)
    opened: list[object] = []
    page.schemes_group.opened.connect(opened.append)
    page.schemes_group.grade_button.click()
    editor = opened[-1]
    qtbot.waitUntil(lambda: editor.scheme is not None, timeout=5000)
    editor.grades.setValue(16)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save_button.click()
    assert page.grades.value() == 16 and page.edited_settings().grade_count == 16
    editor.close_button.click()
    page.schemes_group.segments_button.click()
    segments = opened[-1]
    assert isinstance(segments, SegmentsEditor)
    qtbot.waitUntil(lambda: segments.model.rowCount() == 4, timeout=5000)
    with qtbot.waitSignal(segments.loaded, timeout=5000):
        segments.archive_button.click()
    qtbot.waitUntil(lambda: page.frequency_form.rowCount() == 3, timeout=5000)  # archived: offered nowhere
    segments.reject()


@pytest.fixture
def customers_page(qtbot, shops: AppContext, runner: TaskRunner, tmp_path) -> Iterator:
    from PySide6.QtCore import QSettings

    from gui.customers.list_page import CustomersPage

    page = CustomersPage(shops, runner, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    yield page
    dispose(page, runner)


def test_bulk_change_segment_of_the_selected_customers(qtbot, shops, customers_page,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QItemSelectionModel

    page = customers_page
    action = page.reassign
    assert not action.button.isEnabled()  # nothing selected
    target = list_segments(shops.uow())[3]
    selection = page.table.selectionModel()
    for row in (0, 1, 4):
        selection.select(page.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    chosen = sorted(page.model.rows[r].id for r in (0, 1, 4))
    assert action.selected_ids() == chosen and action.button.isEnabled()
    offered: list[list[str]] = []

    def get_item(parent, title, label, items, *rest):  # noqa: ANN001, ANN202
        offered.append(list(items))
        return target.name, True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    told: list[str] = []
    page.count_changed.connect(told.append)
    action.button.click()
    qtbot.waitUntil(lambda: any("moved" in t for t in told), timeout=5000)
    assert target.name in offered[0] and offered[0][-1] == "(no segment)"
    assert "3 customers moved" in told[-1]
    with shops.uow() as uow:
        assert all(uow.customers.get(cid).segment_id == target.id for cid in chosen)
    assert {r.segment for r in page.model.rows if r.id in chosen} == {target.name}
