"""Customers and their segments (the grade and value-tier history is persistence/repositories/tiers.py)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from domain.model.customers import Customer, CustomerStatus, Segment
from persistence.mapping import customer_from_row, customer_to_row_values, segment_from_row, utcnow
from persistence.tables.customers import CustomerRow, CustomerTagRow
from persistence.tables.settings import SegmentRow


class SqlCustomerRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, customer: Customer) -> int:
        return self.add_many([customer])[0]

    def add_many(self, customers: Sequence[Customer]) -> list[int]:
        if not customers:
            return []
        now = utcnow()
        values = [customer_to_row_values(c) | {"created_at": now, "updated_at": now} for c in customers]
        ids = list(
            self._s.scalars(
                insert(CustomerRow).returning(CustomerRow.id, sort_by_parameter_order=True), values
            )
        )
        tags = [{"customer_id": i, "tag": t} for i, c in zip(ids, customers) for t in set(c.tags)]
        if tags:
            self._s.execute(insert(CustomerTagRow), tags)
        for i, c in zip(ids, customers):
            c.id = i
        return ids

    def update(self, customer: Customer) -> None:
        assert customer.id is not None
        values = customer_to_row_values(customer) | {"updated_at": utcnow()}
        self._s.execute(update(CustomerRow).where(CustomerRow.id == customer.id).values(**values))
        self._s.execute(delete(CustomerTagRow).where(CustomerTagRow.customer_id == customer.id))
        tags = sorted(set(customer.tags))
        if tags:
            self._s.execute(insert(CustomerTagRow), [{"customer_id": customer.id, "tag": t} for t in tags])

    def set_status(self, customer_id: int, status: CustomerStatus) -> None:
        self._s.execute(
            update(CustomerRow)
            .where(CustomerRow.id == customer_id)
            .values(status=status.value, updated_at=utcnow())
        )

    def delete(self, customer_id: int) -> None:
        """Evaluations, SWOTs, plans, reminders, follow-ups and tags go with it (ON DELETE CASCADE);
        visits and orders forbid it (RESTRICT), which the service checks first."""
        self._s.execute(delete(CustomerRow).where(CustomerRow.id == customer_id))

    def get(self, customer_id: int) -> Customer | None:
        row = self._s.get(CustomerRow, customer_id)
        return None if row is None else customer_from_row(row, self._tags(row.id))

    def get_by_license(self, license_no: str) -> Customer | None:
        row = self._s.scalar(select(CustomerRow).where(CustomerRow.license_no == license_no))
        return None if row is None else customer_from_row(row, self._tags(row.id))

    def get_many_by_license(self, license_nos: Iterable[str]) -> dict[str, Customer]:
        """The stored customers among `license_nos`, by license number: two queries per 500, not
        two per customer (an import checks every row of its file)."""
        wanted = sorted(set(license_nos))
        found: dict[str, Customer] = {}
        for start in range(0, len(wanted), 500):
            rows = list(self._s.scalars(select(CustomerRow).where(CustomerRow.license_no.in_(wanted[start:start + 500]))))
            tags: dict[int, list[str]] = {}
            for customer_id, tag in self._s.execute(
                select(CustomerTagRow.customer_id, CustomerTagRow.tag)
                .where(CustomerTagRow.customer_id.in_([r.id for r in rows]))
                .order_by(CustomerTagRow.tag)
            ):
                tags.setdefault(customer_id, []).append(tag)
            found |= {r.license_no: customer_from_row(r, tags.get(r.id, [])) for r in rows}
        return found

    def id_keys(self) -> list[tuple[int, str, str]]:
        """(id, license number, customer code) of every customer: what an order file is matched by."""
        rows = self._s.execute(select(CustomerRow.id, CustomerRow.license_no, CustomerRow.customer_code))
        return [(i, lic, code) for i, lic, code in rows]

    def count(self) -> int:
        return self._s.scalar(select(func.count()).select_from(CustomerRow)) or 0

    def _tags(self, customer_id: int) -> list[str]:
        return sorted(
            self._s.scalars(select(CustomerTagRow.tag).where(CustomerTagRow.customer_id == customer_id))
        )


def _segment_values(segment: Segment) -> dict[str, object]:
    return {
        "name": segment.name,
        "visit_every_days": segment.visit_every_days,
        "strategy": segment.strategy,
        "sort_order": segment.sort_order,
        # one item a line: an item is one line of the form, so no line breaks inside one
        "checklist": "\n".join(item.strip() for item in segment.checklist if item.strip()),
        "colour": segment.colour,
        "archived": segment.archived,
    }


class SqlSegmentRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def list(self) -> list[Segment]:
        """Archived ones too: their shops still name them; the forms offer only the others."""
        rows = self._s.scalars(select(SegmentRow).order_by(SegmentRow.sort_order, SegmentRow.id))
        return [segment_from_row(r) for r in rows]

    def add(self, segment: Segment) -> int:
        segment.id = self._s.scalar(insert(SegmentRow).values(**_segment_values(segment)).returning(SegmentRow.id))
        assert segment.id is not None
        return segment.id

    def update(self, segment: Segment) -> None:
        self._s.execute(update(SegmentRow).where(SegmentRow.id == segment.id).values(**_segment_values(segment)))

    def move_customers(self, from_segment_id: int, to_segment_id: int) -> int:
        """Merging: every shop of one segment (archived ones too) moves to the other, in one statement."""
        result = self._s.execute(
            update(CustomerRow)
            .where(CustomerRow.segment_id == from_segment_id)
            .values(segment_id=to_segment_id, updated_at=utcnow())
        )
        return int(result.rowcount)  # type: ignore[attr-defined]  # an UPDATE's result is a CursorResult

    def reassign(self, customer_ids: Sequence[int], segment_id: int | None) -> int:
        """The shops among `customer_ids` not yet in the segment move to it (None: to none); how many
        moved. 500 ids a statement (SQLite's bound-parameter limit); the unchanged keep their updated_at."""
        wanted = sorted(set(customer_ids))
        now = utcnow()
        moved = 0
        for start in range(0, len(wanted), 500):
            result = self._s.execute(
                update(CustomerRow)
                .where(CustomerRow.id.in_(wanted[start:start + 500]), CustomerRow.segment_id.is_distinct_from(segment_id))
                .values(segment_id=segment_id, updated_at=now)
            )
            moved += int(result.rowcount)  # type: ignore[attr-defined]  # an UPDATE's result is a CursorResult
        return moved
