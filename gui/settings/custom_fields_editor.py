"""自定义字段: the numbers kept on every shop beyond the dossier's own fields (a bank branch's assets under
management, a shop's rent). Add, rename, give a unit, archive and bring back; a value tier can be
measured by one of them (价值分层方案 → 贡献)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.model.custom_fields import NAME_MAX, UNIT_MAX, CustomField
from domain.services.custom_fields import custom_fields_in_use, save_custom_field, set_custom_field_archived
from domain.validation import ValidationFailed
from gui.common.field_errors import describe_field_error
from gui.common.fields import FieldRow
from gui.common.row_model import Column, RowTableModel
from gui.common.widgets import read_only_table
from gui.context import AppContext
from gui.messages import describe_error
from gui.workers import TaskRunner

FieldLine = tuple[CustomField, int]  # the field and how many shops have a value in it


def _columns() -> list[Column[FieldLine]]:
    archived = QCoreApplication.translate("CustomFieldsEditor", "Archived")
    in_use = QCoreApplication.translate("CustomFieldsEditor", "In use")
    return [
        Column(QCoreApplication.translate("CustomFieldsEditor", "Field"), lambda r: r[0].name),
        Column(QCoreApplication.translate("CustomFieldsEditor", "Unit"), lambda r: r[0].unit),
        Column(QCoreApplication.translate("CustomFieldsEditor", "Shops with a value"), lambda r: r[1], numeric=True),
        Column(QCoreApplication.translate("CustomFieldsEditor", "State"), lambda r: r[0].archived,
               lambda v: archived if v else in_use),
    ]


class FieldDialog(QDialog):
    """One field's name and unit; Save keeps the dialog open with the message under its field when the
    service refuses, so nothing typed is lost."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, field: CustomField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._field = ctx, runner, field
        self.stored: CustomField | None = None
        self.setWindowTitle(self.tr("New custom field") if field.id is None else self.tr("Custom field"))
        self.name = QLineEdit(field.name)
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. 管户资产"))
        self.unit = QLineEdit(field.unit)
        self.unit.setMaxLength(UNIT_MAX)
        self.unit.setPlaceholderText(self.tr("e.g. 万元"))
        self.rows = {"name": FieldRow(self.name), "unit": FieldRow(self.unit)}
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.rows["name"])
        form.addRow(self.tr("Unit"), self.rows["unit"])
        note = QLabel(self.tr("A number kept in each dossier and read by imports under this name."))
        note.setObjectName("PageSubtitle")
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(420, 180)

    def save(self) -> None:
        edited = CustomField(self.name.text(), self.unit.text(), self._field.sort_order, self._field.archived,
                             self._field.id)
        ctx = self._ctx

        def done(stored: CustomField) -> None:
            self.stored = stored
            self.accept()

        def failed(exc: BaseException) -> None:
            for row in self.rows.values():
                row.show_error(None)
            if isinstance(exc, ValidationFailed):
                for error in exc.errors:
                    self.rows.get(error.field, self.rows["name"]).show_error(describe_field_error(error))
            else:
                self.rows["name"].show_error(describe_error(exc))

        self._runner.submit(lambda: save_custom_field(ctx.uow(), edited), done, failed)


class CustomFieldsEditor(QDialog):
    changed = Signal()
    loaded = Signal()
    field_dialog_opened = Signal(object)  # the FieldDialog (tests reach it here)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.setWindowTitle(self.tr("Custom fields (自定义字段)"))
        self.model: RowTableModel[FieldLine] = RowTableModel(_columns(), self)
        self.table = read_only_table(self)
        self.table.setSortingEnabled(False)
        self.table.setModel(self.model)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda *_: self.edit_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.new_button = QPushButton(self.tr("New field…"))
        self.edit_button = QPushButton(self.tr("Rename…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.new_button.clicked.connect(self.new_field)
        self.edit_button.clicked.connect(self.edit_current)
        self.archive_button.clicked.connect(self.toggle_archived)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel(self.tr("Archived fields leave the dossier and the imports; their values are kept."))
        self.status.setObjectName("PageSubtitle")
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(620, 420)
        self._update_buttons()

    def refresh(self, select_id: int | None = None) -> None:
        ctx = self._ctx
        self._runner.submit(lambda: custom_fields_in_use(ctx.uow()), lambda lines: self._show(lines, select_id),
                            lambda exc: self.status.setText(describe_error(exc)))

    def _show(self, lines: list[FieldLine], select_id: int | None) -> None:
        self.model.set_rows(lines)
        self.table.resizeColumnsToContents()
        row = next((n for n, (f, _) in enumerate(lines) if f.id == select_id), 0 if lines else None)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()
        self.loaded.emit()

    def current(self) -> CustomField | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()][0] if index.isValid() and index.row() < len(self.model.rows) else None

    def _update_buttons(self) -> None:
        chosen = self.current()
        read_only = bool(self._ctx.read_only_reason)
        self.new_button.setEnabled(not read_only)
        self.edit_button.setEnabled(chosen is not None and not read_only)
        self.archive_button.setEnabled(chosen is not None and not read_only)
        self.archive_button.setText(self.tr("Bring back") if chosen is not None and chosen.archived
                                    else self.tr("Archive"))

    def new_field(self) -> None:
        self._open(CustomField(""))

    def edit_current(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self._open(chosen)

    def _open(self, field: CustomField) -> None:
        dialog = FieldDialog(self._ctx, self._runner, field, self)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.stored is not None:
                self.status.setText(self.tr("Saved {name}.").format(name=dialog.stored.name))
                self.changed.emit()
                self.refresh(dialog.stored.id)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        self.field_dialog_opened.emit(dialog)

    def toggle_archived(self) -> None:
        chosen = self.current()
        if chosen is None or chosen.id is None:
            return
        ctx, field_id, archive = self._ctx, chosen.id, not chosen.archived

        def done(_: object) -> None:
            self.status.setText((self.tr("{name} is archived.") if archive else self.tr("{name} is in use again."))
                                .format(name=chosen.name))
            self.changed.emit()
            self.refresh(field_id)

        self._runner.submit(lambda: set_custom_field_archived(ctx.uow(), field_id, archive), done,
                            lambda exc: self.status.setText(describe_error(exc)))
