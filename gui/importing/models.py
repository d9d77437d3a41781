"""The import dialog's tables: the file's first rows, the column mapping, the bad rows, and the
customers and products an order file names that the workspace lacks."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from domain.importing.columns import ColumnSet, column_name
from domain.importing.errors import RowError
from domain.importing.sales import UnknownCustomer, UnknownProduct
from domain.importing.table import ImportTable, SourceRow, cell_text
from domain.services.customer_import import RowStatus
from gui.common.formatting import money
from gui.common.row_model import Column, RowTableModel
from gui.importing.messages import describe_reason, field_label

PREVIEW_ROWS = 20


def status_labels() -> dict[RowStatus, str]:
    return {
        RowStatus.NEW: QCoreApplication.translate("ImportTables", "New"),
        RowStatus.UPDATED: QCoreApplication.translate("ImportTables", "Updated"),
        RowStatus.UNCHANGED: QCoreApplication.translate("ImportTables", "Unchanged"),
        RowStatus.INVALID: QCoreApplication.translate("ImportTables", "Problem"),
    }


def preview_model(table: ImportTable, status: Mapping[int, RowStatus], parent: QWidget | None = None) -> RowTableModel[SourceRow]:
    """The first rows as the file has them, with the physical line and what the import would do."""
    labels = status_labels()

    def _result(row_status: RowStatus | None) -> str:
        return labels.get(row_status, "") if row_status is not None else ""

    columns: list[Column[SourceRow]] = [
        Column(QCoreApplication.translate("ImportTables", "Line"), lambda r: r.line, numeric=True),
        Column(QCoreApplication.translate("ImportTables", "Result"), lambda r: _result(status.get(r.line))),
    ]
    columns += [_cell_column(i, column_name(table.headers, i)) for i in range(len(table.headers))]
    model: RowTableModel[SourceRow] = RowTableModel(columns, parent)
    model.set_rows(table.rows[:PREVIEW_ROWS])
    return model


def _cell_column(index: int, header: str) -> Column[SourceRow]:
    return Column(header, lambda r: cell_text(r.cell(index)))


def errors_model(parent: QWidget | None = None) -> RowTableModel[RowError]:
    return RowTableModel([
        Column(QCoreApplication.translate("ImportTables", "Line"), lambda e: e.line, numeric=True),
        Column(QCoreApplication.translate("ImportTables", "Column"), lambda e: e.column),
        Column(QCoreApplication.translate("ImportTables", "Reason"), describe_reason),
    ], parent)


class MappingTable(QTableWidget):
    """One line per column of the file: its header, an example value, and what to import it as."""

    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([
            QCoreApplication.translate("ImportTables", "Column in the file"),
            QCoreApplication.translate("ImportTables", "Example"),
            QCoreApplication.translate("ImportTables", "Import as"),
        ])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.combos: list[QComboBox] = []

    def load(self, table: ImportTable, columns: ColumnSet, mapping: Mapping[int, str]) -> None:
        self.combos = []
        self.setRowCount(len(table.headers))
        for i in range(len(table.headers)):
            self.setItem(i, 0, QTableWidgetItem(column_name(table.headers, i)))
            self.setItem(i, 1, QTableWidgetItem(_example(table.rows, i)))
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("ImportTables", "(do not import)"), None)
            for spec in columns:
                text = field_label(spec)
                combo.addItem(f"{text} *" if spec.required else text, spec.field)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(i))) if i in mapping else 0)
            combo.currentIndexChanged.connect(self._changed)
            self.setCellWidget(i, 2, combo)
            self.combos.append(combo)

    def mapping(self) -> dict[int, str]:
        return {i: combo.currentData() for i, combo in enumerate(self.combos) if combo.currentData()}

    def set_field(self, index: int, field: str | None) -> None:
        """Point column `index` at `field` (None: do not import), as the user would with the combo."""
        combo = self.combos[index]
        combo.setCurrentIndex(max(0, combo.findData(field)) if field else 0)

    def _changed(self, _index: int) -> None:
        self.mapping_changed.emit()


def _example(rows: Sequence[SourceRow], index: int, look: int = PREVIEW_ROWS) -> str:
    return next((cell_text(r.cell(index)) for r in rows[:look] if cell_text(r.cell(index))), "")


def unknowns_model(parent: QWidget | None = None) -> RowTableModel[UnknownCustomer | UnknownProduct]:
    def what(u: UnknownCustomer | UnknownProduct) -> str:
        if isinstance(u, UnknownCustomer):
            return (QCoreApplication.translate("ImportTables", "Customer") if u.by_license
                    else QCoreApplication.translate("ImportTables", "Customer (by code)"))
        return (QCoreApplication.translate("ImportTables", "Product") if u.by_code
                else QCoreApplication.translate("ImportTables", "Product (by name)"))

    def can(u: UnknownCustomer | UnknownProduct) -> str:
        return (QCoreApplication.translate("ImportTables", "Yes") if u.creatable
                else QCoreApplication.translate("ImportTables", "No: add it by hand"))

    return RowTableModel([
        Column(QCoreApplication.translate("ImportTables", "Not in the workspace"), what),
        Column(QCoreApplication.translate("ImportTables", "License number or code"), lambda u: u.key),
        Column(QCoreApplication.translate("ImportTables", "Name in the file"), lambda u: u.name),
        Column(QCoreApplication.translate("ImportTables", "Price in the file"),
               lambda u: money(u.price) if isinstance(u, UnknownProduct) and u.price is not None else "", numeric=True),
        Column(QCoreApplication.translate("ImportTables", "First line"), lambda u: u.first_line, numeric=True),
        Column(QCoreApplication.translate("ImportTables", "Lines"), lambda u: u.lines, numeric=True),
        Column(QCoreApplication.translate("ImportTables", "Can be created"), can),
    ], parent)


def describe_counts(created: int, updated: int, unchanged: int) -> str:
    return QCoreApplication.translate("ImportTables", "{created} new, {updated} updated, {unchanged} unchanged").format(
        created=created, updated=updated, unchanged=unchanged)


def describe_product_counts(created: int, updated: int, unchanged: int) -> str:
    return QCoreApplication.translate(
        "ImportTables", "{created} new products, {updated} updated, {unchanged} unchanged").format(
        created=created, updated=updated, unchanged=unchanged)
