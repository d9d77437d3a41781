"""What the three scheme editors (档位, 星级, 价值分层) share: load the newest version, save the edits as a
new version ("第 N 版"), restore the template after asking, show each validation error under its field,
and ask before closing with unsaved edits. A subclass builds its fields and converts scheme ⇄ fields."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from domain.services.tier_schemes import load_scheme, restore_template, save_scheme
from domain.tiers.schemes import Scheme, SchemeKind
from domain.validation import FieldError, ValidationFailed
from gui.common.field_errors import describe_field_error
from gui.common.fields import FieldRow
from gui.common.unsaved import confirm_unsaved
from gui.context import AppContext
from gui.messages import describe_error
from gui.workers import TaskRunner

CONTEXT = "SchemeEditor"  # the base's own texts, whatever the subclass (self.tr would use its name)




def version_text(version: int) -> str:
    if version == 0:
        return QCoreApplication.translate("SchemeEditor", "Template (not edited yet)")
    return QCoreApplication.translate("SchemeEditor", "Version {n}").format(n=version)


class SchemeEditor(QDialog):
    loaded = Signal()
    saved = Signal(object)  # the stored scheme, with its new version
    failed = Signal(str)  # a save or load that did not go through, in the user's words

    kind: SchemeKind

    def __init__(self, ctx: AppContext, runner: TaskRunner, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._loaded: Scheme | None = None
        self._busy = False
        self.title = title
        self.setWindowTitle(title)
        self.field_rows: dict[str, FieldRow] = {}

        self.version_label = QLabel()
        self.version_label.setObjectName("PageSubtitle")
        body = QWidget()
        self.build(body)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.errors = QLabel()
        self.errors.setObjectName("FieldError")
        self.errors.setWordWrap(True)
        self.errors.hide()

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(QCoreApplication.translate("SchemeEditor", "Save as new version"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button = self.buttons.addButton(QCoreApplication.translate("SchemeEditor", "Restore template…"), QDialogButtonBox.ButtonRole.ResetRole)
        self.close_button = self.buttons.addButton(QCoreApplication.translate("SchemeEditor", "Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.restore_button.clicked.connect(self.restore)
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.restore_button):
            button.setEnabled(False)  # until the scheme has been read

        layout = QVBoxLayout(self)
        layout.addWidget(self.version_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.resize(780, 680)

    # --- what a subclass provides ------------------------------------------------------------------

    def build(self, body: QWidget) -> None:
        raise NotImplementedError

    def fill(self, scheme: Scheme) -> None:
        raise NotImplementedError

    def edited(self) -> Scheme:
        """The scheme as the fields say (the loaded one's version: saving gives it a new one)."""
        raise NotImplementedError

    def add_field(self, form: QFormLayout, label: str, name: str, field: QWidget) -> FieldRow:
        """A form row with room for its field's error underneath; `name` is the FieldError's field."""
        row = FieldRow(field)
        self.field_rows[name] = row
        if label:
            form.addRow(label, row)
        else:
            form.addRow(row)  # the field spans the form (a group of tables)
        return row

    # --- loading and saving ----------------------------------------------------------------------

    @property
    def scheme(self) -> Scheme | None:
        return self._loaded

    def refresh(self) -> None:
        ctx, kind = self._ctx, self.kind
        self._runner.submit(lambda: load_scheme(ctx.uow(), kind), self._show, self._failed)

    def _show(self, scheme: Scheme) -> None:
        self._busy = False
        self._loaded = scheme
        self.fill(scheme)
        self.version_label.setText(version_text(scheme.version))
        self.show_errors([])
        read_only = bool(self._ctx.read_only_reason)
        for button in (self.save_button, self.restore_button):
            button.setEnabled(not read_only)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, ValidationFailed):
            self.show_errors(exc.errors)
            self.failed.emit(describe_error(exc))
            return
        self.errors.setText(describe_error(exc))
        self.errors.show()
        self.failed.emit(describe_error(exc))

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message under its field; one whose field is not shown (a hidden table) below the form."""
        for each in self.field_rows.values():
            each.show_error(None)
        loose: list[str] = []
        by_field: dict[str, list[str]] = {}
        for error in errors:
            row = self.field_rows.get(error.field)
            if row is not None and row.isVisibleTo(self):
                by_field.setdefault(error.field, []).append(describe_field_error(error))
            else:
                loose.append(describe_field_error(error))
        for name, messages in by_field.items():
            self.field_rows[name].show_error("\n".join(messages))
        self.errors.setText("\n".join(loose))
        self.errors.setVisible(bool(loose))

    def save(self) -> None:
        if self._loaded is None or self._busy:
            return
        ctx, scheme = self._ctx, self.edited()
        self._busy = True

        def done(stored: Scheme) -> None:
            self._show(stored)
            self.saved.emit(stored)

        self._runner.submit(lambda: save_scheme(ctx.uow(), scheme), done, self._failed)

    def restore(self) -> None:
        if self._loaded is None or self._busy:
            return
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, QCoreApplication.translate("SchemeEditor", "Restore template"),
            QCoreApplication.translate("SchemeEditor", "Replace the scheme with the shipped template? It is saved as a new version; the versions "
                "before it stay in the history, and grades already given keep theirs."),
            buttons.Yes | buttons.Cancel, buttons.Cancel)
        if answer != buttons.Yes:
            return
        ctx, kind = self._ctx, self.kind
        self._busy = True

        def done(stored: Scheme) -> None:
            self._show(stored)
            self.saved.emit(stored)

        self._runner.submit(lambda: restore_template(ctx.uow(), kind), done, self._failed)

    # --- unsaved edits ---------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        if self._loaded is None:
            return False
        return replace(self.edited(), version=0) != replace(self._loaded, version=0)

    def unsaved_work(self) -> list[str]:
        return [self.title] if self.is_dirty() else []

    def save_unsaved(self) -> bool:
        """In the GUI thread (one row, milliseconds): the caller needs the answer before going on."""
        try:
            stored = save_scheme(self._ctx.uow(), self.edited())
        except Exception as exc:  # shown beside the fields; the edits stay
            self._failed(exc)
            return False
        self._show(stored)
        self.saved.emit(stored)
        return True

    def discard_unsaved(self) -> None:
        if self._loaded is not None:
            self.fill(self._loaded)

    def reject(self) -> None:
        if confirm_unsaved(self, [self], QCoreApplication.translate("SchemeEditor", "Close {title}").format(title=self.title)):
            super().reject()
