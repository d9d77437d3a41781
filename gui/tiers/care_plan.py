"""Beside the quadrant: the value tiers as a list, and the selected tier's care plan from the value-tier
scheme (service strategy, visit-frequency override, salon invitations)."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from domain.model.customers import ValueTier
from domain.tiers.schemes import TierCarePlan, ValueTierScheme
from gui.common.widgets import heading
from gui.tiers.labels import TIER_COLOURS, TIERS, tier_label


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class CarePlanPanel(QFrame):
    tier_selected = Signal(object)  # ValueTier

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scheme = ValueTierScheme()
        self._counts: dict[ValueTier, int] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Value tiers"), level=2))
        self.tiers = QListWidget()
        self.tiers.setIconSize(QSize(12, 12))
        self.tiers.setMaximumHeight(4 * 28 + 8)
        for tier in TIERS:
            item = QListWidgetItem(_swatch(TIER_COLOURS[tier]), tier_label(tier))
            item.setData(Qt.ItemDataRole.UserRole, tier.value)
            item.setSizeHint(QSize(100, 26))
            self.tiers.addItem(item)
        self.tiers.currentRowChanged.connect(self._row_changed)
        layout.addWidget(self.tiers)
        self.title = heading("", level=2)
        layout.addWidget(self.title)
        self.strategy = QLabel()
        self.strategy.setWordWrap(True)
        self.strategy.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.strategy.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.frequency = QLabel()
        self.frequency.setWordWrap(True)
        self.salons = QLabel()
        self.salons.setWordWrap(True)
        for label in (self.strategy, self.frequency, self.salons):
            layout.addWidget(label)
        self.note = QLabel(self.tr("Click a tier here or in the quadrant's legend to see its care plan; "
                                   "the plans are edited in Settings."))
        self.note.setObjectName("PageSubtitle")
        self.note.setWordWrap(True)
        layout.addStretch(1)
        layout.addWidget(self.note)
        self.tiers.setCurrentRow(0)

    def set_scheme(self, scheme: ValueTierScheme, counts: Mapping[ValueTier, int]) -> None:
        self.scheme, self._counts = scheme, dict(counts)
        for row, tier in enumerate(TIERS):
            item = self.tiers.item(row)
            if item is not None:
                item.setText(self.tr("{tier} · {n} shops").format(tier=tier_label(tier), n=f"{counts.get(tier, 0):,}"))
        self._show(self.current_tier())

    def current_tier(self) -> ValueTier:
        row = self.tiers.currentRow()
        return TIERS[row] if 0 <= row < len(TIERS) else TIERS[0]

    def select(self, tier: ValueTier) -> None:
        self.tiers.setCurrentRow(TIERS.index(tier))

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(TIERS):
            self._show(TIERS[row])
            self.tier_selected.emit(TIERS[row])

    def plan(self) -> TierCarePlan:
        return self.scheme.care_plan(self.current_tier())

    def _show(self, tier: ValueTier) -> None:
        plan = self.scheme.care_plan(tier)
        self.title.setText(self.tr("Care plan: {tier}").format(tier=tier_label(tier)))
        self.strategy.setText(plan.strategy or self.tr("No service strategy written for this tier yet."))
        if plan.visit_every_days:
            self.frequency.setText(self.tr("Visit every {days} days (instead of the segment's frequency)").format(
                days=plan.visit_every_days))
        else:
            self.frequency.setText(self.tr("Visit as often as the shop's segment says"))
        self.salons.setText(self.tr("Invited to salons") if plan.invite_to_salons
                            else self.tr("Not invited to salons"))
