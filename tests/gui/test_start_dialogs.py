"""The start-up questions (issue 11, "No silent empty workspace" and "Check before trusting"; fault
scenarios (c) 5 missing file or folder, and 9–11 damaged files set aside with the newest verified backup
offered): a missing workspace is never replaced by an empty one unless 新建空工作区 is pressed, and a
damaged one offers the newest verified backup with its date and counts."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

from domain.errors import WorkspaceDamagedSetAside, WorkspaceLocked, WorkspaceNotFound
from gui.safety import labels
from gui.safety.restore_dialog import RestoreDialog
from gui.safety.start_dialogs import (
    DamagedWorkspaceDialog,
    MissingWorkspaceDialog,
    open_at_start,
    remember_workspace,
    start_place,
)
from tests.gui.safety_fakes import FakePoints, history

PATH = Path("/data/fieldbook.db")


class FakeOpener:
    """Raises `first` until the file is there (a restore, a file found elsewhere, or create=True)."""

    def __init__(self, first: Exception, points: FakePoints | None = None) -> None:
        self.first, self.points = first, points
        self.calls: list[tuple[Path, bool]] = []
        self.found: set[Path] = set()

    def __call__(self, path: Path, create: bool = False) -> object:
        self.calls.append((path, create))
        if create or path in self.found or (self.points is not None and self.points.restored):
            return ("opened", path, create)
        raise self.first


def _press(qtbot, monkeypatch, dialog_class, *names: str) -> list[str]:
    """Each time `dialog_class` is shown, press the next of `names`; returns the texts it showed."""
    pending, shown = list(names), []

    def run(dialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append("\n".join(label.text() for label in dialog.findChildren(QLabel)))
        qtbot.mouseClick(dialog.findChild(QPushButton, pending.pop(0)), Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(dialog_class, "exec", run)
    return shown


def _choose_in_restore_dialog(qtbot, monkeypatch, row: int) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)

    def run(dialog: RestoreDialog) -> int:
        dialog.show()
        dialog.table.selectRow(row)
        qtbot.mouseClick(dialog.findChild(QPushButton, "RestoreButton"), Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(RestoreDialog, "exec", run)


def test_a_missing_workspace_spells_out_the_path_and_quit_opens_nothing(qtbot, monkeypatch) -> None:
    opener = FakeOpener(WorkspaceNotFound(str(PATH)))
    shown = _press(qtbot, monkeypatch, MissingWorkspaceDialog, "QuitButton")
    assert open_at_start(opener, PATH, lambda _p: FakePoints()) is None
    assert str(PATH) in shown[0]
    assert opener.calls == [(PATH, False)]  # never an empty workspace made to stand in


def test_only_new_empty_workspace_creates_one(qtbot, monkeypatch) -> None:
    opener = FakeOpener(WorkspaceNotFound(str(PATH)))
    _press(qtbot, monkeypatch, MissingWorkspaceDialog, "NewWorkspaceButton")
    assert open_at_start(opener, PATH, lambda _p: FakePoints()) == ("opened", PATH, True)
    assert opener.calls == [(PATH, False), (PATH, True)]


def test_find_the_file_opens_the_one_chosen(qtbot, monkeypatch) -> None:
    moved = Path("/elsewhere/fieldbook.db")
    opener = FakeOpener(WorkspaceNotFound(str(PATH)))
    opener.found.add(moved)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(moved), ""))
    _press(qtbot, monkeypatch, MissingWorkspaceDialog, "FindFileButton")
    assert open_at_start(opener, PATH, lambda _p: FakePoints()) == ("opened", moved, False)
    assert all(not create for _path, create in opener.calls)


def test_a_cancelled_find_asks_again_and_still_creates_nothing(qtbot, monkeypatch) -> None:
    opener = FakeOpener(WorkspaceNotFound(str(PATH)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: ("", ""))
    shown = _press(qtbot, monkeypatch, MissingWorkspaceDialog, "FindFileButton", "QuitButton")
    assert open_at_start(opener, PATH, lambda _p: FakePoints()) is None
    assert len(shown) == 2 and all(not create for _path, create in opener.calls)


def test_restore_from_backup_restores_the_chosen_one_then_opens(qtbot, monkeypatch) -> None:
    points = FakePoints()
    opener = FakeOpener(WorkspaceNotFound(str(PATH)), points)
    _press(qtbot, monkeypatch, MissingWorkspaceDialog, "RestoreBackupButton")
    _choose_in_restore_dialog(qtbot, monkeypatch, 2)
    assert open_at_start(opener, PATH, lambda _p: points) == ("opened", PATH, False)
    assert points.restored == [history()[2].name]


def test_without_backups_the_restore_button_is_off(qtbot) -> None:
    dialog = MissingWorkspaceDialog(PATH, "gone", has_backups=False)
    qtbot.addWidget(dialog)
    assert not dialog.findChild(QPushButton, "RestoreBackupButton").isEnabled()
    assert dialog.findChild(QPushButton, "NewWorkspaceButton").isEnabled()


def test_a_damaged_workspace_offers_the_newest_verified_backup(qtbot, monkeypatch) -> None:
    points = FakePoints()
    copy = "/data/fieldbook.damaged-20261204-093000.db"
    opener = FakeOpener(WorkspaceDamagedSetAside(str(PATH), "malformed page", copy), points)
    shown = _press(qtbot, monkeypatch, DamagedWorkspaceDialog, "RestoreNewestButton")
    assert open_at_start(opener, PATH, lambda _p: points) == ("opened", PATH, False)
    newest = history()[1]  # history()[0] is newer but not verified
    assert points.restored == [newest.name]
    assert copy in shown[0] and "kept" in shown[0]
    assert labels.local_time(newest.taken_at) in shown[0]
    assert "30 customers" in shown[0] and "1,234 order lines" in shown[0]


def test_a_damaged_workspace_can_restore_another_backup_or_quit(qtbot, monkeypatch) -> None:
    points = FakePoints()
    opener = FakeOpener(WorkspaceDamagedSetAside(str(PATH), "malformed", "/data/x.damaged.db"), points)
    _press(qtbot, monkeypatch, DamagedWorkspaceDialog, "OtherBackupButton")
    _choose_in_restore_dialog(qtbot, monkeypatch, 3)
    assert open_at_start(opener, PATH, lambda _p: points) == ("opened", PATH, False)
    assert points.restored == [history()[3].name]

    quitting = FakeOpener(WorkspaceDamagedSetAside(str(PATH), "malformed", "/data/x.damaged.db"), FakePoints())
    _press(qtbot, monkeypatch, DamagedWorkspaceDialog, "QuitButton")
    assert open_at_start(quitting, PATH, lambda _p: FakePoints()) is None


def test_no_verified_backup_means_no_restore_this_one(qtbot) -> None:
    exc = WorkspaceDamagedSetAside(str(PATH), "malformed", "/data/x.damaged.db")
    dialog = DamagedWorkspaceDialog(exc, None)
    qtbot.addWidget(dialog)
    assert not dialog.findChild(QPushButton, "RestoreNewestButton").isEnabled()
    assert dialog.findChild(QPushButton, "OtherBackupButton").isEnabled()


def test_other_refusals_are_raised_as_before(qtbot) -> None:
    with pytest.raises(WorkspaceLocked):
        open_at_start(FakeOpener(WorkspaceLocked(str(PATH))), PATH, lambda _p: FakePoints())


def test_the_start_place_creates_only_on_a_first_run(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    default = tmp_path / "fieldbook.db"
    no_backups = lambda _p: FakePoints([])  # noqa: E731
    assert start_place(None, default, settings, no_backups) == (default, True)  # first run
    assert start_place(None, default, settings, lambda _p: FakePoints()) == (default, False)  # backups: it was here
    assert start_place(tmp_path / "x.db", default, settings, no_backups) == (tmp_path / "x.db", False)

    class Ctx:
        workspace_path = tmp_path / "last.db"
        is_demo = False

    remember_workspace(settings, Ctx())  # type: ignore[arg-type]  # only the two fields are read
    assert start_place(None, default, settings, no_backups) == (tmp_path / "last.db", False)
