"""拜访计划: pick a date, add customers from the due list, order the stops, mark them as the day goes.

All database work runs on the task runner. Every change answers with the date's new plan; while
changes are still queued (quick reorders), only the last answer is shown, so a list the user is
rearranging never jumps back.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.model.visits import VisitStatus, VisitType
from domain.report_catalogue import HandbookRequest
from domain.services.visit_planning import (
    TargetHasPlan,
    add_to_plan,
    copy_plan,
    delete_plan,
    due_customers,
    get_day_plan,
    mark_stop,
    remove_from_plan,
    reorder_plan,
)
from domain.visits.due import next_working_day
from domain.visits.planning_views import DayPlanView
from gui.common.fields import to_qdate
from gui.common.pdf_output import output_catalogued_report
from gui.common.shortcuts import page_shortcut
from gui.context import AppContext
from gui.visits.due_pane import DuePane
from gui.visits.plan_dialogs import ask_copy_target
from gui.visits.plan_labels import day_with_weekday, describe_planning_error
from gui.visits.plan_pane import PlanPane
from gui.workers import TaskRunner

# gui/visits/record_dialog.open_visit_record: (parent, ctx, runner, customer_id, planned_on, visit_id) → saved
RecordVisit = Callable[[QWidget, AppContext, TaskRunner, int, date, "int | None"], bool]
SETTINGS_KEY = "visits/plan_tab"


class PlanTab(QWidget):
    loaded = Signal()  # the date's due list and plan are shown
    changed = Signal()  # a change was stored and its answer shown
    handbook_written = Signal(str)  # the visit handbook's PDF file, before it is opened

    def __init__(self, ctx: AppContext, runner: TaskRunner, settings: QSettings,
                 record_visit: RecordVisit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._ui = ctx, runner, settings
        self._record_visit = record_visit
        self.on = ctx.today()
        self._generation = 0  # answers of an older load are dropped
        self._writes = 0  # changes sent and not yet answered
        self._pending_order: tuple[date, list[int]] | None = None  # a new order to store, next turn

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(8)
        bar = QHBoxLayout()
        bar.setSpacing(4)
        self.prev_button = QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.date_edit = QDateEdit(to_qdate(self.on))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd  dddd")
        self.date_edit.setMinimumWidth(150)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next day (Alt+Right)"))
        self.today_button = QPushButton(self.tr("Today"))
        self.tomorrow_button = QPushButton(self.tr("Next working day"))
        for w in (self.prev_button, self.date_edit, self.next_button):
            bar.addWidget(w)
        bar.addSpacing(6)
        bar.addWidget(self.today_button)
        bar.addWidget(self.tomorrow_button)
        bar.addSpacing(12)
        self.message = QLabel()
        self.message.setObjectName("PageSubtitle")
        self.message.setTextFormat(Qt.TextFormat.RichText)
        bar.addWidget(self.message, 1)
        self.handbook_button = QPushButton(self.tr("Print visit handbook"))
        self.handbook_button.setToolTip(self.tr("The day's visit handbook as a PDF: a cover with the stops, then one "
                                                "page per customer (Ctrl+P)"))
        self.handbook_button.setVisible(ctx.offers(HandbookRequest))
        bar.addWidget(self.handbook_button)
        self.handbook_printer_button = QPushButton(self.tr("Print…"))
        self.handbook_printer_button.setToolTip(self.tr("Send the day's visit handbook to a printer"))
        self.handbook_printer_button.setVisible(ctx.offers(HandbookRequest))
        self.handbook_printer_button.clicked.connect(lambda: self.print_handbook(to_printer=True))
        bar.addWidget(self.handbook_printer_button)
        layout.addLayout(bar)

        self.due = DuePane(settings)
        self.plan = PlanPane(settings)
        self.plan.set_record_available(record_visit is not None)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.due)
        self.splitter.addWidget(self.plan)
        self.splitter.setStretchFactor(0, 11)
        self.splitter.setStretchFactor(1, 9)
        state = settings.value(f"{SETTINGS_KEY}/splitter")
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([620, 500])
        self.splitter.splitterMoved.connect(
            lambda *_: self._ui.setValue(f"{SETTINGS_KEY}/splitter", self.splitter.saveState()))
        layout.addWidget(self.splitter, 1)

        self.date_edit.dateChanged.connect(self._date_edited)
        self.prev_button.clicked.connect(lambda: self.go_to(self.on - timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.go_to(self.on + timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.go_to(self._ctx.today()))
        self.tomorrow_button.clicked.connect(lambda: self.go_to(next_working_day(self._ctx.today())))
        self.message.linkActivated.connect(lambda href: self.go_to(date.fromisoformat(href)))
        self.handbook_button.clicked.connect(self.print_handbook)
        page_shortcut(QKeySequence.StandardKey.Print, self, self.handbook_button.click)
        self.due.add_requested.connect(self.add)
        self.plan.model.order_changed.connect(self.reorder)
        self.plan.record_requested.connect(self.record)
        self.plan.mark_requested.connect(self.mark)
        self.plan.remove_requested.connect(self.remove)
        self.plan.copy_requested.connect(self.copy)
        self.plan.delete_requested.connect(self.delete)
        page_shortcut(QKeySequence.StandardKey.Find, self, self.due.focus_search)
        page_shortcut("Alt+Left", self, self.prev_button.click)
        page_shortcut("Alt+Right", self, self.next_button.click)

    # --- loading ----------------------------------------------------------------------------------

    def go_to(self, day: date) -> None:
        self.date_edit.setDate(to_qdate(day))  # → _date_edited → refresh

    def _date_edited(self, qd: QDate) -> None:
        day = date(qd.year(), qd.month(), qd.day())
        if day != self.on:
            self.on = day
            self.message.clear()
            self.refresh()

    def refresh(self) -> None:
        on, today, uow = self.on, self._ctx.today(), self._ctx.uow
        self._generation += 1
        generation = self._generation
        self._runner.submit(
            lambda: (due_customers(uow(), today, on), get_day_plan(uow(), on)),
            lambda result: self._loaded(generation, on, *result),
            self._failed,
        )

    def _loaded(self, generation: int, on: date, rows: list, view: DayPlanView) -> None:
        if generation != self._generation or on != self.on:
            return
        self.due.load(rows, on)
        self._show_plan(view)
        self.loaded.emit()

    def _reload_due(self) -> None:
        on, today, uow = self.on, self._ctx.today(), self._ctx.uow
        generation = self._generation
        self._runner.submit(
            lambda: due_customers(uow(), today, on),
            lambda rows: self.due.load(rows, on) if (generation, on) == (self._generation, self.on) else None,
            self._failed,
        )

    def _show_plan(self, view: DayPlanView) -> None:
        self.plan.show_view(view, can_mark=view.plan_date <= self._ctx.today())
        self.due.set_planned(view.customer_ids)

    # --- changes ----------------------------------------------------------------------------------

    def _write(self, work: Callable[[], Any], done: Callable[[Any], None],
               failed: Callable[[BaseException], bool] | None = None) -> None:
        """Run a change; `done` gets its answer if the page still shows that date. On an error,
        `failed` may handle it (True), else it is shown and the date reloaded."""
        on = self.on
        self._writes += 1

        def finished(result: Any) -> None:
            self._writes -= 1
            if on == self.on:
                done(result)
                self.changed.emit()

        def error(exc: BaseException) -> None:
            self._writes -= 1
            if failed is None or not failed(exc):
                self._failed(exc)
                self.refresh()

        self._runner.submit(work, finished, error)

    def _answer(self, view: DayPlanView) -> None:
        if self._writes == 0:  # a later change is on its way: its answer will be shown
            self._show_plan(view)

    def add(self, customer_ids: list[int]) -> None:
        on, uow = self.on, self._ctx.uow
        self.due.set_planned(self.plan.model.customer_ids + customer_ids)  # they leave the list at once
        self.due.after_added()
        n = len(customer_ids)

        def added(view: DayPlanView) -> None:
            self._answer(view)
            self._say(self.tr("Added {n} to the plan.").format(n=n))

        self._write(lambda: add_to_plan(uow(), on, customer_ids), added)

    def reorder(self, customer_ids: list[int]) -> None:
        """A drag of several rows arrives as one move per row: store only the order they end in."""
        scheduled = self._pending_order is not None
        self._pending_order = (self.on, list(customer_ids))
        if not scheduled:
            QTimer.singleShot(0, self._store_order)

    def _store_order(self) -> None:
        if self._pending_order is None:
            return
        (on, customer_ids), self._pending_order = self._pending_order, None
        if on != self.on:
            return
        uow = self._ctx.uow
        self._write(lambda: reorder_plan(uow(), on, customer_ids), self._answer)

    def mark(self, customer_ids: list[int], status: str, kind: str) -> None:
        on, uow, today = self.on, self._ctx.uow, self._ctx.today()
        visit_status, visit_type = VisitStatus(status), VisitType(kind) if kind else None

        def work() -> DayPlanView:
            view = None
            for cid in customer_ids:
                view = mark_stop(uow(), on, cid, visit_status, today, visit_type)
            assert view is not None
            return view

        def done(view: DayPlanView) -> None:
            self._answer(view)
            self._reload_due()  # last visits changed

        self._write(work, done)

    def remove(self, customer_ids: list[int]) -> None:
        on, uow = self.on, self._ctx.uow
        self._write(lambda: remove_from_plan(uow(), on, customer_ids), self._answer)

    def record(self, customer_id: int) -> None:
        if self._record_visit is None:
            return
        row = self.plan.model.row_of(customer_id)
        if row is None:
            return
        stop = self.plan.model.stops[row]
        if self._record_visit(self, self._ctx, self._runner, customer_id, self.on, stop.visit_id):
            self.refresh()

    def copy(self, merge: bool = False, target: date | None = None) -> None:
        source, uow = self.on, self._ctx.uow
        if target is None:
            target = ask_copy_target(self, source, source + timedelta(days=7))
            if target is None:
                return

        def done(result: Any) -> None:
            show_it = self.tr("Show it")
            link = f'<a href="{target.isoformat()}">{show_it}</a>'
            text = self.tr("Copied {n} stops to {date}.").format(n=result.copied, date=day_with_weekday(target))
            if result.not_plannable:
                text += " " + self.tr("{n} archived or suspended shops left out.").format(n=result.not_plannable)
            self._say(f"{text} {link}")

        def failed(exc: BaseException) -> bool:
            if not isinstance(exc, TargetHasPlan) or merge:
                return False
            question = self.tr("{date} already has a plan with {stops} stops. "
                               "Add the shops of this plan that it does not have yet, after its own?").format(
                date=day_with_weekday(exc.plan_date), stops=exc.stops)
            if QMessageBox.question(self, self.tr("Copy plan"), question) == QMessageBox.StandardButton.Yes:
                self.copy(merge=True, target=target)
            return True

        self._write(lambda: copy_plan(uow(), source, target, merge=merge), done, failed)

    def delete(self) -> None:
        on, uow = self.on, self._ctx.uow
        question = self.tr("Delete the plan of {date}? Its stops are taken off; visits already recorded "
                           "are kept, planned ones are deleted.").format(date=day_with_weekday(on))
        if QMessageBox.question(self, self.tr("Delete plan"), question) != QMessageBox.StandardButton.Yes:
            return

        def done(result: Any) -> None:
            self._say(self.tr("Plan deleted; {kept} recorded visits kept.").format(kept=result.kept_visits))
            self.refresh()

        self._write(lambda: delete_plan(uow(), on), done)

    # --- messages ---------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # --- the printed handbook -----------------------------------------------------------------------

    def print_handbook(self, to_printer: bool = False) -> None:
        """The day's handbook, rendered on the task runner, then saved where the user chooses or (to_printer)
        sent to Qt's print dialog."""
        reports = self._ctx.reports
        if reports is None or not self.handbook_button.isEnabled():
            return
        request = HandbookRequest(self.on, self._ctx.today())
        self.handbook_button.setEnabled(False)
        self.message.setText(self.tr("Preparing the visit handbook…"))
        output_catalogued_report(self, self._runner, self.tr("Visit handbook"), reports, self._ctx.uow, request,
                                 to_printer=to_printer, on_done=self._handbook_ready, on_error=self._handbook_failed,
                      on_settled=self._handbook_settled, settings=self._ui)

    def _handbook_settled(self) -> None:
        self.handbook_button.setEnabled(True)
        if self.message.text() == self.tr("Preparing the visit handbook…"):  # cancelled: nothing to say
            self.message.setText("")

    def _handbook_ready(self, path: Path | None) -> None:
        self.handbook_button.setEnabled(True)
        if path is None:
            self.message.setText(self.tr("Visit handbook sent to the printer."))
            return
        self.message.setText(self.tr("Visit handbook: {path}").format(path=path))
        self.handbook_written.emit(str(path))

    def _handbook_failed(self, exc: BaseException) -> None:
        from domain.services.report_data import NoDayPlan

        self.handbook_button.setEnabled(True)
        self.message.setText("")
        if isinstance(exc, NoDayPlan):
            QMessageBox.information(self, self.tr("Visit handbook"), self.tr(
                "There is no plan for {date}: add customers to the plan first.").format(
                date=day_with_weekday(exc.day)))
            return
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Visit plan"), describe_planning_error(exc))

