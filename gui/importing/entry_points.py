"""What pages call to import: each asks for a file, shows the import dialog, and says whether the
workspace changed (so the caller refreshes); and the import history with its undo."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from gui.context import AppContext
from gui.importing.dialog import ImportDialog, choose_import_file
from gui.importing.flows import CustomerFlow, ImportFlow, ProductFlow, SalesFlow
from gui.importing.history import ImportHistoryDialog
from gui.workers import TaskRunner


class CustomerImportDialog(ImportDialog):
    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(CustomerFlow(), ctx, runner, parent, settings)


class ProductImportDialog(ImportDialog):
    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(ProductFlow(), ctx, runner, parent, settings)


class SalesImportDialog(ImportDialog):
    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(SalesFlow(), ctx, runner, parent, settings)


# the dialogs above, which choose their own flow
DialogFactory = Callable[[AppContext, TaskRunner, QWidget | None, QSettings | None], ImportDialog]


def _run(dialog_class: DialogFactory, flow: ImportFlow, parent: QWidget | None, ctx: AppContext,
         runner: TaskRunner, path: Path | None, settings: QSettings | None) -> bool:
    if path is None:
        path = choose_import_file(parent, settings, flow.title())
        if path is None:
            return False
    dialog = dialog_class(ctx, runner, parent, settings)
    dialog.open_file(path)
    dialog.exec()
    return dialog.changed_any or dialog.created_any


def run_customer_import(parent: QWidget | None, ctx: AppContext, runner: TaskRunner,
                        path: Path | None = None, settings: QSettings | None = None) -> bool:
    """Ask for a file (unless `path` is given), show the import dialog, and return True if customers
    were created or updated — the caller then refreshes its list."""
    return _run(CustomerImportDialog, CustomerFlow(), parent, ctx, runner, path, settings)


def run_product_import(parent: QWidget | None, ctx: AppContext, runner: TaskRunner,
                       settings: QSettings | None = None, path: Path | None = None) -> bool:
    """Ask for a product list (卷烟规格), import it (upsert by product code), and return True if
    products were created or updated."""
    return _run(ProductImportDialog, ProductFlow(), parent, ctx, runner, path, settings)


def run_sales_import(parent: QWidget | None, ctx: AppContext, runner: TaskRunner,
                     settings: QSettings | None = None, path: Path | None = None) -> bool:
    """Ask for an order export (订单明细), import it as one batch, and return True if order lines were
    added (or customers and products created from the file)."""
    return _run(SalesImportDialog, SalesFlow(), parent, ctx, runner, path, settings)


def show_import_history(parent: QWidget | None, ctx: AppContext, runner: TaskRunner,
                        settings: QSettings | None = None) -> bool:
    """The import history; returns True if an import was undone (the caller refreshes)."""
    dialog = ImportHistoryDialog(ctx, runner, parent, settings)
    dialog.exec()
    return bool(dialog.results)
