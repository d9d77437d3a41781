from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from domain.services.evaluations import customer_evaluations
from gui.customers.swot_tab import SwotTab


@pytest.fixture
def tab(open_tab, worked_example_id, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"unexpected warning {a[2]}"))
    return open_tab(SwotTab, worked_example_id)


def _swots(ctx, customer_id):
    return customer_evaluations(ctx.uow(), customer_id).swots


def test_shows_the_worked_example(tab, qtmodeltester) -> None:
    qtmodeltester.check(tab.model)
    assert len(tab.model.rows) == 1
    assert tab.lists["strengths"].entries()[0].startswith("地理位置好")
    assert tab.lists["weaknesses"].entries() == ["马路对面有两家烟店，竞争激烈", "低毛利品规价格竞争，利润空间小"]
    assert tab.lists["threats"].entries() == ["非正常渠道卷烟和走私烟冲击市场"]
    assert "保持五星级" in tab.conclusion.toPlainText()
    assert not tab.has_unsaved_changes()


def test_create_edit_delete_round_trip(qtbot, tab, demo_ctx, worked_example_id, monkeypatch) -> None:  # noqa: F811
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.lists["strengths"].entries() == [] and tab.current is not None and tab.current.id is None
    assert tab.date.date().toPython().isoformat() == "2026-11-27"
    edit = tab.lists["strengths"]
    edit.setFocus()
    qtbot.keyClicks(edit, "Good corner site")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "  Loyal owner  ")
    tab.lists["threats"].set_entries(["走私烟"])
    tab.lists["threats"].textChanged.emit()
    tab.conclusion.setPlainText("Keep the five stars")
    assert tab.has_unsaved_changes()
    with qtbot.waitSignal(tab.changed, timeout=5000), qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    swots = sorted(_swots(demo_ctx, worked_example_id), key=lambda s: s.analysed_on)
    assert len(swots) == 2
    new = swots[-1]
    assert (new.analysed_on.isoformat(), new.strengths, new.threats, new.conclusion) == (
        "2026-11-27", ["Good corner site", "Loyal owner"], ["走私烟"], "Keep the five stars")
    assert [s.analysed_on.isoformat() for s in tab.model.rows] == ["2026-11-27", "2026-11-05"]
    assert tab.current is not None and tab.current.id == new.id
    assert tab.status.text() == "Saved." and not tab.has_unsaved_changes()

    # edit the saved one
    tab.lists["opportunities"].set_entries(["New high-margin brands"])
    tab.lists["opportunities"].textChanged.emit()
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.save()
    swots = {s.id: s for s in _swots(demo_ctx, worked_example_id)}
    assert len(swots) == 2 and swots[new.id].opportunities == ["New high-margin brands"]

    # delete it after confirming
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.changed, timeout=5000), qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in _swots(demo_ctx, worked_example_id)] != [new.id]
    assert len(tab.model.rows) == 1 and tab.current.analysed_on.isoformat() == "2026-11-05"


def test_an_empty_analysis_is_refused_inline(qtbot, tab, demo_ctx, worked_example_id) -> None:  # noqa: F811
    tab.new_analysis()
    tab.save()
    qtbot.waitUntil(lambda: tab.error.isVisible(), timeout=5000)
    assert tab.error.text() == "A SWOT analysis needs at least one entry."
    assert len(_swots(demo_ctx, worked_example_id)) == 1


def test_unsaved_edits_are_not_dropped_silently(qtbot, tab, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel)
    tab.conclusion.setPlainText("changed")
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert asked and tab.conclusion.toPlainText() == "changed" and tab.current.id is not None


def test_the_dossier_can_ask_every_tab_before_leaving(qtbot, tab, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert tab.ask_to_keep_edits() and not tab.has_unsaved_changes()
    tab.lists["threats"].set_entries(["假烟"])
    tab.lists["threats"].textChanged.emit()
    assert tab.has_unsaved_changes()
    assert tab.ask_to_keep_edits() and not tab.has_unsaved_changes()
