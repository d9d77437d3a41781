"""面谈促成: what came of each attendee's talk — none, listed the product, ordered, referred a shop — with a
note and whether the shop showed interest (which makes a follow-up due)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from domain.salons.model import Attendance, EventWithInvitees, Invitee, Outcome
from domain.services import salon_steps as steps
from gui.salons import labels
from gui.salons.invitee_tab import InviteeTab
from gui.salons.models import outcome_columns

if TYPE_CHECKING:
    from gui.salons.event_view import EventView


def has_outcome(i: Invitee) -> bool:
    inv = i.invitation
    return inv.outcome is not Outcome.NONE or inv.interested or bool(inv.outcome_note)


class OutcomeTab(InviteeTab):
    def __init__(self, host: EventView) -> None:
        super().__init__(host, outcome_columns())
        layout = self.box
        edit = QHBoxLayout()
        edit.addWidget(QLabel(self.tr("Outcome:")))
        self.outcome = QComboBox()
        for o in labels.OUTCOMES:
            self.outcome.addItem(labels.outcome_label(o), o.value)
        edit.addWidget(self.outcome)
        self.interested = QCheckBox(self.tr("Showed interest"))
        self.interested.setToolTip(self.tr("A follow-up visit falls due for a shop that showed interest"))
        edit.addWidget(self.interested)
        edit.addWidget(QLabel(self.tr("Note:")))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. wants two cartons to try"))
        edit.addWidget(self.note, 1)
        self.save_button = QPushButton(self.tr("Save outcome"))
        edit.addWidget(self.save_button)
        layout.addLayout(edit)
        self.save_button.clicked.connect(self.save)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._update_buttons()

    def show_event(self, data: EventWithInvitees) -> None:
        rows = [i for i in data.invitees if i.invitation.attendance is Attendance.ATTENDED]
        self.show_rows(rows)
        done = sum(1 for i in rows if has_outcome(i))
        converted = sum(1 for i in rows if i.invitation.outcome is not Outcome.NONE)
        self.summary.setText(self.tr("{done} of {n} attendees' talks recorded · {converted} converted. Select an "
                                     "attendee to fill in what came of the talk.").format(
            done=done, n=len(rows), converted=converted) if rows else
            self.tr("No attendee yet: tick attendance on the event's day first."))
        self._update_buttons()

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            inv = chosen[0].invitation
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(inv.outcome.value)))
            self.interested.setChecked(inv.interested)
            self.note.setText(inv.outcome_note)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(bool(self.selected()) and self._host.writable)

    def save(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        outcome, note, interested = Outcome(self.outcome.currentData()), self.note.text(), self.interested.isChecked()
        uow = self._host.ctx.uow

        def work() -> int:
            return len(steps.record_outcome(uow(), ids, outcome, note, interested))

        self._host.act(work, lambda n: self.tr("Outcome saved for {n} attendees.").format(n=n))
