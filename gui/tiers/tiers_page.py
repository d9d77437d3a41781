"""分层分级: one month's grades and value tiers. Recompute with a preview (Apply or Cancel) and undo the
latest; the distribution by grade and by tier; the value × loyalty quadrant beside the tiers' care plans;
the month's 升档 / 降档; the shop list with manual overrides. Everything loads and writes on the worker."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.report_catalogue import TiersRequest
from domain.services import tiers as service
from domain.services.tier_report import StarDrop
from domain.services.tiers import Movement, Quadrant, TierListRow
from domain.tiers.model import RecomputeBatch, TierKind
from domain.tiers.recompute import Proposal
from gui.analysis.tables import fit_columns, table_for
from gui.common import formatting as fmt
from gui.common.data_events import CUSTOMERS
from gui.common.pdf_output import output_catalogued_report
from gui.common.remembered import remembered_month
from gui.common.row_model import RowTableModel
from gui.common.widgets import month_title_bar
from gui.context import AppContext
from gui.messages import error_text
from gui.tiers.care_plan import CarePlanPanel
from gui.tiers.charts import GradeChart, TierChart
from gui.tiers.dialogs import OverrideDialog, RecomputePreviewDialog
from gui.tiers.labels import kind_label
from gui.tiers.page_data import PageData, contribution_title, load_page
from gui.tiers.quadrant import QuadrantView
from gui.tiers.shop_list import ShopListPanel, pinned_ids
from gui.tiers.tables import movement_columns, star_drop_columns
from gui.workers import TaskRunner

MONTH_KEY = "tiers/month"


class TiersPage(QWidget):
    loaded = Signal()
    open_customer = Signal(int)
    applied = Signal(object)  # the RecomputeBatch
    undone = Signal(object)
    preview_shown = Signal(object)  # the RecomputePreviewDialog, open
    override_saved = Signal()
    report_written = Signal(str)  # the printed report's PDF file, before it is opened

    def __init__(self, ctx: AppContext, runner: TaskRunner, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._settings = settings or QSettings()
        self._generation = 0
        self._writable = not ctx.read_only_reason
        self.data: PageData | None = None
        self.months: list[date] = []
        self.preview_dialog: RecomputePreviewDialog | None = None
        self.override_dialog: OverrideDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 12)
        layout.setSpacing(8)
        top, self.month_box = month_title_bar(self.tr("Grades and value tiers"), self.tr("Month:"),
                                              self.tr("Months with order data, newest first"))
        self.month_box.activated.connect(self._month_chosen)
        self.recompute_button = QPushButton(self.tr("Recompute…"))
        self.recompute_button.setToolTip(self.tr("Compute every shop's grade and value tier for the month from "
                                                 "its orders; you see who moves before anything is written"))
        self.recompute_button.clicked.connect(self.recompute)
        self.undo_button = QPushButton(self.tr("Undo last recompute"))
        self.undo_button.setToolTip(self.tr("Put back every shop's grade and tier as they were before it"))
        self.undo_button.clicked.connect(self.undo_last)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button = QPushButton(self.tr("Print tiers report"))
        self.print_button.setToolTip(self.tr("The month's 分层分级报告 as an A4 PDF: distribution, movements "
                                             "with their reasons, the quadrant, the care plans"))
        self.print_button.setVisible(ctx.offers(TiersRequest))
        self.print_button.clicked.connect(self.print_report)
        for button in (self.recompute_button, self.undo_button, self.refresh_button, self.print_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.subtitle = QLabel(self.tr("Loading…"))
        self.subtitle.setObjectName("PageSubtitle")
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)
        self.status_bar = QFrame()
        self.status_bar.setObjectName("UndoBar")
        status_row = QHBoxLayout(self.status_bar)
        status_row.setContentsMargins(10, 4, 6, 4)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_undo = QPushButton(self.tr("Undo this recompute"))
        self.status_undo.clicked.connect(self.undo_last)
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.status_undo)
        self.status_bar.hide()
        layout.addWidget(self.status_bar)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_tabs()
        self._set_buttons(busy=True)

    # --- the tabs --------------------------------------------------------------------------------

    def _build_tabs(self) -> None:
        charts = QWidget()
        row = QHBoxLayout(charts)
        row.setContentsMargins(6, 6, 6, 6)
        self.grade_chart = GradeChart()
        self.tier_chart = TierChart()
        row.addWidget(self.grade_chart, 3)
        row.addWidget(self.tier_chart, 2)
        self.tabs.addTab(charts, self.tr("Distribution"))

        matrix = QWidget()
        row = QHBoxLayout(matrix)
        row.setContentsMargins(6, 6, 6, 6)
        self.quadrant = QuadrantView()
        self.care_plan = CarePlanPanel()
        self.care_plan.setFixedWidth(300)
        row.addWidget(self.quadrant, 1)
        row.addWidget(self.care_plan)
        self.quadrant.customer_clicked.connect(self.open_customer)
        self.quadrant.tier_clicked.connect(self.care_plan.select)
        self.care_plan.tier_selected.connect(self.quadrant.select_tier)
        self.tabs.addTab(matrix, self.tr("Value × loyalty"))

        self.movement_model: RowTableModel[Movement] = RowTableModel(movement_columns(), self)
        self.movement_view = table_for(self.movement_model, self, self._open_row)
        moves = QWidget()
        column = QVBoxLayout(moves)
        column.setContentsMargins(6, 6, 6, 6)
        self.movement_note = QLabel()
        self.movement_note.setObjectName("PageSubtitle")
        self.movement_note.setWordWrap(True)
        column.addWidget(self.movement_note)
        column.addWidget(self.movement_view, 2)
        self.star_drop_model: RowTableModel[StarDrop] = RowTableModel(star_drop_columns(), self)
        self.star_drop_view = table_for(self.star_drop_model, self, self._open_row)
        self.star_drop_note = QLabel()
        self.star_drop_note.setObjectName("PageSubtitle")
        self.star_drop_note.setWordWrap(True)
        column.addWidget(self.star_drop_note)
        column.addWidget(self.star_drop_view, 1)
        self.tabs.addTab(moves, self.tr("Movements"))

        self.shops = ShopListPanel()
        self.shops.writable = self._writable
        self.shops.open_customer.connect(self.open_customer)
        self.shops.adjust_requested.connect(self.adjust)
        self.shops.unpin_requested.connect(self.unpin)
        self.tabs.addTab(self.shops, self.tr("Shops"))

    def _open_row(self, row: object) -> None:
        customer_id = getattr(row, "customer_id", None)
        if customer_id is not None:
            self.open_customer.emit(customer_id)

    # --- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        uow, wanted = self._ctx.uow, self._chosen_month()
        self._submit(lambda: load_page(uow, wanted), self._arrived)

    def show_month(self, month: date) -> None:
        self._settings.setValue(MONTH_KEY, month.isoformat())
        uow = self._ctx.uow
        self._submit(lambda: load_page(uow, month), self._arrived)

    def _submit(self, work: Callable[[], Any], done: Callable[[Any], None],
                failed: Callable[[BaseException], None] | None = None) -> None:
        self._generation += 1
        generation = self._generation
        self._set_buttons(busy=True)
        self._runner.submit(work, lambda result: self._deliver(generation, done, result),
                            lambda exc: self._deliver(generation, failed or self._failed, exc))

    def _deliver(self, generation: int, handler: Callable[[Any], None], value: Any) -> None:
        if generation != self._generation:
            return  # a newer load or action superseded this one
        self._set_buttons(busy=False)
        handler(value)

    def _chosen_month(self) -> date | None:
        return remembered_month(self._settings, MONTH_KEY)

    def _month_chosen(self, index: int) -> None:
        if 0 <= index < len(self.months):
            self.show_month(self.months[index])

    def _failed(self, exc: BaseException) -> None:
        self.subtitle.setText(error_text(exc))
        self.loaded.emit()

    def _set_buttons(self, busy: bool) -> None:
        data = self.data
        has_month = data is not None and data.month is not None
        self.recompute_button.setEnabled(not busy and has_month and self._writable)
        self.undo_button.setEnabled(not busy and data is not None and data.undoable is not None and self._writable)
        self.status_undo.setEnabled(self.undo_button.isEnabled())
        self.refresh_button.setEnabled(not busy)
        self._set_row_buttons(busy)

    def _set_row_buttons(self, busy: bool = False) -> None:
        self.shops.busy = busy
        self.shops.update_buttons()

    # --- showing ---------------------------------------------------------------------------------

    def _arrived(self, data: PageData) -> None:
        self.data = data
        self._fill_months(data.months, data.month)
        self.shops.set_grades(data.grade_scheme.grades)
        self._set_buttons(busy=False)
        if data.month is None:
            self.subtitle.setText(self.tr("No order data yet: import order lines, then recompute a month."))
            self._show_lists(data)
            self.loaded.emit()
            return
        graded = sum(1 for r in data.rows if r.grade is not None)
        if graded:
            self.subtitle.setText(self.tr(
                "{month}: {graded} of {shops} shops graded ({grades} grades) · {moves} movements").format(
                month=fmt.month(data.month), graded=fmt.count(graded), shops=fmt.count(len(data.rows)),
                grades=data.grade_scheme.grades, moves=fmt.count(len(data.movements))))
        else:
            self.subtitle.setText(self.tr(
                "{month}: no grades or tiers for this month yet. Recompute it to grade the {shops} shops.").format(
                month=fmt.month(data.month), shops=fmt.count(len(data.rows))))
        self._show_lists(data)
        self.loaded.emit()

    def _show_lists(self, data: PageData) -> None:
        self.grade_chart.set_counts(data.grade_counts, data.grade_scheme.grades)
        self.tier_chart.set_counts(data.tier_counts)
        quadrant = data.quadrant or Quadrant((), data.tier_scheme.contribution_threshold, data.tier_scheme.loyalty_threshold)
        self.quadrant.set_quadrant(quadrant, contribution_title(data.tier_scheme, data.contribution_field))
        self.care_plan.set_scheme(data.tier_scheme, data.tier_counts)
        self.movement_model.set_rows(data.movements)
        ups = sum(1 for m in data.movements if m.direction == "up")
        self.movement_note.setText(self.tr(
            "Shops whose grade or value tier differs from the month before: {up} up, {down} down. "
            "Double-click a row or press Enter to open the dossier.").format(
            up=fmt.count(ups), down=fmt.count(len(data.movements) - ups)))
        self.star_drop_model.set_rows(data.star_drops)
        self.star_drop_note.setText(self.tr(
            "Fallen stars: {n} shops whose latest star evaluation of the month (for the newest month, up to "
            "today) has fewer stars than the one before it.").format(n=fmt.count(len(data.star_drops)))
            if data.star_drops else self.tr(
            "Fallen stars: no shop's star evaluation of the month fell below the one before it."))
        self.shops.set_rows(data.rows)
        fit_columns(self.movement_view)
        fit_columns(self.star_drop_view)
        self.tabs.setTabText(2, self.tr("Movements ({n}) · Fallen stars ({m})").format(
            n=fmt.count(len(data.movements)), m=fmt.count(len(data.star_drops))))
        self._set_row_buttons()

    def _fill_months(self, months: list[date], current: date | None) -> None:
        self.months = months
        self.month_box.blockSignals(True)
        self.month_box.clear()
        for m in months:
            self.month_box.addItem(fmt.month(m), m.isoformat())
        if current is not None and current in months:
            self.month_box.setCurrentIndex(months.index(current))
        self.month_box.blockSignals(False)
        self.month_box.setEnabled(bool(months))

    @property
    def month(self) -> date | None:
        return None if self.data is None else self.data.month

    def print_report(self) -> None:
        reports, month = self._ctx.reports, self.month
        if reports is None or month is None:
            return
        self.print_button.setEnabled(False)
        output_catalogued_report(self, self._runner, self.tr("Print tiers report"), reports, self._ctx.uow,
                                 TiersRequest(month, self._ctx.today()), on_done=self._report_ready,
                                 on_settled=lambda: self.print_button.setEnabled(True))

    def _report_ready(self, path: Path | None) -> None:
        self.print_button.setEnabled(True)
        if path is not None:
            self.report_written.emit(str(path))

    # --- recompute, apply, undo --------------------------------------------------------------------

    def recompute(self) -> None:
        """Preview the month's recompute on the worker, then show what moves with Apply / Cancel."""
        month = self.month
        if month is None or not self._writable:
            return
        uow = self._ctx.uow
        self._say(self.tr("Computing {month}…").format(month=fmt.month(month)), undo=False)
        self._submit(lambda: service.preview_recompute(uow(), month), self._preview_ready, self._action_failed)

    def _preview_ready(self, proposal: Proposal) -> None:
        self.status_bar.hide()
        dialog = RecomputePreviewDialog(proposal, self)
        dialog.accepted.connect(lambda: self.apply(proposal.month))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.preview_dialog = dialog
        dialog.open()
        self.preview_shown.emit(dialog)

    def apply(self, month: date) -> None:
        ctx = self._ctx
        self._say(self.tr("Applying the recompute of {month}…").format(month=fmt.month(month)), undo=False)
        self._submit(lambda: service.apply_recompute(ctx.uow(), month, ctx.now()), self._applied, self._action_failed)

    def _applied(self, result: tuple[RecomputeBatch, Proposal]) -> None:
        batch, proposal = result
        self._say(self.tr("Recompute of {month} applied: {summary}.").format(
            month=fmt.month(batch.month), summary=self._summary(proposal)), undo=True)
        self.applied.emit(batch)
        self._reload_after_write()

    def _summary(self, proposal: Proposal) -> str:
        parts = []
        for kind in TierKind:
            tally = proposal.counts.get(kind, Counter())
            parts.append(self.tr("{kind} {up} up, {down} down, {same} unchanged, {new} new").format(
                kind=kind_label(kind), up=tally["up"], down=tally["down"], same=tally["same"], new=tally["new"]))
        return "; ".join(parts)

    def undo_last(self) -> None:
        data = self.data
        if data is None or data.undoable is None or data.undoable.id is None or not self._writable:
            return
        ctx, batch_id = self._ctx, data.undoable.id
        self._say(self.tr("Undoing the recompute…"), undo=False)
        self._submit(lambda: service.undo_recompute(ctx.uow(), batch_id, ctx.now()), self._undone, self._action_failed)

    def _undone(self, batch: RecomputeBatch) -> None:
        self._say(self.tr("The recompute of {month} was undone: every shop's grade and tier are as they were.")
                  .format(month=fmt.month(batch.month)), undo=False)
        self.undone.emit(batch)
        self._reload_after_write()

    def _action_failed(self, exc: BaseException) -> None:
        self._say(error_text(exc), undo=False)

    def _say(self, text: str, undo: bool) -> None:
        self.status_label.setText(text)
        self.status_undo.setVisible(undo)
        self.status_bar.show()

    def _reload_after_write(self) -> None:
        """The lists elsewhere show the current grade and tier: they reload too."""
        self.refresh()
        self._ctx.events.notify(CUSTOMERS)

    # --- the shop list's actions -------------------------------------------------------------------

    def adjust(self, row: TierListRow) -> OverrideDialog | None:
        """手动调整…: the override dialog for `row`; OK saves on the worker and closes it."""
        data = self.data
        if data is None or data.month is None or not self._writable:
            return None
        dialog = OverrideDialog(row, data.grade_scheme.grades, self, on_submit=self._save_override)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.override_dialog = dialog
        dialog.open()
        return dialog

    def _save_override(self, dialog: OverrideDialog) -> None:
        data = self.data
        if data is None or data.month is None or not dialog.note_text:
            return
        ctx, month = self._ctx, data.month
        cid, kind, value, note, pinned = (dialog.row.customer_id, dialog.kind, dialog.value, dialog.note_text,
                                          dialog.pinned.isChecked())
        dialog.ok_button.setEnabled(False)

        def saved(_row: object) -> None:
            dialog.accept()
            self._say(self.tr("{shop}: {kind} set by hand.").format(shop=dialog.row.name, kind=kind_label(kind)),
                      undo=False)
            self.override_saved.emit()
            self._reload_after_write()

        def refused(exc: BaseException) -> None:
            dialog.ok_button.setEnabled(bool(dialog.note_text))
            dialog.show_error(error_text(exc))

        self._submit(lambda: service.override(ctx.uow(), cid, kind, value, month, note, ctx.now(), pinned=pinned),
                     saved, refused)

    def unpin(self, row: TierListRow) -> None:
        """取消固定: the row's pinned overrides are let go; the next recompute sets the shop again."""
        if not self._writable:
            return
        ids, uow = pinned_ids(row), self._ctx.uow

        def work() -> None:
            for assignment_id in ids:
                service.set_pinned(uow(), assignment_id, False)

        def done(_none: object) -> None:
            self._say(self.tr("{shop} is no longer pinned: the next recompute sets it from its orders.").format(
                shop=row.name), undo=False)
            self._reload_after_write()

        self._submit(work, done, self._action_failed)

    def current_tab_title(self) -> str:
        return self.tabs.tabText(self.tabs.currentIndex())

