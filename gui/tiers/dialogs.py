"""The 分层 page's dialogs: the preview of a recompute (what moves, then Apply or Cancel) and the manual
override of one shop (a grade or a tier, a note that is required, pinned or not)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.model.customers import ValueTier
from domain.services.tiers import TierListRow
from domain.tiers.model import TierKind
from domain.tiers.recompute import DOWN, NEW, SAME, UP, Proposal
from gui.analysis.tables import fit_columns, table_for
from gui.common import formatting as fmt
from gui.common.row_model import RowTableModel
from gui.common.widgets import heading
from gui.tiers.labels import TIERS, direction_label, kind_label, tier_label
from gui.tiers.tables import change_columns

DIRECTIONS = (UP, DOWN, SAME, NEW)


class RecomputePreviewDialog(QDialog):
    """What a recompute of the month would do; nothing is written until Apply."""

    def __init__(self, proposal: Proposal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proposal = proposal
        self.setWindowTitle(self.tr("Recompute {month}").format(month=fmt.month(proposal.month)))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Grades and value tiers for {month}, as the schemes give them now").format(
            month=fmt.month(proposal.month)), level=2))
        counts = QGridLayout()
        counts.setHorizontalSpacing(18)
        self.count_labels: dict[tuple[TierKind, str], QLabel] = {}
        for column, way in enumerate(DIRECTIONS, start=1):
            counts.addWidget(QLabel(f"<b>{direction_label(way)}</b>"), 0, column, Qt.AlignmentFlag.AlignRight)
        for row, kind in enumerate(TierKind, start=1):
            counts.addWidget(QLabel(f"<b>{kind_label(kind)}</b>"), row, 0)
            tally = proposal.counts.get(kind)
            for column, way in enumerate(DIRECTIONS, start=1):
                label = QLabel(fmt.count(tally[way] if tally else 0))
                label.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.count_labels[kind, way] = label
                counts.addWidget(label, row, column)
        counts.setColumnStretch(len(DIRECTIONS) + 1, 1)
        layout.addLayout(counts)
        pinned = sum(1 for c in proposal.changes if c.kept_pinned)
        moved = proposal.moved()
        self.note = QLabel(self.tr("{moved} changes move a shop; {pinned} pinned overrides are kept as they are.")
                           .format(moved=fmt.count(len(moved)), pinned=fmt.count(pinned)))
        self.note.setObjectName("PageSubtitle")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.model: RowTableModel = RowTableModel(change_columns(), self)
        self.model.set_rows(sorted(moved, key=lambda c: (c.kind.value, c.moved, c.shop.license_no)))
        self.view = table_for(self.model, self)
        layout.addWidget(self.view, 1)
        fit_columns(self.view)
        self.buttons = QDialogButtonBox()
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setDefault(True)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def count(self, kind: TierKind, way: str) -> int:
        return int(self.count_labels[kind, way].text().replace(",", "") or 0)


class OverrideDialog(QDialog):
    """Set one shop's grade or value tier by hand. A note is required: OK stays off until one is typed."""

    def __init__(self, row: TierListRow, grades: int, parent: QWidget | None = None,
                 on_submit: Callable[[OverrideDialog], None] | None = None) -> None:
        """`on_submit(dialog)` saves and closes the dialog itself (so that a refusal is shown in it);
        without it OK just accepts."""
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Adjust by hand"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(f"{row.name}  {row.license_no}", level=2))
        grid = QGridLayout()
        self.grade_choice = QRadioButton(self.tr("Grade"))
        self.tier_choice = QRadioButton(self.tr("Value tier"))
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.grade_choice)
        self.kinds.addButton(self.tier_choice)
        self.grade_box = QSpinBox()
        self.grade_box.setRange(1, grades)
        current = int(row.grade.value) if row.grade is not None and row.grade.value.isdigit() else 1
        self.grade_box.setValue(min(max(current, 1), grades))
        self.grade_box.setSuffix(self.tr(" of {n}").format(n=grades))
        self.tier_box = QComboBox()
        for tier in TIERS:
            self.tier_box.addItem(tier_label(tier), tier.value)
        if row.tier is not None:
            self.tier_box.setCurrentIndex(max(0, self.tier_box.findData(row.tier.value)))
        grid.addWidget(self.grade_choice, 0, 0)
        grid.addWidget(self.grade_box, 0, 1)
        grid.addWidget(self.tier_choice, 1, 0)
        grid.addWidget(self.tier_box, 1, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Note (required): why is this shop set by hand?")))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("e.g. the shop moved to a busier street in May"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        layout.addWidget(self.note)
        self.required = QLabel(self.tr("A note is required: it is the only trace of why the shop was set by hand."))
        self.required.setObjectName("FieldError")
        self.required.setWordWrap(True)
        layout.addWidget(self.required)
        self.pinned = QCheckBox(self.tr("Keep at recomputes"))
        self.pinned.setToolTip(self.tr("A recompute keeps this value until you unpin it"))
        self.pinned.setChecked(True)
        layout.addWidget(self.pinned)
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept if on_submit is None else lambda: on_submit(self))
        self.buttons.rejected.connect(self.reject)
        row_of_buttons = QHBoxLayout()
        row_of_buttons.addStretch(1)
        row_of_buttons.addWidget(self.buttons)
        layout.addLayout(row_of_buttons)
        self.grade_choice.toggled.connect(self._kind_changed)
        self.note.textChanged.connect(self._note_changed)
        self.grade_choice.setChecked(True)
        self._note_changed()

    @property
    def kind(self) -> TierKind:
        return TierKind.GRADE if self.grade_choice.isChecked() else TierKind.VALUE_TIER

    @property
    def value(self) -> str:
        if self.kind is TierKind.GRADE:
            return str(self.grade_box.value())
        return str(self.tier_box.currentData() or ValueTier.ORDINARY.value)

    @property
    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def choose(self, kind: TierKind) -> None:
        (self.grade_choice if kind is TierKind.GRADE else self.tier_choice).setChecked(True)

    def _kind_changed(self) -> None:
        grade = self.grade_choice.isChecked()
        self.grade_box.setEnabled(grade)
        self.tier_box.setEnabled(not grade)

    def _note_changed(self) -> None:
        has_note = bool(self.note_text)
        self.ok_button.setEnabled(has_note)
        self.required.setVisible(not has_note)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
