"""The list of shops to tick (a salon's screening, a cultivation plan's proposal): a count line, a warning,
what was left out and why, the table, and Tick all / Untick all with room for the caller's buttons; and the
short lists of criteria to tick (segments, routes) that filter them."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from gui.common.row_model import Column, Index, RowTableModel
from gui.common.widgets import read_only_table, subtitle


class _Shop(Protocol):
    @property
    def customer_id(self) -> int: ...


ShopRow = TypeVar("ShopRow", bound=_Shop)


class TickedShopsModel(RowTableModel[ShopRow]):
    """Shops with a tick in the first column; `ticked` holds the ids ticked. New rows come ticked as
    `starts_ticked` says (all of them unless a subclass says otherwise)."""

    ticks_changed = Signal()

    def __init__(self, columns: Sequence[Column[ShopRow]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.ticked: set[int] = set()

    def starts_ticked(self, row: ShopRow) -> bool:
        return True

    def set_rows(self, rows: Sequence[ShopRow]) -> None:
        self.ticked = {r.customer_id for r in rows if self.starts_ticked(r)}
        super().set_rows(rows)
        self.ticks_changed.emit()

    def set_ticked(self, ids: Iterable[int]) -> None:
        self.ticked = set(ids)
        self._ticks_shown()

    def ticked_ids(self) -> list[int]:
        return [r.customer_id for r in self.rows if r.customer_id in self.ticked]

    def set_all(self, ticked: bool) -> None:
        self.set_ticked({r.customer_id for r in self.rows} if ticked else ())

    def _ticks_shown(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0), [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() and index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0 \
                and index.row() < len(self.rows):
            on = self.rows[index.row()].customer_id in self.ticked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        cid = self.rows[index.row()].customer_id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(cid)
        else:
            self.ticked.discard(cid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()
        return True


class TickedShopsPanel(QWidget):
    def __init__(self, model: TickedShopsModel[Any], count_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel(count_text)
        self.count_label.setObjectName("SectionTitle")
        self.warning = QLabel()
        self.warning.setObjectName("FieldError")
        self.warning.setWordWrap(True)
        self.left_out = subtitle()
        layout.addWidget(self.count_label)
        layout.addWidget(self.warning)
        layout.addWidget(self.left_out)
        self.view = read_only_table(self)
        self.view.setModel(model)
        self.view.setSortingEnabled(False)  # the model keeps the order that explains the list
        layout.addWidget(self.view, 1)
        self.buttons = QHBoxLayout()  # the caller adds its own after the stretch
        self.tick_all = QPushButton(self.tr("Tick all"))
        self.untick_all = QPushButton(self.tr("Untick all"))
        self.buttons.addWidget(self.tick_all)
        self.buttons.addWidget(self.untick_all)
        self.buttons.addStretch(1)
        layout.addLayout(self.buttons)
        self.tick_all.clicked.connect(lambda: model.set_all(True))
        self.untick_all.clicked.connect(lambda: model.set_all(False))


class TickList(QListWidget):
    """A short list of choices to tick; none ticked means "any"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumHeight(84)

    def set_choices(self, choices: Iterable[str]) -> None:
        kept = self.ticked()
        self.clear()
        for text in choices:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if text in kept else Qt.CheckState.Unchecked)
            self.addItem(item)

    def ticked(self) -> frozenset[str]:
        return frozenset(self.item(n).text() for n in range(self.count())
                         if self.item(n).checkState() == Qt.CheckState.Checked)

    def tick(self, texts: Iterable[str]) -> None:
        wanted = set(texts)
        for n in range(self.count()):
            item = self.item(n)
            item.setCheckState(Qt.CheckState.Checked if item.text() in wanted else Qt.CheckState.Unchecked)
