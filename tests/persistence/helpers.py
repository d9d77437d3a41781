"""Helpers for the persistence tests: plain sqlite3 access to the files, bulk test data in SQL."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from sqlalchemy import Engine


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sql(path: Path, *statements: str) -> None:
    """Run statements on the file with plain sqlite3, outside Fieldbook's code, and commit."""
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def checkpoint(path: Path) -> None:
    """Fold any -wal back into the main file and remove it, so the file alone holds the data."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size == 0:
        wal.unlink()  # an empty leftover of a read-only connection; nothing in it
    assert not wal.exists()


def scalar(path: Path, query: str) -> object:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute(query).fetchone()
        return None if row is None else row[0]
    finally:
        conn.close()


def insert_customers(engine: Engine, n: int, *, prefix: str = "L") -> None:
    """n customers in one statement (no ORM): the fast way to get a file with real pages."""
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO customers (license_no, name, address, created_at, updated_at) "
            "SELECT ? || i, '客户' || i, '北环路' || i || '号', '2024-01-01 00:00:00', "
            "'2024-01-01 00:00:00' FROM n",
            (n, prefix),
        )


def insert_sales(engine: Engine) -> None:
    """One product and one order line per customer, plus a tag per customer."""
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO products (code, name, price_class, wholesale_price_fen) "
            "VALUES ('P1', '黄山(硬)', 3, 12000)"
        )
        conn.exec_driver_sql("INSERT INTO customer_tags SELECT id, 'vip' FROM customers")
        conn.exec_driver_sql(
            "INSERT INTO sales_lines (order_date, customer_id, product_id, requested_qty, "
            "supplied_qty, wholesale_price_fen, amount_fen) "
            "SELECT '2024-01-05', id, 1, 3, 2, 12000, 24000 FROM customers"
        )


def counts(engine: Engine, *tables: str) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one() for t in tables}


def dump_hash(path: Path) -> str:
    """sha256 of the file's SQL dump: schema and rows, without header bytes such as the WAL flag
    or the change counter that opening a file for writing may touch."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        for line in conn.iterdump():
            digest.update(line.encode())
            digest.update(b"\n")
        return digest.hexdigest()
    finally:
        conn.close()
