"""客户筛选: the criteria, Screen, the matching shops ticked (untick by hand), and Save as invitees. The
choice is the domain's (domain/salons/screening.py); this tab only gathers the criteria and shows it."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from domain.read_models import CustomerListRow
from domain.salons.model import EventWithInvitees
from domain.salons.screening import Criteria, Screening
from domain.services.cultivation import PlanSummary
from domain.services.salons import ListSaved, save_target_list, screen_shops
from domain.visits.planning_views import route_key
from gui.analysis.tables import fit_columns
from gui.common import formatting as fmt
from gui.common.fields import number_or_none, optional_number
from gui.common.ticked_shops import TickedShopsPanel, TickList
from gui.common.widgets import heading
from gui.salons.do_not_invite import DoNotInviteDialog
from gui.salons.models import ScreenedModel
from gui.tiers.labels import TIERS, tier_label

if TYPE_CHECKING:
    from gui.salons.event_view import EventView


class ScreeningTab(QWidget):
    def __init__(self, host: EventView) -> None:
        super().__init__(host)
        self._host = host
        self.screening: Screening | None = None
        self.dialog: DoNotInviteDialog | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 8, 8, 8)
        row.addWidget(self._criteria_panel())

        right = QVBoxLayout()
        self.model = ScreenedModel(self)
        self.panel = TickedShopsPanel(self.model, self.tr("Set the criteria and press Screen."))
        self.count_label, self.warning, self.left_out = self.panel.count_label, self.panel.warning, self.panel.left_out
        self.view, self.tick_all, self.untick_all = self.panel.view, self.panel.tick_all, self.panel.untick_all
        right.addWidget(self.panel, 1)
        self.save_button = QPushButton(self.tr("Save as invitees"))
        self.save_button.setToolTip(self.tr("The ticked shops become the event's list: new ones are added as not "
                                            "yet invited, unticked ones leave it unless already invited"))
        self.panel.buttons.addWidget(self.save_button)
        row.addLayout(right, 1)
        self.save_button.clicked.connect(self.save_list)
        self.model.ticks_changed.connect(self._show_count)
        self._show_count()

    def _criteria_panel(self) -> QWidget:
        panel = QWidget()
        form = QFormLayout(panel)
        form.setContentsMargins(0, 0, 6, 0)
        self.segments = TickList()
        form.addRow(self.tr("Segments:"), self.segments)
        grades = QHBoxLayout()
        self.grade_min = optional_number(99, self.tr("any"))
        self.grade_max = optional_number(99, self.tr("any"))
        grades.addWidget(self.grade_min)
        grades.addWidget(QLabel(self.tr("to")))
        grades.addWidget(self.grade_max)
        form.addRow(self.tr("Grade:"), grades)
        stars = QHBoxLayout()
        self.stars = {n: QCheckBox(str(n)) for n in range(1, 6)}
        for box in self.stars.values():
            stars.addWidget(box)
        stars.addStretch(1)
        form.addRow(self.tr("Stars:"), stars)
        tiers = QGridLayout()
        self.tiers = {t.value: QCheckBox(tier_label(t)) for t in TIERS}
        for n, box in enumerate(self.tiers.values()):
            tiers.addWidget(box, n // 2, n % 2)
        form.addRow(self.tr("Value tiers:"), tiers)
        self.tags = TickList()
        form.addRow(self.tr("Tags (any):"), self.tags)
        self.routes = TickList()
        form.addRow(self.tr("Routes:"), self.routes)
        self.lacking = QCheckBox(self.tr("Only shops not yet listing the featured products"))
        self.lacking.setToolTip(self.tr("Bought none of the event's featured products in the last three months"))
        form.addRow(self.lacking)
        self.not_visited = optional_number(365, self.tr("any time"), self.tr(" days"))
        form.addRow(self.tr("Not visited in:"), self.not_visited)
        self.attended = QComboBox()
        self.attended.addItem(self.tr("Any"), None)
        self.attended.addItem(self.tr("Attended a salon before"), True)
        self.attended.addItem(self.tr("Never attended"), False)
        form.addRow(self.tr("Previous salons:"), self.attended)
        self.cultivation = QComboBox()
        self.cultivation.addItem(self.tr("Any shop"), None)
        self.cultivation.setToolTip(self.tr("Only the target shops of a brand cultivation plan (品牌培育)"))
        form.addRow(self.tr("Cultivation plan:"), self.cultivation)
        self.follow_plans = QCheckBox(self.tr("Follow the tiers' care plans"))
        self.follow_plans.setToolTip(self.tr("Leave out the value tiers whose care plan does not invite to salons"))
        self.follow_plans.setChecked(True)
        form.addRow(self.follow_plans)
        actions = QHBoxLayout()
        self.screen_button = QPushButton(self.tr("Screen"))
        self.screen_button.setDefault(True)
        self.do_not_invite_button = QPushButton(self.tr("Do-not-invite list…"))
        actions.addWidget(self.screen_button)
        actions.addWidget(self.do_not_invite_button)
        form.addRow(actions)
        self.screen_button.clicked.connect(self.run_screening)
        self.do_not_invite_button.clicked.connect(self.open_do_not_invite)
        area = QScrollArea()
        area.setWidget(panel)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFixedWidth(min(panel.sizeHint().width() + 24, 350))  # the shops list needs the room
        panel_box = QWidget()
        column = QVBoxLayout(panel_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(self.tr("Criteria"), level=2))
        column.addWidget(area, 1)
        return panel_box

    # --- what the host shows ---------------------------------------------------------------------

    def set_shops(self, shops: Sequence[CustomerListRow]) -> None:
        """The choices the workspace has: its segments, tags and routes."""
        active = [s for s in shops if s.status == "active"]
        self.segments.set_choices(sorted({s.segment for s in active if s.segment}))
        self.tags.set_choices(sorted({t for s in active for t in s.tags}))
        self.routes.set_choices(sorted({s.route for s in active if s.route}, key=route_key))

    def set_cultivation_plans(self, plans: Sequence[PlanSummary]) -> None:
        """The open cultivation plans a screening can start from."""
        kept = self.cultivation.currentData()
        self.cultivation.clear()
        self.cultivation.addItem(self.tr("Any shop"), None)
        for p in plans:
            if not p.plan.closed:
                self.cultivation.addItem(self.tr("{product} ({n} shops)").format(product=p.product.name,
                                                                                  n=p.funnel.shops), p.plan.id)
        self.cultivation.setCurrentIndex(max(0, self.cultivation.findData(kept)) if kept is not None else 0)

    def show_event(self, data: EventWithInvitees) -> None:
        self.model.listed = {i.invitation.customer_id for i in data.invitees}
        if self.model.rows:
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(
                len(self.model.rows) - 1, self.model.columnCount() - 1), [Qt.ItemDataRole.DisplayRole])
        self.lacking.setEnabled(bool(data.event.product_ids))
        if not data.event.product_ids:
            self.lacking.setChecked(False)
        self._show_count()

    def criteria(self) -> Criteria:
        return Criteria(
            segments=self.segments.ticked(),
            grade_min=number_or_none(self.grade_min), grade_max=number_or_none(self.grade_max),
            stars=frozenset(n for n, box in self.stars.items() if box.isChecked()),
            value_tiers=frozenset(v for v, box in self.tiers.items() if box.isChecked()),
            tags=self.tags.ticked(), routes=self.routes.ticked(),
            lacking_featured=self.lacking.isChecked() and self.lacking.isEnabled(),
            not_visited_days=number_or_none(self.not_visited),
            attended_before=self.attended.currentData(),
            follow_tier_plans=self.follow_plans.isChecked(),
            cultivation_plan=self.cultivation.currentData())

    # --- screening and saving --------------------------------------------------------------------

    def run_screening(self) -> None:
        event_id, ctx, criteria = self._host.event_id, self._host.ctx, self.criteria()
        if event_id is None:
            return
        self._host.act(lambda: screen_shops(ctx.uow(), event_id, criteria, ctx.today()), self._screened,
                       reload=False)

    def _screened(self, screening: Screening) -> str:
        self.screening = screening
        self.model.set_rows(screening.chosen)
        fit_columns(self.view)
        parts = []
        if screening.left_out_do_not_invite:
            parts.append(self.tr("{n} left out by the do-not-invite list").format(n=screening.left_out_do_not_invite))
        if screening.left_out_tier_plan:
            parts.append(self.tr("{n} left out by the tiers' care plans").format(n=screening.left_out_tier_plan))
        self.left_out.setText(" · ".join(parts))
        return self.tr("{n} shops match the criteria.").format(n=fmt.count(len(screening.chosen)))

    def _show_count(self) -> None:
        capacity = self._host.data.event.capacity if self._host.data is not None else None
        ticked = len(self.model.ticked_ids())
        if self.screening is None:
            self.warning.clear()
            self.save_button.setEnabled(False)
            return
        self.count_label.setText(self.tr("{n} / {capacity} ticked").format(n=fmt.count(ticked), capacity=capacity)
                                 if capacity else self.tr("{n} ticked (no capacity set)").format(n=fmt.count(ticked)))
        over = ticked - capacity if capacity else 0
        self.warning.setText(self.tr("{n} more than the event's capacity: untick some, or raise the capacity in "
                                     "Preparation.").format(n=over) if over > 0 else "")
        self.save_button.setEnabled(self._host.writable)

    def save_list(self) -> None:
        event_id, ctx, ids = self._host.event_id, self._host.ctx, self.model.ticked_ids()
        if event_id is None or self.screening is None:
            return

        def saved(result: ListSaved) -> str:
            return self.tr("Invitees saved: {added} added, {removed} taken off, {kept} kept because they were "
                           "already invited.").format(added=result.added, removed=result.removed, kept=result.kept)

        self._host.act(lambda: save_target_list(ctx.uow(), event_id, ids), saved)

    def open_do_not_invite(self) -> DoNotInviteDialog:
        dialog = DoNotInviteDialog(self._host.ctx, self._host.runner, self._host.shops, self,
                                   on_error=self._host.refused)
        dialog.changed.connect(self._host.reload)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog
