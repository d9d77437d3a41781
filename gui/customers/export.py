"""Export the customer list as shown to an Excel workbook (导出客户), written off the GUI thread."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from domain.importing.table import Cell
from domain.read_models import CustomerListRow
from domain.services.customer_export import ExportColumn, export_customers
from gui.common.report_files import write_failure
from gui.common.row_model import Column
from gui.context import AppContext
from gui.customers.list_model import customer_columns
from gui.workers import TaskHandle, TaskRunner

LAST_FOLDER_KEY = "export/last_folder"


def export_columns(columns: Sequence[Column[CustomerListRow]]) -> list[ExportColumn]:
    """The list's columns as the workbook's: numbers stay numbers, dates stay dates, everything
    else is the text the list shows (★★★, 重点, license numbers and phones as text)."""
    return [ExportColumn(c.header, _cell_of(c)) for c in columns]


def _cell_of(column: Column[CustomerListRow]) -> Callable[[CustomerListRow], Cell]:
    def cell(row: CustomerListRow) -> Cell:
        value = column.value(row)
        if value is None:
            return None
        if column.numeric and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            return value
        if isinstance(value, date):
            return value
        return column.text(value)

    return cell


def ask_export_path(parent: QWidget | None, today: date, settings: QSettings | None = None) -> Path | None:
    settings = settings or QSettings()
    folder = Path(str(settings.value(LAST_FOLDER_KEY, str(Path.home()))))
    name = QCoreApplication.translate("CustomerExport", "Customers {date}.xlsx").format(date=today.isoformat())
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("CustomerExport", "Export customers"), str(folder / name),
        QCoreApplication.translate("CustomerExport", "Excel workbook (*.xlsx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    settings.setValue(LAST_FOLDER_KEY, str(path.parent))
    return path


def export_customer_list(
    parent: QWidget | None,
    ctx: AppContext,
    runner: TaskRunner,
    rows: Sequence[CustomerListRow],
    columns: Sequence[Column[CustomerListRow]] | None = None,
    *,
    month: date | None = None,
    path: Path | None = None,
    settings: QSettings | None = None,
    on_done: Callable[[int, Path], None] | None = None,
) -> TaskHandle | None:
    """Ask for a file name (unless `path` is given) and write `rows` — the list as filtered and
    sorted — in `columns` (the visible ones; default: every column of the list) off the GUI
    thread. `on_done(count, path)` replaces the default confirmation box. None if cancelled."""
    files = ctx.files
    if files is None:
        raise RuntimeError("AppContext.files is not set: main.open_context wires it")
    if path is None:
        path = ask_export_path(parent, ctx.today(), settings)
        if path is None:
            return None
    chosen = export_columns(columns if columns is not None else customer_columns(month))
    snapshot = list(rows)
    target = path

    def done(count: int) -> None:
        if on_done is not None:
            on_done(count, target)
            return
        QMessageBox.information(
            parent, QCoreApplication.translate("CustomerExport", "Customers exported"),
            QCoreApplication.translate(
                "CustomerExport", "{count} customers written to {path}. The file holds names and phone numbers: "
                "keep it safe.").format(count=count, path=target),
        )

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("CustomerExport", "Export failed"),
                            write_failure(target, exc))

    return runner.submit(lambda: export_customers(files, target, snapshot, chosen), done, failed)
