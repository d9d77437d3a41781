"""The import history (导入记录): every batch, newest first — when, what, which file, how many rows,
whether it still stands — and the undo of an order import, after saying which lines of which
months it takes away. The workspace is backed up before an undo."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.importing.errors import ImportProblem
from domain.model.sales import ImportBatch
from domain.services.import_batches import (
    BatchContents,
    UndoResult,
    batch_contents,
    can_undo,
    list_import_batches,
    undo_import_batch,
)
from gui.common import data_events
from gui.common.row_model import Column, RowTableModel
from gui.common.widgets import read_only_table
from gui.context import AppContext
from gui.customers.evaluation_labels import import_source_text
from gui.importing.messages import describe_problem, kind_label, months_text, status_label
from gui.messages import describe_error
from gui.workers import TaskRunner

GEOMETRY_KEY = "import_history/geometry"


def history_model(parent: QWidget | None = None) -> RowTableModel[ImportBatch]:
    return RowTableModel([
        Column(QCoreApplication.translate("ImportHistory", "No."), lambda b: b.id, numeric=True),
        Column(QCoreApplication.translate("ImportHistory", "Imported on"),
               lambda b: b.imported_at.astimezone().strftime("%Y-%m-%d %H:%M")),
        Column(QCoreApplication.translate("ImportHistory", "What"), lambda b: kind_label(b.kind)),
        Column(QCoreApplication.translate("ImportHistory", "File"), lambda b: import_source_text(b.kind.value, b.source_name)),
        Column(QCoreApplication.translate("ImportHistory", "Rows"), lambda b: b.row_count,
               text=lambda v: f"{v:,}", numeric=True),
        Column(QCoreApplication.translate("ImportHistory", "Months"), lambda b: months_text(b.summary.get("months", ()))
               if b.kind.value == "sales" else ""),
        Column(QCoreApplication.translate("ImportHistory", "Status"), lambda b: status_label(b.status)),
    ], parent)


class ImportHistoryDialog(QDialog):
    undone = Signal(object)  # UndoResult

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._settings = ctx, runner, settings
        self.results: list[UndoResult] = []
        self._busy = False
        self._closed = False
        self.setWindowTitle(QCoreApplication.translate("ImportHistory", "Import history"))
        self.resize(900, 480)
        self.model = history_model(self)
        self.view = read_only_table()
        self.view.setSortingEnabled(False)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton(QCoreApplication.translate("ImportHistory", "Undo this import"))
        self.undo_button.setToolTip(QCoreApplication.translate(
            "ImportHistory", "Delete the order lines this import brought in (a backup is taken first)"))
        self.undo_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.undo_button.clicked.connect(self.undo_selected)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        if settings is not None and settings.value(GEOMETRY_KEY) is not None:
            self.restoreGeometry(settings.value(GEOMETRY_KEY))
        self.refresh()

    # --- the list --------------------------------------------------------------------------------

    def refresh(self) -> None:
        uow = self._ctx.uow
        self._busy = True
        self._update_buttons()
        self._runner.submit(lambda: list_import_batches(uow()), self._loaded, self._failed)

    def _loaded(self, batches: list[ImportBatch]) -> None:
        if self._closed:
            return
        self._busy = False
        selected = self.selected_batch()
        self.model.set_rows(batches)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if not batches:
            self.status_label.setText(QCoreApplication.translate("ImportHistory", "Nothing has been imported yet."))
        if selected is not None:
            self.select_batch(selected.id)
        self._update_buttons()

    def selected_batch(self) -> ImportBatch | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.rows[rows[0].row()] if rows else None

    def select_batch(self, batch_id: int | None) -> None:
        row = next((i for i, b in enumerate(self.model.rows) if b.id == batch_id), None)
        if row is not None:
            self.view.selectRow(row)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        batch = self.selected_batch()
        self.undo_button.setEnabled(not self._busy and batch is not None and can_undo(batch))

    # --- undo ------------------------------------------------------------------------------------

    def undo_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.id is None or not self.undo_button.isEnabled():
            return
        uow, batch_id = self._ctx.uow, batch.id
        self._busy = True
        self._update_buttons()
        self._runner.submit(lambda: batch_contents(uow(), batch_id), self._confirm, self._failed)

    def _confirm(self, contents: BatchContents) -> None:
        self._busy = False
        self._update_buttons()
        if self._closed:
            return
        batch = contents.batch
        months = ", ".join(f"{month} ({lines:,})" for month, lines in contents.months.items()) or "—"
        answer = QMessageBox.question(
            self, QCoreApplication.translate("ImportHistory", "Undo import"),
            QCoreApplication.translate(
                "ImportHistory", "Undo import {batch} ({file})? Its {lines} order lines will be deleted: {months}. "
                "A backup of the workspace is taken first.").format(
                batch=batch.id, file=batch.source_name, lines=f"{contents.lines:,}", months=months),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        uow, batch_id, clock = self._ctx.uow, batch.id, self._ctx.now
        backups = self._ctx.backups
        assert batch_id is not None  # the history lists stored batches only

        def work() -> UndoResult:
            return undo_import_batch(uow(), batch_id, clock(), backups=backups)

        self._busy = True
        self._update_buttons()
        self._runner.submit(work, self._undone, self._failed)

    def _undone(self, result: UndoResult) -> None:
        self.results.append(result)
        self._ctx.events.notify(data_events.ORDERS)  # only order imports can be undone
        self.undone.emit(result)
        self._busy = False
        if self._closed:
            return
        self.status_label.setText(QCoreApplication.translate(
            "ImportHistory", "Import {batch} undone: {lines} order lines deleted ({months}).").format(
            batch=result.batch_id, lines=f"{result.lines_removed:,}", months=months_text(result.months)))
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        if self._closed:
            return
        self.status_label.setText(describe_problem(exc) if isinstance(exc, ImportProblem) else describe_error(exc))
        self._update_buttons()

    def done(self, result: int) -> None:
        self._closed = True
        if self._settings is not None:
            self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)
