"""文件 ▸ 从备份恢复…: the backups of the workspace, newest first, and the one to restore. The dialog only
chooses (and confirms); the window restores, because its own connection must be closed first."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.backups import BackupEntry
from domain.services.restore import RestorePoints, RestoreResult, list_backups
from gui.messages import describe_error
from gui.safety import labels


class RestoreDialog(QDialog):
    def __init__(self, points: RestorePoints, current_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from gui.safety.backup_list import BackupListModel

        self.setWindowTitle(self.tr("Restore from backup"))
        self._current = current_file
        self.chosen: BackupEntry | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose the backup to put in place of {path}. The current file is backed up first, so the "
            "restore can be undone from this same list."
        ).format(path=current_file))
        intro.setWordWrap(True)
        intro.setObjectName("RestoreIntro")
        layout.addWidget(intro)

        self.model = BackupListModel()
        self.table = QTableView()
        self.table.setObjectName("BackupTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table, 1)

        self.empty_note = QLabel(self.tr("There are no backups of this workspace yet."))
        self.empty_note.setObjectName("PageSubtitle")
        layout.addWidget(self.empty_note)

        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("RestoreStatus")
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("RestoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("CloseButton")
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.restore_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.resize(860, 460)
        self.load(points)

    def load(self, points: RestorePoints) -> None:
        try:
            entries = list_backups(points)
        except Exception as exc:  # a folder that cannot be read: say so in the dialog, list nothing
            entries = []
            self.status.setText(describe_error(exc))
        self.model.set_entries(entries)
        self.empty_note.setVisible(not entries)
        self.restore_button.setEnabled(bool(entries))
        self.table.resizeColumnsToContents()
        if entries:
            self.table.selectionModel().select(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("Restore from backup"),
            self.tr(
                "Replace {path} with the backup of {backup}?\n\nThe current file is backed up first; "
                "to undo, restore that backup from this list."
            ).format(path=self._current, backup=labels.described(entry)),
            buttons.Yes | buttons.Cancel, buttons.Cancel,
        )
        if answer == buttons.Yes:
            self.chosen = entry
            self.accept()


def choose_backup(parent: QWidget | None, points: RestorePoints, current_file: str) -> BackupEntry | None:
    dialog = RestoreDialog(points, current_file, parent)
    dialog.exec()
    return dialog.chosen


def restored_note(result: RestoreResult, path: str) -> str:
    """What was restored, and which backup undoes it."""
    text = QCoreApplication.translate("RestoreDialog", "Restored the backup of {backup} into {path}.").format(
        backup=labels.described(result.restored), path=path)
    if result.replaced is None:
        return text + "\n\n" + QCoreApplication.translate("RestoreDialog", "There was no file there to replace.")
    return text + "\n\n" + QCoreApplication.translate("RestoreDialog",
        "The file it replaced was saved as the backup of {replaced}; to undo this restore, restore that "
        "backup from File ▸ Restore from backup…"
    ).format(replaced=labels.described(result.replaced))
