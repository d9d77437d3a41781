"""Drafts of the visit record: the form's VisitRecord as JSON and back, pure (no files, no clock).

The file itself is written by a `DraftStore` (domain.ports; persistence/drafts.py writes it
atomically beside the database). A draft is keyed by the visit when there is one, otherwise by the
customer and the date, so reopening the same visit finds it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from domain.errors import DomainError
from domain.model.visits import EntryKind, InventoryCount, StoreCheck, VisitStep, VisitType
from domain.visits.record import RecordEntry, RecordPhoto, VisitRecord

DRAFT_FORMAT = 1


class DraftUnreadable(DomainError):
    def __init__(self, detail: str) -> None:
        super().__init__("The draft cannot be read: {detail}", detail=detail)
        self.detail = detail


@dataclass(frozen=True)
class Draft:
    record: VisitRecord
    saved_at: datetime  # aware


def draft_key(customer_id: int, planned_on: date, visit_id: int | None = None) -> str:
    """A file-name-safe key: visit-12, or customer-5-2026-11-27 for a visit not stored yet."""
    if visit_id is not None:
        return f"visit-{int(visit_id)}"
    return f"customer-{int(customer_id)}-{planned_on.isoformat()}"


def _day(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def _moment(d: datetime | None) -> str | None:
    return None if d is None else d.isoformat()


def dump_draft(record: VisitRecord, saved_at: datetime) -> str:
    sc = record.store_check
    data: dict[str, Any] = {
        "format": DRAFT_FORMAT,
        "saved_at": saved_at.isoformat(),
        "customer_id": record.customer_id,
        "planned_on": record.planned_on.isoformat(),
        "visit_id": record.visit_id,
        "visit_type": record.visit_type.value,
        "started_at": _moment(record.started_at),
        "ended_at": _moment(record.ended_at),
        "store_check": {
            "license_shown": sc.license_shown,
            "price_labels_complete": sc.price_labels_complete,
            "price_labels_missing": sc.price_labels_missing,
            "display_state": sc.display_state,
            "pop_state": sc.pop_state,
            "tidiness": sc.tidiness,
            "note": sc.note,
        },
        "entries": [
            {
                "step": e.step.value, "kind": e.kind.value, "text": e.text, "follow_up": e.follow_up,
                "due_on": _day(e.due_on), "owner_note": e.owner_note, "follow_up_id": e.follow_up_id,
                "follow_up_done": e.follow_up_done,
            }
            for e in record.entries
        ],
        "inventory": [
            {"product_id": c.product_id, "stock_qty": c.stock_qty, "suggested_qty": c.suggested_qty,
             "ordered_qty": c.ordered_qty}
            for c in record.inventory
        ],
        "photos": [
            {"original_name": p.original_name, "caption": p.caption, "stored_name": p.stored_name,
             "source": p.source}
            for p in record.photos
        ],
        "summary": record.summary,
        "next_visit_on": _day(record.next_visit_on),
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def _opt_day(v: Any) -> date | None:
    return None if v in (None, "") else date.fromisoformat(v)


def _opt_moment(v: Any) -> datetime | None:
    return None if v in (None, "") else datetime.fromisoformat(v)


def _opt_int(v: Any) -> int | None:
    return None if v is None else int(v)


def load_draft(text: str) -> Draft:
    """The draft in `text`; raises DraftUnreadable if it is not one (damaged, or from a newer format)."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != DRAFT_FORMAT:
            raise DraftUnreadable("unknown format")
        sc = data.get("store_check") or {}
        record = VisitRecord(
            customer_id=int(data["customer_id"]),
            planned_on=date.fromisoformat(data["planned_on"]),
            visit_id=_opt_int(data.get("visit_id")),
            visit_type=VisitType(data.get("visit_type", VisitType.IN_PERSON.value)),
            started_at=_opt_moment(data.get("started_at")),
            ended_at=_opt_moment(data.get("ended_at")),
            store_check=StoreCheck(
                license_shown=sc.get("license_shown"),
                price_labels_complete=sc.get("price_labels_complete"),
                price_labels_missing=int(sc.get("price_labels_missing") or 0),
                display_state=str(sc.get("display_state") or ""),
                pop_state=str(sc.get("pop_state") or ""),
                tidiness=str(sc.get("tidiness") or ""),
                note=str(sc.get("note") or ""),
            ),
            entries=[
                RecordEntry(
                    VisitStep(e["step"]), EntryKind(e["kind"]), str(e.get("text") or ""),
                    follow_up=bool(e.get("follow_up")), due_on=_opt_day(e.get("due_on")),
                    owner_note=str(e.get("owner_note") or ""), follow_up_id=_opt_int(e.get("follow_up_id")),
                    follow_up_done=bool(e.get("follow_up_done")),
                )
                for e in data.get("entries") or []
            ],
            inventory=[
                InventoryCount(int(c["product_id"]), int(c["stock_qty"]), _opt_int(c.get("suggested_qty")),
                               _opt_int(c.get("ordered_qty")))
                for c in data.get("inventory") or []
            ],
            photos=[
                RecordPhoto(str(p.get("original_name") or ""), str(p.get("caption") or ""),
                            p.get("stored_name"), p.get("source"))
                for p in data.get("photos") or []
            ],
            summary=str(data.get("summary") or ""),
            next_visit_on=_opt_day(data.get("next_visit_on")),
        )
        return Draft(record, datetime.fromisoformat(data["saved_at"]))
    except DraftUnreadable:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DraftUnreadable(str(exc) or type(exc).__name__) from None
