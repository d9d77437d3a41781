"""The import dialog (导入), one for customers, products and order lines: choose a file, see its
encoding and first rows, correct the column mapping, see every bad row with its line number (and,
for order lines, the customers and products the workspace lacks, which it can create), then
import — all rows or none.

Reading, checking and importing run on the task runner's thread; results come back by signal.
Order files can hold a million lines, so their check and import run under a progress dialog whose
Cancel leaves the workspace untouched. While anything runs the Import button stays disabled; it
is enabled only for a checked file without a single bad row that would change something."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain.importing.errors import ImportProblem, ImportRejected, MappingInvalid, UnknownReferences
from domain.importing.table import ImportTable
from domain.model.sales import ImportKind
from domain.services.import_files import ImportReading, read_import_file
from domain.services.sales_import import create_unknown_references
from gui.common import data_events
from gui.common.widgets import heading, read_only_table
from gui.context import AppContext
from gui.importing.choices import errors_file_note, skip_invalid_box
from gui.importing.flows import ImportFlow
from gui.importing.messages import describe_problem, encoding_label
from gui.importing.models import MappingTable, errors_model, preview_model, unknowns_model
from gui.messages import describe_error
from gui.workers import TaskHandle, TaskRunner

LAST_FOLDER_KEY = "import/last_folder"
ENCODINGS = (None, "utf-8", "gb18030", "utf-16", "big5")


def choose_import_file(parent: QWidget | None, settings: QSettings | None = None, title: str | None = None) -> Path | None:
    settings = settings or QSettings()
    folder = str(settings.value(LAST_FOLDER_KEY, str(Path.home())))
    name, _ = QFileDialog.getOpenFileName(
        parent, title or QCoreApplication.translate("ImportDialog", "Import customers"), folder,
        QCoreApplication.translate("ImportDialog", "Tables (*.xlsx *.xlsm *.xls *.csv *.txt);;All files (*)"),
    )
    if not name:
        return None
    settings.setValue(LAST_FOLDER_KEY, str(Path(name).parent))
    return Path(name)


AREA_OF_KIND = {ImportKind.CUSTOMERS: data_events.CUSTOMERS, ImportKind.PRODUCTS: data_events.PRODUCTS,
                ImportKind.SALES: data_events.ORDERS}


class ImportDialog(QDialog):
    imported = Signal(object)  # the flow's result: ImportResult or SalesImportResult
    references_created = Signal(object)  # CreatedReferences

    def __init__(self, flow: ImportFlow, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        if ctx.files is None:
            raise RuntimeError("AppContext.files is not set: main.open_context wires it")
        self.flow = flow
        self._ctx, self._runner, self._settings = ctx, runner, settings
        self.path: Path | None = None
        self.table: ImportTable | None = None
        self.preview: Any = None
        self.import_result: Any = None
        self.created_any = False  # customers or products created from an order file
        self.changed_any = False  # an import wrote something, whatever was read or checked after it
        self.progress_dialog: QProgressDialog | None = None
        self._handle: TaskHandle | None = None
        self._busy = False
        self._importing = False
        self._closed = False
        self._generation = 0  # results of an older read or check are dropped
        self.setWindowTitle(flow.title())
        self.resize(980, 720)

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton(QCoreApplication.translate("ImportDialog", "Choose file…"))
        self.reload_button = QPushButton(QCoreApplication.translate("ImportDialog", "Read again"))
        self.reload_button.setToolTip(QCoreApplication.translate("ImportDialog", "Read the file again after correcting it"))
        self.reload_button.setEnabled(False)
        self.encoding_combo = QComboBox()
        for encoding in ENCODINGS:
            self.encoding_combo.addItem(
                QCoreApplication.translate("ImportDialog", "Automatic") if encoding is None else encoding_label(encoding),
                encoding)
        self.detected_label = QLabel()
        self.detected_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(QCoreApplication.translate("ImportDialog", "File")))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.reload_button)
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(QLabel(QCoreApplication.translate("ImportDialog", "Encoding")))
        encoding_row.addWidget(self.encoding_combo)
        encoding_row.addWidget(self.detected_label, 1)
        self.skip_box = skip_invalid_box(self)
        encoding_row.addWidget(self.skip_box)

        self.preview_view = read_only_table()
        self.preview_view.setSortingEnabled(False)
        self.mapping_table = MappingTable()
        self.errors = errors_model(self)
        self.errors_view = read_only_table()
        self.errors_view.setSortingEnabled(False)
        self.errors_view.setModel(self.errors)
        self.unknowns = unknowns_model(self)
        self.unknowns_view = read_only_table()
        self.unknowns_view.setSortingEnabled(False)
        self.unknowns_view.setModel(self.unknowns)
        self.create_button = QPushButton(QCoreApplication.translate("ImportDialog", "Create them"))
        self.create_button.setToolTip(QCoreApplication.translate(
            "ImportDialog", "Add the listed customers (license number and name from the file) and products (code, "
            "name and price from the file) to the workspace, then check the file again"))
        self.status_label = QLabel(flow.intro())
        self.status_label.setObjectName("ImportStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._section(QCoreApplication.translate("ImportDialog", "First rows of the file"),
                                         self.preview_view))
        splitter.addWidget(self._section(flow.mapping_heading(), self.mapping_table))
        check = QWidget()
        check_layout = QVBoxLayout(check)
        check_layout.setContentsMargins(0, 0, 0, 0)
        check_layout.addWidget(heading(QCoreApplication.translate("ImportDialog", "Check"), 2))
        check_layout.addWidget(self.status_label)
        check_layout.addWidget(self.errors_view, 1)
        check_layout.addWidget(self.unknowns_view, 1)
        create_row = QHBoxLayout()
        create_row.addStretch(1)
        create_row.addWidget(self.create_button)
        check_layout.addLayout(create_row)
        splitter.addWidget(check)
        splitter.setSizes([240, 220, 220])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(QCoreApplication.translate("ImportDialog", "Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.setDefault(False)
        self.import_button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(encoding_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.choose_button.clicked.connect(self.choose_file)
        self.reload_button.clicked.connect(self._read)
        self.encoding_combo.currentIndexChanged.connect(self._encoding_changed)
        self.skip_box.toggled.connect(self._skip_toggled)
        self.mapping_table.mapping_changed.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.start_import)
        self.create_button.clicked.connect(self.create_missing)
        self._show_status(flow.intro())

    @staticmethod
    def _section(title: str, body: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(title, 2))
        layout.addWidget(body, 1)
        return box

    # --- reading ---------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = choose_import_file(self, self._settings, self.flow.title())
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        self.path = Path(path)
        self.path_edit.setText(str(self.path))
        self._read()

    def _encoding_changed(self, _index: int) -> None:
        if self.path is not None:
            self._read()

    def _skip_toggled(self, on: bool) -> None:
        self.flow.skip_invalid = on
        self.check()

    def _read(self) -> None:
        assert self.path is not None and self._ctx.files is not None
        files, path, encoding = self._ctx.files, self.path, self.encoding_combo.currentData()
        flow, large, ctx = self.flow, self.flow.large, self._ctx
        self.table = self.preview = self.import_result = None
        self._set_preview(None)
        self.mapping_table.setRowCount(0)
        self.errors.set_rows([])
        self.unknowns.set_rows([])
        self.detected_label.clear()

        def read() -> ImportReading:
            flow.columns = columns = flow.load_columns(ctx.uow())
            return read_import_file(files, path, columns, encoding=encoding, large=large)

        self._submit(read, self._read_done,
                     QCoreApplication.translate("ImportDialog", "Reading {name}…").format(name=path.name))

    def _read_done(self, reading: ImportReading) -> None:
        self.table = table = reading.table
        self.detected_label.setText(QCoreApplication.translate(
            "ImportDialog", "{encoding} · header on line {line} · {rows} rows").format(
            encoding=encoding_label(table.encoding), line=table.header_line, rows=f"{len(table.rows):,}"))
        self._set_preview(preview_model(table, {}, self))
        self.mapping_table.blockSignals(True)
        self.mapping_table.load(table, self.flow.columns, reading.mapping)
        self.mapping_table.blockSignals(False)
        self.check()

    def _set_preview(self, model: QAbstractItemModel | None) -> None:
        old = self.preview_view.model()
        self.preview_view.setModel(model)
        if old is not None:
            old.deleteLater()

    # --- checking --------------------------------------------------------------------------------

    @property
    def mapping(self) -> dict[int, str]:
        return self.mapping_table.mapping()

    def check(self) -> None:
        """Validate every row with the current mapping (nothing is written)."""
        if self.table is None:
            return
        flow, table, mapping, today, uow = self.flow, self.table, self.mapping, self._ctx.today(), self._ctx.uow
        self.preview = None
        self.errors.set_rows([])
        self.unknowns.set_rows([])
        try:
            flow.check_mapping(mapping, table.headers)
        except MappingInvalid as exc:
            self._generation += 1
            self._busy = False
            self._show_status(describe_problem(exc), problem=True)
            return
        self._submit(lambda progress=None: flow.preview(uow(), table, mapping, today, progress), self._check_done,
                     QCoreApplication.translate("ImportDialog", "Checking {rows} rows…").format(rows=f"{len(table.rows):,}"),
                     with_progress=flow.shows_progress)

    def _check_done(self, preview: Any) -> None:
        if self.table is None:
            return
        self.preview = preview
        self._set_preview(preview_model(self.table, self.flow.status(preview), self))
        self.errors.set_rows(self.flow.errors(preview))
        self.unknowns.set_rows(self.flow.unknowns(preview))
        if self.unknowns.rowCount():
            self.unknowns_view.resizeColumnsToContents()
        message, problem = self.flow.describe(preview)
        self._show_status(message + self._skipped_note(), problem=problem)

    def _skipped_note(self) -> str:
        if self.table is None or not self.table.skipped:
            return ""
        lines = ", ".join(str(s.line) for s in self.table.skipped[:10])
        return " " + QCoreApplication.translate("ImportDialog", "Total and repeated header rows skipped: line {lines}.").format(
            lines=lines)

    # --- creating what an order file names -------------------------------------------------------

    def create_missing(self) -> None:
        if not self.create_button.isEnabled() or self.preview is None or self.table is None:
            return
        customers = tuple(getattr(self.preview, "unknown_customers", ()))
        products = tuple(getattr(self.preview, "unknown_products", ()))
        uow, source, backups, clock = self._ctx.uow, self.table.source_name, self._ctx.backups, self._ctx.now

        def work():
            return create_unknown_references(uow(), customers, products, source_name=source,
                                             now=clock(), backups=backups)

        self._importing = True
        self._submit(work, self._created, QCoreApplication.translate("ImportDialog", "Creating customers and products…"),
                     always=True)

    def _created(self, created: Any) -> None:
        self._importing = False
        self.created_any = self.created_any or bool(created.customers or created.products)
        if created.customers:
            self._ctx.events.notify(data_events.CUSTOMERS)
        if created.products:
            self._ctx.events.notify(data_events.PRODUCTS)
        self.references_created.emit(created)
        if not self._closed:
            self.check()

    # --- importing -------------------------------------------------------------------------------

    def start_import(self) -> None:
        if not self.import_button.isEnabled() or self.table is None:
            return
        flow, table, mapping, today, uow = self.flow, self.table, self.mapping, self._ctx.today(), self._ctx.uow
        backups, clock = self._ctx.backups, self._ctx.now
        self._importing = True

        def work(progress=None):
            return flow.run(uow(), table, mapping, today, clock(), progress, backups)

        self._submit(work, self._import_done,
                     QCoreApplication.translate("ImportDialog", "Importing {rows} rows…").format(rows=f"{len(table.rows):,}"),
                     with_progress=flow.shows_progress, always=True)

    def _import_done(self, result: Any) -> None:
        self._importing = False
        self.import_result = result
        if self.flow.changed(result):
            self.changed_any = True
            self._ctx.events.notify(AREA_OF_KIND.get(self.flow.kind, data_events.IMPORTS))
        self.imported.emit(result)
        note = errors_file_note(self._ctx, self.path, result)
        if self._closed:
            return
        if self.flow.stays_open or note:  # skipped rows: the dialog stays to say where they are listed
            self.preview = None  # imported: nothing more to import from this reading
            self._show_status(" ".join(filter(None, (self.flow.summary(result, self.table.source_name if self.table
                                                                       else ""), note))))
        else:
            self.accept()

    # --- running work ----------------------------------------------------------------------------

    def _submit(self, fn: Callable[..., Any], on_done: Callable[[Any], None], message: str,
                with_progress: bool = False, always: bool = False) -> None:
        """Run `fn` on the runner; `on_done` gets its result on the GUI thread unless a newer read or
        check has started meanwhile or the dialog was closed (`always`: in any case)."""
        self._generation += 1
        generation = self._generation
        self._busy = True
        self._show_status(message)

        def done(result: Any) -> None:
            current = self._current(generation)
            if generation == self._generation:
                self._close_progress()
            if current:
                self._busy = False
            if current or always:
                on_done(result)

        handle = self._runner.submit(fn, done, lambda exc: self._failed(generation, exc), with_progress=with_progress)
        if self.flow.shows_progress:
            self._open_progress(message, handle, with_progress)

    def _open_progress(self, message: str, handle: TaskHandle, reports: bool) -> None:
        self._close_progress()
        dialog = QProgressDialog(message, QCoreApplication.translate("ImportDialog", "Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.flow.title())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(self.cancel_work)
        if reports:
            handle.progressed.connect(self._progressed)
        self.progress_dialog, self._handle = dialog, handle

    def _progressed(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(max(total, 1))
            self.progress_dialog.setValue(min(done, total))

    def cancel_work(self) -> None:
        """Cancel: the running check or import stops at its next progress report and writes nothing;
        a file being read is read to the end and dropped."""
        if self._handle is not None:
            self._handle.cancel()
        if not self._importing:
            self._generation += 1  # drop a reading or check that does not report progress
            self._busy = False
            self._close_progress()
            self._show_status(QCoreApplication.translate("ImportDialog", "Cancelled."), problem=True)

    def _close_progress(self) -> None:
        dialog, self.progress_dialog, self._handle = self.progress_dialog, None, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel_work)
            dialog.close()
            dialog.deleteLater()

    # --- state -----------------------------------------------------------------------------------

    def _current(self, generation: int) -> bool:
        return not self._closed and generation == self._generation

    def _failed(self, generation: int, exc: BaseException) -> None:
        self._importing = False
        if generation == self._generation:
            self._close_progress()
        if not self._current(generation):
            return
        self._busy = False
        if isinstance(exc, ImportRejected):  # the workspace changed between the check and the import
            self.errors.set_rows(list(exc.errors))
        if isinstance(exc, UnknownReferences):
            self.unknowns.set_rows([*exc.customers, *exc.products])
        message = describe_problem(exc) if isinstance(exc, ImportProblem) else describe_error(exc)
        self._show_status(message, problem=True)

    def _show_status(self, message: str, problem: bool = False) -> None:
        self.status_label.setText(message)
        self.status_label.setProperty("problem", problem)
        self.status_label.setStyleSheet("color: #b3261e;" if problem else "")
        self.errors_view.setVisible(self.errors.rowCount() > 0)
        self.unknowns_view.setVisible(self.unknowns.rowCount() > 0)
        self.create_button.setVisible(self.unknowns.rowCount() > 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = not self._busy and self.preview is not None and self.flow.ready(self.preview)
        self.import_button.setEnabled(ready)
        idle = not self._importing
        for widget in (self.choose_button, self.encoding_combo, self.skip_box, self.mapping_table):
            widget.setEnabled(idle)
        self.reload_button.setEnabled(idle and self.path is not None)
        self.create_button.setEnabled(
            not self._busy and self.preview is not None and any(u.creatable for u in self.unknowns.rows))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setEnabled(idle)

    def reject(self) -> None:
        if self._importing:  # Esc while writing: the import finishes (all or nothing) or is cancelled
            return
        super().reject()

    def done(self, result: int) -> None:
        """Closed: results still on their way are dropped, and the file's rows (a million, maybe)
        are let go even while the dialog object lives on."""
        self._closed = True
        self._close_progress()
        super().done(result)
        self.table = None
        self.mapping_table.setRowCount(0)
        self._set_preview(None)
