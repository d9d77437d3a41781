"""Inputs the scheme editors share: a percent box over a fraction, and a small table of typed rows (the
band tables, the star thresholds, the placement rules) where each cell is an input of its type.

The tables hold a handful of rows (at most a few dozen), so a widget per cell is fine here; the
"no per-row widgets" rule is about the lists of thousands of shops."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


def to_decimal(value: float, decimals: int) -> Decimal:
    """A spin box's float as the exact decimal it shows (0.1 + 0.2 must not become 0.30000000000000004)."""
    return Decimal(f"{value:.{decimals}f}").normalize() + Decimal(0)


def percent_box(maximum: float = 100) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, maximum)
    box.setDecimals(1)
    box.setSingleStep(5)
    box.setSuffix(" %")
    return box


def set_fraction(box: QDoubleSpinBox, fraction: Decimal) -> None:
    box.setValue(float(fraction * 100))


def fraction_of(box: QDoubleSpinBox) -> Decimal:
    return to_decimal(box.value(), 1) / 100


@dataclass(frozen=True)
class DecimalCell:
    header: str
    minimum: float = 0
    maximum: float = 100
    decimals: int = 1
    suffix: str = ""


@dataclass(frozen=True)
class IntCell:
    header: str
    minimum: int = 0
    maximum: int = 60
    suffix: str = ""
    unset_text: str = ""  # shown at the minimum, read back as None (e.g. "any size")


@dataclass(frozen=True)
class ChoiceCell:
    header: str
    choices: tuple[tuple[str, Any], ...]  # (label, value)


Cell = DecimalCell | IntCell | ChoiceCell


class RowsTable(QWidget):
    """Rows of typed cells with 添加行 / 删除行; `rows()` reads them back as tuples of values."""

    changed = Signal()

    def __init__(self, cells: Sequence[Cell], add_text: str, remove_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells = list(cells)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.table = QTableWidget(0, len(self._cells))
        self.table.setHorizontalHeaderLabels([c.header for c in self._cells])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_button, self.remove_button = QPushButton(add_text), QPushButton(remove_text)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _editor(self, cell: Cell, value: Any) -> QWidget:
        editor: QWidget
        if isinstance(cell, DecimalCell):
            box = QDoubleSpinBox()
            box.setRange(cell.minimum, cell.maximum)
            box.setDecimals(cell.decimals)
            box.setSuffix(cell.suffix)
            box.setValue(float(value or 0))
            box.valueChanged.connect(self.changed)
            editor = box
        elif isinstance(cell, IntCell):
            spin = QSpinBox()
            spin.setRange(cell.minimum, cell.maximum)
            spin.setSuffix(cell.suffix)
            if cell.unset_text:
                spin.setSpecialValueText(cell.unset_text)
            spin.setValue(cell.minimum if value is None else int(value))
            spin.valueChanged.connect(self.changed)
            editor = spin
        else:
            combo = QComboBox()
            for label, data in cell.choices:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, next((i for i, (_, d) in enumerate(cell.choices) if d == value), 0)))
            combo.currentIndexChanged.connect(self.changed)
            editor = combo
        editor.setAccessibleName(cell.header)
        return editor

    def add_row(self, values: Sequence[Any] | None = None) -> None:
        n = self.table.rowCount()
        self.table.insertRow(n)
        for column, cell in enumerate(self._cells):
            value = values[column] if values is not None else None
            self.table.setCellWidget(n, column, self._editor(cell, value))
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        self.blockSignals(True)
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values)
        self.blockSignals(False)

    def cell(self, row: int, column: int) -> QWidget:
        return self.table.cellWidget(row, column)

    def _value(self, cell: Cell, editor: QWidget) -> Any:
        if isinstance(cell, DecimalCell):
            assert isinstance(editor, QDoubleSpinBox)
            return to_decimal(editor.value(), cell.decimals)
        if isinstance(cell, IntCell):
            assert isinstance(editor, QSpinBox)
            return None if cell.unset_text and editor.value() == cell.minimum else editor.value()
        assert isinstance(editor, QComboBox)
        return editor.currentData()

    def rows(self) -> list[tuple[Any, ...]]:
        return [tuple(self._value(cell, self.table.cellWidget(r, c)) for c, cell in enumerate(self._cells))
                for r in range(self.table.rowCount())]
