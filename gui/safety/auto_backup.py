"""Automatic backups: every 30 minutes while the window is open and when it closes, each only if the
workspace changed since the last backup (the Backups port decides that). None for a read-only workspace
or one without a file (a database URL). A failed backup is logged and said in the status bar; it never
stops the work or the close."""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from domain.backups import BackupReason
from domain.failures import log_failure
from gui.context import AppContext
from gui.messages import describe_error
from gui.workers import TaskRunner

log = logging.getLogger(__name__)

INTERVAL_MS = 30 * 60 * 1000


class AutoBackup(QObject):
    def __init__(self, runner: TaskRunner, say: Callable[[str], None], interval_ms: int = INTERVAL_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner, self._say = runner, say
        self._ctx: AppContext | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.take_scheduled)

    def attach(self, ctx: AppContext) -> None:
        """Follow this workspace from now on (the window calls it whenever it opens one)."""
        self._ctx = ctx if self.applies_to(ctx) else None
        if self._ctx is None:
            self.timer.stop()
        else:
            self.timer.start()

    def detach(self) -> None:
        self._ctx = None
        self.timer.stop()

    @staticmethod
    def applies_to(ctx: AppContext) -> bool:
        return ctx.workspace_path is not None and not ctx.read_only_reason

    def take_scheduled(self) -> None:
        ctx = self._ctx
        if ctx is None:
            return
        self._runner.submit(lambda: ctx.backups.take_if_changed(BackupReason.SCHEDULED), self._taken, self._failed)

    def take_at_close(self) -> None:
        """On the GUI thread, after unsaved work was settled and the runner is idle: the window is going."""
        ctx, self._ctx = self._ctx, None
        self.timer.stop()
        if ctx is None:
            return
        try:
            taken = ctx.backups.take_if_changed(BackupReason.AT_CLOSE)
        except Exception as exc:  # the close goes on; the log keeps the reason
            self._failed(exc)
        else:
            self._taken(taken)

    def _taken(self, path: Path | None) -> None:
        if path is not None:
            log.info("automatic backup %s", path)
            self._say(QCoreApplication.translate("AutoBackup", "Automatic backup saved: {name}").format(name=path.name))

    def _failed(self, exc: BaseException) -> None:
        log_failure(log, "automatic backup", exc)
        self._say(QCoreApplication.translate("AutoBackup", "Automatic backup failed: {reason}").format(reason=describe_error(exc)))
