"""The window's 从备份恢复…: choose a backup, settle unsaved work, close the workspace, restore, reopen,
and say what was restored and which backup undoes it. A failure leaves the window on a usable workspace:
the old file reopened if it is still there, else the start-up questions (find / restore / new / quit)."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from domain.failures import log_failure
from domain.services.restore import RestoreResult, restore_backup
from gui.context import AppContext
from gui.messages import describe_error
from gui.safety.restore_dialog import choose_backup, restored_note
from gui.safety.start_dialogs import open_at_start

if TYPE_CHECKING:
    from gui.main_window import MainWindow

log = logging.getLogger(__name__)


def restore_in_window(window: MainWindow) -> RestoreResult | None:
    ctx = window.ctx
    points, path = ctx.restore_points, ctx.workspace_path
    if points is None or path is None or not window.can_reopen:
        QMessageBox.information(window, QCoreApplication.translate("RestoreFlow", "Restore from backup"),
                                QCoreApplication.translate("RestoreFlow", "This workspace has no backups to restore: it is not a file on this computer."))
        return None
    entry = choose_backup(window, points, str(path))
    if entry is None or not window.confirm_unsaved(QCoreApplication.translate("RestoreFlow", "Restoring a backup")):
        return None
    window.runner.wait()
    window.auto_backup.detach()
    ctx.close()
    # on the GUI thread, on purpose: with the workspace closed no page may reach for it meanwhile
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = restore_backup(points, entry.name)
    except Exception as exc:
        QApplication.restoreOverrideCursor()
        log_failure(log, "restore", exc)
        QMessageBox.warning(window, QCoreApplication.translate("RestoreFlow", "Not restored"), describe_error(exc))
        _reopen(window, path)
        return None
    QApplication.restoreOverrideCursor()
    if not _reopen(window, path):
        return result
    QMessageBox.information(window, QCoreApplication.translate("RestoreFlow", "Restored"), restored_note(result, str(path)))
    return result


def _reopen(window: MainWindow, path: Path) -> bool:
    """Open `path` again into the window; if it cannot be opened, the start-up questions; quitting
    there closes the window."""
    new_ctx: AppContext | None
    try:
        new_ctx = window.open_file(path)
    except Exception as exc:
        log_failure(log, "reopen after restore", exc)
        QMessageBox.warning(window, QCoreApplication.translate("RestoreFlow", "Workspace not reopened"), describe_error(exc))
        try:
            new_ctx = open_at_start(window.open_file, path, window.points_for, parent=window)
        except Exception as again:  # locked, too new…: nothing left to open
            log_failure(log, "reopen after restore", again)
            QMessageBox.warning(window, QCoreApplication.translate("RestoreFlow", "Workspace not reopened"), describe_error(again))
            new_ctx = None
        if new_ctx is None:
            window.close_without_workspace()
            return False
    window.use_context(new_ctx)
    return True
