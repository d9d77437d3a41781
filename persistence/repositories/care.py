"""Customer care (客情维护): reminders, events and their invitations."""
from __future__ import annotations

from sqlalchemy.orm import Session

from domain.model.care import Event, Invitation, Reminder
from persistence.repositories.rows import insert_row, naive_utc
from persistence.tables.care import EventRow, InvitationRow, ReminderRow


class SqlCareRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add_reminder(self, r: Reminder) -> int:
        r.id = insert_row(
            self._s,
            ReminderRow,
            customer_id=r.customer_id,
            kind=r.kind.value,
            title=r.title,
            due_on=r.due_on,
            recurrence=r.recurrence.value,
            lead_days=r.lead_days,
            note=r.note,
            done_on=r.done_on,
        )
        return r.id

    def add_event(self, e: Event) -> int:
        e.id = insert_row(
            self._s,
            EventRow,
            title=e.title,
            kind=e.kind.value,
            starts_at=naive_utc(e.starts_at),
            location=e.location,
            capacity=e.capacity,
            status=e.status.value,
            description=e.description,
        )
        return e.id

    def add_invitation(self, i: Invitation) -> int:
        i.id = insert_row(
            self._s,
            InvitationRow,
            event_id=i.event_id,
            customer_id=i.customer_id,
            status=i.status.value,
            invited_on=i.invited_on,
            responded_on=i.responded_on,
            note=i.note,
        )
        return i.id
