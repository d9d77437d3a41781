"""Products, order lines and the import batches that bring them."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, date
from decimal import Decimal
from itertools import islice

from sqlalchemy import insert, select, update
from sqlalchemy.engine.interfaces import DBAPICursor
from sqlalchemy.orm import Session

from domain.model.products import Product
from domain.model.sales import BatchStatus, ImportBatch, ImportKind, SalesLine
from domain.money import to_fen
from persistence.mapping import product_from_row, product_to_row_values
from persistence.tables.catalogue import ImportBatchRow, ProductRow

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
            fen = self[amount] = to_fen(amount)
        return fen


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

    def get_many_by_code(self, codes: Iterable[str]) -> dict[str, Product]:
        wanted = sorted(set(codes))
        found: dict[str, Product] = {}
        for start in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
            rows = self._s.scalars(select(ProductRow).where(ProductRow.code.in_(wanted[start:start + 500])))
            found.update((r.code, product_from_row(r)) for r in rows)
        return found


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
        cursor = self._cursor()
        try:
            while chunk := list(islice(rows, _CHUNK)):
                cursor.executemany(_INSERT_SALES, chunk)
                written += len(chunk)
        finally:
            cursor.close()
        return written

    def add_line_values(self, lines: Iterable[tuple[date, int, int, int, int, int, int]], batch_id: int | None) -> int:
        """Bulk insert of lines already in storage units (fen): the import's million lines skip the
        SalesLine objects and Decimal conversions that add_lines pays for."""
        iso: dict[date, str] = {}

        def day(d: date) -> str:
            text = iso.get(d)
            if text is None:
                text = iso[d] = d.isoformat()
            return text

        rows = ((day(d), c, p, r, s, price, amount, batch_id) for d, c, p, r, s, price, amount in lines)
        written = 0
        cursor = self._cursor()
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

    def get_batch(self, batch_id: int) -> ImportBatch | None:
        row = self._s.get(ImportBatchRow, batch_id)
        return None if row is None else _batch_from_row(row)

    def list_batches(self) -> list[ImportBatch]:
        rows = self._s.scalars(select(ImportBatchRow).order_by(ImportBatchRow.imported_at.desc(),
                                                                ImportBatchRow.id.desc()))
        return [_batch_from_row(r) for r in rows]

    def find_batch(self, kind: ImportKind, file_sha256: str) -> ImportBatch | None:
        row = self._s.scalar(
            select(ImportBatchRow)
            .where(ImportBatchRow.kind == kind.value, ImportBatchRow.file_sha256 == file_sha256,
                   ImportBatchRow.status == BatchStatus.COMMITTED.value)
            .order_by(ImportBatchRow.id)
            .limit(1)
        )
        return None if row is None else _batch_from_row(row)

    def update_batch(self, batch: ImportBatch) -> None:
        assert batch.id is not None
        self._s.execute(
            update(ImportBatchRow).where(ImportBatchRow.id == batch.id).values(
                status=batch.status.value, row_count=batch.row_count,
                summary=json.dumps(batch.summary, ensure_ascii=False, default=str),
            )
        )

    def line_keys(self, first: date, last: date) -> Counter[tuple[date, int, int, int, int, int]]:
        """Every stored line between the dates, as the duplicate check compares them; read from the
        (date, customer, product, supplied, requested, amount) covering index."""
        cursor = self._cursor()
        try:
            cursor.execute(
                "SELECT order_date, customer_id, product_id, requested_qty, supplied_qty, amount_fen"
                " FROM sales_lines WHERE order_date BETWEEN ? AND ?", (first.isoformat(), last.isoformat()))
            days: dict[str, date] = {}
            keys: Counter[tuple[date, int, int, int, int, int]] = Counter()
            for day, customer, product, requested, supplied, amount in cursor:  # type: ignore[attr-defined]  # sqlite3 and psycopg cursors iterate (a DB-API extension)
                d = days.get(day)
                if d is None:
                    d = days[day] = date.fromisoformat(day)
                keys[(d, customer, product, requested, supplied, amount)] += 1
            return keys
        finally:
            cursor.close()

    def batch_line_months(self, batch_id: int) -> dict[str, int]:
        cursor = self._cursor()
        try:
            cursor.execute("SELECT substr(order_date, 1, 7), count(*) FROM sales_lines WHERE batch_id = ?"
                           " GROUP BY 1 ORDER BY 1", (batch_id,))
            return dict(cursor.fetchall())
        finally:
            cursor.close()

    def delete_batch_lines(self, batch_id: int) -> int:
        cursor = self._cursor()
        try:
            cursor.execute("DELETE FROM sales_lines WHERE batch_id = ?", (batch_id,))
            return cursor.rowcount
        finally:
            cursor.close()

    def _cursor(self) -> DBAPICursor:
        """A DB-API cursor inside the session's transaction (bulk reads and writes skip the ORM)."""
        return self._s.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]  # None only once closed


def _batch_from_row(row: ImportBatchRow) -> ImportBatch:
    try:
        summary = json.loads(row.summary or "{}")
    except ValueError:
        summary = {}
    return ImportBatch(
        kind=ImportKind(row.kind), source_name=row.source_name,
        imported_at=row.imported_at.replace(tzinfo=UTC), file_sha256=row.file_sha256,
        encoding=row.encoding, row_count=row.row_count, status=BatchStatus(row.status),
        summary=summary if isinstance(summary, dict) else {}, id=row.id,
    )
