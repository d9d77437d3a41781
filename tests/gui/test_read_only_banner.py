"""A workspace opened read-only (issue 11, "Read-only and full disks"; fault scenario (c) 6, read-only
file or folder): a red banner says why, the writing entry points are off (and stay off), viewing still
works; a save that gets through shows the one-line refusal. And the yellow warning for a risky folder,
dismissed per file."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QPushButton

import main
from domain.errors import WorkspaceReadOnly
from gui.context import AppContext
from gui.main_window import MainWindow
from gui.safety.banners import DISMISSED


def _window(qtbot, ctx: AppContext, settings: QSettings) -> MainWindow:
    w = MainWindow(ctx, main.RESOURCES / "icons", settings=settings)
    qtbot.addWidget(w)
    w.show()
    return w


def test_the_banner_says_why_and_the_edits_are_off(qtbot, ctx: AppContext, settings: QSettings) -> None:
    ctx.read_only_reason = "file is read-only"
    w = _window(qtbot, ctx, settings)
    assert w.banners.read_only.isVisible()
    text = w.banners.read_only_label.text()
    assert "the file is read-only" in text and "export and print" in text
    customers = w.customers_page
    w.show_page("customers")
    assert not customers.new_button.isEnabled() and not customers.import_button.isEnabled()
    assert customers.export_button.isEnabled()  # reading, exporting and printing stay
    customers.new_button.setEnabled(True)  # a page enabling it again after a selection
    assert not customers.new_button.isEnabled()
    new_keys = {k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.New)}
    assert all(not s.isEnabled() for s in customers.findChildren(QShortcut) if s.key().toString() in new_keys)
    w.show_page("analysis")
    assert not w.analysis_page.import_button.isEnabled() and not w.analysis_page.history_button.isEnabled()
    w.show_page("tiers")
    assert not w.tiers_page.recompute_button.isEnabled()
    w.show_page("settings")
    assert not w.settings_page.save_button.isEnabled()
    group = w.settings_page.backup_group
    qtbot.waitUntil(lambda: group.summary.text() != "")  # the backup folder read
    assert not group.back_up_button.isEnabled()


def test_a_writable_workspace_has_no_banner_and_its_edits_on(qtbot, ctx: AppContext, settings: QSettings) -> None:
    w = _window(qtbot, ctx, settings)
    assert not w.banners.isVisible()
    w.show_page("customers")
    assert w.customers_page.new_button.isEnabled() and w.customers_page.import_button.isEnabled()


def test_a_dialog_opened_on_a_read_only_workspace_has_its_save_off(qtbot, ctx: AppContext, settings: QSettings) -> None:
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    ctx.read_only_reason = "folder is read-only"
    w = _window(qtbot, ctx, settings)
    assert "the folder is read-only" in w.banners.read_only_label.text()
    dialog = QDialog(w)
    dialog.save_button = QPushButton("Save", dialog)  # type: ignore[attr-defined]  # as the record dialog names it
    QVBoxLayout(dialog).addWidget(dialog.save_button)  # type: ignore[attr-defined]
    dialog.show()
    assert not dialog.save_button.isEnabled()  # type: ignore[attr-defined]
    dialog.close()


def test_the_demo_is_not_built_into_a_read_only_workspace(qtbot, ctx: AppContext, settings: QSettings) -> None:
    ctx.read_only_reason = "file is read-only"
    ctx.needs_demo_data = True
    built: list[object] = []
    w = MainWindow(ctx, main.RESOURCES / "icons", settings=settings, demo_builder=lambda c, p: built.append(c))
    qtbot.addWidget(w)
    w.build_demo_if_needed()
    w.runner.wait()
    assert built == []


def test_a_refused_save_shows_one_line(qtbot, ctx: AppContext, settings: QSettings, monkeypatch) -> None:
    ctx.read_only_reason = "file is read-only"
    w = _window(qtbot, ctx, settings)
    page = w.settings_page
    monkeypatch.setattr("gui.settings.settings_page.save_settings",
                        lambda *a: (_ for _ in ()).throw(WorkspaceReadOnly(str(ctx.workspace_path), "file is read-only")))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    page.save()
    w.runner.wait()
    qtbot.waitUntil(lambda: bool(warned))
    assert "\n" not in warned[0] and "read-only" in warned[0]


def test_the_location_warning_is_dismissed_for_that_file(qtbot, make_ctx, settings: QSettings) -> None:
    ctx = make_ctx()
    ctx.location_risk = "cloud-sync folder: OneDrive"
    w = _window(qtbot, ctx, settings)
    assert w.banners.location.isVisible() and not w.banners.read_only.isVisible()
    text = w.banners.location_label.text()
    assert "OneDrive" in text and "write-ahead log" in text and "folder on this computer" in text
    qtbot.mouseClick(w.banners.findChild(QPushButton, "DismissLocationButton"), Qt.MouseButton.LeftButton)
    assert not w.banners.isVisible()
    w.banners.show_for(ctx)  # the same file again (a restart reads the same QSettings)
    assert not w.banners.location.isVisibleTo(w.banners)
    other = make_ctx("other.db")
    other.location_risk = "network drive"
    w.banners.show_for(other)
    assert w.banners.location.isVisibleTo(w.banners) and "network drive" in w.banners.location_label.text()
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)  # remembered, not only in memory
    settings.sync()
    assert str(ctx.workspace_path) in again.value(DISMISSED)
