"""品牌培育: the plans (open first) and, for the one chosen, its funnel, reorder rate, volume against the
target and its target shops with their stage; New plan and Edit shops open the editor in its place.
Everything loads and writes on the worker; leaving the editor with unsaved edits asks first."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from domain.cultivation.model import CultivationPlan, Stage
from domain.model.products import Product
from domain.read_models import CustomerListRow
from domain.report_catalogue import CultivationRequest
from domain.services.cultivation import PlanDetail, PlanSummary, list_plans, plan_detail, set_closed
from domain.services.customers import list_customers
from domain.services.products import list_products
from gui.analysis.tables import fit_columns, table_for
from gui.common import formatting as fmt
from gui.common.empty_note import EmptyListNote
from gui.common.pdf_output import output_catalogued_report
from gui.common.row_model import ROW_ROLE, RowTableModel
from gui.common.shortcuts import page_shortcut
from gui.common.unsaved import confirm_unsaved
from gui.common.widgets import heading, subtitle
from gui.context import AppContext
from gui.cultivation.models import plan_columns, stage_label, target_columns
from gui.cultivation.plan_editor import PlanEditor
from gui.messages import error_text
from gui.workers import TaskRunner


class CultivationPage(QWidget):
    loaded = Signal()  # the plans list arrived
    open_customer = Signal(int)

    def __init__(self, ctx: AppContext, runner: TaskRunner, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        # settings: every page is built with the window's; this one remembers nothing
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.detail: PlanDetail | None = None
        self.products: list[Product] = []
        self.shops: list[CustomerListRow] = []
        writable = not ctx.read_only_reason
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 12)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)

        self.overview = QWidget()
        page = QVBoxLayout(self.overview)
        page.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Brand cultivation")))
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("New plan"))
        self.new_button.setToolTip(self.tr("Start a cultivation plan for a product (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit plan and shops"))
        self.close_button = QPushButton(self.tr("Close plan"))
        self.print_button = QPushButton(self.tr("Print report…"))
        for b in (self.new_button, self.edit_button, self.close_button, self.print_button):
            top.addWidget(b)
        page.addLayout(top)
        self.subtitle = subtitle(self.tr("Loading…"))
        page.addWidget(self.subtitle)
        split = QSplitter(Qt.Orientation.Vertical)
        self.plans_model: RowTableModel[PlanSummary] = RowTableModel(plan_columns(), self)
        self.plans_view = table_for(self.plans_model, self)
        self.plans_view.setSortingEnabled(False)  # open first, then closed: the service's order
        EmptyListNote(self.plans_view, self.tr("No cultivation plan yet: press New plan to start one."))
        split.addWidget(self.plans_view)
        lower = QWidget()
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 6, 0, 0)
        self.plan_title = heading(self.tr("Target shops"), level=2)
        self.funnel_line = subtitle()
        self.basis_line = subtitle()
        below.addWidget(self.plan_title)
        below.addWidget(self.funnel_line)
        below.addWidget(self.basis_line)
        self.targets_model: RowTableModel = RowTableModel(target_columns(), self)
        self.targets_view = table_for(self.targets_model, self, self._open_shop)
        EmptyListNote(self.targets_view, self.tr("Choose a plan above to see its shops."))
        below.addWidget(self.targets_view, 1)
        shop_row = QHBoxLayout()
        shop_row.addStretch(1)
        self.dossier_button = QPushButton(self.tr("Open dossier"))
        shop_row.addWidget(self.dossier_button)
        below.addLayout(shop_row)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        page.addWidget(split, 1)
        self.stack.addWidget(self.overview)

        self.editor = PlanEditor(ctx, runner)
        self.stack.addWidget(self.editor)

        self.new_button.clicked.connect(self.new_plan)
        self.edit_button.clicked.connect(self.edit_plan)
        self.close_button.clicked.connect(self.toggle_closed)
        self.print_button.clicked.connect(self.print_report)
        self.dossier_button.clicked.connect(self._open_selected_shop)
        self.plans_view.selectionModel().selectionChanged.connect(self._plan_chosen)
        self.targets_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.editor.saved.connect(self._saved)
        self.editor.cancelled.connect(self.back_to_overview)
        page_shortcut(QKeySequence.StandardKey.New, self, self.new_plan)
        self._writable = writable
        self._update_buttons()

    # --- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Shown again (or F5): the plans, the chosen plan and the editor's choices reload."""
        ctx = self._ctx
        self._load_plans()
        self._runner.submit(lambda: (list(list_customers(ctx.uow()).rows), list_products(ctx.uow())),
                            self._references, self._failed)

    def _load_plans(self, wanted: int | None = None) -> None:
        """The plans list; `wanted` (else the plan shown) is chosen again when it is still there."""
        ctx = self._ctx
        self._runner.submit(lambda: list_plans(ctx.uow(), ctx.today()),
                            lambda plans: self._plans_arrived(plans, wanted), self._failed)

    def _references(self, refs: tuple[list[CustomerListRow], list[Product]]) -> None:
        self.shops, self.products = refs
        self.editor.set_references(self.products, self.shops)

    def _plans_arrived(self, plans: list[PlanSummary], wanted: int | None = None) -> None:
        if wanted is None and self.detail is not None:
            wanted = self.detail.summary.plan.id
        self.plans_model.set_rows(plans)
        fit_columns(self.plans_view)
        open_ = sum(1 for p in plans if not p.plan.closed)
        self.subtitle.setText(self.tr(
            "{open} open, {closed} closed. A shop's stage moves with its orders and the stock counted on visits: "
            "推荐 → 上柜 (first order) → 动销 (sells through) → 复购 (orders again) → 稳定.").format(
            open=open_, closed=len(plans) - open_))
        row = next((n for n, p in enumerate(plans) if p.plan.id == wanted), 0 if plans else None)
        if row is not None:
            self.plans_view.selectRow(row)
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.subtitle.setText(error_text(exc))
        self.loaded.emit()

    def selected_plan(self) -> PlanSummary | None:
        rows = self.plans_view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _plan_chosen(self, *_args: object) -> None:
        chosen, ctx = self.selected_plan(), self._ctx
        self._update_buttons()
        if chosen is None or chosen.plan.id is None:
            return
        plan_id = chosen.plan.id
        self._runner.submit(lambda: plan_detail(ctx.uow(), plan_id, ctx.today()), self._detail_arrived, self._failed)

    def _detail_arrived(self, d: PlanDetail) -> None:
        self.detail = d
        s, f = d.summary, d.summary.funnel
        self.plan_title.setText(self.tr("Target shops of {product}").format(product=s.product.name))
        stages = " → ".join(f"{stage_label(st)} {f.at[st]}" for st in Stage)
        self.funnel_line.setText(self.tr("{stages}. Reorder rate {rate} ({reordered} of {listed} listed shops ordered "
                                         "again on a later day).").format(
            stages=stages, rate=fmt.percent(f.reorder_rate) or "—", reordered=f.reached(Stage.REORDERED),
            listed=f.reached(Stage.LISTED)))
        volume = self.tr("{month}: {n} cartons").format(month=fmt.month(s.month), n=fmt.count(s.month_cartons))
        if s.plan.target_cartons:
            volume += self.tr(" of {target} a month").format(target=fmt.count(s.plan.target_cartons))
        listed = self.tr("{n} shops listing it").format(n=s.listed)
        if s.plan.target_shops:
            listed += self.tr(" of {target}").format(target=s.plan.target_shops)
        self.basis_line.setText(self.tr("Volume of the last complete month, {volume}; {listed}; {total} cartons since "
                                        "the start.").format(volume=volume, listed=listed,
                                                             total=fmt.count(s.total_cartons)))
        self.targets_model.set_rows(sorted(d.targets, key=lambda t: (-t.progress.stage, t.row.pinyin)))
        self.targets_view.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # furthest first
        fit_columns(self.targets_view)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_plan()
        self.new_button.setEnabled(self._writable)
        self.edit_button.setEnabled(self._writable and chosen is not None and not chosen.plan.closed)
        self.close_button.setEnabled(self._writable and chosen is not None)
        self.close_button.setText(self.tr("Reopen plan") if chosen and chosen.plan.closed else self.tr("Close plan"))
        self.print_button.setEnabled(chosen is not None and self._ctx.reports is not None)
        self.dossier_button.setEnabled(bool(self.targets_view.selectionModel().selectedRows()))

    # --- acting ----------------------------------------------------------------------------------

    def new_plan(self) -> None:
        if not self._writable or self.showing_editor:
            return
        self.editor.start_new(self._ctx.today())
        self.stack.setCurrentWidget(self.editor)

    def edit_plan(self) -> None:
        if self.detail is None or not self._writable or self.detail.summary.plan.closed:
            return
        self.editor.start_edit(self.detail)
        self.stack.setCurrentWidget(self.editor)

    def toggle_closed(self) -> None:
        chosen, ctx = self.selected_plan(), self._ctx
        if chosen is None or chosen.plan.id is None:
            return
        plan_id, closed = chosen.plan.id, not chosen.plan.closed
        self._runner.submit(lambda: set_closed(ctx.uow(), plan_id, closed), lambda _r: self._load_plans(plan_id), self._failed)

    def print_report(self) -> None:
        chosen, reports = self.selected_plan(), self._ctx.reports
        if chosen is None or chosen.plan.id is None or reports is None:
            return
        request = CultivationRequest(chosen.plan.id, self._ctx.today(), chosen.product.name)
        output_catalogued_report(self, self._runner, self.tr("Cultivation report"), reports, self._ctx.uow, request)

    def _open_shop(self, row: object) -> None:
        target = getattr(row, "row", None)
        if target is not None:
            self.open_customer.emit(target.target.customer_id)

    def _open_selected_shop(self) -> None:
        rows = self.targets_view.selectionModel().selectedRows()
        if rows:
            self._open_shop(rows[0].data(ROW_ROLE))

    @property
    def showing_editor(self) -> bool:
        return self.stack.currentWidget() is self.editor

    def back_to_overview(self) -> None:
        if self.showing_editor and not confirm_unsaved(self, [self], self.tr("Leaving the plan")):
            return
        self.editor.dirty = False
        self.stack.setCurrentWidget(self.overview)

    def _saved(self, plan: CultivationPlan) -> None:
        self.stack.setCurrentWidget(self.overview)
        self._load_plans(plan.id)

    # --- unsaved work (the window asks before it closes) ---------------------------------------------

    def unsaved_work(self) -> list[str]:
        if not (self.showing_editor and self.editor.dirty):
            return []
        plan = self.editor.plan
        if plan is None:
            chosen = self.editor.product.currentData()
            name = next((p.name for p in self.editor.products if p.id == chosen), "")
        else:
            name = self.detail.summary.product.name if self.detail else ""
        return [self.tr("Cultivation plan of {product}").format(product=name)]

    def save_unsaved(self) -> bool:
        return self.editor.save_now()

    def discard_unsaved(self) -> None:
        self.editor.dirty = False
