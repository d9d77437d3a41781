"""拜访记录查询: visits in a date range, by route, type and status, searched by customer (name, pinyin,
initials, license number); double-click (or Enter) opens the record; a visit can be deleted with its
photos."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.model.visits import VisitStatus, VisitType
from domain.report_catalogue import OneVisitRequest
from domain.services.visit_history import visit_history, visit_routes
from domain.services.visit_records import delete_visit
from domain.visits.record_views import VisitFilter, VisitHistoryRow
from gui.common import formatting as fmt
from gui.common.pdf_output import output_catalogued_report
from gui.common.row_model import Column
from gui.common.shortcuts import shortcut
from gui.common.widgets import read_only_table
from gui.context import AppContext
from gui.customers.evaluation_labels import visit_status_labels, visit_type_labels
from gui.customers.styled_model import CellStyle, StyledRowModel
from gui.messages import describe_error
from gui.visits import record_labels as labels
from gui.visits.record_dialog import NoAttachments, open_visit_record
from gui.workers import TaskRunner

DEFAULT_DAYS = 30


def _haystack(r: VisitHistoryRow) -> str:
    return "\x1f".join((r.customer_name, r.license_no, r.search_pinyin, r.search_initials, r.summary)).lower()


def _date_edit(d: date) -> QDateEdit:
    edit = QDateEdit(QDate(d.year, d.month, d.day))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


class VisitHistoryView(QWidget):
    loaded = Signal()
    changed = Signal()  # a visit was saved or deleted from here

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._rows: list[VisitHistoryRow] = []
        self._generation = 0
        self._routes_loaded = False
        today = ctx.today()
        self.start = _date_edit(today - timedelta(days=DEFAULT_DAYS))
        self.end = _date_edit(today)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Customer: name, pinyin, license no. (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        self.route = QComboBox()
        self.route.addItem(self.tr("All routes"), None)
        self.type = QComboBox()
        self.type.addItem(self.tr("All types"), None)
        for vt in VisitType:
            self.type.addItem(visit_type_labels()[vt.value], vt.value)
        self.status_box = QComboBox()
        self.status_box.addItem(self.tr("Any status"), None)
        for st in VisitStatus:
            self.status_box.addItem(visit_status_labels()[st.value], st.value)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.start)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.end)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.route)
        filters.addWidget(self.type)
        filters.addWidget(self.status_box)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.refresh)
        for box in (self.route, self.type, self.status_box):
            box.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self._apply_filter)

        status_labels, type_labels = visit_status_labels(), visit_type_labels()
        today_fn = ctx.today

        def status_text(r: VisitHistoryRow) -> str:
            if r.status == "planned" and r.planned_on < today_fn():
                return self.tr("Not recorded")
            return status_labels.get(r.status, r.status)

        def style(r: VisitHistoryRow, column: int) -> CellStyle | None:
            if column != 4:
                return None
            if r.status == "done":
                return CellStyle(foreground=labels.DONE_COLOUR)
            if r.status == "missed" or (r.status == "planned" and r.planned_on < today_fn()):
                return CellStyle(foreground=labels.OVERDUE_COLOUR)
            return CellStyle(foreground=labels.MUTED_COLOUR)

        self.model: StyledRowModel[VisitHistoryRow] = StyledRowModel(
            [
                Column(self.tr("Date"), lambda r: r.planned_on, fmt.day),
                Column(self.tr("Customer"), lambda r: r.customer_name,
                       sort_key=lambda r: r.search_pinyin or r.customer_name),
                Column(self.tr("Route"), lambda r: r.route),
                Column(self.tr("Type"), lambda r: type_labels.get(r.visit_type, r.visit_type)),
                Column(self.tr("Status"), status_text),
                Column(self.tr("Time"), lambda r: labels.time_span(r.started_at, r.ended_at),
                       sort_key=lambda r: r.started_at.isoformat() if r.started_at else None),
                Column(self.tr("Summary"), lambda r: r.summary.replace("\n", " ")),
                Column(self.tr("Entries"), lambda r: r.entries or None, numeric=True),
                Column(self.tr("Follow-ups"), lambda r: r.follow_ups or None, numeric=True),
                Column(self.tr("Photos"), lambda r: r.photos or None, numeric=True),
            ],
            style, self,
        )
        self.view = read_only_table(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.doubleClicked.connect(self._open_index)
        shortcut(QKeySequence(Qt.Key.Key_Return), self.view, self.open_current, Qt.ShortcutContext.WidgetShortcut)
        header = self.view.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # as the query gives them: newest first
        for col, width in ((0, 92), (1, 150), (2, 80), (3, 70), (4, 84), (5, 90), (6, 300), (7, 70), (8, 70),
                           (9, 56)):
            header.resizeSection(col, width)

        self.open_button = QPushButton(self.tr("Open record"))
        self.open_button.clicked.connect(self.open_current)
        self.delete_button = QPushButton(self.tr("Delete visit…"))
        self.delete_button.clicked.connect(self.delete_current)
        self.count = QLabel()
        self.count.setObjectName("PageSubtitle")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        self.print_button = QPushButton(self.tr("Print visit summary"))
        self.print_button.setVisible(ctx.offers(OneVisitRequest))
        self.print_button.clicked.connect(self.print_current)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.count, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    # --- loading -----------------------------------------------------------------------------------

    def current_filter(self) -> VisitFilter:
        return VisitFilter(
            start=self.start.date().toPython(),  # type: ignore[arg-type]  # toPython() is typed object
            end=self.end.date().toPython(),  # type: ignore[arg-type]  # toPython() is typed object
            route=self.route.currentData(),
            visit_type=VisitType(self.type.currentData()) if self.type.currentData() else None,
            status=VisitStatus(self.status_box.currentData()) if self.status_box.currentData() else None,
        )

    def refresh(self) -> None:
        self._generation += 1
        generation, ctx, flt = self._generation, self._ctx, self.current_filter()
        want_routes = not self._routes_loaded

        def fetch() -> tuple[list[VisitHistoryRow], list[str] | None]:
            routes = visit_routes(ctx.uow()) if want_routes else None
            return visit_history(ctx.uow(), flt), routes

        self._runner.submit(fetch, lambda data: self._arrived(generation, *data),
                            lambda exc: self._failed(generation, exc))

    def _arrived(self, generation: int, rows: list[VisitHistoryRow], routes: list[str] | None) -> None:
        if generation != self._generation:
            return
        if routes is not None:
            self._routes_loaded = True
            self.route.blockSignals(True)
            for r in routes:
                self.route.addItem(r, r)
            self.route.blockSignals(False)
        self._rows = rows
        self._apply_filter()
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.count.setText(describe_error(exc))
            self.loaded.emit()

    def _apply_filter(self) -> None:
        needles = [w for w in self.search.text().lower().split() if w]
        rows = [r for r in self._rows if all(n in _haystack(r) for n in needles)]
        self.model.set_rows(rows)
        done = sum(r.status == "done" for r in rows)
        self.count.setText(self.tr("{n} visits, {done} done").format(n=len(rows), done=done))

    def current(self) -> VisitHistoryRow | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    # --- actions -----------------------------------------------------------------------------------

    def _open_index(self, index) -> None:
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.open_current()

    def open_current(self) -> None:
        row = self.current()
        if row is None:
            return
        if open_visit_record(self, self._ctx, self._runner, row.customer_id, row.planned_on, row.visit_id):
            self.changed.emit()
            self.refresh()

    def print_current(self) -> None:
        """The selected visit's 拜访总结, rendered off the GUI thread and saved where the user chooses."""
        row, reports = self.current(), self._ctx.reports
        if row is None or reports is None or row.visit_id is None:
            return
        request = OneVisitRequest(row.visit_id, self._ctx.today(), row.customer_name, row.planned_on)
        output_catalogued_report(self, self._runner, self.tr("Visit summary"), reports, self._ctx.uow, request,
                                 on_error=lambda exc: QMessageBox.warning(self, self.tr("Visit summary"), describe_error(exc)))

    def delete_current(self) -> None:
        row = self.current()
        if row is None:
            return
        question = self.tr("Delete the visit to {customer} on {date} with its entries, counts and {photos} "
                           "photos? Its follow-ups stay. This cannot be undone.").format(
            customer=row.customer_name, date=fmt.day(row.planned_on), photos=row.photos)
        answer = QMessageBox.question(self, self.tr("Delete visit"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx, visit_id = self._ctx, row.visit_id
        attachments = ctx.attachments or NoAttachments()

        def deleted(_: object) -> None:
            self.changed.emit()
            self.refresh()


        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Visit not deleted"), describe_error(exc))

        self._runner.submit(lambda: delete_visit(ctx.uow(), visit_id, attachments), deleted, failed)
