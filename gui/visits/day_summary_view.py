"""日常分析与拜访总结: for one day, the visits done and missed, the problems they found, the follow-ups
they created, and the day's summary in the manager's words (kept on the day plan; a day without a plan
gets one)."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QModelIndex, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.report_catalogue import VisitSummaryRequest
from domain.services.visit_history import day_summary, save_day_summary
from domain.visits.record_views import DaySummary, DayVisit, FollowUpItem, Problem
from gui.common import formatting as fmt
from gui.common.pdf_output import output_catalogued_report
from gui.common.row_model import Column
from gui.common.widgets import heading, read_only_table
from gui.context import AppContext
from gui.customers.evaluation_labels import visit_status_labels, visit_type_labels
from gui.customers.styled_model import CellStyle, StyledRowModel
from gui.messages import describe_error, error_text
from gui.visits import record_labels as labels
from gui.visits.record_dialog import open_visit_record
from gui.workers import TaskRunner


class DaySummaryView(QWidget):
    loaded = Signal()
    changed = Signal()  # the summary text or a visit was saved from here

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.data: DaySummary | None = None
        self.dirty = False
        self._filling = False
        self._generation = 0
        self._shown_day: date | None = None
        today = ctx.today()

        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        self.day.setCalendarPopup(True)
        self.day.dateChanged.connect(self._day_changed)
        self.previous = QToolButton()
        self.previous.setText("◀")
        self.previous.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.previous.clicked.connect(lambda: self.step(-1))
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.step(-1))
        self.next = QToolButton()
        self.next.setText("▶")
        self.next.setToolTip(self.tr("Next day (Alt+Right)"))
        self.next.clicked.connect(lambda: self.step(1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.step(1))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(lambda: self.set_day(self._ctx.today()))
        self.figures = QLabel()
        self.figures.setObjectName("PageSubtitle")
        top = QHBoxLayout()
        top.addWidget(self.previous)
        top.addWidget(self.day)
        top.addWidget(self.next)
        top.addWidget(self.today_button)
        top.addSpacing(12)
        top.addWidget(self.figures, 1)
        self.print_day_button = QPushButton(self.tr("Print the day's summary"))
        self.print_week_button = QPushButton(self.tr("Print the week's summary"))
        self.print_day_button.clicked.connect(lambda: self.print_summary(week=False))
        self.print_week_button.clicked.connect(lambda: self.print_summary(week=True))
        for button in (self.print_day_button, self.print_week_button):
            button.setVisible(ctx.offers(VisitSummaryRequest))
            top.addWidget(button)

        status_labels, type_labels = visit_status_labels(), visit_type_labels()
        status_labels_missed = self.tr("Missed (not recorded)")

        def status_text(v: DayVisit) -> str:
            data = self.data
            if v.status == "planned" and data is not None and data.shown_status(v, self._ctx.today()) == "missed":
                return status_labels_missed
            return status_labels.get(v.status, v.status)

        def visit_style(v: DayVisit, column: int) -> CellStyle | None:
            if column != 3 or self.data is None:
                return None
            shown = self.data.shown_status(v, self._ctx.today())
            if shown == "done":
                return CellStyle(foreground=labels.DONE_COLOUR)
            if shown == "missed":
                return CellStyle(foreground=labels.OVERDUE_COLOUR, bold=True)
            return CellStyle(foreground=labels.MUTED_COLOUR)

        self.visits: StyledRowModel[DayVisit] = StyledRowModel(
            [
                Column(self.tr("#"), lambda v: v.position, numeric=True),
                Column(self.tr("Customer"), lambda v: v.customer_name),
                Column(self.tr("Route"), lambda v: v.route),
                Column(self.tr("Status"), status_text),
                Column(self.tr("Type"),
                       lambda v: type_labels.get(v.visit_type, v.visit_type) if v.status == "done" else ""),
                Column(self.tr("Summary"), lambda v: v.summary.replace("\n", " ")),
            ],
            visit_style, self,
        )
        self.problems: StyledRowModel[Problem] = StyledRowModel(
            [
                Column(self.tr("Customer"), lambda p: p.customer_name),
                Column(self.tr("Found"), lambda p: labels.problem_label(p.kind, p.text)),
                Column(self.tr("Details"), lambda p: "" if p.kind in ("price_labels", "license") else p.text),
            ],
            lambda p, c: CellStyle(foreground=labels.OVERDUE_COLOUR) if c == 1 and p.kind in (
                "price_labels", "license", "complaint") else None, self,
        )
        self.follow_ups: StyledRowModel[FollowUpItem] = StyledRowModel(
            [
                Column(self.tr("Due"), lambda f: f.due_on, fmt.day),
                Column(self.tr("Customer"), lambda f: f.customer_name),
                Column(self.tr("To follow up"), lambda f: f.text),
                Column(self.tr("Owner note"), lambda f: f.owner_note),
            ],
            lambda f, c: CellStyle(foreground=labels.MUTED_COLOUR) if f.status == "done" else None, self,
        )
        self.visits_view = self._table(self.visits, ((0, 44), (1, 140), (2, 76), (3, 120), (4, 64)))
        self.visits_view.doubleClicked.connect(self._open_at)
        self.problems_view = self._table(self.problems, ((0, 130), (1, 150)))
        self.follow_ups_view = self._table(self.follow_ups, ((0, 92), (1, 130), (2, 240)))

        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("What the day showed: visits, problems, market information, what to do "
                                          "next (Ctrl+S saves)"))
        self.summary.textChanged.connect(self._edited)
        self.draft_button = QPushButton(self.tr("Write from the day"))
        self.draft_button.setToolTip(self.tr("Start the summary from the day's figures, problems and follow-ups"))
        self.draft_button.clicked.connect(self.write_from_day)
        self.save_button = QPushButton(self.tr("Save summary"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.status = QLabel()
        self.status.setObjectName("PageSubtitle")
        self.status.setWordWrap(True)
        summary_buttons = QHBoxLayout()
        summary_buttons.addWidget(self.status, 1)
        summary_buttons.addWidget(self.draft_button)
        summary_buttons.addWidget(self.save_button)
        summary_box = QVBoxLayout()
        summary_box.addWidget(heading(self.tr("Summary of the day"), level=2))
        summary_box.addWidget(self.summary, 1)
        summary_box.addLayout(summary_buttons)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.addLayout(self._titled(self.tr("Visits"), self.visits_view), 0, 0)
        grid.addLayout(self._titled(self.tr("Problems found"), self.problems_view), 0, 1)
        grid.addLayout(self._titled(self.tr("Follow-ups created"), self.follow_ups_view), 1, 0)
        grid.addLayout(summary_box, 1, 1)
        grid.setColumnStretch(0, 11)
        grid.setColumnStretch(1, 9)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.addLayout(top)
        layout.addLayout(grid, 1)

    def _table(self, model, widths):
        view = read_only_table(self)
        view.setModel(model)
        view.setWordWrap(False)
        view.setSortingEnabled(False)
        for col, width in widths:
            view.horizontalHeader().resizeSection(col, width)
        return view

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QVBoxLayout:
        box = QVBoxLayout()
        box.addWidget(heading(title, level=2))
        box.addWidget(widget, 1)
        return box

    # --- the day -----------------------------------------------------------------------------------

    def current_day(self) -> date:
        return self.day.date().toPython()  # type: ignore[return-value]  # toPython() is typed object

    def set_day(self, day: date) -> None:
        self.day.setDate(QDate(day.year, day.month, day.day))

    def step(self, days: int) -> None:
        self.set_day(self.current_day() + timedelta(days=days))

    def _day_changed(self) -> None:
        if self._shown_day is not None and self._shown_day != self.current_day() and not self.ask_to_keep_edits():
            self.day.blockSignals(True)
            self.set_day(self._shown_day)
            self.day.blockSignals(False)
            return
        self.refresh()

    def ask_to_keep_edits(self) -> bool:
        """With an unsaved summary: save it, drop it, or stay (False)."""
        if not self.dirty:
            return True
        B = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("Day summary not saved"),
            self.tr("The summary of {day} is not saved. Save it?").format(day=fmt.day(self._shown_day)),
            B.Save | B.Discard | B.Cancel, B.Save)
        if answer == B.Cancel:
            return False
        if answer == B.Save:
            return self.save_now()
        self.dirty = False
        return True

    def has_unsaved_changes(self) -> bool:
        return self.dirty

    # what the window asks of every page before it closes or opens another workspace
    def unsaved_work(self) -> list[str]:
        if not self.dirty or self._shown_day is None:
            return []
        return [self.tr("Day summary of {day}").format(day=fmt.day(self._shown_day))]

    def save_unsaved(self) -> bool:
        return self.save_now()

    def discard_unsaved(self) -> None:
        self.dirty = False

    def refresh(self) -> None:
        self._generation += 1
        generation, ctx, day, today = self._generation, self._ctx, self.current_day(), self._ctx.today()
        self._runner.submit(lambda: day_summary(ctx.uow(), day, today),
                            lambda data: self._arrived(generation, data),
                            lambda exc: self._failed(generation, exc))

    def _arrived(self, generation: int, data: DaySummary) -> None:
        if generation != self._generation:
            return
        keep_text = self.dirty and self._shown_day == data.day
        self.data = data
        self._shown_day = data.day
        self.visits.set_rows(list(data.visits))
        self.problems.set_rows(list(data.problems))
        self.follow_ups.set_rows(list(data.follow_ups))
        parts = [self.tr("Planned {n}").format(n=len(data.visits)), self.tr("Done {n}").format(n=data.done),
                 self.tr("Missed {n}").format(n=data.missed)]
        if data.planned:
            parts.append(self.tr("Still to do {n}").format(n=data.planned))
        parts += [self.tr("By phone {n}").format(n=data.phone),
                  self.tr("Follow-ups {n}").format(n=len(data.follow_ups))]
        self.figures.setText(" · ".join(parts))
        if not keep_text:
            self._filling = True
            self.summary.setPlainText(data.summary)
            self._filling = False
            self.dirty = False
            self.status.setText("" if data.plan_id is not None else self.tr("No day plan for this day yet; saving "
                                                                            "the summary creates one."))
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.status.setText(describe_error(exc))
            self.loaded.emit()

    def _edited(self) -> None:
        if not self._filling:
            self.dirty = True

    # --- actions -----------------------------------------------------------------------------------

    def write_from_day(self) -> None:
        """Put a first version of the summary in the editor, from what the day's records say."""
        data = self.data
        if data is None:
            return
        lines = [self.tr("Planned {planned} visits, done {done}, missed {missed}, by phone {phone}.").format(
            planned=len(data.visits), done=data.done, missed=data.missed, phone=data.phone)]
        separator = self.tr("; ")
        if data.problems:
            found = []
            for p in data.problems:
                problem = labels.problem_label(p.kind, p.text)
                if p.kind in ("price_labels", "license"):
                    found.append(self.tr("{customer} {problem}").format(customer=p.customer_name, problem=problem))
                else:
                    found.append(self.tr("{customer} {problem}: {text}").format(
                        customer=p.customer_name, problem=problem, text=p.text))
            lines.append(self.tr("Found: {items}.").format(items=separator.join(found)))
        if data.follow_ups:
            lines.append(self.tr("Follow-ups: {items}.").format(items=separator.join(
                self.tr("{customer} {text}").format(customer=f.customer_name, text=f.text) for f in data.follow_ups)))
        text = "\n".join(lines)
        current = self.summary.toPlainText().strip()
        self.summary.setPlainText(f"{current}\n{text}" if current else text)
        self.summary.setFocus()

    def save(self) -> None:
        if self._shown_day is None:
            return
        ctx, day, text = self._ctx, self._shown_day, self.summary.toPlainText()
        self._runner.submit(lambda: save_day_summary(ctx.uow(), day, text), lambda _: self._saved(day),
                            self._save_failed)

    def save_now(self) -> bool:
        """Save in the GUI thread (one row, milliseconds) when what follows depends on the answer; False,
        with the reason shown, when it fails."""
        if self._shown_day is None:
            return True
        try:
            save_day_summary(self._ctx.uow(), self._shown_day, self.summary.toPlainText())
        except Exception as exc:  # shown like any failed save; the text stays in the editor
            self._save_failed(exc)
            return False
        self._saved(self._shown_day)
        return True

    def _saved(self, day: date) -> None:
        self.dirty = False
        self.status.setText(self.tr("Summary of {day} saved.").format(day=fmt.day(day)))
        self.changed.emit()
        self.refresh()

    def _save_failed(self, exc: BaseException) -> None:
        message = error_text(exc)
        self.status.setText(message)
        QMessageBox.warning(self, self.tr("Summary not saved"), message)

    def print_summary(self, week: bool) -> None:
        """The 拜访总结 of the day (or its week), rendered off the GUI thread and saved where the user chooses."""
        reports = self._ctx.reports
        if reports is None:
            return
        request = VisitSummaryRequest(self.current_day(), self._ctx.today(), week)
        output_catalogued_report(self, self._runner, self.tr("Visit summary"), reports, self._ctx.uow, request,
                                 on_error=lambda exc: QMessageBox.information(self, self.tr("Visit summary"), describe_error(exc)))

    def _open_at(self, index: QModelIndex) -> None:
        self.visits_view.setCurrentIndex(index)
        self.open_visit()

    def open_visit(self) -> None:
        index = self.visits_view.currentIndex()
        if not index.isValid() or self._shown_day is None:
            return
        v = self.visits.rows[index.row()]
        if open_visit_record(self, self._ctx, self._runner, v.customer_id, self._shown_day, v.visit_id):
            self.changed.emit()
            self.refresh()
