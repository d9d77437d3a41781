"""工作台概览: the state of the book at a glance — customers, the latest month, today, what is due."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from domain.care.reminders import DueReminder
from domain.messages.care import describe_reminder
from domain.read_models import SegmentCount, WorkspaceOverview
from domain.services.tiers import Movement, movements
from domain.services.workspace import workspace_overview
from gui.common import formatting as fmt
from gui.common.row_model import Column, RowTableModel
from gui.common.widgets import KpiCard, heading, read_only_table
from gui.context import AppContext
from gui.tiers.labels import change_label, direction_label
from gui.workers import TaskRunner


class OverviewPage(QWidget):
    loaded = Signal()
    movements_loaded = Signal()
    show_today = Signal()  # the reminders link: the 今日 page acts on them

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.overview: WorkspaceOverview | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Overview")))
        self.subtitle = QLabel(self.tr("Loading…"))
        self.subtitle.setObjectName("PageSubtitle")
        layout.addWidget(self.subtitle)

        cards = QGridLayout()
        cards.setSpacing(10)
        self.card_customers = KpiCard(self.tr("Customers"))
        self.card_cartons = KpiCard(self.tr("Cartons, latest month"))
        self.card_amount = KpiCard(self.tr("Purchase amount, latest month"))
        self.card_today = KpiCard(self.tr("Visits planned today"))
        self.card_follow_ups = KpiCard(self.tr("Open follow-ups"))
        self.card_products = KpiCard(self.tr("Products"))
        for n, card in enumerate(
            (self.card_customers, self.card_cartons, self.card_amount,
             self.card_today, self.card_follow_ups, self.card_products)
        ):
            cards.addWidget(card, 0, n)
        layout.addLayout(cards)

        self.segment_model: RowTableModel[SegmentCount] = RowTableModel(
            [
                Column(self.tr("Segment"), lambda r: r.segment, self._segment_name),
                Column(self.tr("Customers"), lambda r: r.customers, fmt.count, numeric=True),
                # customers without a segment have no frequency of their own to show
                Column(self.tr("Visit every (days)"), lambda r: r.visit_every_days,
                       lambda v: "—" if v is None else str(v), numeric=True),
            ],
            self,
        )
        self.reminder_model: RowTableModel[DueReminder] = RowTableModel(
            [
                Column(self.tr("Due"), lambda r: r.on, fmt.day),
                Column(self.tr("Customer"), lambda r: r.shop),
                Column(self.tr("Reminder"), lambda r: describe_reminder(r, self._ctx.today(), QCoreApplication.translate)),
            ],
            self,
        )
        self.movement_model: RowTableModel[Movement] = RowTableModel(
            [
                Column(self.tr("Customer"), lambda r: r.name),
                Column(self.tr("Change"), lambda r: r, lambda m: direction_label(m.direction, m.kind)),
                Column(self.tr("From → to"), lambda r: r, lambda m: change_label(m.kind, m.before, m.after)),
            ],
            self,
        )
        tables = QHBoxLayout()
        tables.setSpacing(16)
        for title, model, stretch in (
            (self.tr("Customers by segment"), self.segment_model, 2),
            (self.tr("Care reminders, next 14 days"), self.reminder_model, 3),
            (self.tr("Grade and tier changes, latest month"), self.movement_model, 3),
        ):
            box = QVBoxLayout()
            head = QHBoxLayout()
            head.addWidget(heading(title, level=2), 1)
            if model is self.reminder_model:
                link = self.tr("Act on them on the Today page →")
                self.today_link = QLabel(f'<a href="today">{link}</a>')
                self.today_link.linkActivated.connect(lambda _href: self.show_today.emit())
                head.addWidget(self.today_link)
            box.addLayout(head)
            view = read_only_table(self)
            view.setModel(model)
            box.addWidget(view)
            tables.addLayout(box, stretch)
            if model is self.segment_model:
                self.segment_view = view
            elif model is self.reminder_model:
                self.reminder_view = view
            else:
                self.movement_view = view
        layout.addLayout(tables, 1)

    def _segment_name(self, name: str | None) -> str:
        return self.tr("Unclassified") if name is None else name

    def refresh(self) -> None:
        ctx = self._ctx
        self._runner.submit(lambda: workspace_overview(ctx.uow(), ctx.today()), self._show)

    def _show(self, o: WorkspaceOverview) -> None:
        self.overview = o
        self.card_customers.show_value(
            fmt.count(o.active_customers),
            self.tr("%n archived", "", o.archived_customers) if o.archived_customers else "",
        )
        self.card_products.show_value(fmt.count(o.products))
        self.card_today.show_value(fmt.count(o.planned_today))
        self.card_follow_ups.show_value(fmt.count(o.open_follow_ups))
        latest, previous = o.latest_month, o.previous_month
        if latest is None:
            self.subtitle.setText(self.tr("No order data yet."))
            self.card_cartons.show_value("")
            self.card_amount.show_value("")
        else:
            self.subtitle.setText(
                self.tr("Latest month with orders: {month} · {n} customers ordered").format(
                    month=fmt.month(latest.month), n=fmt.count(latest.customers)
                )
            )
            versus = self.tr("vs previous month {change}")
            self.card_cartons.show_value(
                fmt.count(latest.cartons),
                versus.format(change=fmt.change_pct(latest.cartons, previous.cartons)) if previous else "",
            )
            self.card_amount.show_value(
                fmt.big_money(latest.amount),
                versus.format(change=fmt.change_pct(latest.amount, previous.amount)) if previous else "",
            )
        self.segment_model.set_rows(o.segments)
        self.reminder_model.set_rows(o.upcoming_reminders)
        for view in (self.segment_view, self.reminder_view):
            view.resizeColumnsToContents()
        self.loaded.emit()
        # the movements come after the figures, so that the overview shows as soon as they are there
        if latest is not None:
            ctx, month = self._ctx, latest.month
            self._runner.submit(lambda: movements(ctx.uow(), month), self._show_movements)
        else:
            self._show_movements([])

    def _show_movements(self, moved: list[Movement]) -> None:
        self.movement_model.set_rows(moved)
        self.movement_view.resizeColumnsToContents()
        self.movements_loaded.emit()
