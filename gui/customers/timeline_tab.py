"""Timeline tab: everything about the customer, newest first — visits, star evaluations, SWOT analyses,
plans, care reminders, follow-ups, events and the imports that brought their orders."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from domain.messages import salons as salon_words
from domain.read_models import TimelineEntry
from domain.services.customers import customer_timeline
from gui.common import formatting as fmt
from gui.common.row_model import Column
from gui.common.widgets import read_only_table
from gui.context import AppContext
from gui.customers.customer_tab import CustomerTab
from gui.customers.evaluation_labels import (
    follow_up_status_labels,
    import_lines_text,
    import_source_text,
    plan_status_labels,
    points_text,
    timeline_kind_labels,
    visit_status_labels,
    visit_type_labels,
)
from gui.customers.styled_model import CellStyle, StyledRowModel
from gui.workers import TaskRunner

KIND_COLOURS = {
    "visit": "#3d6a96",
    "star_evaluation": "#d9822b",
    "swot": "#6a4c93",
    "plan": "#2e7d32",
    "reminder": "#c2185b",
    "follow_up": "#00838f",
    "event": "#8d6e63",
    "import": "#7a8896",
}
UPCOMING = "#5b6b7b"


@dataclass(frozen=True)
class TimelineRow:
    on: date
    kind: str
    kind_label: str
    title: str
    detail: str
    upcoming: bool  # after today: a planned visit, an event to come, a reminder due


def _fetch(ctx: AppContext, customer_id: int) -> list[TimelineEntry]:
    return customer_timeline(ctx.uow(), customer_id)


def reminder_detail(code: str) -> str:
    """"done", "snoozed:2026-12-10", either with "|note": what was done with a care reminder."""
    state, _, note = code.partition("|")
    if state == "done":
        text = QCoreApplication.translate("Care", "Done")
    elif state.startswith("snoozed:"):
        text = QCoreApplication.translate("Care", "snoozed until {date}").format(date=state.partition(":")[2])
    else:
        text = state
    return f"{text}：{note}" if note else text


def describe(entry: TimelineEntry, today: date) -> TimelineRow:
    """A timeline entry in the user's words (the query gives codes such as "in_person:done")."""
    title, detail = entry.title, entry.detail
    if entry.kind == "visit":
        visit_type, _, status = entry.title.partition(":")
        title = " · ".join(x for x in (visit_type_labels().get(visit_type, visit_type),
                                       visit_status_labels().get(status, status)) if x)
    elif entry.kind == "star_evaluation":
        detail = points_text(entry.detail) if entry.detail else ""
    elif entry.kind == "plan":
        title = next((label for status, label in plan_status_labels().items() if status.value == entry.title),
                     entry.title)
    elif entry.kind == "reminder":
        detail = reminder_detail(entry.detail)
    elif entry.kind == "follow_up":
        detail = follow_up_status_labels().get(entry.detail, entry.detail)
    elif entry.kind == "event":
        detail = salon_words.timeline_detail(entry.detail, QCoreApplication.translate)
    elif entry.kind == "import":
        title = import_source_text(entry.detail.partition(":")[0], entry.title)
        detail = import_lines_text(entry.detail)
    kinds = timeline_kind_labels()
    return TimelineRow(entry.on, entry.kind, kinds.get(entry.kind, entry.kind), title,
                       detail.replace("\n", " "), entry.on > today)


class TimelineTab(CustomerTab):
    fetch = staticmethod(_fetch)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.all_rows: list[TimelineRow] = []

        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Everything"), "")
        for kind, label in timeline_kind_labels().items():
            self.kind_filter.addItem(label, kind)
        self.kind_filter.currentIndexChanged.connect(self._apply_filter)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.status, 1)

        self.model: StyledRowModel[TimelineRow] = StyledRowModel(
            [
                Column(self.tr("Date"), lambda r: r.on, fmt.day),
                Column(self.tr("What"), lambda r: r.kind_label),
                Column(self.tr("Subject"), lambda r: r.title),
                Column(self.tr("Detail"), lambda r: r.detail),
            ],
            self._style,
            self,
        )
        self.view = read_only_table(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(0, 96)
        self.view.setColumnWidth(1, 130)
        self.view.setColumnWidth(2, 220)

        self.legend = QLabel(self.tr("Entries after today (planned visits, events to come) are in grey italics."))
        self.legend.setObjectName("PageSubtitle")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        self.clear()

    @staticmethod
    def _style(row: TimelineRow, column: int) -> CellStyle | None:
        marker = KIND_COLOURS.get(row.kind, "#7a8896") if column == 1 else None
        if row.upcoming:
            return CellStyle(italic=True, foreground=UPCOMING, marker=marker)
        return CellStyle(marker=marker) if marker else None

    def clear(self) -> None:
        self.all_rows = []
        self.model.set_rows([])
        self.status.setText("")

    def show_data(self, entries: list[TimelineEntry]) -> None:
        today = self._ctx.today()
        self.all_rows = [describe(e, today) for e in entries]
        self._apply_filter()

    def _apply_filter(self) -> None:
        kind = self.kind_filter.currentData()
        rows = [r for r in self.all_rows if not kind or r.kind == kind]
        self.model.set_rows(rows)
        header = self.view.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if not self.all_rows:
            self.status.setText(self.tr("Nothing recorded for this customer yet."))
        else:
            self.status.setText(self.tr("Entries: {n}").format(n=len(rows)))
