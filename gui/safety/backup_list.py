"""The backups of a workspace as a list: one row per backup, newest first, as RestorePoints gives them."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from domain.backups import BackupEntry
from gui.common import formatting as fmt
from gui.messages import QT_TRANSLATE_NOOP
from gui.safety import labels

HEADERS = (
    QT_TRANSLATE_NOOP("BackupList", "Taken at"),
    QT_TRANSLATE_NOOP("BackupList", "Kind"),
    QT_TRANSLATE_NOOP("BackupList", "Size"),
    QT_TRANSLATE_NOOP("BackupList", "Customers"),
    QT_TRANSLATE_NOOP("BackupList", "Order lines"),
    QT_TRANSLATE_NOOP("BackupList", "Check"),
    QT_TRANSLATE_NOOP("BackupList", "Note"),
)
_NUMBERS = {2, 3, 4}

Index = QModelIndex | QPersistentModelIndex


class BackupListModel(QAbstractTableModel):
    def __init__(self, entries: list[BackupEntry] | None = None) -> None:
        super().__init__()
        self._entries = list(entries or [])

    def set_entries(self, entries: list[BackupEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> BackupEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("BackupList", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry, column = self._entries[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.name
        return None

    @staticmethod
    def _text(entry: BackupEntry, column: int) -> str:
        if column == 0:
            return labels.local_time(entry.taken_at)
        if column == 1:
            return labels.kind(entry.reason)
        if column == 2:
            return labels.size(entry.size_bytes)
        if column == 3:
            return fmt.count(entry.customers)
        if column == 4:
            return fmt.count(entry.order_lines)
        if column == 5:
            return labels.verification(entry)
        return labels.note(entry)
