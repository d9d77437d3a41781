"""The visit record form's draft keeper: nothing typed is lost.

A few seconds after an edit the form's record is written as a draft beside the database (ctx.drafts;
None when the workspace keeps no drafts); opening the same visit again finds it; saving the visit or
discarding the draft deletes it. A draft that cannot be read, written or deleted is logged and told
on the form's status line (`message`), and never stops the form.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from domain.ports import DraftStore
from domain.visits.drafts import Draft, DraftUnreadable, draft_key, dump_draft, load_draft
from domain.visits.record import VisitRecord

log = logging.getLogger(__name__)

AUTOSAVE_MS = 3000  # a crash loses at most this much typing


class DraftKeeper(QObject):
    due = Signal()  # the autosave delay after an edit has passed: time to write the draft
    written = Signal()  # a draft was written
    message = Signal(str)  # what the form's status line says about the draft

    def __init__(self, store: DraftStore | None, now: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store, self._now = store, now
        self.key: str | None = None
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.due)

    def open(self, customer_id: int, planned_on: date, visit_id: int | None) -> Draft | None:
        """Keep the drafts of this visit from now on; the draft left of it before, if one can be read."""
        self.key = draft_key(customer_id, planned_on, visit_id)
        if self._store is None:
            return None
        try:
            text = self._store.load(self.key)
            if text is None:
                return None
            draft = load_draft(text)
        except (OSError, ValueError, DraftUnreadable) as exc:
            log.warning("draft %s unreadable: %s", self.key, exc)
            self.message.emit(self.tr("A draft of this visit could not be read and was left as it was."))
            return None
        record = draft.record
        return draft if record.customer_id == customer_id and record.planned_on == planned_on else None

    def edited(self) -> None:
        """The form changed: write the draft when the delay has passed (not once per keystroke)."""
        if not self.autosave.isActive():
            self.autosave.start()

    def stop(self) -> None:
        self.autosave.stop()

    def write(self, record: VisitRecord) -> None:
        """Write the form as it is to its draft file (on the GUI thread: a small file, written whole)."""
        self.autosave.stop()
        if self._store is None or self.key is None:
            return
        now = self._now()
        try:
            self._store.save(self.key, dump_draft(record, now))
        except (OSError, ValueError) as exc:
            log.warning("draft %s not written: %s", self.key, exc)
            self.message.emit(self.tr("The draft could not be written: {error}").format(error=exc))
            return
        self.message.emit(self.tr("Draft kept at {time}").format(time=now.astimezone().strftime("%H:%M:%S")))
        self.written.emit()

    def discard(self) -> None:
        self.autosave.stop()
        if self._store is not None and self.key is not None:
            try:
                self._store.delete(self.key)
            except OSError as exc:
                log.warning("draft %s not deleted: %s", self.key, exc)
