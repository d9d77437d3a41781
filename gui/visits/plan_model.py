"""The day plan's stops as an ordered table: moveRows for the buttons and drag and drop, and a signal
with the new order so that the page can store it."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from domain.visits.planning_views import PlanStopRow
from gui.common.row_model import ROW_ROLE, Index
from gui.visits import plan_labels as labels

MIME_TYPE = "application/x-fieldbook-plan-rows"
POSITION, NAME, STATUS, ROUTE, PHONE, ADDRESS = range(6)



class PlanStopModel(QAbstractTableModel):
    # the stops' customer ids in their new order, after a move by the user
    order_changed = Signal(list)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._stops: list[PlanStopRow] = []
        self._headers = [
            QCoreApplication.translate("PlanStopModel", "#"),
            QCoreApplication.translate("PlanStopModel", "Shop"),
            QCoreApplication.translate("PlanStopModel", "Status"),
            QCoreApplication.translate("PlanStopModel", "Route"),
            QCoreApplication.translate("PlanStopModel", "Phone"),
            QCoreApplication.translate("PlanStopModel", "Address"),
        ]
        self._quiet = False

    @property
    def stops(self) -> list[PlanStopRow]:
        return self._stops

    @property
    def customer_ids(self) -> list[int]:
        return [s.customer_id for s in self._stops]

    def set_stops(self, stops: Sequence[PlanStopRow]) -> None:
        self.beginResetModel()
        self._stops = list(stops)
        self.endResetModel()

    def row_of(self, customer_id: int) -> int | None:
        return next((n for n, s in enumerate(self._stops) if s.customer_id == customer_id), None)

    # --- reading ----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._stops)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._stops):
            return None
        stop, col = self._stops[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(index.row() + 1), stop.name, labels.stop_status_text(stop), stop.route, stop.phone,
                stop.address,
            )[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == STATUS:
            colour = labels.stop_status_colour(stop)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == POSITION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col in (NAME, ADDRESS):
            return "\n".join(t for t in (stop.name, stop.address, stop.owner, stop.phone) if t)
        if role == ROW_ROLE:
            return stop
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    # --- moving -----------------------------------------------------------------------------------

    def moveRows(self, source_parent: Index, source_row: int, count: int,  # noqa: N802 - Qt's name
                 destination_parent: Index, destination_child: int) -> bool:
        """Qt's contract: the rows [source_row, source_row + count) go before `destination_child`
        (an index in the list before the move)."""
        n = len(self._stops)
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if source_row < 0 or source_row + count > n or not 0 <= destination_child <= n:
            return False
        if source_row <= destination_child <= source_row + count:
            return False  # onto itself
        if not self.beginMoveRows(QModelIndex(), source_row, source_row + count - 1, QModelIndex(),
                                  destination_child):
            return False
        block = self._stops[source_row:source_row + count]
        rest = self._stops[:source_row] + self._stops[source_row + count:]
        at = destination_child if destination_child < source_row else destination_child - count
        self._stops = rest[:at] + block + rest[at:]
        self.endMoveRows()
        self._positions_changed()
        if not self._quiet:
            self.order_changed.emit(self.customer_ids)
        return True

    def move_rows_to(self, rows: Sequence[int], destination: int) -> bool:
        """Move the given rows, kept in their order, before row `destination` (rowCount: to the end),
        one moveRows at a time; one order_changed at the end."""
        rows = sorted({r for r in rows if 0 <= r < len(self._stops)})
        if not rows:
            return False
        ids = self.customer_ids
        moving = [ids[r] for r in rows]
        rest = [c for c in ids if c not in moving]
        at = max(0, min(destination, len(ids)) - sum(r < destination for r in rows))
        target = rest[:at] + moving + rest[at:]
        if target == ids:
            return False
        self._quiet = True
        try:
            for k, customer_id in enumerate(target):
                current = self.customer_ids.index(customer_id)
                if current != k:  # everything before k is in place: always a move up
                    self.moveRows(QModelIndex(), current, 1, QModelIndex(), k)
        finally:
            self._quiet = False
        self.order_changed.emit(self.customer_ids)
        return True

    def move_by(self, rows: Sequence[int], step: int) -> bool:
        """Move the rows one place up (step −1) or down (+1), as a block."""
        rows = sorted(set(rows))
        if not rows:
            return False
        if step < 0:
            return rows[0] > 0 and self.move_rows_to(rows, rows[0] - 1)
        return rows[-1] < len(self._stops) - 1 and self.move_rows_to(rows, rows[-1] + 2)

    def _positions_changed(self) -> None:
        if self._stops:
            self.dataChanged.emit(self.index(0, POSITION), self.index(len(self._stops) - 1, POSITION))

    # --- drag and drop ----------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # between rows and below the last one
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """Moves the dragged rows here and answers False, so that the view does not then remove the
        source rows as it would after a copy-and-delete move."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        text = bytes(data.data(MIME_TYPE).data()).decode()
        rows = [int(r) for r in text.split(",") if r]
        destination = row if row >= 0 else (parent.row() if parent.isValid() else len(self._stops))
        self.move_rows_to(rows, destination)
        return False
