"""Customers, their segments and custom fields (the grade and value-tier history is persistence/repositories/tiers.py)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from domain.model.custom_fields import CustomField
from domain.model.customers import Customer, CustomerStatus, Segment
from persistence.mapping import customer_from_row, customer_to_row_values, segment_from_row, utcnow
from persistence.tables.customers import CustomerCustomValueRow, CustomerRow, CustomerTagRow, CustomFieldRow
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
        self._insert_values([(i, c) for i, c in zip(ids, customers)])
        for i, c in zip(ids, customers):
            c.id = i
        return ids

    def _insert_values(self, customers: Sequence[tuple[int, Customer]]) -> None:
        values = [{"customer_id": i, "field_id": f, "value": str(v)}
                  for i, c in customers for f, v in c.custom_values.items()]
        if values:
            self._s.execute(insert(CustomerCustomValueRow), values)

    def _values(self, customer_ids: Sequence[int]) -> dict[int, dict[int, Decimal]]:
        found: dict[int, dict[int, Decimal]] = {}
        for start in range(0, len(customer_ids), 500):
            for customer_id, field_id, value in self._s.execute(
                select(CustomerCustomValueRow.customer_id, CustomerCustomValueRow.field_id, CustomerCustomValueRow.value)
                .where(CustomerCustomValueRow.customer_id.in_(customer_ids[start:start + 500]))
            ):
                found.setdefault(customer_id, {})[field_id] = Decimal(value)
        return found

    def _loaded(self, row: CustomerRow, tags: list[str], values: dict[int, dict[int, Decimal]]) -> Customer:
        customer = customer_from_row(row, tags)
        customer.custom_values = values.get(row.id, {})
        return customer

    def update(self, customer: Customer) -> None:
        assert customer.id is not None
        values = customer_to_row_values(customer) | {"updated_at": utcnow()}
        self._s.execute(update(CustomerRow).where(CustomerRow.id == customer.id).values(**values))
        self._s.execute(delete(CustomerTagRow).where(CustomerTagRow.customer_id == customer.id))
        tags = sorted(set(customer.tags))
        if tags:
            self._s.execute(insert(CustomerTagRow), [{"customer_id": customer.id, "tag": t} for t in tags])
        self._s.execute(delete(CustomerCustomValueRow).where(CustomerCustomValueRow.customer_id == customer.id))
        self._insert_values([(customer.id, customer)])

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
        return None if row is None else self._loaded(row, self._tags(row.id), self._values([row.id]))

    def get_by_license(self, license_no: str) -> Customer | None:
        row = self._s.scalar(select(CustomerRow).where(CustomerRow.license_no == license_no))
        return None if row is None else self._loaded(row, self._tags(row.id), self._values([row.id]))

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
            values = self._values([r.id for r in rows])
            found |= {r.license_no: self._loaded(r, tags.get(r.id, []), values) for r in rows}
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


class SqlCustomFieldRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def list(self) -> list[CustomField]:
        rows = self._s.scalars(select(CustomFieldRow).order_by(CustomFieldRow.sort_order, CustomFieldRow.id))
        return [CustomField(r.name, r.unit, r.sort_order, r.archived, r.id) for r in rows]

    def add(self, custom_field: CustomField) -> int:
        new_id = self._s.scalar(insert(CustomFieldRow).values(**_field_values(custom_field)).returning(CustomFieldRow.id))
        assert new_id is not None
        return new_id

    def update(self, custom_field: CustomField) -> None:
        self._s.execute(update(CustomFieldRow).where(CustomFieldRow.id == custom_field.id)
                        .values(**_field_values(custom_field)))

    def values(self, field_id: int) -> dict[int, Decimal]:
        rows = self._s.execute(select(CustomerCustomValueRow.customer_id, CustomerCustomValueRow.value)
                               .where(CustomerCustomValueRow.field_id == field_id))
        return {customer_id: Decimal(value) for customer_id, value in rows}


def _field_values(custom_field: CustomField) -> dict[str, object]:
    return {"name": custom_field.name, "unit": custom_field.unit, "sort_order": custom_field.sort_order,
            "archived": custom_field.archived}


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
