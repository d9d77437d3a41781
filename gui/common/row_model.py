"""A table model over a list of plain read-model rows; each list declares its columns once.

Sorting happens inside the model's Python list (docs/architecture.md, "Lists": a proxy model is far slower).
The model remembers the user's sort and keeps it when its rows are set again (a filter, a reload, an edit):
the header would go on showing a sort the rows no longer had."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str  # already translated by the list that declares it
    value: Callable[[Row], Any]
    text: Callable[[Any], str] = lambda v: "" if v is None else str(v)
    numeric: bool = False
    sort_key: Callable[[Row], Any] | None = None  # e.g. a Chinese name sorts by its pinyin


class RowTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None  # the user's last sort, kept across set_rows

    @property
    def rows(self) -> list[Row]:
        return self._rows

    @property
    def columns(self) -> list[Column[Row]]:
        return list(self._columns)

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    def replace_row(self, old: Row, new: Row) -> bool:
        """Put `new` where `old` (the same object) is shown, repainting that row only: an edit keeps the
        selection and the scroll. False when `old` is not shown."""
        for n, row in enumerate(self._rows):
            if row is old:
                self._rows[n] = new
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(self._columns) - 1))
                return True
        return False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(col.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if col.numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return col.value(row)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted(self._rows)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Row]) -> list[Row]:
        if self._sort is None or not 0 <= self._sort[0] < len(self._columns):
            return rows
        column, order = self._sort
        key = self._columns[column].sort_key or self._columns[column].value
        reverse = order == Qt.SortOrder.DescendingOrder
        keyed = [(key(r), r) for r in rows]  # each key computed once
        present = [kr for kr in keyed if kr[0] is not None]
        try:
            present.sort(key=lambda kr: kr[0], reverse=reverse)
        except TypeError:  # mixed types compare as text
            present.sort(key=lambda kr: str(kr[0]), reverse=reverse)
        return [r for _, r in present] + [r for k, r in keyed if k is None]  # None last, either way
