"""星级测评 tab: the customer's dated star evaluations, the star level over time, and the selected
evaluation's scores per criterion with the weakest criteria picked out (the next visit's talking points)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain.model.customers import Customer
from domain.model.evaluations import StarEvaluation
from domain.services.customers import get_customer
from domain.services.evaluations import CustomerEvaluations, customer_evaluations, delete_star_evaluation
from domain.services.tiers import StarPrefill, star_prefill
from domain.star_scoring import weakest_criteria
from gui.common import formatting as fmt
from gui.common.row_model import Column
from gui.common.widgets import heading, read_only_table
from gui.context import AppContext
from gui.customers.customer_tab import CustomerTab
from gui.customers.evaluation_labels import points, star_text
from gui.customers.star_chart import StarHistoryChart
from gui.customers.star_dialog import StarEvaluationDialog
from gui.customers.styled_model import CellStyle, StyledRowModel
from gui.workers import TaskRunner

log = logging.getLogger(__name__)

WEAK = CellStyle(bold=True, foreground="#b3261e", background="#fdecea")
STARS = CellStyle(foreground="#d9822b")


@dataclass(frozen=True)
class CriterionScore:
    group: str
    name: str
    score: Decimal
    max_score: Decimal
    weak: bool


@dataclass(frozen=True)
class StarData:
    evaluations: CustomerEvaluations
    customer: Customer


def _fetch(ctx: AppContext, customer_id: int) -> StarData:
    return StarData(customer_evaluations(ctx.uow(), customer_id), get_customer(ctx.uow(), customer_id))


class StarEvaluationTab(CustomerTab):
    fetch = staticmethod(_fetch)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.data: StarData | None = None
        self.dialog: StarEvaluationDialog | None = None
        self._select_id: int | None = None

        self.new_button = QPushButton(self.tr("New evaluation…"))
        self.new_button.setToolTip(self.tr("Score the shop against the star scheme"))
        self.new_button.clicked.connect(self.new_evaluation)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.status, 1)

        self.evaluation_model: StyledRowModel[StarEvaluation] = StyledRowModel(
            [
                Column(self.tr("Date"), lambda e: e.evaluated_on, fmt.day),
                Column(self.tr("Points"), lambda e: e.total_score, points, numeric=True),
                Column(self.tr("Stars"), lambda e: e.star_level, star_text),
                Column(self.tr("Integrity"), lambda e: e.integrity_grade),
                Column(self.tr("Value pts"), lambda e: e.value_points, numeric=True),
                Column(self.tr("Result code"), lambda e: e.result_code),
            ],
            lambda e, col: STARS if col == 2 else None,
            self,
        )
        self.evaluation_view = read_only_table(self)
        self.evaluation_view.setSortingEnabled(False)  # a handful of rows, always newest first
        self.evaluation_view.setModel(self.evaluation_model)
        self.evaluation_view.horizontalHeader().setStretchLastSection(False)
        self.evaluation_view.setSelectionMode(self.evaluation_view.SelectionMode.SingleSelection)
        self.evaluation_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.chart = StarHistoryChart(ctx.today)
        self.chart.setFixedHeight(170)
        self.chart.setMinimumWidth(260)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(self.tr("Evaluations, newest first"), level=2))
        left_layout.addWidget(self.evaluation_view, 1)
        left_layout.addWidget(heading(self.tr("Star level over time"), level=2))
        left_layout.addWidget(self.chart)

        self.detail_title = heading("", level=2)
        self.detail_title.setWordWrap(True)
        self.criteria_model: StyledRowModel[CriterionScore] = StyledRowModel(
            [
                Column(self.tr("Criterion"), lambda r: r.name),
                Column(self.tr("Area"), lambda r: r.group),
                Column(self.tr("Score"), lambda r: r.score, points, numeric=True),
                Column(self.tr("Max pts"), lambda r: r.max_score, points, numeric=True),
            ],
            lambda r, col: WEAK if r.weak else None,
            self,
        )
        self.criteria_view = read_only_table(self)
        self.criteria_view.setSortingEnabled(False)
        self.criteria_view.setModel(self.criteria_model)
        self.criteria_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.criteria_view.horizontalHeader().setStretchLastSection(False)
        self.criteria_view.setWordWrap(True)  # a long criterion name takes two lines rather than an ellipsis
        self.criteria_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.weak_label = QLabel()
        self.weak_label.setWordWrap(True)
        self.weak_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setObjectName("PageSubtitle")

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail_title)
        right_layout.addWidget(self.criteria_view, 1)
        right_layout.addWidget(self.weak_label)
        right_layout.addWidget(self.notes_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 9)
        self.splitter.setStretchFactor(1, 10)
        self.splitter.setChildrenCollapsible(False)
        self._splitter_moved = False
        self.splitter.splitterMoved.connect(self._user_moved_splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.clear()

    # --- showing ---------------------------------------------------------------------------------

    def clear(self) -> None:
        self.data = None
        self.evaluation_model.set_rows([])
        self.chart.set_evaluations([])
        self._show_evaluation(None)
        self.status.setText("")
        self.delete_button.setEnabled(False)

    def show_data(self, data: StarData) -> None:
        self.data = data
        evaluations = sorted(data.evaluations.star_evaluations, key=lambda e: (e.evaluated_on, e.id or 0),
                             reverse=True)
        self.evaluation_model.set_rows(evaluations)
        self.evaluation_view.resizeColumnsToContents()
        self._fit_splitter()
        self.chart.set_evaluations(evaluations)
        self.status.setText(
            self.tr("No star evaluation yet: record the first with “New evaluation…”.") if not evaluations
            else self.tr("Evaluations: {n}").format(n=len(evaluations))
        )
        rows = self.evaluation_model.rows
        wanted = next((n for n, e in enumerate(rows) if e.id == self._select_id), 0 if rows else None)
        self._select_id = None
        if wanted is None:
            self._show_evaluation(None)
        else:
            self.evaluation_view.selectionModel().setCurrentIndex(
                self.evaluation_model.index(wanted, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._show_selected()

    def _user_moved_splitter(self) -> None:
        self._splitter_moved = True

    def _fit_splitter(self) -> None:
        """The evaluation list as wide as its columns (up to 55%), the scores beside it the rest."""
        total = sum(self.splitter.sizes())
        if self._splitter_moved or total <= 0:
            return
        view = self.evaluation_view
        header = view.horizontalHeader()
        needed = (sum(header.sectionSize(i) for i in range(header.count())) + 2 * view.frameWidth()
                  + view.verticalScrollBar().sizeHint().width())
        left = min(needed, int(total * 0.55))
        self.splitter.setSizes([left, total - left])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_splitter()

    def showEvent(self, event) -> None:
        super().showEvent(event)  # loaded while another tab was in front: columns measured unstyled
        self.evaluation_view.resizeColumnsToContents()
        self._fit_splitter()

    def selected_evaluation(self) -> StarEvaluation | None:
        row = self.evaluation_view.selectionModel().currentIndex().row()
        rows = self.evaluation_model.rows
        return rows[row] if 0 <= row < len(rows) else None

    def _show_selected(self) -> None:
        self._show_evaluation(self.selected_evaluation())

    def _show_evaluation(self, evaluation: StarEvaluation | None) -> None:
        self.delete_button.setEnabled(evaluation is not None)
        self.chart.set_selected(evaluation)
        if evaluation is None or self.data is None:
            self.detail_title.setText(self.tr("Scores per criterion"))
            self.criteria_model.set_rows([])
            self.weak_label.setText("")
            self.notes_label.setText("")
            return
        criteria = sorted(self.data.evaluations.criteria, key=lambda c: c.sort_order)
        weak = weakest_criteria(evaluation, criteria)
        weak_codes = {w.code for w in weak}
        self.criteria_model.set_rows([
            CriterionScore(c.group, c.name, evaluation.scores.get(c.code, Decimal(0)), c.max_score,
                           c.code in weak_codes)
            for c in criteria
        ])
        self.criteria_view.resizeColumnsToContents()
        self.criteria_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.detail_title.setText(
            self.tr("{date} · {total} points · {stars} · {code}").format(
                date=fmt.day(evaluation.evaluated_on), total=points(evaluation.total_score),
                stars=star_text(evaluation.star_level), code=evaluation.result_code,
            )
        )
        if weak:
            items = self.tr("; ").join(
                self.tr("{name} {score}/{max}").format(name=w.name, score=points(w.score), max=points(w.max_score))
                for w in weak
            )
            self.weak_label.setText(self.tr("Weakest: {items}").format(items=items))
        else:
            self.weak_label.setText(self.tr("Full marks on every criterion."))
        self.notes_label.setText(self.tr("Notes: {notes}").format(notes=evaluation.notes) if evaluation.notes else "")

    # --- actions ---------------------------------------------------------------------------------

    def new_evaluation(self) -> None:
        if self.customer_id is None or self.data is None:
            return
        evaluations = self.data.evaluations.star_evaluations
        latest = max(evaluations, key=lambda e: (e.evaluated_on, e.id or 0)) if evaluations else None
        self.dialog = StarEvaluationDialog(
            self._ctx, self._runner, self.customer_id, self.data.evaluations.criteria,
            start_from=latest, integrity_grade=self.data.customer.integrity_grade or "", parent=self,
            prefill=self._prefill(),
        )
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.saved.connect(self._recorded)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _prefill(self) -> StarPrefill | None:
        # one shop's month: a few rows read, quick enough to wait for before the dialog shows
        assert self.customer_id is not None
        try:
            return star_prefill(self._ctx.uow(), self.customer_id, self._ctx.today())
        except Exception:  # a prefill is a help, never a reason the dialog does not open
            log.exception("star prefill failed")
            return None

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _recorded(self, evaluation: StarEvaluation) -> None:
        self._select_id = evaluation.id
        self.reload()
        self.changed.emit()

    def delete_selected(self) -> None:
        evaluation = self.selected_evaluation()
        if evaluation is None or evaluation.id is None:
            return
        question = self.tr("Delete the star evaluation of {date} ({code})? This cannot be undone.").format(
            date=fmt.day(evaluation.evaluated_on), code=evaluation.result_code)
        if not self.confirm(self.tr("Delete star evaluation"), question):
            return
        ctx, evaluation_id, customer_id = self._ctx, evaluation.id, evaluation.customer_id
        self.run(lambda: delete_star_evaluation(ctx.uow(), customer_id, evaluation_id), lambda _: None,
                 self.tr("Evaluation not deleted"))
