"""Small dialogs of the 今日 page and the dossier: a new own reminder, a date to snooze to or plan on."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from domain.read_models import CustomerListRow
from domain.services.customers import list_customers
from domain.services.reminders import add_own_reminder
from domain.validation import ValidationFailed
from gui.common.fields import to_date, to_qdate
from gui.context import AppContext
from gui.messages import describe_error
from gui.workers import TaskRunner


def date_edit(value: date, earliest: date | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if earliest is not None:
        edit.setMinimumDate(to_qdate(earliest))
    return edit


class DateDialog(QDialog):
    """One date: snooze until, or the day whose plan a shop joins."""

    def __init__(self, title: str, prompt: str, value: date, earliest: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        self.edit = date_edit(value, earliest)
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> date:
        return to_date(self.edit.date())


class OwnReminderDialog(QDialog):
    """A one-off reminder on a shop (带最新一期《读者》), with its date. Closing it with words typed asks
    first: nothing the manager wrote goes without a question."""

    def __init__(self, shops: Sequence[CustomerListRow], today: date, customer_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New reminder"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.shop = QComboBox()
        self.shop.setEditable(True)
        self.shop.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.shop.addItem(self.tr("(no shop)"), None)
        for s in shops:
            self.shop.addItem(f"{s.name}（{s.owner}）· {s.license_no}" if s.owner else f"{s.name} · {s.license_no}",
                              s.id)
        completer = self.shop.completer()
        if completer is not None:  # type a part of the name, the owner or the licence number
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if customer_id is not None:
            self.shop.setCurrentIndex(max(self.shop.findData(customer_id), 0))
        self.on = date_edit(today + timedelta(days=1), today)
        self.text = QLineEdit()
        self.text.setMaxLength(500)
        self.text.setPlaceholderText(self.tr("e.g. bring the latest issue of the magazine"))
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.tr("Shop:"), self.shop)
        form.addRow(self.tr("Date:"), self.on)
        form.addRow(self.tr("Reminder:"), self.text)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.text.setFocus()

    def customer_id(self) -> int | None:
        data = self.shop.currentData()
        return data if isinstance(data, int) else None

    def values(self) -> tuple[int | None, date, str]:
        return self.customer_id(), to_date(self.on.date()), self.text.text()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def reject(self) -> None:
        if self.text.text().strip() and QMessageBox.question(
                self, self.tr("New reminder"), self.tr("Discard the reminder you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Discard:
            return
        super().reject()


def ask_own_reminder(parent: QWidget, ctx: AppContext, runner: TaskRunner, customer_id: int | None,
                     added: Callable[[date], None]) -> None:
    """The shops read on the runner, then the dialog; a wrong value keeps it open with the reason."""
    def ask(shops: Sequence[CustomerListRow]) -> None:
        dialog = OwnReminderDialog(shops, ctx.today(), customer_id, parent)
        while dialog.exec():
            cid, on, text = dialog.values()
            try:  # one row, on the GUI thread: the dialog must stay open on a wrong value
                add_own_reminder(ctx.uow(), cid, on, text, ctx.today())
            except ValidationFailed as exc:
                dialog.show_error(describe_error(exc))
                continue
            added(on)
            return

    runner.submit(lambda: list_customers(ctx.uow()).rows, ask)
