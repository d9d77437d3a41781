"""One customer's dossier (客户档案): header, actions, and the tabs that hold everything known."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.model.custom_fields import CustomField
from domain.model.customers import Customer, CustomerStatus, Segment
from domain.report_catalogue import DossierRequest
from domain.services.custom_fields import custom_fields
from domain.services.customers import (
    CustomerHasHistory,
    delete_customer,
    deletion_impact,
    get_customer,
    save_customer,
    set_customer_status,
)
from domain.services.workspace import list_segments
from domain.validation import ValidationFailed
from gui.common.pdf_output import output_catalogued_report
from gui.context import AppContext
from gui.customers.customer_form import CustomerForm
from gui.customers.customer_tab import CustomerTab
from gui.customers.deletion import confirm_deletion_text
from gui.customers.labels import status_labels
from gui.messages import describe_error
from gui.workers import TaskRunner

TabFactory = Callable[[AppContext, TaskRunner], CustomerTab]


class DossierPanel(QWidget):
    saved = Signal(int)  # customer id
    status_changed = Signal(int, str, str)  # customer id, previous status, shop name
    deleted = Signal(int)
    loaded = Signal()
    report_written = Signal(str)  # the printed dossier's PDF file, before it is opened

    def __init__(self, ctx: AppContext, runner: TaskRunner, extra_tabs: list[tuple[str, TabFactory]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.customer_id: int | None = None
        self._shop_name = ""
        self.dirty = False
        self._segments: list[Segment] = []
        self._routes: list[str] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        header = QHBoxLayout()
        self.title = QLabel(self.tr("No customer selected"))
        self.title.setObjectName("DossierTitle")
        self.badge = QLabel()
        self.badge.setObjectName("Badge")
        self.badge.hide()
        header.addWidget(self.title)
        header.addWidget(self.badge)
        header.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the dossier (Ctrl+S)"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.print_button = QPushButton(self.tr("Print dossier"))
        self.print_button.setToolTip(self.tr("The stored dossier as an A4 PDF, opened in the system viewer"))
        self.print_button.setVisible(ctx.offers(DossierRequest))
        self.print_button.setEnabled(False)
        self.printer_button = QPushButton(self.tr("Print…"))
        self.printer_button.setToolTip(self.tr("Send the stored dossier to a printer"))
        self.printer_button.setVisible(ctx.offers(DossierRequest))
        self.printer_button.setEnabled(False)
        for button, slot in ((self.save_button, self.save), (self.archive_button, self.toggle_archive),
                             (self.delete_button, self.delete), (self.print_button, self.print_dossier),
                             (self.printer_button, lambda: self.print_dossier(to_printer=True))):
            button.clicked.connect(slot)
            header.addWidget(button)
        layout.addLayout(header)

        self.form = CustomerForm(self)
        self.form.edited.connect(self._mark_dirty)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form.basics, self.tr("Basics"))
        self.tabs.addTab(self.form.environment, self.tr("Environment"))
        self.tabs.addTab(self.form.care, self.tr("Care"))
        self.extra_tabs: list[CustomerTab] = []
        for label, factory in extra_tabs or []:
            tab = factory(ctx, runner)
            self.extra_tabs.append(tab)
            self.tabs.addTab(tab, label)
            changed = getattr(tab, "changed", None)
            if changed is not None:
                changed.connect(lambda: self.saved.emit(self.customer_id) if self.customer_id else None)
        layout.addWidget(self.tabs, 1)
        self._set_enabled(False)

    # --- loading ---------------------------------------------------------------------------------

    def _set_enabled(self, enabled: bool) -> None:
        for w in (self.tabs, self.save_button, self.archive_button, self.delete_button, self.print_button):
            w.setEnabled(enabled)

    def show_customer(self, customer_id: int) -> None:
        ctx = self._ctx
        self._runner.submit(
            lambda: (get_customer(ctx.uow(), customer_id), list_segments(ctx.uow()), custom_fields(ctx.uow())),
            lambda loaded: self._show(*loaded),
            self._failed,
        )

    def new_customer(self, routes: list[str]) -> None:
        self._routes = routes
        ctx = self._ctx
        self._runner.submit(lambda: (list_segments(ctx.uow()), custom_fields(ctx.uow())),
                            lambda loaded: self._show(Customer("", ""), *loaded))

    def set_routes(self, routes: list[str]) -> None:
        self._routes = routes

    def _show(self, customer: Customer, segments: list[Segment], fields: list[CustomField]) -> None:
        self._segments = segments
        self.customer_id = customer.id
        self._shop_name = customer.name  # names the printed dossier's file
        self.form.set_choices(segments, self._routes)
        self.form.set_custom_fields(fields)
        self.form.load(customer, self._ctx.today())
        self.dirty = False
        self._set_enabled(True)
        self.archive_button.setEnabled(customer.id is not None)
        self.delete_button.setEnabled(customer.id is not None)
        self.print_button.setEnabled(customer.id is not None)
        self.printer_button.setEnabled(customer.id is not None)
        self._show_header(customer)
        for tab in self.extra_tabs:
            tab.setEnabled(customer.id is not None)
            tab.set_customer(customer.id)
        if customer.id is None:
            self.tabs.setCurrentIndex(0)
            self.form.focus("license_no")
        self.loaded.emit()

    def _show_header(self, customer: Customer) -> None:
        name = customer.name or self.tr("New customer")
        self.title.setText(("* " if self.dirty else "") + name)
        archived = customer.status is CustomerStatus.ARCHIVED
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))
        if customer.id is None:
            self.badge.hide()
            return
        # the status only when it is not the usual one: the header shares its line with five buttons
        status = "" if customer.status is CustomerStatus.ACTIVE else f" · {status_labels()[customer.status]}"
        self.badge.setText(customer.license_no + status)
        self.badge.setToolTip(self.tr("License number {license} · {status}").format(
            license=customer.license_no, status=status_labels()[customer.status]))
        self.badge.setObjectName("BadgeArchived" if archived else "Badge")
        self.badge.style().unpolish(self.badge)
        self.badge.style().polish(self.badge)
        self.badge.show()

    def clear(self) -> None:
        self.customer_id = None
        self.dirty = False
        self.title.setText(self.tr("No customer selected"))
        self.badge.hide()
        self._set_enabled(False)

    def _mark_dirty(self) -> None:
        if not self.dirty:
            self.dirty = True
            self.title.setText("* " + self.title.text())

    # --- the printed dossier -----------------------------------------------------------------------

    def print_dossier(self, to_printer: bool = False) -> None:
        """The stored dossier, rendered on the task runner, saved where the user chooses or (to_printer) sent
        to Qt's print dialog."""
        reports, customer_id = self._ctx.reports, self.customer_id
        if reports is None or customer_id is None or not self.print_button.isEnabled():
            return
        self.print_button.setEnabled(False)
        request = DossierRequest(customer_id, self._ctx.today(), self._shop_name or str(customer_id))
        output_catalogued_report(self, self._runner, self.tr("Print dossier"), reports, self._ctx.uow, request,
                                 to_printer=to_printer, on_done=self._dossier_ready, on_error=self._dossier_failed,
                                 on_settled=lambda: self.print_button.setEnabled(self.customer_id is not None))

    def _dossier_ready(self, path: Path | None) -> None:
        self.print_button.setEnabled(self.customer_id is not None)
        if path is not None:
            self.report_written.emit(str(path))

    def _dossier_failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(self.customer_id is not None)
        QMessageBox.warning(self, self.tr("Print dossier"), describe_error(exc))

    # --- saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        edit, ctx = self.form.edit(), self._ctx
        self._runner.submit(lambda: save_customer(ctx.uow(), edit, ctx.today()), self._saved, self._save_failed)

    def save_now(self) -> bool:
        """Save in the GUI thread (a single record, milliseconds) when the user must wait for the answer."""
        try:
            saved = save_customer(self._ctx.uow(), self.form.edit(), self._ctx.today())
        except Exception as exc:  # shown like any failed save; the edits stay in the form
            self._save_failed(exc)
            return False
        self._saved(saved)
        return True

    def _saved(self, customer: Customer) -> None:
        self.customer_id = customer.id
        self.dirty = False
        self.form.load(customer, self._ctx.today())
        self._show_header(customer)
        self.archive_button.setEnabled(True)
        self.delete_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.printer_button.setEnabled(True)
        for tab in self.extra_tabs:
            if not tab.isEnabled():
                tab.setEnabled(True)
                tab.set_customer(customer.id)
        assert customer.id is not None
        self.saved.emit(customer.id)

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            keys = self.form.show_errors(exc.errors)
            if keys:
                self.tabs.setCurrentWidget(self.form.tab_of(keys[0]))
                self.form.focus(keys[0])
            return
        QMessageBox.warning(self, self.tr("Not saved"), describe_error(exc))

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Customer"), describe_error(exc))

    def save_current(self) -> None:
        """Ctrl+S: the tab in front saves its own editor (SWOT, plan) when it has one, else the dossier."""
        tab = self.tabs.currentWidget()
        if tab in self.extra_tabs and hasattr(tab, "save"):
            tab.save()
        else:
            self.save()

    def confirm_leave(self) -> bool:
        """True when it is fine to show another customer or close: nothing unsaved, saved, or discarded."""
        for tab in self.extra_tabs:
            if tab.has_unsaved_changes() and not tab.ask_to_keep_edits():
                self.tabs.setCurrentWidget(tab)
                return False
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The dossier of {name} has changes that are not saved. Save them?").format(
                name=self.form.name.text() or self.tr("the new customer")),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_now()
        if answer == QMessageBox.StandardButton.Discard:
            self.dirty = False
            return True
        return False

    # --- archive and delete ----------------------------------------------------------------------

    def toggle_archive(self) -> None:
        if self.customer_id is None or not self.confirm_leave():
            return
        ctx, cid, name = self._ctx, self.customer_id, self.form.name.text()
        current = self.form.customer().status
        target = CustomerStatus.ACTIVE if current is CustomerStatus.ARCHIVED else CustomerStatus.ARCHIVED

        def changed(previous: CustomerStatus) -> None:
            self.status_changed.emit(cid, previous.value, name)
            self.show_customer(cid)

        self._runner.submit(lambda: set_customer_status(ctx.uow(), cid, target), changed, self._failed)

    def delete(self) -> None:
        if self.customer_id is None:
            return
        ctx, cid, name = self._ctx, self.customer_id, self.form.name.text()
        impact = deletion_impact(ctx.uow(), cid)
        if impact.blocked:
            QMessageBox.information(self, self.tr("Cannot delete"), describe_error(CustomerHasHistory(impact))
                                    + "\n\n" + confirm_deletion_text(name, impact))
            return
        answer = QMessageBox.warning(
            self, self.tr("Delete customer"), confirm_deletion_text(name, impact),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def deleted(_impact: object) -> None:
            self.clear()
            self.deleted.emit(cid)

        self._runner.submit(lambda: delete_customer(ctx.uow(), cid), deleted, self._failed)
