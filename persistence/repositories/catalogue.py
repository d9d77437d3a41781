"""Products, order lines and the import batches that bring them."""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from decimal import Decimal
from itertools import islice

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from domain.model.products import Product
from domain.model.sales import ImportBatch, SalesLine
from domain.money import to_fen
from persistence.mapping import product_from_row, product_to_row_values
from persistence.tables import ImportBatchRow, ProductRow

_INSERT_SALES = (
    "INSERT INTO sales_lines (order_date, customer_id, product_id, requested_qty, supplied_qty,"
    " wholesale_price_fen, amount_fen, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_CHUNK = 50_000


class _FenCache(dict[Decimal, int]):
    """Prices and amounts repeat a lot across a million lines; convert each distinct one once."""

    def __call__(self, amount: Decimal) -> int:
        fen = self.get(amount)
        if fen is None:
            fen = self[amount] = to_fen(amount)  # type: ignore[assignment]
        return fen  # type: ignore[return-value]


class SqlProductRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add_many(self, products: Sequence[Product]) -> list[int]:
        if not products:
            return []
        ids = list(
            self._s.scalars(
                insert(ProductRow).returning(ProductRow.id, sort_by_parameter_order=True),
                [product_to_row_values(p) for p in products],
            )
        )
        for i, p in zip(ids, products):
            p.id = i
        return ids

    def get(self, product_id: int) -> Product | None:
        row = self._s.get(ProductRow, product_id)
        return None if row is None else product_from_row(row)

    def update(self, product: Product) -> None:
        assert product.id is not None
        self._s.execute(
            update(ProductRow).where(ProductRow.id == product.id).values(**product_to_row_values(product))
        )

    def get_by_code(self, code: str) -> Product | None:
        row = self._s.scalar(select(ProductRow).where(ProductRow.code == code))
        return None if row is None else product_from_row(row)

    def list(self) -> list[Product]:
        return [product_from_row(r) for r in self._s.scalars(select(ProductRow).order_by(ProductRow.code))]


class SqlSalesRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add_batch(self, batch: ImportBatch) -> int:
        batch.id = self._s.scalar(
            insert(ImportBatchRow)
            .values(
                kind=batch.kind.value,
                source_name=batch.source_name,
                file_sha256=batch.file_sha256,
                encoding=batch.encoding,
                imported_at=batch.imported_at.replace(tzinfo=None),
                row_count=batch.row_count,
                status=batch.status.value,
                summary=json.dumps(batch.summary, ensure_ascii=False, default=str),
            )
            .returning(ImportBatchRow.id)
        )
        assert batch.id is not None
        return batch.id

    def add_lines(self, lines: Iterable[SalesLine]) -> int:
        """Bulk insert through the DB-API: ORM objects one by one cost 60 s per million lines."""
        fen = _FenCache()
        rows = (
            (
                ln.order_date.isoformat(),
                ln.customer_id,
                ln.product_id,
                ln.requested_qty,
                ln.supplied_qty,
                fen(ln.wholesale_price),
                fen(ln.amount),
                ln.batch_id,
            )
            for ln in lines
        )
        written = 0
        cursor = self._s.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            while chunk := list(islice(rows, _CHUNK)):
                cursor.executemany(_INSERT_SALES, chunk)
                written += len(chunk)
        finally:
            cursor.close()
        return written

    def set_batch_row_count(self, batch_id: int, row_count: int) -> None:
        self._s.execute(
            update(ImportBatchRow).where(ImportBatchRow.id == batch_id).values(row_count=row_count)
        )
