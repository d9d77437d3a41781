"""Festival care in one sitting: the shops a festival applies to, each greeting copy-ready (for WeChat
or a text message; the app never sends), each marked sent as the manager goes, and the printed list."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.care.festivals import Festival
from domain.report_catalogue import FestivalListRequest
from domain.services.festival_care import (
    FestivalShop,
    FestivalSitting,
    coming_festivals,
    festival_sitting,
    mark_greeting_sent,
    save_greeting,
)
from gui.common import formatting as fmt
from gui.common.data_events import CARE
from gui.common.pdf_output import output_catalogued_report
from gui.common.row_model import ROW_ROLE, Column, RowTableModel
from gui.common.widgets import read_only_table
from gui.context import AppContext
from gui.messages import describe_error
from gui.workers import TaskRunner

translate = QCoreApplication.translate


class FestivalDialog(QDialog):
    def __init__(self, ctx: AppContext, runner: TaskRunner, key: str | None, on: date,
                 parent: QWidget | None = None, ui: QSettings | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._ui = ctx, runner, ui
        self._wanted = (key, on.year)
        self.sitting: FestivalSitting | None = None
        self._loaded_wording = ""
        self.setWindowTitle(self.tr("Festival care"))
        self.resize(1000, 560)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Festival:")))
        self.festival = QComboBox()
        top.addWidget(self.festival, 1)
        self.summary = QLabel()
        top.addWidget(self.summary, 2)
        layout.addLayout(top)
        self.model: RowTableModel[FestivalShop] = RowTableModel([
            Column(self.tr("Shop"), lambda s: s.shop),
            Column(self.tr("Owner"), lambda s: s.owner),
            Column(self.tr("Greeting"), lambda s: s.greeting),
            Column(self.tr("Sent"), lambda s: s.sent_on, lambda d: self.tr("sent {date}").format(date=fmt.day(d))
                   if d else ""),
        ], self)
        self.table = read_only_table(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        wording = QHBoxLayout()
        wording.addWidget(QLabel(self.tr("Greeting wording:")))
        self.wording = QPlainTextEdit()
        self.wording.setMaximumHeight(56)
        self.wording.setToolTip(self.tr("Blanks: {owner} the owner, {shop} the shop, {festival}, {manager} your "
                                        "name from Settings, {date} the festival's day"))
        wording.addWidget(self.wording, 1)
        self.save_button = QPushButton(self.tr("Save wording"))
        wording.addWidget(self.save_button)
        layout.addLayout(wording)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy greeting"))
        self.sent_button = QPushButton(self.tr("Mark sent"))
        self.unsent_button = QPushButton(self.tr("Not sent after all"))
        self.print_button = QPushButton(self.tr("Print list…"))
        for b in (self.copy_button, self.sent_button, self.unsent_button, self.print_button):
            row.addWidget(b)
        self.status = QLabel()
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.print_button.setVisible(ctx.offers(FestivalListRequest))
        self.festival.currentIndexChanged.connect(self._load)
        self.copy_button.clicked.connect(self.copy_greeting)
        self.sent_button.clicked.connect(lambda: self.mark_sent(True))
        self.unsent_button.clicked.connect(lambda: self.mark_sent(False))
        self.print_button.clicked.connect(self.print_list)
        self.save_button.clicked.connect(self.save_wording)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self._runner.submit(lambda: coming_festivals(ctx.uow(), ctx.today()), self._show_festivals)

    def _show_festivals(self, coming: list[tuple[Festival, date]]) -> None:
        self.festival.blockSignals(True)
        chosen = 0
        for n, (f, on) in enumerate(coming):
            self.festival.addItem(f"{f.name} · {fmt.day(on)}", (f.key, on.year))
            if f.key == self._wanted[0]:
                chosen = n
        self.festival.blockSignals(False)
        if coming:
            self.festival.setCurrentIndex(chosen)
            self._load()
        else:
            self.summary.setText(self.tr("No festival is cared for: turn them on in Settings."))

    def _load(self) -> None:
        key, year = self.festival.currentData()
        ctx = self._ctx
        self._runner.submit(lambda: festival_sitting(ctx.uow(), key, year), self._show, self._failed)

    def _show(self, sitting: FestivalSitting) -> None:
        self.sitting = sitting
        self.summary.setText(self.tr("{n} shops · {sent} greetings sent").format(
            n=len(sitting.shops), sent=sitting.sent))
        self.model.set_rows(sitting.shops)
        if not self.wording_changed():  # the manager's unsaved words are kept over a reload
            self.wording.setPlainText(sitting.wording)
            self._loaded_wording = sitting.wording
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 560))
        self.table.resizeRowsToContents()
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(describe_error(exc))

    def selected(self) -> FestivalShop | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self) -> None:
        shop = self.selected()
        self.copy_button.setEnabled(shop is not None)
        self.sent_button.setEnabled(shop is not None and shop.sent_on is None)
        self.unsent_button.setEnabled(shop is not None and shop.sent_on is not None)
        self.print_button.setEnabled(bool(self.sitting and self.sitting.shops))

    def copy_greeting(self) -> None:
        shop = self.selected()
        if shop is not None:
            QGuiApplication.clipboard().setText(shop.greeting)
            self.status.setText(self.tr("Greeting for {shop} copied.").format(shop=shop.shop))

    def mark_sent(self, sent: bool) -> None:
        shop, sitting, ctx = self.selected(), self.sitting, self._ctx
        if shop is None or sitting is None:
            return
        row = self.table.currentIndex().row()

        def reloaded(again: FestivalSitting) -> None:
            self._show(again)
            self.table.selectRow(row)  # the next shop is one key press away

        def marked(_: object) -> None:
            ctx.events.notify(CARE)
            self._runner.submit(lambda: festival_sitting(ctx.uow(), sitting.festival.key, sitting.on.year),
                                reloaded, self._failed)

        self._runner.submit(lambda: mark_greeting_sent(ctx.uow(), sitting, shop.customer_id, ctx.today(),
                                                       ctx.now(), sent), marked, self._failed)

    def wording_changed(self) -> bool:
        return self.wording.toPlainText().strip() != self._loaded_wording.strip()

    def save_wording(self) -> None:
        sitting, ctx, text = self.sitting, self._ctx, self.wording.toPlainText()
        if sitting is None:
            return

        def saved(_: object) -> None:
            self._loaded_wording = self.wording.toPlainText()
            self.status.setText(self.tr("Wording saved: the greetings below use it."))
            self._runner.submit(lambda: festival_sitting(ctx.uow(), sitting.festival.key, sitting.on.year),
                                self._show, self._failed)

        self._runner.submit(lambda: save_greeting(ctx.uow(), sitting.festival.key, text), saved, self._failed)

    def reject(self) -> None:
        if self.wording_changed() and QMessageBox.question(
                self, self.tr("Festival care"), self.tr("The greeting wording was changed but not saved. Close and "
                                                        "discard the change?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Discard:
            return
        super().reject()

    def print_list(self) -> None:
        sitting, reports = self.sitting, self._ctx.reports
        if sitting is None or reports is None:
            return
        request = FestivalListRequest(sitting.festival.key, sitting.on.year, self._ctx.today(), sitting.festival.name)
        output_catalogued_report(self, self._runner, self.tr("Festival care list"), reports, self._ctx.uow, request,
                                 on_done=lambda path: self.status.setText(
                                     self.tr("Festival care list: {path}").format(path=path) if path else ""),
                                 settings=self._ui)
