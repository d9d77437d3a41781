"""设置 ▸ 备份 (issue 11, "The folder's size is shown in 设置, with where it is"): where the backups are,
how many and how large, the newest verified one, and the buttons that back up and restore."""
from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton

from domain.backups import BackupReason
from gui.safety import labels
from gui.safety.restore_dialog import RestoreDialog
from gui.settings.settings_page import SettingsPage
from tests.gui.safety_fakes import FakeBackups, FakePoints, history


def _page(qtbot, ctx, runner) -> SettingsPage:
    page = SettingsPage(ctx, runner)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.backup_group.loaded, timeout=5000):
        page.refresh()
    return page


def test_the_group_says_where_how_many_how_large_and_the_last_verified(qtbot, ctx, runner) -> None:
    ctx.restore_points = FakePoints(folder="/data/backups")
    page = _page(qtbot, ctx, runner)
    group = page.backup_group
    assert group.location.text() == "/data/backups"
    assert group.summary.text() == "4 backups, 9.2 MB in all"
    assert labels.local_time(history()[1].taken_at) in group.last_verified.text()  # [0] is not verified
    assert "Backup at close" in group.last_verified.text()


def test_open_folder_opens_the_backups_folder(qtbot, ctx, runner, monkeypatch) -> None:
    ctx.restore_points = FakePoints(folder="/data/backups")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    page = _page(qtbot, ctx, runner)
    group = page.backup_group
    qtbot.mouseClick(group.findChild(QPushButton, "OpenBackupFolderButton"), Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == ["/data/backups"]


def test_a_workspace_without_backups_says_none_yet(qtbot, ctx, runner) -> None:
    ctx.restore_points = FakePoints([])
    page = _page(qtbot, ctx, runner)
    group = page.backup_group
    assert group.summary.text().startswith("0 backups") and group.last_verified.text() == "None yet"
    assert not group.restore_button.isEnabled()


def test_a_url_workspace_has_none(qtbot, ctx, runner) -> None:
    ctx.restore_points = None
    page = _page(qtbot, ctx, runner)
    group = page.backup_group
    assert "not a file" in group.location.text()
    assert not group.back_up_button.isEnabled() and not group.open_folder.isEnabled()


def test_back_up_now_and_restore_go_through_the_window(qtbot, window, monkeypatch) -> None:
    fake = FakeBackups()
    window.ctx.backups = fake
    window.ctx.restore_points = FakePoints()
    window.show_page("settings")
    group = window.settings_page.backup_group
    qtbot.waitUntil(lambda: group.summary.text() != "")
    qtbot.mouseClick(group.findChild(QPushButton, "BackUpNowButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("take", BackupReason.MANUAL) in fake.calls)
    qtbot.waitUntil(lambda: "Backup saved" in window.statusBar().currentMessage())

    shown: list[RestoreDialog] = []
    monkeypatch.setattr(RestoreDialog, "exec", lambda d: shown.append(d) or 0)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    qtbot.mouseClick(group.findChild(QPushButton, "RestoreFromBackupButton"), Qt.MouseButton.LeftButton)
    assert shown and shown[0].model.rowCount() == 4
