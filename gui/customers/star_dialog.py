"""Record a star evaluation (星级测评): one score per criterion of the workspace's scheme, integrity
grade, customer value points; the total, star level and result code follow as the user types."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.model.evaluations import StarCriterion, StarEvaluation
from domain.schemes import result_code, star_level_for
from domain.services.evaluations import record_star_evaluation
from domain.services.tiers import StarPrefill
from domain.star_scoring import INTEGRITY_GRADES
from domain.validation import ValidationFailed
from gui.common.field_errors import describe_field_error
from gui.context import AppContext
from gui.customers.evaluation_labels import points, star_text
from gui.messages import describe_error
from gui.workers import TaskRunner

NO_VALUE = -1  # the value-points box's "not set"


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class StarEvaluationDialog(QDialog):
    saved = Signal(object)  # the stored StarEvaluation

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        customer_id: int,
        criteria: Sequence[StarCriterion],
        start_from: StarEvaluation | None = None,
        integrity_grade: str = "",
        parent: QWidget | None = None,
        prefill: StarPrefill | None = None,
    ) -> None:
        super().__init__(parent)
        self.prefill = prefill
        self._prefill_note = ""
        self._ctx, self._runner, self._customer_id = ctx, runner, customer_id
        self.criteria = sorted(criteria, key=lambda c: c.sort_order)
        self.saved_evaluation: StarEvaluation | None = None
        self.setWindowTitle(self.tr("New star evaluation"))

        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        today = ctx.today()
        self.date.setDate(QDate(today.year, today.month, today.day))

        # one box per criterion, grouped as the scheme groups them
        self.score_boxes: dict[str, QDoubleSpinBox] = {}
        self._score_labels: dict[str, QLabel] = {}
        scores_column = QVBoxLayout()
        scores_column.setSpacing(4)
        groups: dict[str, QFormLayout] = {}
        for c in self.criteria:
            if c.group not in groups:
                box = QGroupBox(c.group or self.tr("Other"))
                form = QFormLayout(box)
                form.setContentsMargins(8, 6, 8, 4)
                form.setVerticalSpacing(4)
                form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
                groups[c.group] = form
                scores_column.addWidget(box)
            spin = QDoubleSpinBox()
            spin.setRange(0, float(c.max_score))
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setMinimumWidth(80)
            spin.setAccessibleName(c.name)
            spin.valueChanged.connect(self._update_result)
            label = QLabel(self.tr("{name} (max {max})").format(name=c.name, max=points(c.max_score)))
            groups[c.group].addRow(label, spin)
            self.score_boxes[c.code] = spin
            self._score_labels[c.code] = label
        scores_column.addStretch(1)

        self.integrity = QComboBox()
        self.integrity.addItem(self.tr("Not set"), "")
        for grade in INTEGRITY_GRADES:
            self.integrity.addItem(grade, grade)
        self.integrity.currentIndexChanged.connect(self._update_result)
        self.value_points = QSpinBox()
        self.value_points.setRange(NO_VALUE, 10)
        self.value_points.setSpecialValueText(self.tr("Not set"))
        self.value_points.setSuffix(self.tr(" points"))
        self.value_points.valueChanged.connect(self._update_result)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What you saw: price labels, display, cooperation …"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)

        side = QFormLayout()
        side.addRow(self.tr("Evaluated on"), self.date)
        side.addRow(self.tr("Integrity grade"), self.integrity)
        side.addRow(self.tr("Customer value points"), self.value_points)
        side.addRow(self.tr("Notes"), self.notes)

        result = QFrame()
        result.setObjectName("KpiCard")
        result_layout = QVBoxLayout(result)
        result_layout.setContentsMargins(14, 10, 14, 10)
        title = QLabel(self.tr("Evaluation result"))
        title.setObjectName("KpiTitle")
        self.total_label = QLabel()
        self.total_label.setObjectName("KpiValue")
        self.stars_label = QLabel()
        self.stars_label.setStyleSheet("color: #d9822b; font-size: 20px;")
        self.code_label = QLabel()
        self.code_label.setObjectName("KpiNote")
        for w in (title, self.total_label, self.stars_label, self.code_label):
            result_layout.addWidget(w)

        self.hint = QLabel()
        self.hint.setObjectName("KpiNote")
        self.hint.setWordWrap(True)
        if start_from is not None:
            self.hint.setText(self.tr("The scores start from the evaluation of {date}; change what is different now.")
                              .format(date=start_from.evaluated_on.isoformat()))
        self.errors = QLabel()
        self.errors.setObjectName("FieldError")
        self.errors.setStyleSheet("color: #b3261e;")
        self.errors.setWordWrap(True)
        self.errors.hide()

        right = QVBoxLayout()
        right.addLayout(side)
        right.addWidget(result)
        right.addWidget(self.hint)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(scores_column, 3)
        columns.addSpacing(12)
        columns.addLayout(right, 2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)

        self._fill(start_from, integrity_grade)
        self._apply_prefill()
        order: list[QWidget] = [self.date, *self.score_boxes.values(), self.integrity, self.value_points,
                                self.notes, self.save_button]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)
        self.date.setFocus()

    def _fill(self, start_from: StarEvaluation | None, integrity_grade: str) -> None:
        if start_from is not None:
            for code, spin in self.score_boxes.items():
                spin.setValue(float(start_from.scores.get(code, Decimal(0))))
            integrity_grade = start_from.integrity_grade or integrity_grade
            self.value_points.setValue(NO_VALUE if start_from.value_points is None else start_from.value_points)
        else:
            self.value_points.setValue(NO_VALUE)
        index = self.integrity.findData(integrity_grade)
        self.integrity.setCurrentIndex(max(index, 0))
        self._update_result()

    def _apply_prefill(self) -> None:
        """The measurable criteria from the month's orders: set in the boxes and said under them, and kept
        in the notes on saving, so that the dossier shows what was prefilled even after an edit."""
        if self.prefill is None:
            return
        parts = []
        for item in self.prefill.criteria:
            spin = self.score_boxes.get(item.code)
            if spin is None:
                continue
            spin.setValue(min(float(item.points), spin.maximum()))
            parts.append(self.tr("{name} {measure} → {points} points").format(
                name=self._criterion_name(item.code), measure=self._measure_text(item.code, item.measure),
                points=points(item.points)))
        if parts:
            self.hint.setText(self.tr("Prefilled from the orders of {month}: {items}. Change what you judge differently.")
                              .format(month=f"{self.prefill.month:%Y-%m}", items=self.tr("; ").join(parts)))
            self._prefill_note = self.tr("Prefilled from the orders of {month}: {items}.").format(
                month=f"{self.prefill.month:%Y-%m}", items=self.tr("; ").join(parts))

    def _criterion_name(self, code: str) -> str:
        return next((c.name for c in self.criteria if c.code == code), code)

    def _measure_text(self, code: str, measure: Decimal) -> str:
        if code == "monthly_cartons":
            return self.tr("{n} cartons").format(n=f"{measure:.0f}")
        if code == "class1_share":
            return f"{measure:.1f}%"
        return f"¥{measure:.2f}"

    # --- what the user entered -------------------------------------------------------------------

    def scores(self) -> dict[str, Decimal]:
        return {code: Decimal(f"{spin.value():.1f}") for code, spin in self.score_boxes.items()}

    def evaluated_on(self) -> date:
        return self.date.date().toPython()  # type: ignore[return-value]  # toPython() is typed object

    def grade(self) -> str:
        return str(self.integrity.currentData() or "")

    def value(self) -> int | None:
        return None if self.value_points.value() == NO_VALUE else self.value_points.value()

    def total(self) -> Decimal:
        return sum(self.scores().values(), Decimal(0))

    def _update_result(self) -> None:
        total = self.total()
        maximum = sum((c.max_score for c in self.criteria), Decimal(0))
        stars = star_level_for(total)
        self.total_label.setText(self.tr("{total} of {max} points").format(total=points(total), max=points(maximum)))
        self.stars_label.setText(star_text(stars))
        self.code_label.setText(self.tr("Result code: {code}").format(code=result_code(stars, self.grade(), self.value())))

    # --- saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        self._show_errors([])
        self.save_button.setEnabled(False)
        ctx, customer_id = self._ctx, self._customer_id
        on, scores, grade, value, notes = (self.evaluated_on(), self.scores(), self.grade(), self.value(),
                                           self.notes.toPlainText().strip())
        if self._prefill_note:
            notes = f"{notes}\n{self._prefill_note}".strip()
        self._runner.submit(
            lambda: record_star_evaluation(ctx.uow(), customer_id, on, scores, grade, value, notes),
            self._saved,
            self._failed,
        )

    def _saved(self, evaluation: StarEvaluation) -> None:
        self.saved_evaluation = evaluation
        self.saved.emit(evaluation)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self._show_errors(exc.errors)
        else:
            QMessageBox.warning(self, self.tr("Evaluation not saved"), describe_error(exc))

    def _show_errors(self, errors) -> None:
        fields = {e.field for e in errors}
        for code, spin in self.score_boxes.items():
            spin.setProperty("invalid", code in fields)
            _repolish(spin)
        for name, widget in (("integrity_grade", self.integrity), ("value_points", self.value_points)):
            widget.setProperty("invalid", name in fields)
            _repolish(widget)
        self.errors.setText("\n".join(describe_field_error(e) for e in errors))
        self.errors.setVisible(bool(errors))
