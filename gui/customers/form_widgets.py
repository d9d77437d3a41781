"""Input widgets of the dossier forms: optional dates and the competitor table."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.model.customers import Competitor


class OptionalDate(QWidget):
    """A date the user may leave unset (a QDateEdit alone cannot be empty)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setEnabled(False)
        row.addWidget(self.enabled)
        row.addWidget(self.edit, 1)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.enabled.isChecked() else None  # type: ignore[return-value]  # toPython() is typed object

    def set_value(self, value: date | None, default: date) -> None:
        """`default` (the workspace's today) is what the editor offers when the date is switched on."""
        self.enabled.setChecked(value is not None)
        shown = value or default
        self.edit.setDate(QDate(shown.year, shown.month, shown.day))


class CompetitorTable(QWidget):
    changed = Signal()

    def __init__(self, name_header: str, distance_header: str, add_text: str, remove_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([name_header, distance_header])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setMaximumHeight(120)
        self.table.itemChanged.connect(self.changed)
        buttons = QHBoxLayout()
        add, remove = QPushButton(add_text), QPushButton(remove_text)
        add.clicked.connect(self.add_row)
        remove.clicked.connect(self.remove_row)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, name: str = "", distance: int | None = None) -> None:
        n = self.table.rowCount()
        self.table.insertRow(n)
        self.table.setItem(n, 0, QTableWidgetItem(name))
        self.table.setItem(n, 1, QTableWidgetItem("" if distance is None else str(distance)))
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def value(self) -> list[Competitor]:
        result = []
        for n in range(self.table.rowCount()):
            name, distance_text = self._text(n, 0), self._text(n, 1)
            if not name and not distance_text:
                continue
            digits = "".join(ch for ch in distance_text if ch.isdigit() or ch == "-")
            result.append(Competitor(name, int(digits) if digits.lstrip("-") else None))
        return result

    def set_value(self, competitors: list[Competitor]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for c in competitors:
            n = self.table.rowCount()
            self.table.insertRow(n)
            self.table.setItem(n, 0, QTableWidgetItem(c.name))
            self.table.setItem(n, 1, QTableWidgetItem("" if c.distance_m is None else str(c.distance_m)))
        self.table.blockSignals(False)
