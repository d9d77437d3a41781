"""Import customers (导入客户): choose a file, see its encoding and first rows, correct the column
mapping, see every bad row with its line number, then import — all rows or none.

Reading the file, checking the rows and importing run on the task runner's thread; results come
back by signal. While anything is being read or checked, the Import button stays disabled; it is
enabled only for a checked file without a single bad row that would change something."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain.importing.columns import auto_mapping, check_mapping
from domain.importing.customers import CUSTOMER_COLUMNS
from domain.importing.errors import ImportProblem, ImportRejected, MappingInvalid
from domain.importing.table import ImportTable, locate_header
from domain.services.customer_import import (
    ImportPreview,
    ImportResult,
    import_customers,
    preview_customer_import,
)
from gui.common.widgets import heading, read_only_table
from gui.context import AppContext
from gui.customers.import_messages import describe_problem, encoding_label
from gui.customers.import_models import MappingTable, describe_counts, errors_model, preview_model
from gui.messages import describe_error
from gui.workers import TaskRunner

LAST_FOLDER_KEY = "import/last_folder"
ENCODINGS = (None, "utf-8", "gb18030", "utf-16", "big5")


def choose_import_file(parent: QWidget | None, settings: QSettings | None = None) -> Path | None:
    settings = settings or QSettings()
    folder = str(settings.value(LAST_FOLDER_KEY, str(Path.home())))
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("CustomerImportDialog", "Import customers"), folder,
        QCoreApplication.translate("CustomerImportDialog", "Tables (*.xlsx *.xlsm *.csv *.txt);;All files (*)"),
    )
    if not name:
        return None
    settings.setValue(LAST_FOLDER_KEY, str(Path(name).parent))
    return Path(name)


class CustomerImportDialog(QDialog):
    imported = Signal(object)  # ImportResult

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        if ctx.files is None:
            raise RuntimeError("AppContext.files is not set: main.open_context wires it")
        self._ctx, self._runner, self._settings = ctx, runner, settings
        self.path: Path | None = None
        self.table: ImportTable | None = None
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self._busy = False
        self._importing = False
        self._closed = False
        self._generation = 0  # results of an older read or check are dropped
        self.setWindowTitle(self.tr("Import customers"))
        self.resize(980, 720)

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.reload_button = QPushButton(self.tr("Read again"))
        self.reload_button.setToolTip(self.tr("Read the file again after correcting it"))
        self.reload_button.setEnabled(False)
        self.encoding_combo = QComboBox()
        for encoding in ENCODINGS:
            self.encoding_combo.addItem(self.tr("Automatic") if encoding is None else encoding_label(encoding), encoding)
        self.detected_label = QLabel()
        self.detected_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File")))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.reload_button)
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(QLabel(self.tr("Encoding")))
        encoding_row.addWidget(self.encoding_combo)
        encoding_row.addWidget(self.detected_label, 1)

        self.preview_view = read_only_table()
        self.preview_view.setSortingEnabled(False)
        self.mapping_table = MappingTable()
        self.errors = errors_model(self)
        self.errors_view = read_only_table()
        self.errors_view.setSortingEnabled(False)
        self.errors_view.setModel(self.errors)
        self.status_label = QLabel(self.tr("Choose a CSV or Excel file with one customer per row."))
        self.status_label.setObjectName("ImportStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._section(self.tr("First rows of the file"), self.preview_view))
        splitter.addWidget(self._section(
            self.tr("Columns (* required; empty cells keep what the workspace already has)"), self.mapping_table))
        check = QWidget()
        check_layout = QVBoxLayout(check)
        check_layout.setContentsMargins(0, 0, 0, 0)
        check_layout.addWidget(heading(self.tr("Check"), 2))
        check_layout.addWidget(self.status_label)
        check_layout.addWidget(self.errors_view, 1)
        splitter.addWidget(check)
        splitter.setSizes([240, 220, 220])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
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
        self.mapping_table.mapping_changed.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.start_import)

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
        path = choose_import_file(self, self._settings)
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        self.path = Path(path)
        self.path_edit.setText(str(self.path))
        self._read()

    def _encoding_changed(self, _index: int) -> None:
        if self.path is not None:
            self._read()

    def _read(self) -> None:
        assert self.path is not None and self._ctx.files is not None
        files, path, encoding = self._ctx.files, self.path, self.encoding_combo.currentData()
        self.table = self.preview = None
        self._set_preview(None)
        self.mapping_table.setRowCount(0)
        self.errors.set_rows([])
        self.detected_label.clear()
        generation = self._start(self.tr("Reading {name}…").format(name=path.name))

        def read() -> ImportTable:
            return locate_header(files.read_table(path, encoding), CUSTOMER_COLUMNS.is_known)

        self._runner.submit(read, lambda table: self._read_done(generation, table),
                            lambda exc: self._failed(generation, exc))

    def _read_done(self, generation: int, table: ImportTable) -> None:
        if not self._current(generation):
            return
        self._busy = False
        self.table = table
        self.detected_label.setText(self.tr("{encoding} · header on line {line} · {rows} rows").format(
            encoding=encoding_label(table.encoding), line=table.header_line, rows=len(table.rows)))
        self._set_preview(preview_model(table, {}, self))
        self.mapping_table.blockSignals(True)
        self.mapping_table.load(table, CUSTOMER_COLUMNS, auto_mapping(table.headers, CUSTOMER_COLUMNS))
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
        table, mapping, today = self.table, self.mapping, self._ctx.today()
        self.preview = None
        self.errors.set_rows([])
        try:
            check_mapping(mapping, table.headers, CUSTOMER_COLUMNS)
        except MappingInvalid as exc:
            self._generation += 1
            self._busy = False
            self._show_status(describe_problem(exc), problem=True)
            return
        generation = self._start(self.tr("Checking {rows} rows…").format(rows=len(table.rows)))
        uow = self._ctx.uow
        self._runner.submit(lambda: preview_customer_import(uow(), table, mapping, today),
                            lambda preview: self._check_done(generation, preview),
                            lambda exc: self._failed(generation, exc))

    def _check_done(self, generation: int, preview: ImportPreview) -> None:
        if not self._current(generation) or self.table is None:
            return
        self._busy = False
        self.preview = preview
        self._set_preview(preview_model(self.table, preview.status, self))
        self.errors.set_rows(list(preview.errors))
        counts = describe_counts(preview.created, preview.updated, preview.unchanged)
        skipped = self._skipped_note()
        if not preview.ok:
            bad_rows = len({e.line for e in preview.errors})
            self._show_status(self.tr(
                "Rows with problems: {bad} of {rows}, listed below; nothing will be imported. Correct the file "
                "and read it again.").format(bad=bad_rows, rows=preview.rows) + skipped, problem=True)
        elif not preview.has_changes:
            self._show_status(self.tr("Nothing to import: {counts}.").format(counts=counts) + skipped)
        else:
            self._show_status(self.tr("Every row is fine: {counts}. Import writes them all at once.").format(
                counts=counts) + skipped)
        self._update_buttons()

    def _skipped_note(self) -> str:
        if self.table is None or not self.table.skipped:
            return ""
        lines = ", ".join(str(s.line) for s in self.table.skipped[:10])
        return " " + self.tr("Total and repeated header rows skipped: line {lines}.").format(lines=lines)

    # --- importing -------------------------------------------------------------------------------

    def start_import(self) -> None:
        if not self.import_button.isEnabled() or self.table is None:
            return
        table, mapping, today = self.table, self.mapping, self._ctx.today()
        uow, backup = self._ctx.uow, self._ctx.backup_now if self._ctx.workspace_path else None
        self._importing = True
        generation = self._start(self.tr("Importing…"))

        def work() -> ImportResult:
            if backup is not None:
                backup()  # a copy from just before, in case the file held the wrong data
            return import_customers(uow(), table, mapping, today, now=datetime.now(timezone.utc))

        self._runner.submit(work, lambda result: self._import_done(generation, result),
                            lambda exc: self._failed(generation, exc))

    def _import_done(self, generation: int, result: ImportResult) -> None:
        self._importing = False
        self.import_result = result
        self.imported.emit(result)
        if self._current(generation):
            self._busy = False
            self.accept()

    # --- state -----------------------------------------------------------------------------------

    def _start(self, message: str) -> int:
        self._generation += 1
        self._busy = True
        self._show_status(message)
        self._update_buttons()
        return self._generation

    def _current(self, generation: int) -> bool:
        return not self._closed and generation == self._generation

    def _failed(self, generation: int, exc: BaseException) -> None:
        self._importing = False
        if not self._current(generation):
            return
        self._busy = False
        if isinstance(exc, ImportRejected):  # the workspace changed between the check and the import
            self.errors.set_rows(list(exc.errors))
        message = describe_problem(exc) if isinstance(exc, ImportProblem) else describe_error(exc)
        self._show_status(message, problem=True)
        self._update_buttons()

    def _show_status(self, message: str, problem: bool = False) -> None:
        self.status_label.setText(message)
        self.status_label.setProperty("problem", problem)
        self.status_label.setStyleSheet("color: #b3261e;" if problem else "")
        self.errors_view.setVisible(self.errors.rowCount() > 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = (not self._busy and self.preview is not None and self.preview.ok and self.preview.has_changes)
        self.import_button.setEnabled(ready)
        idle = not self._importing
        for widget in (self.choose_button, self.encoding_combo, self.mapping_table):
            widget.setEnabled(idle)
        self.reload_button.setEnabled(idle and self.path is not None)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setEnabled(idle)

    def reject(self) -> None:
        if self._importing:  # Esc while writing: the import finishes (all or nothing) and then closes
            return
        self._closed = True
        super().reject()

    def accept(self) -> None:
        self._closed = True
        super().accept()


def run_customer_import(parent: QWidget | None, ctx: AppContext, runner: TaskRunner,
                        path: Path | None = None, settings: QSettings | None = None) -> bool:
    """Ask for a file (unless `path` is given), show the import dialog, and return True if customers
    were created or updated — the caller then refreshes its list."""
    if path is None:
        path = choose_import_file(parent, settings)
        if path is None:
            return False
    dialog = CustomerImportDialog(ctx, runner, parent, settings)
    dialog.open_file(path)
    dialog.exec()
    result = dialog.import_result
    return result is not None and bool(result.created or result.updated)
