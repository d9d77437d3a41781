"""沙龙运作: on the event's day and after — the confirmed (and maybe) guests ticked as they come or not, a
walk-in added from the shops on file, and who each guest sat with. The rules refuse a tick before the day;
the refusal is shown, not hidden by disabled buttons, so the manager learns why."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from domain.model.customers import Customer
from domain.read_models import CustomerListRow
from domain.salons.model import Attendance, EventWithInvitees, Invitation, Invitee, Reply
from domain.services import salon_steps as steps
from gui.common.data_events import CUSTOMERS
from gui.salons.invitee_tab import InviteeTab
from gui.salons.models import day_columns
from gui.salons.new_walk_in import NewWalkInDialog
from gui.salons.shop_box import ShopBox

if TYPE_CHECKING:
    from gui.salons.event_view import EventView


def on_the_day_list(data: EventWithInvitees) -> list[Invitee]:
    """Whom the sign-in concerns: the confirmed and the maybes, the walk-ins, and anyone already ticked."""
    return [i for i in data.invitees
            if i.invitation.walk_in or i.invitation.attendance is not Attendance.UNKNOWN
            or i.invitation.reply in (Reply.CONFIRMED, Reply.TENTATIVE)]


class DayTab(InviteeTab):
    def __init__(self, host: EventView) -> None:
        super().__init__(host, day_columns())
        layout = self.box
        ticks = QHBoxLayout()
        self.attended_button = QPushButton(self.tr("Attended"))
        self.absent_button = QPushButton(self.tr("Did not come"))
        ticks.addWidget(self.attended_button)
        ticks.addWidget(self.absent_button)
        ticks.addSpacing(16)
        ticks.addWidget(QLabel(self.tr("Seated with:")))
        self.seated_with = QLineEdit()
        self.seated_with.setPlaceholderText(self.tr("e.g. table 2, beside 张伟便利店"))
        ticks.addWidget(self.seated_with, 1)
        self.seated_button = QPushButton(self.tr("Save seating"))
        ticks.addWidget(self.seated_button)
        layout.addLayout(ticks)
        walk = QHBoxLayout()
        walk.addWidget(QLabel(self.tr("Walk-in:")))
        self.shop = ShopBox()
        walk.addWidget(self.shop, 1)
        self.walk_in_button = QPushButton(self.tr("Add walk-in"))
        self.walk_in_button.setToolTip(self.tr("A shop that came without an invitation; one on the list is ticked "
                                               "as attended instead"))
        walk.addWidget(self.walk_in_button)
        self.new_walk_in_button = QPushButton(self.tr("New shop…"))
        self.new_walk_in_button.setToolTip(self.tr("A walk-in not on file yet: add it to the customers and tick it "
                                                   "as attended"))
        walk.addWidget(self.new_walk_in_button)
        walk.addStretch(1)
        layout.addLayout(walk)
        self.attended_button.clicked.connect(lambda: self.tick(True))
        self.absent_button.clicked.connect(lambda: self.tick(False))
        self.seated_button.clicked.connect(self.save_seating)
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self.new_walk_in_button.clicked.connect(self.add_new_walk_in)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._update_buttons()

    def set_shops(self, shops: Sequence[CustomerListRow]) -> None:
        self.shop.set_shops([s for s in shops if s.status == "active"])

    def show_event(self, data: EventWithInvitees) -> None:
        rows = on_the_day_list(data)
        self.show_rows(rows)
        attended = sum(1 for i in rows if i.invitation.attendance is Attendance.ATTENDED)
        ticked = sum(1 for i in rows if i.invitation.attendance is not Attendance.UNKNOWN)
        walk_ins = sum(1 for i in rows if i.invitation.walk_in)
        days = (data.event.on - self._host.ctx.today()).days
        before = self.tr("The event is in {n} days: attendance is ticked from its day on. ").format(n=days) \
            if days > 0 else ""
        self.summary.setText(before + self.tr("{ticked} of {n} ticked · {attended} attended, {walk_ins} of them "
                                              "walk-ins.").format(ticked=ticked, n=len(rows), attended=attended,
                                                                  walk_ins=walk_ins))
        self._update_buttons()

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.seated_with.setText(chosen[0].invitation.seated_with)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen, writable = self.selected(), self._host.writable
        self.attended_button.setEnabled(bool(chosen) and writable)
        self.absent_button.setEnabled(bool(chosen) and writable)
        self.seated_button.setEnabled(len(chosen) == 1 and writable
                                      and chosen[0].invitation.attendance is Attendance.ATTENDED)
        self.walk_in_button.setEnabled(writable)

    def tick(self, attended: bool) -> None:
        ids = self.selected_ids()
        ctx = self._host.ctx
        if not ids:
            return
        self._host.act(lambda: steps.record_attendance(ctx.uow(), ids, attended, ctx.today()),
                       lambda done: (self.tr("{n} ticked as attended.") if attended
                                     else self.tr("{n} ticked as not come.")).format(n=len(done)))

    def add_walk_in(self) -> None:
        event_id, customer_id, ctx = self._host.event_id, self.shop.customer_id(), self._host.ctx
        if event_id is None:
            return
        if customer_id is None:
            self._host.say(self.tr("Choose the walk-in's shop from the list first."))
            return
        name = self.shop.currentText().split(" · ")[0]

        def added(_inv: object) -> str:
            self.shop.clear_choice()
            return self.tr("{shop} added as attended.").format(shop=name)

        self._host.act(lambda: steps.add_walk_in(ctx.uow(), event_id, customer_id, ctx.today()), added)

    def new_walk_in_dialog(self) -> NewWalkInDialog | None:
        event_id, ctx, host = self._host.event_id, self._host.ctx, self._host
        if event_id is None or not host.writable:
            return None

        def save(shop: Customer, done: Callable[[Invitation], None], failed: Callable[[BaseException], None]) -> None:
            host.runner.submit(lambda: steps.add_new_walk_in(ctx.uow(), event_id, shop, ctx.today()), done, failed)
        return NewWalkInDialog(save, self)

    def add_new_walk_in(self) -> None:
        dialog = self.new_walk_in_dialog()
        if dialog is None or not dialog.exec():
            return
        self.walked_in_new(dialog.customer().name)

    def walked_in_new(self, shop: str) -> None:
        self._host.say(self.tr("{shop} added to the customers and as attended.").format(shop=shop.strip()))
        self._host.reload()
        self._host.changed.emit()
        self._host.ctx.events.notify(CUSTOMERS)

    def save_seating(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1 or chosen[0].invitation.id is None:
            return
        invitation_id, text, ctx = chosen[0].invitation.id, self.seated_with.text(), self._host.ctx
        self._host.act(lambda: steps.record_seating(ctx.uow(), invitation_id, text),
                       lambda _inv: self.tr("Seating of {shop} saved.").format(shop=chosen[0].shop))
