"""设置 ▸ 备份: where the backups are, how many and how large, when the last verified one was taken; and
the buttons to back up now and to restore (the window does both, as from its File menu)."""
from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from domain.backups import BackupEntry
from domain.services.restore import BackupFolder, newest_verified
from gui.context import AppContext
from gui.messages import describe_error
from gui.safety import labels
from gui.workers import TaskRunner


class BackupGroup(QGroupBox):
    back_up_requested = Signal()
    restore_requested = Signal()
    loaded = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups"), parent)
        self.setObjectName("BackupGroup")
        self._ctx, self._runner = ctx, runner
        self._folder = ""
        form = QFormLayout(self)
        self.location = QLabel()
        self.location.setObjectName("BackupLocation")
        self.location.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.open_folder.setObjectName("OpenBackupFolderButton")
        self.open_folder.clicked.connect(self._open_folder)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(self.open_folder)
        self.summary = QLabel()
        self.summary.setObjectName("BackupSummary")
        self.last_verified = QLabel()
        self.last_verified.setObjectName("LastVerifiedBackup")
        self.last_verified.setWordWrap(True)
        buttons = QHBoxLayout()
        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.back_up_button.setObjectName("BackUpNowButton")
        self.back_up_button.clicked.connect(self.back_up_requested)
        self.restore_button = QPushButton(self.tr("Restore from backup…"))
        self.restore_button.setObjectName("RestoreFromBackupButton")
        self.restore_button.clicked.connect(self.restore_requested)
        for button in (self.open_folder, self.back_up_button, self.restore_button):
            button.setEnabled(False)  # until the folder has been read
        buttons.addWidget(self.back_up_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        form.addRow(self.tr("Where"), where)
        form.addRow(self.tr("Kept"), self.summary)
        form.addRow(self.tr("Last verified"), self.last_verified)
        form.addRow(buttons)

    def refresh(self) -> None:
        points = self._ctx.restore_points
        if points is None:
            self._show_none()
            return
        self._runner.submit(lambda: (points.folder(), newest_verified(points)), self._show, self._failed)

    def _show_none(self) -> None:
        self._folder = ""
        self.location.setText(self.tr("This workspace is not a file on this computer: it has no backups."))
        self.summary.setText("")
        self.last_verified.setText("")
        for button in (self.open_folder, self.back_up_button, self.restore_button):
            button.setEnabled(False)
        self.loaded.emit()

    def _show(self, loaded: tuple[BackupFolder, BackupEntry | None]) -> None:
        folder, newest = loaded
        self._folder = folder.folder
        self.location.setText(folder.folder)
        self.summary.setText(self.tr("{count} backups, {size} in all").format(
            count=folder.count, size=labels.size(folder.total_bytes)))
        self.last_verified.setText(
            self.tr("None yet") if newest is None else labels.described(newest))
        self.open_folder.setEnabled(True)
        self.restore_button.setEnabled(folder.count > 0)
        self.back_up_button.setEnabled(not self._ctx.read_only_reason)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(describe_error(exc))
        self.loaded.emit()

    def _open_folder(self) -> None:
        if self._folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self._folder))
