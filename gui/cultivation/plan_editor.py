"""A cultivation plan being made or changed: the product, start, targets and note (errors under the
fields), the proposal of shops by fit (tick, untick, add a shop by hand), and Save. Proposals and saves
run on the worker; a shop added by hand stays in every new proposal."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.cultivation.fit import FitFilter
from domain.cultivation.model import CultivationPlan
from domain.model.products import Product
from domain.read_models import CustomerListRow
from domain.services.cultivation import PlanDetail, Proposal, propose_shops, save_plan
from domain.validation import ValidationFailed
from domain.visits.planning_views import route_key
from gui.analysis.tables import fit_columns
from gui.common import formatting as fmt
from gui.common.fields import FieldRow, number_or_none, optional_number, show_field_errors, to_date, to_qdate
from gui.common.ticked_shops import TickedShopsPanel, TickList
from gui.common.widgets import heading, subtitle
from gui.context import AppContext
from gui.cultivation.models import ProposalModel
from gui.messages import error_text
from gui.workers import TaskRunner


class PlanEditor(QWidget):
    saved = Signal(object)  # the stored CultivationPlan
    cancelled = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.plan: CultivationPlan | None = None  # the stored plan being changed; None: a new one
        self.products: list[Product] = []
        self.shops: list[CustomerListRow] = []
        self.dirty = False
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = heading(self.tr("New cultivation plan"))
        layout.addWidget(self.title)
        layout.addWidget(subtitle(self.tr(
            "Shops are proposed by fit: their price-class mix and average carton value near the product's, in the "
            "segments and routes ticked, among those that do not list it yet. Rationed products are not pushed.")))
        row = QHBoxLayout()
        row.addWidget(self._form(), 0)
        row.addLayout(self._proposal(), 1)
        layout.addLayout(row, 1)

    def _form(self) -> QWidget:
        panel = QWidget()
        panel.setMaximumWidth(360)
        form = QFormLayout(panel)
        form.setContentsMargins(0, 0, 8, 0)
        self.product = QComboBox()
        self.started = QDateEdit()
        self.started.setCalendarPopup(True)
        self.target_shops = optional_number(10_000, self.tr("none"), self.tr(" shops"))
        self.target_cartons = optional_number(1_000_000, self.tr("none"), self.tr(" cartons a month"))
        self.has_target_by = QCheckBox(self.tr("by"))
        self.target_by = QDateEdit()
        self.target_by.setCalendarPopup(True)
        by = QWidget()
        by_row = QHBoxLayout(by)
        by_row.setContentsMargins(0, 0, 0, 0)
        by_row.addWidget(self.has_target_by)
        by_row.addWidget(self.target_by, 1)
        self.note = QLineEdit()
        self.rows = {"product_id": FieldRow(self.product), "started_on": FieldRow(self.started),
                     "target_shops": FieldRow(self.target_shops), "target_cartons": FieldRow(self.target_cartons),
                     "target_by": FieldRow(by), "note": FieldRow(self.note)}
        form.addRow(self.tr("Product:"), self.rows["product_id"])
        form.addRow(self.tr("Start:"), self.rows["started_on"])
        form.addRow(self.tr("Shops listing it:"), self.rows["target_shops"])
        form.addRow(self.tr("Volume:"), self.rows["target_cartons"])
        form.addRow(self.tr("Target date:"), self.rows["target_by"])
        form.addRow(self.tr("Note:"), self.rows["note"])
        self.segments = TickList()
        self.routes = TickList()
        form.addRow(self.tr("Segments:"), self.segments)
        form.addRow(self.tr("Routes:"), self.routes)
        self.propose_button = QPushButton(self.tr("Propose shops"))
        form.addRow(self.propose_button)
        self.add_shop = QComboBox()
        self.add_shop.setEditable(True)
        self.add_shop.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_button = QPushButton(self.tr("Add shop"))
        adding = QHBoxLayout()
        adding.addWidget(self.add_shop, 1)
        adding.addWidget(self.add_button)
        form.addRow(self.tr("By hand:"), adding)
        self.propose_button.clicked.connect(lambda: self.propose())
        self.add_button.clicked.connect(self.add_by_hand)
        for box in (self.target_shops, self.target_cartons):
            box.valueChanged.connect(self._edited)
        self.product.currentIndexChanged.connect(self._edited)
        self.started.dateChanged.connect(self._edited)
        self.target_by.dateChanged.connect(self._edited)
        self.has_target_by.toggled.connect(self._edited)
        self.has_target_by.toggled.connect(self.target_by.setEnabled)
        self.note.textEdited.connect(self._edited)
        return panel

    def _proposal(self) -> QVBoxLayout:
        right = QVBoxLayout()
        self.model = ProposalModel(self)
        self.panel = TickedShopsPanel(self.model)
        self.count_label, self.warning, self.left_out = self.panel.count_label, self.panel.warning, self.panel.left_out
        self.view, self.tick_all, self.untick_all = self.panel.view, self.panel.tick_all, self.panel.untick_all
        right.addWidget(self.panel, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button = QPushButton(self.tr("Save plan"))
        self.save_button.setDefault(True)
        self.panel.buttons.addWidget(self.cancel_button)
        self.panel.buttons.addWidget(self.save_button)
        self.model.ticks_changed.connect(self._ticks_changed)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancelled)
        return right

    # --- what the page hands in ------------------------------------------------------------------

    def set_references(self, products: Sequence[Product], shops: Sequence[CustomerListRow]) -> None:
        self.products = [p for p in products if not p.archived]
        self.shops = [s for s in shops if s.status == "active"]
        self._filling = True
        kept = self.product.currentData()
        self.product.clear()
        for p in sorted(self.products, key=lambda p: p.code):
            label = f"{p.code}  {p.name}" + (self.tr(" (rationed)") if p.is_scarce else "")
            self.product.addItem(label, p.id)
        if kept is not None:
            self.product.setCurrentIndex(max(0, self.product.findData(kept)))
        self.add_shop.clear()
        for s in self.shops:
            self.add_shop.addItem(f"{s.name}  {s.license_no}", s.id)
        self.add_shop.setCurrentIndex(-1)
        self.segments.set_choices(sorted({s.segment for s in self.shops if s.segment}))
        self.routes.set_choices(sorted({s.route for s in self.shops if s.route}, key=route_key))
        self._filling = False

    def start_new(self, today: date) -> None:
        self.plan = None
        self._fill(CultivationPlan(0, today), today)
        self.title.setText(self.tr("New cultivation plan"))
        self.model.set_rows([])
        self.product.setEnabled(True)
        self.dirty = False

    def start_edit(self, detail: PlanDetail) -> None:
        self.plan = detail.summary.plan
        self._fill(self.plan, detail.today)
        self.title.setText(self.tr("Cultivation plan of {product}").format(product=detail.summary.product.name))
        self.product.setEnabled(False)  # a plan stays with its product
        self.dirty = False
        self.propose()

    def _fill(self, p: CultivationPlan, today: date) -> None:
        self._filling = True
        if p.product_id:
            self.product.setCurrentIndex(max(0, self.product.findData(p.product_id)))
        self.started.setDate(to_qdate(p.started_on))
        self.target_shops.setValue(p.target_shops or 0)
        self.target_cartons.setValue(p.target_cartons or 0)
        self.has_target_by.setChecked(p.target_by is not None)
        self.target_by.setEnabled(p.target_by is not None)
        self.target_by.setDate(to_qdate(p.target_by or date(today.year, 12, 31)))
        self.note.setText(p.note)
        self.warning.clear()
        show_field_errors(self.rows, [])
        self._filling = False
        self._ticks_changed()

    def edited_plan(self) -> CultivationPlan:
        base = self.plan or CultivationPlan(0, self.ctx.today())
        return CultivationPlan(
            product_id=base.product_id if self.plan else int(self.product.currentData() or 0),
            started_on=to_date(self.started.date()), target_shops=number_or_none(self.target_shops),
            target_cartons=number_or_none(self.target_cartons),
            target_by=to_date(self.target_by.date()) if self.has_target_by.isChecked() else None,
            note=self.note.text().strip(), closed=base.closed, id=base.id)

    def _edited(self, *_args: object) -> None:
        if not self._filling:
            self.dirty = True

    def _ticks_changed(self) -> None:
        self.count_label.setText(self.tr("{n} shops ticked").format(n=fmt.count(len(self.model.ticked_ids()))))
        if not self._filling and self.model.rows:
            self.dirty = self.dirty or self.model.ticked != {r.customer_id for r in self.model.rows if r.ticked}

    # --- proposing, adding, saving -----------------------------------------------------------------

    def propose(self, hand_added: Sequence[int] | None = None) -> None:
        product_id = self.edited_plan().product_id
        if not product_id:
            return
        ctx, plan_id = self.ctx, self.plan.id if self.plan else None
        hand = list(self.model.by_hand_ids() if hand_added is None else hand_added)
        ticked, unticked = set(self.model.ticked), {r.customer_id for r in self.model.rows} - set(self.model.ticked)
        flt = FitFilter(self.segments.ticked(), self.routes.ticked())
        wanted = number_or_none(self.target_shops)

        def arrived(p: Proposal) -> None:
            self.warning.clear()
            self.left_out.clear()
            self.model.set_rows(p.rows)
            # what the user ticked or unticked by hand stays as they left it
            self.model.set_ticked((self.model.ticked | (ticked & {r.customer_id for r in p.rows})) - unticked
                                  | set(hand))
            fit_columns(self.view)
            if p.left_out_listing:
                self.left_out.setText(self.tr("{n} shops already list it and are not proposed.")
                                     .format(n=p.left_out_listing))

        self.runner.submit(lambda: propose_shops(ctx.uow(), product_id, flt, ctx.today(), plan_id, hand, wanted),
                           arrived, self._refused)

    def add_by_hand(self) -> None:
        cid = self.add_shop.currentData()
        if cid is None or self.add_shop.currentIndex() < 0:
            return
        self.dirty = True
        self.propose([*self.model.by_hand_ids(), int(cid)])

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            leftover = show_field_errors(self.rows, exc.errors)
            self.warning.setText("\n".join(m for k, ms in leftover.items() if k not in self.rows for m in ms))
        else:
            self.warning.setText(error_text(exc))

    def save(self) -> None:
        plan, ctx = self.edited_plan(), self.ctx
        ids, hand = self.model.ticked_ids(), self.model.by_hand_ids()
        show_field_errors(self.rows, [])

        def stored(result: CultivationPlan) -> None:
            self.dirty = False
            self.plan = result
            self.saved.emit(result)

        self.runner.submit(lambda: save_plan(ctx.uow(), plan, ids, ctx.today(), hand), stored, self._refused)

    def save_now(self) -> bool:
        """Save on the GUI thread (the window closing asks); False: refused, the reason under the fields."""
        try:
            result = save_plan(self.ctx.uow(), self.edited_plan(), self.model.ticked_ids(), self.ctx.today(),
                               self.model.by_hand_ids())
        except Exception as exc:  # noqa: BLE001 - shown beside the fields; the edits stay
            self._refused(exc)
            return False
        self.dirty = False
        self.plan = result
        self.saved.emit(result)
        return True
