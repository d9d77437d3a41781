"""文件 ▸ 从备份恢复…: the list of backups and the restore from the window (issue 11, "Restore"; fault
scenario (c) 9–11: a damaged or lost file is put right from a verified backup, and the restore itself
can be undone). The backups are a fake RestorePoints; the workspace is a real one."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from domain.errors import DiskFull
from gui.main_window import MainWindow
from gui.safety import labels
from gui.safety.restore_dialog import RestoreDialog
from tests.gui.safety_fakes import REPLACED, FakePoints, history


def _shown(qtbot, points: FakePoints, current: str = "/data/fieldbook.db") -> RestoreDialog:
    dialog = RestoreDialog(points, current)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _texts(dialog: RestoreDialog, row: int) -> list[str]:
    model = dialog.model
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_the_dialog_lists_the_backups_newest_first_in_words(qtbot) -> None:
    dialog = _shown(qtbot, FakePoints())
    assert dialog.model.rowCount() == 4
    first = _texts(dialog, 0)
    assert first[0] == labels.local_time(history()[0].taken_at)
    assert first[1:] == ["Before an import", "2.3 MB", "31", "1,500", "Not verified", "Its operation did not complete"]
    assert _texts(dialog, 1)[1] == "Backup at close" and _texts(dialog, 1)[5] == "✓ Verified"
    assert [_texts(dialog, r)[1] for r in (2, 3)] == ["Scheduled backup", "Manual backup"]
    assert _texts(dialog, 1)[6] == ""
    assert not dialog.empty_note.isVisibleTo(dialog)
    assert "backed up first" in dialog.findChild(object, "RestoreIntro").text()


def test_the_list_passes_the_model_tester(qtbot, qtmodeltester) -> None:
    qtmodeltester.check(_shown(qtbot, FakePoints()).model)


def test_an_empty_list_says_so_and_offers_no_restore(qtbot) -> None:
    dialog = _shown(qtbot, FakePoints([]))
    assert dialog.empty_note.isVisibleTo(dialog)
    assert not dialog.findChild(QPushButton, "RestoreButton").isEnabled()


def test_restore_asks_naming_the_backup_and_the_current_file(qtbot, monkeypatch) -> None:
    asked: list[str] = []

    def question(_parent, _title, text, *_a):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = _shown(qtbot, FakePoints())
    dialog.table.selectRow(2)
    qtbot.mouseClick(dialog.findChild(QPushButton, "RestoreButton"), Qt.MouseButton.LeftButton)
    assert dialog.chosen == history()[2]
    assert "/data/fieldbook.db" in asked[0] and labels.local_time(history()[2].taken_at) in asked[0]


def test_a_cancelled_confirmation_chooses_nothing(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    dialog = _shown(qtbot, FakePoints())
    qtbot.mouseClick(dialog.findChild(QPushButton, "RestoreButton"), Qt.MouseButton.LeftButton)
    assert dialog.chosen is None and dialog.isVisible()


def _choose_row(qtbot, monkeypatch, row: int) -> None:
    """The window's restore dialog, driven: pick `row`, press 恢复, confirm."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)

    def run(dialog: RestoreDialog) -> int:
        dialog.show()
        dialog.table.selectRow(row)
        qtbot.mouseClick(dialog.findChild(QPushButton, "RestoreButton"), Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(RestoreDialog, "exec", run)


def test_the_window_restores_the_chosen_backup_and_reopens(qtbot, window: MainWindow, monkeypatch) -> None:
    old = window.ctx
    order: list[str] = []
    closing = old.close
    old.close = lambda: (order.append("closed"), closing())[1]
    points = FakePoints()
    original_restore = points.restore
    points.restore = lambda chosen: (order.append("restored"), original_restore(chosen))[1]
    old.restore_points = points
    notes: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: notes.append(text))
    _choose_row(qtbot, monkeypatch, 1)

    window.restore_from_backup()

    assert points.restored == [history()[1].name]
    assert order == ["closed", "restored"]  # the window lets go of the file before it is replaced
    assert window.ctx is not old and window.ctx.workspace_path == old.workspace_path
    with window.ctx.uow() as uow:  # the reopened workspace is usable
        uow.customers.count()
    assert labels.local_time(history()[1].taken_at) in notes[0]
    assert labels.local_time(REPLACED.taken_at) in notes[0] and "Before a restore" in notes[0]


def test_unsaved_work_refused_means_no_restore(qtbot, window: MainWindow, monkeypatch) -> None:
    points = FakePoints()
    window.ctx.restore_points = points
    _choose_row(qtbot, monkeypatch, 0)
    monkeypatch.setattr(window, "confirm_unsaved", lambda _action: False)
    old = window.ctx
    window.restore_from_backup()
    assert points.restored == [] and window.ctx is old


def test_a_failed_restore_says_why_in_one_line_and_reopens_the_old_file(qtbot, window: MainWindow, monkeypatch) -> None:
    old = window.ctx
    old.restore_points = FakePoints(fail=DiskFull("/data/fieldbook.db", 5_000_000, 1_000))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    _choose_row(qtbot, monkeypatch, 1)
    window.restore_from_backup()
    assert len(warned) == 1 and "\n" not in warned[0] and "5,000,000" in warned[0]
    assert window.ctx is not old and window.ctx.workspace_path == old.workspace_path
    with window.ctx.uow() as uow:
        uow.customers.count()
