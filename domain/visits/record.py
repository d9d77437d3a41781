"""The visit record (拜访记录) as the form edits it: one visit with its eight steps' content, the entries
that become follow-ups, the photos to keep. It is what gets saved in one unit of work, and what a
draft holds (domain/visits/drafts.py), so it stays plain data.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from domain.model.visits import (
    EntryKind,
    FollowUp,
    InventoryCount,
    StoreCheck,
    Visit,
    VisitEntry,
    VisitStatus,
    VisitStep,
    VisitType,
)
from domain.validation import FieldError

MAX_ENTRY_CHARS = 500
MAX_TEXT_CHARS = 4000
MAX_QTY = 9999  # cartons of one product on one shelf or order
MAX_PHOTOS = 30


@dataclass(frozen=True)
class VisitPhoto:
    """A stored photo of a visit: the file is `stored_name` in the workspace's attachments folder."""

    visit_id: int
    stored_name: str
    original_name: str = ""
    caption: str = ""
    id: int | None = None


@dataclass
class RecordEntry:
    """A short entry of the record; with `follow_up` set it also becomes a follow-up (跟进事项)."""

    step: VisitStep
    kind: EntryKind
    text: str
    follow_up: bool = False
    due_on: date | None = None
    owner_note: str = ""
    follow_up_id: int | None = None  # the follow-up made from this entry earlier
    follow_up_done: bool = False  # that follow-up is done already: left as it is


@dataclass
class RecordPhoto:
    """A photo in the form: either stored already (`stored_name`) or a file to copy on save (`source`)."""

    original_name: str
    caption: str = ""
    stored_name: str | None = None
    source: str | None = None  # a path chosen by the user; only read, never used as a stored name


@dataclass
class VisitRecord:
    customer_id: int
    planned_on: date
    visit_id: int | None = None  # an existing visit (planned on a day plan, or done and edited)
    visit_type: VisitType = VisitType.IN_PERSON
    started_at: datetime | None = None  # aware, UTC
    ended_at: datetime | None = None
    store_check: StoreCheck = field(default_factory=StoreCheck)
    entries: list[RecordEntry] = field(default_factory=list)
    inventory: list[InventoryCount] = field(default_factory=list)
    photos: list[RecordPhoto] = field(default_factory=list)
    summary: str = ""
    next_visit_on: date | None = None

    def kept_entries(self) -> list[RecordEntry]:
        return [e for e in self.entries if e.text.strip()]

    def to_visit(self) -> Visit:
        return Visit(
            customer_id=self.customer_id,
            planned_on=self.planned_on,
            status=VisitStatus.DONE,
            visit_type=self.visit_type,
            started_at=_as_utc(self.started_at),
            ended_at=_as_utc(self.ended_at),
            store_check=self.store_check,
            entries=[VisitEntry(e.step, e.kind, e.text.strip()) for e in self.kept_entries()],
            inventory=list(self.inventory),
            summary=self.summary.strip(),
            next_visit_on=self.next_visit_on,
            id=self.visit_id,
        )

    def follow_ups(self, visit_id: int) -> list[FollowUp]:
        """The follow-ups this record asks for (new and kept ones; done ones are left alone)."""
        return [
            FollowUp(self.customer_id, e.text.strip(), e.due_on, e.owner_note.strip(), visit_id=visit_id,
                     id=e.follow_up_id)
            for e in self.kept_entries()
            if e.follow_up and not e.follow_up_done
        ]


def _as_utc(moment: datetime | None) -> datetime | None:
    """Storage keeps UTC; an aware time in any zone is converted (a naive one is taken as UTC)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def record_of(visit: Visit, follow_ups: list[FollowUp], photos: list[VisitPhoto]) -> VisitRecord:
    """A stored visit as the form edits it; its follow-ups are matched to the entries by their text."""
    by_text: dict[str, FollowUp] = {}
    for f in follow_ups:
        by_text.setdefault(f.text.strip(), f)
    entries = []
    for e in visit.entries:
        match = by_text.pop(e.text.strip(), None)
        entries.append(RecordEntry(
            e.step, e.kind, e.text,
            follow_up=match is not None,
            due_on=match.due_on if match else None,
            owner_note=match.owner_note if match else "",
            follow_up_id=match.id if match else None,
            follow_up_done=match is not None and match.status.value == "done",
        ))
    return VisitRecord(
        customer_id=visit.customer_id,
        planned_on=visit.planned_on,
        visit_id=visit.id,
        visit_type=visit.visit_type,
        started_at=visit.started_at,
        ended_at=visit.ended_at,
        store_check=visit.store_check,
        entries=entries,
        inventory=list(visit.inventory),
        photos=[RecordPhoto(p.original_name, p.caption, stored_name=p.stored_name) for p in photos],
        summary=visit.summary,
        next_visit_on=visit.next_visit_on,
    )


def validate_record(record: VisitRecord) -> list[FieldError]:
    """Every problem with the record as it would be saved, each named after its field."""
    errors: list[FieldError] = []

    def fail(field_name: str, message: str, **params: object) -> None:
        errors.append(FieldError(field_name, message, tuple(params.items())))

    if record.started_at and record.ended_at and record.ended_at < record.started_at:
        fail("ended_at", "The visit cannot end before it starts.")
    if record.next_visit_on is not None and record.next_visit_on <= record.planned_on:
        fail("next_visit_on", "The next visit must be after this one.")
    sc = record.store_check
    if not 0 <= sc.price_labels_missing <= MAX_QTY:
        fail("store_check.price_labels_missing", "The number of missing price labels must be between 0 and {max}.",
             max=MAX_QTY)
    seen: set[int] = set()
    for c in record.inventory:
        if c.product_id in seen:
            fail("inventory", "A product is counted twice.")
        seen.add(c.product_id)
        for qty in (c.stock_qty, c.suggested_qty, c.ordered_qty):
            if qty is not None and not 0 <= qty <= MAX_QTY:
                fail("inventory", "Quantities must be between 0 and {max} cartons.", max=MAX_QTY)
                break
    for e in record.kept_entries():
        if len(e.text) > MAX_ENTRY_CHARS:
            fail("entries", "An entry is longer than {max} characters.", max=MAX_ENTRY_CHARS)
        if e.follow_up and not e.follow_up_done and e.due_on is not None and e.due_on < record.planned_on:
            fail("entries", "A follow-up cannot be due before the visit: {text}", text=e.text.strip()[:20])
    if len(record.summary) > MAX_TEXT_CHARS:
        fail("summary", "The summary is longer than {max} characters.", max=MAX_TEXT_CHARS)
    if len(record.photos) > MAX_PHOTOS:
        fail("photos", "A visit keeps at most {max} photos.", max=MAX_PHOTOS)
    return errors


def is_blank(record: VisitRecord) -> bool:
    """Nothing typed yet: no entry, count, photo, check or summary (a draft of it is not worth keeping)."""
    return not (
        record.kept_entries() or record.inventory or record.photos or record.summary.strip()
        or record.store_check != StoreCheck() or record.next_visit_on
    )
