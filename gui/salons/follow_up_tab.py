"""追踪反馈: the follow-ups (跟进) the event created — a confirmed guest who stayed away, an attendee who
showed interest — with their state as the visits record them, and the event's own feedback: what worked
and what to change next time."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from domain.salons.model import Event, EventWithInvitees, FollowUpState, Invitee
from domain.services import salon_steps as steps
from gui.analysis.tables import fit_columns, table_for
from gui.common.row_model import RowTableModel
from gui.common.widgets import heading, subtitle
from gui.salons.models import follow_up_columns

if TYPE_CHECKING:
    from gui.salons.event_view import EventView


class FollowUpTab(QWidget):
    def __init__(self, host: EventView) -> None:
        super().__init__(host)
        self._host = host
        self._loaded_feedback = ""
        self._event_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.summary = subtitle()
        layout.addWidget(self.summary)
        self._event: Event | None = None
        self.model: RowTableModel[Invitee] = RowTableModel(follow_up_columns(lambda: self._event), self)
        self.view = table_for(self.model, self, self._open)
        layout.addWidget(self.view, 3)
        layout.addWidget(heading(self.tr("Feedback: what worked, what to change"), level=2))
        self.feedback = QPlainTextEdit()
        self.feedback.setTabChangesFocus(True)
        self.feedback.setPlaceholderText(self.tr("e.g. the tasting table worked well; start half an hour later, "
                                                 "shops close at six"))
        layout.addWidget(self.feedback, 2)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(self.tr("Save feedback"))
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.save_button.clicked.connect(self.save)
        self.feedback.textChanged.connect(self._update_buttons)

    def _open(self, row: object) -> None:
        if isinstance(row, Invitee):
            self._host.open_customer.emit(row.invitation.customer_id)

    def show_event(self, data: EventWithInvitees) -> None:
        rows = [i for i in data.invitees if i.invitation.follow_up is not FollowUpState.NOT_NEEDED]
        self._event = data.event
        self.model.set_rows(rows)
        fit_columns(self.view)
        done = sum(1 for i in rows if i.invitation.follow_up is FollowUpState.DONE)
        self.summary.setText(self.tr("{done} of {n} follow-ups done. They are on the shops' records and the visit "
                                     "plans; double-click a row to open the shop.").format(done=done, n=len(rows))
                             if rows else self.tr("No follow-up yet: one falls due for a confirmed guest who did not "
                                                  "come and for an attendee who showed interest."))
        if self._event_id != data.event.id or not self.feedback_changed():
            self.feedback.setPlainText(data.event.feedback)
            self._loaded_feedback = data.event.feedback
        self._event_id = data.event.id
        self._update_buttons()

    def feedback_changed(self) -> bool:
        return self.feedback.toPlainText().strip() != self._loaded_feedback.strip()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.feedback_changed() and self._host.writable)

    def save(self) -> None:
        event_id, text, ctx = self._host.event_id, self.feedback.toPlainText(), self._host.ctx
        if event_id is None:
            return

        def saved(event: object) -> str:
            self._loaded_feedback = getattr(event, "feedback", text)
            self._update_buttons()
            return self.tr("Feedback saved.")

        self._host.act(lambda: steps.save_feedback(ctx.uow(), event_id, text), saved)

    def save_now(self) -> bool:
        """For the window's unsaved-work question: saved before returning."""
        event_id = self._host.event_id
        if event_id is None:
            return True
        try:
            event = steps.save_feedback(self._host.ctx.uow(), event_id, self.feedback.toPlainText())
        except Exception as exc:  # noqa: BLE001 - shown where the work is; the text stays
            self._host.refused(exc)
            return False
        self._loaded_feedback = event.feedback
        self._update_buttons()
        return True

    def discard(self) -> None:
        self.feedback.setPlainText(self._loaded_feedback)
