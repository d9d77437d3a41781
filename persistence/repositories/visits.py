"""Visits (拜访) with their entries, stock counts and photos; the follow-ups they leave; a day plan's
visits and summary."""
from __future__ import annotations

from datetime import date

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from domain.model.visits import (
    DayPlan,
    EntryKind,
    FollowUp,
    FollowUpStatus,
    InventoryCount,
    StoreCheck,
    Visit,
    VisitEntry,
    VisitStatus,
    VisitStep,
    VisitType,
)
from domain.visits.record import VisitPhoto
from persistence.repositories.rows import aware_utc, insert_row, naive_utc
from persistence.tables.visits import (
    DayPlanRow,
    DayPlanStopRow,
    FollowUpRow,
    InventoryCountRow,
    VisitEntryRow,
    VisitPhotoRow,
    VisitRow,
)


class SqlVisitRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, v: Visit) -> int:
        v.id = insert_row(self._s, VisitRow, **_visit_values(v))
        self._write_children(v)
        return v.id

    def _write_children(self, v: Visit) -> None:
        if v.entries:
            self._s.execute(
                insert(VisitEntryRow),
                [
                    {"visit_id": v.id, "step": e.step.value, "kind": e.kind.value, "text": e.text,
                     "sort_order": n}
                    for n, e in enumerate(v.entries)
                ],
            )
        if v.inventory:
            self._s.execute(
                insert(InventoryCountRow),
                [
                    {"visit_id": v.id, "product_id": c.product_id, "stock_qty": c.stock_qty,
                     "suggested_qty": c.suggested_qty, "ordered_qty": c.ordered_qty}
                    for c in v.inventory
                ],
            )

    def add_follow_up(self, f: FollowUp) -> int:
        f.id = insert_row(
            self._s,
            FollowUpRow,
            customer_id=f.customer_id,
            visit_id=f.visit_id,
            text=f.text,
            due_on=f.due_on,
            owner_note=f.owner_note,
            status=f.status.value,
            done_on=f.done_on,
        )
        return f.id

    def add_day_plan(self, p: DayPlan) -> int:
        p.id = insert_row(
            self._s, DayPlanRow, plan_date=p.plan_date, route=p.route, note=p.note, summary=p.summary
        )
        if p.stops:
            self._s.execute(
                insert(DayPlanStopRow),
                [
                    {"plan_id": p.id, "position": s.position, "customer_id": s.customer_id,
                     "visit_id": s.visit_id}
                    for s in p.stops
                ],
            )
        return p.id

    # --- the visit record ---------------------------------------------------------------------------

    def get(self, visit_id: int) -> Visit | None:
        row = self._s.get(VisitRow, visit_id)
        if row is None:
            return None
        entries = self._s.scalars(
            select(VisitEntryRow).where(VisitEntryRow.visit_id == visit_id)
            .order_by(VisitEntryRow.sort_order, VisitEntryRow.id)
        )
        counts = self._s.scalars(
            select(InventoryCountRow).where(InventoryCountRow.visit_id == visit_id)
            .order_by(InventoryCountRow.product_id)
        )
        return Visit(
            customer_id=row.customer_id,
            planned_on=row.planned_on,
            status=VisitStatus(row.status),
            visit_type=VisitType(row.visit_type),
            started_at=aware_utc(row.started_at),
            ended_at=aware_utc(row.ended_at),
            store_check=StoreCheck(
                license_shown=row.license_shown,
                price_labels_complete=row.price_labels_complete,
                price_labels_missing=row.price_labels_missing,
                display_state=row.display_state,
                pop_state=row.pop_state,
                tidiness=row.tidiness,
                note=row.store_note,
            ),
            entries=[VisitEntry(VisitStep(e.step), EntryKind(e.kind), e.text, e.id) for e in entries],
            inventory=[InventoryCount(c.product_id, c.stock_qty, c.suggested_qty, c.ordered_qty) for c in counts],
            summary=row.summary,
            next_visit_on=row.next_visit_on,
            id=row.id,
        )

    def find_planned(self, customer_id: int, planned_on: date) -> Visit | None:
        visit_id = self._s.scalar(
            select(VisitRow.id)
            .where(VisitRow.customer_id == customer_id, VisitRow.planned_on == planned_on,
                   VisitRow.status == VisitStatus.PLANNED.value)
            .order_by(VisitRow.id).limit(1)
        )
        return None if visit_id is None else self.get(visit_id)

    def update(self, v: Visit) -> None:
        self._s.execute(update(VisitRow).where(VisitRow.id == v.id).values(**_visit_values(v)))
        self._s.execute(delete(VisitEntryRow).where(VisitEntryRow.visit_id == v.id))
        self._s.execute(delete(InventoryCountRow).where(InventoryCountRow.visit_id == v.id))
        self._write_children(v)

    def delete(self, visit_id: int) -> None:
        self._s.execute(delete(VisitRow).where(VisitRow.id == visit_id))

    def link_plan_stop(self, plan_date: date, customer_id: int, visit_id: int) -> None:
        plan_id = self._s.scalar(select(DayPlanRow.id).where(DayPlanRow.plan_date == plan_date))
        if plan_id is None:
            return
        self._s.execute(
            update(DayPlanStopRow)
            .where(DayPlanStopRow.plan_id == plan_id, DayPlanStopRow.customer_id == customer_id,
                   DayPlanStopRow.visit_id.is_(None))
            .values(visit_id=visit_id)
        )

    def photos(self, visit_id: int) -> list[VisitPhoto]:
        rows = self._s.scalars(
            select(VisitPhotoRow).where(VisitPhotoRow.visit_id == visit_id).order_by(VisitPhotoRow.id)
        )
        return [VisitPhoto(r.visit_id, r.stored_name, r.original_name, r.caption, r.id) for r in rows]

    def add_photo(self, photo: VisitPhoto) -> int:
        return insert_row(self._s, VisitPhotoRow, visit_id=photo.visit_id, stored_name=photo.stored_name,
                       original_name=photo.original_name, caption=photo.caption)

    def delete_photo(self, stored_name: str) -> None:
        self._s.execute(delete(VisitPhotoRow).where(VisitPhotoRow.stored_name == stored_name))

    def follow_ups_of(self, visit_id: int) -> list[FollowUp]:
        rows = self._s.scalars(select(FollowUpRow).where(FollowUpRow.visit_id == visit_id).order_by(FollowUpRow.id))
        return [self._follow_up(r) for r in rows]

    def get_follow_up(self, follow_up_id: int) -> FollowUp | None:
        row = self._s.get(FollowUpRow, follow_up_id)
        return None if row is None else self._follow_up(row)

    @staticmethod
    def _follow_up(r: FollowUpRow) -> FollowUp:
        return FollowUp(r.customer_id, r.text, r.due_on, r.owner_note, FollowUpStatus(r.status), r.visit_id,
                        r.done_on, r.id)

    def update_follow_up(self, f: FollowUp) -> None:
        self._s.execute(update(FollowUpRow).where(FollowUpRow.id == f.id).values(
            customer_id=f.customer_id, visit_id=f.visit_id, text=f.text, due_on=f.due_on,
            owner_note=f.owner_note, status=f.status.value, done_on=f.done_on,
        ))

    def delete_follow_up(self, follow_up_id: int) -> None:
        self._s.execute(delete(FollowUpRow).where(FollowUpRow.id == follow_up_id))

    def set_day_summary(self, plan_date: date, summary: str) -> int:
        plan_id = self._s.scalar(select(DayPlanRow.id).where(DayPlanRow.plan_date == plan_date))
        if plan_id is None:
            return insert_row(self._s, DayPlanRow, plan_date=plan_date, summary=summary)
        self._s.execute(update(DayPlanRow).where(DayPlanRow.id == plan_id).values(summary=summary))
        return int(plan_id)


def _visit_values(v: Visit) -> dict[str, object]:
    """A visit's columns as added or updated (its id aside)."""
    sc = v.store_check
    return dict(
        customer_id=v.customer_id,
        planned_on=v.planned_on,
        status=v.status.value,
        visit_type=v.visit_type.value,
        started_at=naive_utc(v.started_at),
        ended_at=naive_utc(v.ended_at),
        license_shown=sc.license_shown,
        price_labels_complete=sc.price_labels_complete,
        price_labels_missing=sc.price_labels_missing,
        display_state=sc.display_state,
        pop_state=sc.pop_state,
        tidiness=sc.tidiness,
        store_note=sc.note,
        summary=v.summary,
        next_visit_on=v.next_visit_on,
    )
