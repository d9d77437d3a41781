"""营销策划/指导方案 tab: the customer's improvement plans — measures, targets, review date, status — and,
once orders exist, each target against the customer's latest month with orders."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from domain.model.evaluations import ImprovementPlan, PlanMetric, PlanStatus, PlanTarget
from domain.services.evaluations import (
    TARGET_RANGES,
    PlanProgress,
    TargetProgress,
    customer_evaluations,
    delete_plan,
    plan_progress,
    save_plan,
)
from domain.validation import ValidationFailed
from gui.analysis.labels import margin_basis_label
from gui.common import formatting as fmt
from gui.common.field_errors import describe_field_error
from gui.common.fields import to_qdate
from gui.common.row_model import Column
from gui.common.widgets import read_only_table
from gui.context import AppContext
from gui.customers.entry_editor import EntryEditorTab
from gui.customers.entry_list import EntryListEdit
from gui.customers.evaluation_labels import metric_labels, metric_value, plan_status_labels
from gui.customers.styled_model import CellStyle, StyledRowModel
from gui.workers import TaskRunner

MET = CellStyle(bold=True, foreground="#2e7d32", background="#e8f5e9")
NOT_YET = CellStyle(bold=True, foreground="#b3261e", background="#fdecea")
NO_DATA = CellStyle(foreground="#7a8896")


@dataclass(frozen=True)
class PlansData:
    plans: tuple[ImprovementPlan, ...]
    progress: dict[int, PlanProgress]  # by plan id


def _fetch(ctx: AppContext, customer_id: int) -> PlansData:
    plans = customer_evaluations(ctx.uow(), customer_id).plans
    return PlansData(plans, {p.id: plan_progress(ctx.uow(), p) for p in plans if p.id is not None})


def verdict(met: bool | None) -> str:
    if met is None:
        return QCoreApplication.translate("PlansTab", "No data yet")
    return QCoreApplication.translate("PlansTab", "✓ Met") if met else QCoreApplication.translate("PlansTab", "✗ Not yet")


def plan_text(plan: ImprovementPlan) -> str:
    """A plan in the list: made on and status, then its review date."""
    first = f"{fmt.day(plan.created_on)} · {plan_status_labels()[plan.status]}"
    if plan.review_on is None:
        return first
    return first + "\n" + QCoreApplication.translate("PlansTab", "Review {date}").format(date=fmt.day(plan.review_on))


def _save(ctx: AppContext, plan: ImprovementPlan) -> ImprovementPlan:
    return save_plan(ctx.uow(), plan)


def _delete(ctx: AppContext, plan_id: int) -> None:
    delete_plan(ctx.uow(), plan_id)


class PlansTab(EntryEditorTab[ImprovementPlan]):
    fetch = staticmethod(_fetch)
    save_entry = staticmethod(_save)
    delete_entry = staticmethod(_delete)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        # one column, two lines an entry: made on and status, then the review date (keeps the editor wide)
        super().__init__(ctx, runner, [Column(QCoreApplication.translate("PlansTab", "Plan"), lambda p: p, plan_text)],
                         parent)
        self.data: PlansData | None = None
        statuses = plan_status_labels()
        self.new_button.setText(self.tr("New plan"))
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        # --- the plan ---
        self.created = QDateEdit()
        self.review_enabled = QCheckBox(self.tr("Review on"))
        self.review = QDateEdit()
        for d in (self.created, self.review):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.dateChanged.connect(self._edited)
        self.review_enabled.toggled.connect(self.review.setEnabled)
        self.review_enabled.toggled.connect(self._edited)
        self.status_combo = QComboBox()
        for status in PlanStatus:
            self.status_combo.addItem(statuses[status], status.value)
        self.status_combo.currentIndexChanged.connect(self._edited)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Made on")))
        top.addWidget(self.created)
        top.addSpacing(10)
        top.addWidget(self.review_enabled)
        top.addWidget(self.review)
        top.addStretch(1)

        measures_box = QGroupBox(self.tr("Measures"))
        measures_layout = QVBoxLayout(measures_box)
        measures_layout.setContentsMargins(0, 0, 0, 0)
        self.measures = EntryListEdit(self.tr("One measure per line"))
        self.measures.textChanged.connect(self._edited)
        measures_layout.addWidget(self.measures)

        targets_box = QGroupBox(self.tr("Targets"))
        targets_grid = QGridLayout(targets_box)
        targets_grid.setContentsMargins(8, 4, 8, 4)
        targets_grid.setVerticalSpacing(4)
        self.target_checks: dict[PlanMetric, QCheckBox] = {}
        self.target_boxes: dict[PlanMetric, QDoubleSpinBox] = {}
        labels = metric_labels()
        for row, metric in enumerate(PlanMetric):
            check = QCheckBox(labels[metric])
            spin = self._target_box(metric)
            spin.setEnabled(False)
            check.toggled.connect(spin.setEnabled)
            check.toggled.connect(self._edited)
            spin.valueChanged.connect(self._edited)
            targets_grid.addWidget(check, row, 0)
            targets_grid.addWidget(spin, row, 1)
            self.target_checks[metric], self.target_boxes[metric] = check, spin
        targets_grid.setColumnStretch(0, 1)

        middle = QHBoxLayout()
        middle.addWidget(measures_box, 1)
        middle.addWidget(targets_box)

        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notes, e.g. what the plan is based on"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(46)
        self.notes.textChanged.connect(self._edited)

        # --- progress ---
        progress_box = QGroupBox(self.tr("Progress"))
        progress_layout = QVBoxLayout(progress_box)
        progress_layout.setContentsMargins(8, 4, 8, 6)
        self.progress_note = QLabel()
        self.progress_note.setWordWrap(True)
        self.progress_note.setObjectName("PageSubtitle")
        self.progress_model: StyledRowModel[TargetProgress] = StyledRowModel(
            [
                Column(self.tr("Target"), lambda t: labels[t.metric]),
                Column(self.tr("Goal"), lambda t: metric_value(t.metric, t.target), numeric=True),
                Column(self.tr("Baseline"), lambda t: metric_value(t.metric, t.baseline), numeric=True),
                Column(self.tr("Actual"), lambda t: metric_value(t.metric, t.actual) or "—", numeric=True),
                Column(self.tr("Verdict"), lambda t: t.met, verdict),
            ],
            self._progress_style,
            self,
        )
        self.progress_view = read_only_table(self)
        self.progress_view.setSortingEnabled(False)
        self.progress_view.setModel(self.progress_model)
        self.progress_view.verticalHeader().setDefaultSectionSize(24)
        self.progress_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.progress_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.progress_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self._fit_progress_height(len(PlanMetric))
        progress_layout.addWidget(self.progress_note)
        progress_layout.addWidget(self.progress_view)

        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.setSpacing(6)
        editor_layout.addLayout(top)
        editor_layout.addLayout(middle, 1)
        notes_row = QHBoxLayout()
        notes_label = QLabel(self.tr("Notes"))
        notes_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        notes_row.addWidget(notes_label)
        notes_row.addWidget(self.notes, 1)
        editor_layout.addLayout(notes_row)
        editor_layout.addWidget(self.error)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor, 1)
        right_layout.addWidget(progress_box)

        # the plan's status sits with its buttons, so the dates' row stays narrow with a wide CJK font
        self.lay_out(self.tr("Plans, newest first"), right,
                     bar_extras=(6, QLabel(self.tr("Status")), self.status_combo), stretch=(0, 1), sizes=(150, 650))

    def _fit_progress_height(self, rows: int) -> None:
        view = self.progress_view
        header = view.horizontalHeader().sizeHint().height()
        view.setFixedHeight(header + max(rows, 1) * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth())

    def _target_box(self, metric: PlanMetric) -> QDoubleSpinBox:
        low, high = TARGET_RANGES[metric]
        spin = QDoubleSpinBox()
        spin.setRange(float(low), float(high))
        spin.setMinimumWidth(110)
        spin.setAccessibleName(metric.value)
        if metric in (PlanMetric.MARGIN_PCT, PlanMetric.CLASS_1_2_SHARE):
            spin.setDecimals(1)
            spin.setSuffix(" %")
        elif metric is PlanMetric.MONTHLY_CARTONS:
            spin.setDecimals(0)
            spin.setSuffix(self.tr(" cartons"))
            spin.setGroupSeparatorShown(True)
        elif metric is PlanMetric.GROSS_PROFIT:
            spin.setDecimals(0)
            spin.setPrefix("¥")
            spin.setSingleStep(100)
            spin.setGroupSeparatorShown(True)
        else:
            spin.setDecimals(0)
            spin.setSuffix(self.tr(" stars"))
        return spin

    # --- showing ---------------------------------------------------------------------------------

    def clear(self) -> None:
        self.data = None
        super().clear()

    def show_data(self, data: PlansData) -> None:
        self.data = data
        super().show_data(data)

    def entries_of(self, data: PlansData) -> tuple[ImprovementPlan, ...]:
        return data.plans

    def entry_date(self, entry: ImprovementPlan) -> date:
        return entry.created_on

    def blank(self, customer_id: int) -> ImprovementPlan:
        return ImprovementPlan(customer_id, self._ctx.today())

    def fill_editor(self, shown: ImprovementPlan) -> None:
        self.created.setDate(to_qdate(shown.created_on))
        self.review_enabled.setChecked(shown.review_on is not None)
        self.review.setEnabled(shown.review_on is not None)
        self.review.setDate(to_qdate(shown.review_on or shown.created_on))
        self.status_combo.setCurrentIndex(self.status_combo.findData(shown.status.value))
        self.measures.set_entries(shown.measures)
        targets = {t.metric: t for t in shown.targets}
        for metric, check in self.target_checks.items():
            target = targets.get(metric)
            check.setChecked(target is not None)
            spin = self.target_boxes[metric]
            spin.setEnabled(target is not None)
            spin.setValue(float(target.target) if target else spin.minimum())
        self.notes.setPlainText(shown.notes)

    def after_fill(self, plan: ImprovementPlan | None) -> None:
        self._show_progress(plan)

    def _show_progress(self, plan: ImprovementPlan | None) -> None:
        progress = None
        if plan is not None and plan.id is not None and self.data is not None:
            progress = self.data.progress.get(plan.id)
        if progress is None:
            self.progress_model.set_rows([])
            self.progress_note.setText(self.tr("Save the plan to see its progress.") if plan is not None else "")
            return
        self.progress_model.set_rows(list(progress.targets))
        self._fit_progress_height(len(progress.targets))
        basis = margin_basis_label(progress.margin_basis)
        if not progress.targets:
            self.progress_note.setText(self.tr("The plan has no targets to measure."))
        elif progress.month is None:
            self.progress_note.setText(self.tr(
                "Progress counts the months after the plan was made: the first is {month}. "
                "No orders since then yet (margin = {basis}).").format(
                month=fmt.month(progress.first_month), basis=basis))
        else:
            self.progress_note.setText(self.tr(
                "Actual figures of {month}, the latest month of orders since the plan (margin = {basis}); "
                "star level from the evaluations after the plan."
            ).format(month=fmt.month(progress.month), basis=basis))

    @staticmethod
    def _progress_style(t: TargetProgress, column: int) -> CellStyle | None:
        if column != 4:
            return None
        return NO_DATA if t.met is None else MET if t.met else NOT_YET

    def edited(self) -> ImprovementPlan:
        base = self.current or ImprovementPlan(self.customer_id or 0, self._ctx.today())
        baselines = {t.metric: t.baseline for t in base.targets}
        targets = [
            PlanTarget(metric, Decimal(f"{self.target_boxes[metric].value():.{self.target_boxes[metric].decimals()}f}"),
                       baselines.get(metric))
            for metric, check in self.target_checks.items() if check.isChecked()
        ]
        return ImprovementPlan(
            customer_id=self.customer_id or base.customer_id,
            created_on=self.created.date().toPython(),  # type: ignore[arg-type]  # toPython() is typed object
            measures=self.measures.entries(),
            targets=targets,
            review_on=self.review.date().toPython() if self.review_enabled.isChecked() else None,  # type: ignore[arg-type]  # toPython() is typed object
            status=PlanStatus(self.status_combo.currentData()),
            notes=self.notes.toPlainText().strip(),
            id=base.id,
        )

    # --- the words and the actions' details ------------------------------------------------------

    def unsaved_question(self) -> tuple[str, str]:
        return self.tr("Unsaved plan"), self.tr("The plan has changes that are not saved. Save them?")

    def new_plan(self) -> None:
        self.new_entry()

    def focus_editor(self) -> None:
        self.measures.setFocus()

    def empty_text(self) -> str:
        return self.tr("No plan yet: write the measures and targets below and save.")

    def new_text(self) -> str:
        return self.tr("New plan: not saved yet.")

    def show_invalid(self, exc: ValidationFailed) -> None:
        labels = metric_labels()
        lines = []
        for e in exc.errors:
            metric = next((m for m in PlanMetric if m.value == e.field), None)
            text = describe_field_error(e)
            lines.append(f"{labels[metric]}: {text}" if metric else text)
        self.error.setText("\n".join(lines))
        self.error.show()

    def unsaved_description(self) -> str:
        return self.tr("Improvement plan of {date}").format(date=fmt.day(self.edited().created_on))

    def delete_question(self, entry: ImprovementPlan) -> tuple[str, str]:
        return (self.tr("Delete plan"),
                self.tr("Delete the plan of {date}? This cannot be undone.").format(date=fmt.day(entry.created_on)))

    def failure_titles(self) -> tuple[str, str]:
        return self.tr("Plan not saved"), self.tr("Plan not deleted")
