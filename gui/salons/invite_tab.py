"""客户邀约: the event's list with each invitation's channel, date and reply, and what the manager does to a
selection of it — invite, record the reply, take an invitation back, copy the invitation text, or put the
shops on a day's visit plan to invite them there."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from domain.salons.model import EventWithInvitees, Reply
from domain.services import salon_steps as steps
from gui.analysis.tables import fit_columns
from gui.salons import labels
from gui.salons.invitee_tab import InviteeTab
from gui.salons.models import invitee_columns

if TYPE_CHECKING:
    from gui.salons.event_view import EventView


class InviteTab(InviteeTab):
    def __init__(self, host: EventView) -> None:
        super().__init__(host, invitee_columns())
        layout = self.box

        invite = QHBoxLayout()
        invite.addWidget(QLabel(self.tr("Channel:")))
        self.channel = QComboBox()
        for channel in labels.CHANNELS:
            self.channel.addItem(labels.channel_label(channel), channel.value)
        invite.addWidget(self.channel)
        self.invite_button = QPushButton(self.tr("Invite"))
        self.invite_button.setToolTip(self.tr("Mark the selected shops invited today by this channel"))
        invite.addWidget(self.invite_button)
        self.uninvite_button = QPushButton(self.tr("Take back invitation"))
        invite.addWidget(self.uninvite_button)
        self.copy_button = QPushButton(self.tr("Copy invitation text"))
        self.copy_button.setToolTip(self.tr("The invitation of each selected shop, ready to paste into WeChat or "
                                            "a text message"))
        invite.addWidget(self.copy_button)
        invite.addSpacing(16)
        invite.addWidget(QLabel(self.tr("Visit on:")))
        self.visit_day = QDateEdit()
        self.visit_day.setCalendarPopup(True)
        self.visit_day.setDisplayFormat("yyyy-MM-dd")
        invite.addWidget(self.visit_day)
        self.plan_button = QPushButton(self.tr("Invite on that visit"))
        self.plan_button.setToolTip(self.tr("Put the selected shops on that day's visit plan; the day's handbook "
                                            "reminds you to invite them"))
        invite.addWidget(self.plan_button)
        invite.addStretch(1)
        layout.addLayout(invite)

        reply = QHBoxLayout()
        reply.addWidget(QLabel(self.tr("Reply:")))
        self.reply = QComboBox()
        for r in labels.REPLIES:
            self.reply.addItem(labels.reply_label(r), r.value)
        reply.addWidget(self.reply)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (for maybe or declined)"))
        reply.addWidget(self.reason, 1)
        self.reply_button = QPushButton(self.tr("Record reply"))
        reply.addWidget(self.reply_button)
        layout.addLayout(reply)

        self.invite_button.clicked.connect(self.invite)
        self.uninvite_button.clicked.connect(self.uninvite)
        self.copy_button.clicked.connect(self.copy_texts)
        self.plan_button.clicked.connect(self.plan_on_visit)
        self.reply_button.clicked.connect(self.record_reply)
        self.reply.currentIndexChanged.connect(self._update_buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def show_event(self, data: EventWithInvitees) -> None:
        kept = {i.invitation.id for i in self.selected()}
        listed = [i for i in data.invitees if not i.invitation.walk_in]
        self.model.set_rows(listed)
        fit_columns(self.view)
        for row, i in enumerate(listed):
            if i.invitation.id in kept:
                self.view.selectionModel().select(self.model.index(row, 0), self.view.selectionModel().SelectionFlag
                                                  .Select | self.view.selectionModel().SelectionFlag.Rows)
        invited = sum(1 for i in listed if i.invitation.invite.value == "invited")
        replied = sum(1 for i in listed if i.invitation.reply is not Reply.PENDING)
        confirmed = sum(1 for i in listed if i.invitation.reply is Reply.CONFIRMED)
        self.summary.setText(self.tr("{invited} of {listed} invited · {replied} replied · {confirmed} confirmed. "
                                     "Select shops (Ctrl or Shift for several), then act on them.").format(
            invited=invited, listed=len(listed), replied=replied, confirmed=confirmed))
        today = self._host.ctx.today()
        day = max(today, min(today + timedelta(days=1), data.event.on))
        if self.visit_day.date() < QDate(today.year, today.month, today.day) or not self.visit_day.property("set"):
            self.visit_day.setDate(QDate(day.year, day.month, day.day))
            self.visit_day.setProperty("set", True)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        chosen = bool(self.selected()) and self._host.writable
        for b in (self.invite_button, self.uninvite_button, self.plan_button, self.reply_button):
            b.setEnabled(chosen)
        self.copy_button.setEnabled(bool(self.selected()))
        self.reason.setEnabled(Reply(self.reply.currentData()) in (Reply.TENTATIVE, Reply.DECLINED))

    def _act(self, work: Callable[[], Any], done: Callable[[Any], str]) -> None:
        if self.selected_ids():
            self._host.act(work, done)

    def invite(self) -> None:
        ids, ctx = self.selected_ids(), self._host.ctx
        channel = labels.CHANNELS[self.channel.currentIndex()]
        self._act(lambda: steps.invite(ctx.uow(), ids, channel, ctx.today()),
                  lambda done: self.tr("{n} invited ({channel}).").format(n=len(done),
                                                                           channel=labels.channel_label(channel)))

    def uninvite(self) -> None:
        ids, ctx = self.selected_ids(), self._host.ctx
        self._act(lambda: steps.uninvite(ctx.uow(), ids),
                  lambda done: self.tr("{n} invitations taken back.").format(n=len(done)))

    def record_reply(self) -> None:
        ids, ctx = self.selected_ids(), self._host.ctx
        reply, reason = Reply(self.reply.currentData()), self.reason.text()
        self._act(lambda: steps.record_reply(ctx.uow(), ids, reply, ctx.today(), reason),
                  lambda done: self.tr("{n} replies recorded: {reply}.").format(n=len(done),
                                                                                 reply=labels.reply_label(reply)))

    def plan_on_visit(self) -> None:
        ids, ctx = self.selected_ids(), self._host.ctx
        d = self.visit_day.date()
        day = date(d.year(), d.month(), d.day())

        def done(planned: steps.PlannedInvites) -> str:
            self._host.visits_changed()
            return self.tr("{n} shops put on the visit plan of {day}: invite them there.").format(
                n=planned.planned, day=planned.day.isoformat())

        self._act(lambda: steps.plan_invites_on_visits(ctx.uow(), ids, day), done)

    def copy_texts(self) -> None:
        ids, ctx = self.selected_ids(), self._host.ctx
        if not ids:
            return

        def copied(texts: list[str]) -> str:
            QGuiApplication.clipboard().setText("\n\n".join(texts))
            return self.tr("{n} invitation texts copied: paste them into WeChat or a message.").format(n=len(texts))

        self._host.act(lambda: steps.invitation_texts(ctx.uow(), ids), copied, reload=False)
