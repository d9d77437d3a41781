"""The forecast adjustments (domain.ports.ForecastAdjustmentRepository): one row per month × shop × product."""
from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from domain.forecast.adjustments import StoredAdjustment
from persistence.tables.forecast import ForecastAdjustmentRow as Row


def _adjustment(r: Row) -> StoredAdjustment:
    return StoredAdjustment(r.month, r.customer_id, r.product_id, r.cartons, r.reason, r.updated_at, r.id)


class SqlForecastAdjustments:
    def __init__(self, session: Session) -> None:
        self._s = session

    def adjustments(self, first: date, before: date) -> list[StoredAdjustment]:
        rows = self._s.scalars(select(Row).where(Row.month >= first, Row.month < before)
                               .order_by(Row.month, Row.customer_id, Row.product_id))
        return [_adjustment(r) for r in rows]

    def save_adjustment(self, adjustment: StoredAdjustment) -> int:
        assert adjustment.updated_at is not None  # the service stamps it
        # one row, looked up then written: plain ORM, no dialect's upsert
        row = self._s.scalar(select(Row).where(Row.month == adjustment.month, Row.customer_id == adjustment.customer_id,
                                               Row.product_id == adjustment.product_id))
        if row is None:
            row = Row(month=adjustment.month, customer_id=adjustment.customer_id, product_id=adjustment.product_id)
            self._s.add(row)
        row.cartons, row.reason, row.updated_at = adjustment.cartons, adjustment.reason, adjustment.updated_at
        self._s.flush()
        return int(row.id)

    def delete_adjustment(self, month: date, customer_id: int, product_id: int) -> bool:
        done = self._s.execute(delete(Row).where(Row.month == month, Row.customer_id == customer_id,
                                                 Row.product_id == product_id))
        return bool(done.rowcount)  # type: ignore[attr-defined]  # a DELETE's result is a CursorResult
