"""A walk-in who is not on file yet: the few facts a sign-in gives (licence number, shop, owner, phone),
saved as a new shop and ticked as attended in one step. The rest of the dossier is filled in later.
A refused form stays open with each problem under its field; nothing typed is lost."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from domain.model.customers import Customer
from domain.salons.model import Invitation
from domain.validation import ValidationFailed
from gui.common.fields import FieldRow, show_field_errors
from gui.messages import describe_error

FIELDS = ("license_no", "name", "owner", "phone")


class NewWalkInDialog(QDialog):
    """`save(customer, on_done, on_error)` runs the service (on the worker); the dialog closes when it
    has answered with the invitation."""

    def __init__(self, save: Callable[[Customer, Callable[[Invitation], None], Callable[[BaseException], None]], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.invitation: Invitation | None = None
        self.setWindowTitle(self.tr("New walk-in"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A shop not on file that came to the event: it is added to the customers and "
                               "ticked as attended. Complete its dossier later."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.rows: dict[str, FieldRow] = {}
        labels = {"license_no": self.tr("License number:"), "name": self.tr("Shop:"),
                  "owner": self.tr("Owner:"), "phone": self.tr("Phone:")}
        for key in FIELDS:
            edit = QLineEdit()
            row = FieldRow(edit)
            edit.textEdited.connect(lambda _t, r=row: r.show_error(None))
            form.addRow(labels[key], row)
            self.edits[key], self.rows[key] = edit, row
        layout.addLayout(form)
        self.other_error = QLabel()
        self.other_error.setObjectName("FieldError")
        self.other_error.setWordWrap(True)
        self.other_error.hide()
        layout.addWidget(self.other_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add as attended"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def customer(self) -> Customer:
        text = {k: e.text() for k, e in self.edits.items()}
        return Customer(text["license_no"], text["name"], owner=text["owner"], phone=text["phone"])

    def submit(self) -> None:
        show_field_errors(self.rows, [])
        self.other_error.hide()
        self.buttons.setEnabled(False)
        self._save(self.customer(), self._saved, self._failed)

    def _saved(self, invitation: Invitation) -> None:
        self.buttons.setEnabled(True)
        self.invitation = invitation
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, ValidationFailed):
            self.other_error.setText(describe_error(exc))
            self.other_error.show()
            return
        loose = [m for k, ms in show_field_errors(self.rows, exc.errors).items() if k not in self.rows for m in ms]
        if loose:
            self.other_error.setText("\n".join(loose))
            self.other_error.show()
