"""今日, the app's home: today's planned visits and the care reminders of today and the next days, each
acted on in place (done, snooze, open the shop, add to a day's plan, copy a greeting)."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.care.reminders import CareKind, DueReminder
from domain.messages.care import describe_reminder, kind_label
from domain.services.care_calendar import DEFAULT_DAYS, export_calendar
from domain.services.festival_care import birthday_greeting
from domain.services.reminders import mark_done, snooze
from domain.services.today import TodayView, today_view
from domain.services.visit_planning import add_to_plan
from domain.visits.due import week_end
from gui.common import formatting as fmt
from gui.common.data_events import CARE, VISITS
from gui.common.row_model import ROW_ROLE
from gui.common.widgets import heading, read_only_table
from gui.context import AppContext
from gui.messages import describe_error
from gui.today.reminder_dialogs import DateDialog, ask_own_reminder
from gui.today.reminder_model import ReminderTableModel, plan_model
from gui.workers import TaskRunner

translate = QCoreApplication.translate
DAYS_KEY = "today/days"


def _stored_days(ui: QSettings) -> int:
    try:
        return int(str(ui.value(DAYS_KEY, 7)))
    except ValueError:  # a hand-edited settings file: the default
        return 7


class TodayPage(QWidget):
    loaded = Signal()
    open_customer = Signal(int)
    due_count_changed = Signal(int)  # the sidebar's badge

    def __init__(self, ctx: AppContext, runner: TaskRunner, ui: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._ui = ctx, runner, ui
        self.view: TodayView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Today")))
        self.subtitle = QLabel()
        self.subtitle.setObjectName("PageSubtitle")
        top.addWidget(self.subtitle, 1)
        self.new_button = QPushButton(self.tr("New reminder…"))
        self.festival_button = QPushButton(self.tr("Festival care…"))
        self.calendar_button = QPushButton(self.tr("Export calendar…"))
        for b in (self.new_button, self.festival_button, self.calendar_button):
            top.addWidget(b)
        layout.addLayout(top)

        layout.addWidget(heading(self.tr("Today's visits"), level=2))
        self.plan_model = plan_model(self)
        self.plan_view = read_only_table(self)
        self.plan_view.setModel(self.plan_model)
        self.plan_view.setMaximumHeight(170)
        self.plan_note = QLabel()
        self.visits_link = QLabel()
        layout.addWidget(self.plan_view)
        notes = QHBoxLayout()
        notes.addWidget(self.plan_note)
        notes.addStretch(1)
        notes.addWidget(self.visits_link)
        layout.addLayout(notes)

        filters = QHBoxLayout()
        filters.addWidget(heading(self.tr("Care reminders"), level=2))
        filters.addStretch(1)
        filters.addWidget(QLabel(self.tr("Today and the next")))
        self.days = QSpinBox()
        self.days.setRange(0, 60)
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(_stored_days(ui))
        filters.addWidget(self.days)
        filters.addWidget(QLabel(self.tr("Kind:")))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All care reminders"), None)
        for k in CareKind:
            self.kind.addItem(kind_label(k, translate), k.value)  # a plain str: Qt drops the enum type
        filters.addWidget(self.kind)
        layout.addLayout(filters)

        self.model = ReminderTableModel(ctx.today, self)
        self.table = read_only_table(self)
        self.table.setModel(self.model)
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.done_button = QPushButton(self.tr("Done…"))
        self.snooze_button = QPushButton(self.tr("Snooze"))
        menu = QMenu(self.snooze_button)
        self.snooze_tomorrow = menu.addAction(self.tr("Until tomorrow"))
        self.snooze_next_week = menu.addAction(self.tr("Until next Monday"))
        self.snooze_date = menu.addAction(self.tr("Until a date…"))
        self.snooze_button.setMenu(menu)
        self.open_button = QPushButton(self.tr("Open shop"))
        self.plan_button = QPushButton(self.tr("Add to a day's plan…"))
        self.greeting_button = QPushButton(self.tr("Copy greeting"))
        for w in (self.done_button, self.snooze_button, self.open_button, self.plan_button, self.greeting_button):
            actions.addWidget(w)
        actions.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        actions.addWidget(self.status, 2)
        layout.addLayout(actions)

        self.visits_link.linkActivated.connect(lambda _href: self.kind.setCurrentIndex(
            self.kind.findData(CareKind.VISIT.value)))
        self.days.valueChanged.connect(self._filters_changed)
        self.kind.currentIndexChanged.connect(self._filters_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(lambda _i: self._open_selected())
        self.plan_view.doubleClicked.connect(self._open_stop)
        self.done_button.clicked.connect(self.mark_selected_done)
        self.snooze_tomorrow.triggered.connect(lambda: self.snooze_selected(self._ctx.today() + timedelta(days=1)))
        self.snooze_next_week.triggered.connect(lambda: self.snooze_selected(week_end(self._ctx.today()) + timedelta(days=1)))
        self.snooze_date.triggered.connect(self._snooze_to_chosen_date)
        self.open_button.clicked.connect(self._open_selected)
        self.plan_button.clicked.connect(self._add_selected_to_plan)
        self.greeting_button.clicked.connect(self.copy_greeting)
        self.new_button.clicked.connect(self.new_reminder)
        self.festival_button.clicked.connect(lambda: self.open_festivals(None))
        self.calendar_button.clicked.connect(self.choose_calendar_file)
        self._update_actions()

    # --- reading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx, days, kind = self._ctx, self.days.value(), self.kind.currentData()
        kinds = {CareKind(kind)} if kind else None
        self._runner.submit(lambda: today_view(ctx.uow(), ctx.today(), days, kinds), self._show)

    def _filters_changed(self) -> None:
        self._ui.setValue(DAYS_KEY, self.days.value())
        self.refresh()

    def _show(self, view: TodayView) -> None:
        self.view = view
        today = view.today
        self.subtitle.setText(self.tr("{date}, {weekday} · {n} to act on today").format(
            date=fmt.day(today), weekday=self._weekday(today), n=view.due_today))
        self.plan_model.set_rows(view.plan.stops)
        done = sum(s.status == "done" for s in view.plan.stops)
        self.plan_note.setText(
            self.tr("No visits planned today: plan them on the Visits page.") if not view.plan.stops
            else self.tr("{done} of {n} visits done.").format(done=done, n=len(view.plan.stops)))
        self.visits_link.setText(self.tr('{n} shops are beyond their visit cycle: <a href="visits">list them</a> '
                                         "or plan them on the Visits page.").format(n=view.visits_due)
                                 if view.visits_due else "")
        self.model.set_rows(view.reminders)
        self.table.resizeColumnsToContents()
        self.plan_view.resizeColumnsToContents()
        nothing = self.tr("Nothing due in this period.")
        if not view.reminders:
            self.status.setText(nothing)
        elif self.status.text() == nothing:
            self.status.setText("")
        self._update_actions()
        self.due_count_changed.emit(view.due_today)
        self.loaded.emit()

    def _weekday(self, d: date) -> str:
        names = (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                 self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"))
        return names[d.weekday()]

    def selected(self) -> DueReminder | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_actions(self) -> None:
        r = self.selected()
        for w in (self.done_button, self.snooze_button):
            w.setEnabled(r is not None)
        self.open_button.setEnabled(r is not None and r.customer_id is not None)
        self.plan_button.setEnabled(r is not None and r.customer_id is not None)
        self.greeting_button.setEnabled(r is not None and (
            r.kind is CareKind.FESTIVAL or (r.kind is CareKind.BIRTHDAY and not r.subject)))

    # --- acting ------------------------------------------------------------------------------------

    def _title(self, r: DueReminder) -> str:
        return describe_reminder(r, self._ctx.today(), translate)

    def _acted(self, message: str) -> None:
        self.status.setText(message)
        self.refresh()
        self._ctx.events.notify(CARE)  # the overview and an open dossier read the same reminders

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(describe_error(exc))

    def mark_selected_done(self, note: str | None = None) -> None:
        r = self.selected()
        if r is None:
            return
        if note is None:
            text, ok = QInputDialog.getText(self, self.tr("Done"), self.tr("Note (optional), kept on the shop's timeline:"))
            if not ok:
                return
            note = text
        ctx, title, written = self._ctx, self._title(r), note
        self._runner.submit(lambda: mark_done(ctx.uow(), r, title, ctx.today(), ctx.now(), written),
                            lambda _: self._acted(self.tr("Marked done: {what}").format(what=title)), self._failed)

    def snooze_selected(self, until: date) -> None:
        r = self.selected()
        if r is None:
            return
        ctx, title = self._ctx, self._title(r)
        self._runner.submit(lambda: snooze(ctx.uow(), r, title, until, ctx.today(), ctx.now()),
                            lambda _: self._acted(self.tr("Snoozed until {date}: {what}").format(
                                date=fmt.day(until), what=title)), self._failed)

    def _snooze_to_chosen_date(self) -> None:
        tomorrow = self._ctx.today() + timedelta(days=1)
        dialog = DateDialog(self.tr("Snooze"), self.tr("Show the reminder again on:"), tomorrow, tomorrow, self)
        if dialog.exec():
            self.snooze_selected(dialog.value())

    def _open_selected(self) -> None:
        r = self.selected()
        if r is not None and r.customer_id is not None:
            self.open_customer.emit(r.customer_id)
        elif r is not None and r.kind is CareKind.FESTIVAL:
            self.open_festivals(r)

    def _open_stop(self, index: object) -> None:
        rows = self.plan_view.selectionModel().selectedRows()
        if rows:
            self.open_customer.emit(rows[0].data(ROW_ROLE).customer_id)

    def _add_selected_to_plan(self) -> None:
        r = self.selected()
        if r is None or r.customer_id is None:
            return
        today = self._ctx.today()
        dialog = DateDialog(self.tr("Add to a day's plan"), self.tr("Visit {shop} on:").format(shop=r.shop),
                            today, today, self)
        if dialog.exec():
            self.add_to_plan(r.customer_id, r.shop, dialog.value())

    def add_to_plan(self, customer_id: int, shop: str, on: date) -> None:
        ctx = self._ctx

        def added(_view: object) -> None:
            self.status.setText(self.tr("{shop} added to the plan of {date}.").format(shop=shop, date=fmt.day(on)))
            ctx.events.notify(VISITS)

        self._runner.submit(lambda: add_to_plan(ctx.uow(), on, [customer_id]), added, self._failed)

    def copy_greeting(self) -> None:
        r = self.selected()
        if r is None:
            return
        if r.kind is CareKind.FESTIVAL:
            self.open_festivals(r)
            return
        ctx = self._ctx

        def copied(text: str | None) -> None:
            if text:
                QGuiApplication.clipboard().setText(text)
                self.status.setText(self.tr("Greeting copied: paste it into WeChat or a text message."))

        self._runner.submit(lambda: birthday_greeting(ctx.uow(), r), copied, self._failed)

    def open_festivals(self, r: DueReminder | None) -> None:
        from gui.today.festival_dialog import FestivalDialog

        today = self._ctx.today()
        FestivalDialog(self._ctx, self._runner, r.festival_key if r else None, r.on if r else today, self,
                       ui=self._ui).exec()
        self.refresh()

    def new_reminder(self) -> None:
        r = self.selected()
        ask_own_reminder(self, self._ctx, self._runner, r.customer_id if r else None,
                         lambda on: self._acted(self.tr("Reminder added for {date}.").format(date=fmt.day(on))))

    def choose_calendar_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export calendar"), str(Path.home() / "fieldbook.ics"),
                                              self.tr("Calendar files (*.ics)"))
        if path:
            self.export_calendar(Path(path))

    def export_calendar(self, path: Path, days: int = DEFAULT_DAYS) -> None:
        ctx = self._ctx
        files = ctx.calendar_files
        if files is None:
            return

        def exported(count: int) -> None:
            self.status.setText(self.tr("{n} events written to {path}: import the file into Outlook, WPS or a "
                                        "phone calendar.").format(n=count, path=path))

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Export calendar"), describe_error(exc))

        self._runner.submit(lambda: export_calendar(ctx.uow(), files, path, ctx.today(), days, translate), exported, failed)
