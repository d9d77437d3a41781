"""Customers, their segments and their grade / value tier history."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from domain.model.customers import (
    Customer,
    CustomerStatus,
    GradeAssignment,
    Segment,
    ValueTierAssignment,
)
from persistence.mapping import customer_from_row, customer_to_row_values, segment_from_row, utcnow
from persistence.tables.customers import (
    CustomerRow,
    CustomerTagRow,
    GradeAssignmentRow,
    ValueTierAssignmentRow,
)
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

    def add_grade_assignments(self, assignments: Iterable[GradeAssignment]) -> None:
        rows = [
            {
                "customer_id": a.customer_id,
                "grade": a.grade,
                "effective_on": a.effective_on,
                "score": a.score,
                "reason": a.reason,
            }
            for a in assignments
        ]
        if rows:
            self._s.execute(insert(GradeAssignmentRow), rows)

    def add_value_tier_assignments(self, assignments: Iterable[ValueTierAssignment]) -> None:
        rows = [
            {
                "customer_id": a.customer_id,
                "tier": a.tier.value,
                "effective_on": a.effective_on,
                "reason": a.reason,
            }
            for a in assignments
        ]
        if rows:
            self._s.execute(insert(ValueTierAssignmentRow), rows)

    def _tags(self, customer_id: int) -> list[str]:
        return sorted(
            self._s.scalars(select(CustomerTagRow.tag).where(CustomerTagRow.customer_id == customer_id))
        )


class SqlSegmentRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def list(self) -> list[Segment]:
        rows = self._s.scalars(select(SegmentRow).order_by(SegmentRow.sort_order, SegmentRow.id))
        return [segment_from_row(r) for r in rows]

    def add(self, segment: Segment) -> int:
        segment.id = self._s.scalar(
            insert(SegmentRow)
            .values(
                name=segment.name,
                visit_every_days=segment.visit_every_days,
                strategy=segment.strategy,
                sort_order=segment.sort_order,
            )
            .returning(SegmentRow.id)
        )
        assert segment.id is not None
        return segment.id

    def update(self, segment: Segment) -> None:
        self._s.execute(
            update(SegmentRow)
            .where(SegmentRow.id == segment.id)
            .values(
                name=segment.name,
                visit_every_days=segment.visit_every_days,
                strategy=segment.strategy,
                sort_order=segment.sort_order,
            )
        )
