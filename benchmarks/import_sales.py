"""Importing a 1,000,000-line order export into a 10,000-customer workspace (issue 4, target < 20 s).

    uv run python benchmarks/import_sales.py [--db PATH] [--lines 1000000] [--runs 3] [--encoding gbk]

Builds a 10,000-customer demo workspace (one month of orders) unless --db names one, then writes an
order export like the company's: a title row, the header, the lines (the workspace's license
numbers and product codes, the month before the workspace's first, thousands separators in the
amounts) and a 合计 row. Each run imports it into a fresh copy of the workspace — the same path the
command line and the dialog take: read the file, find the header, check every line, write the new
ones and their batch in one transaction — and a dry run checks it without writing. Prints medians.
"""
from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from domain.backups import BackupReason  # noqa: E402
from domain.demo.generator import DemoSpec  # noqa: E402
from domain.importing.columns import auto_mapping  # noqa: E402
from domain.importing.sales import SALES_COLUMNS  # noqa: E402
from domain.importing.table import locate_header  # noqa: E402
from domain.services.demo import build_demo  # noqa: E402
from domain.services.import_batches import undo_import_batch  # noqa: E402
from domain.services.sales_import import import_sales, preview_sales_import  # noqa: E402
from domain.services.workspace import ensure_defaults  # noqa: E402
from persistence.tabular_files import LocalTabularFiles  # noqa: E402
from persistence.workspace import open_workspace  # noqa: E402

UNDO_TIMES: list[float] = []
class _NoBackups:
    """The service's own time is measured, not the copy of the workspace it would take first."""

    def take(self, reason: BackupReason) -> Path | None:
        return None


_NO_BACKUPS = _NoBackups()
HEADER = "订单日期,专卖许可证号,客户名称,卷烟编码,卷烟名称,需求量,订足量,批发价,金额"


def build_workspace(db: Path) -> None:
    workspace = open_workspace(db, create=True)
    try:
        ensure_defaults(workspace.uow())
        with workspace.uow() as uow:
            empty = uow.customers.count() == 0
        if empty:
            started = time.perf_counter()
            build_demo(workspace.uow(), DemoSpec(customers=10_000, months=1, today=date(2026, 11, 27)))
            print(f"built the 10,000-customer workspace in {time.perf_counter() - started:.1f} s")
    finally:
        workspace.close()


def write_export(db: Path, path: Path, lines: int, encoding: str, seed: int = 11) -> str:
    """An order export for the month before the workspace's first order; returns that month."""
    with sqlite3.connect(db) as conn:
        customers = conn.execute("SELECT license_no, name FROM customers ORDER BY id").fetchall()
        products = conn.execute("SELECT code, name, wholesale_price_fen FROM products ORDER BY id").fetchall()
        first = date.fromisoformat(conn.execute("SELECT min(order_date) FROM sales_lines").fetchone()[0])
    month_end = first.replace(day=1) - timedelta(days=1)
    month = month_end.replace(day=1)
    days = [month + timedelta(days=d) for d in range(month_end.day)]
    rng = random.Random(seed)
    out = [f"{month.year}年{month.month}月 订单明细（卷烟）", HEADER]
    for _ in range(lines):
        license_no, name = customers[rng.randrange(len(customers))]
        code, product, fen = products[rng.randrange(len(products))]
        requested = rng.randint(1, 12)
        supplied = requested if rng.random() < 0.8 else rng.randint(0, requested)
        price = Decimal(fen) / 100
        amount = price * supplied
        out.append(f'{rng.choice(days).isoformat()},{license_no},{name},{code},"{product}",{requested},{supplied},'
                   f'{price:.2f},"{amount:,.2f}"')
    out.append("合计,,,,,,,,")
    path.write_bytes(("\r\n".join(out) + "\r\n").encode(encoding))
    return month.isoformat()[:7]


def timed_import(db: Path, source: Path, dry_run: bool) -> tuple[float, float, int]:
    """(seconds in all, seconds reading, lines added or checked); the import is then undone and timed."""
    workspace = open_workspace(db, create=True)
    try:
        started = time.perf_counter()
        raw = LocalTabularFiles().read_table(source, large=True)
        table = locate_header(raw, SALES_COLUMNS.is_known)
        read = time.perf_counter() - started
        mapping = auto_mapping(table.headers, SALES_COLUMNS)
        if dry_run:
            preview = preview_sales_import(workspace.uow(), table, mapping)
            assert preview.ok, (preview.errors[:5], preview.unknown_customers[:3], preview.unknown_products[:3])
            count = preview.new_lines
        else:
            result = import_sales(workspace.uow(), table, mapping, now=datetime.now(UTC),
                                  backups=_NO_BACKUPS)
            count = result.added
            took = time.perf_counter() - started
            undo_started = time.perf_counter()
            undone = undo_import_batch(workspace.uow(), result.batch_id, datetime.now(UTC),
                                       backups=_NO_BACKUPS)
            assert undone.lines_removed == count
            UNDO_TIMES.append(time.perf_counter() - undo_started)
            return took, read, count
        return time.perf_counter() - started, read, count
    finally:
        workspace.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--encoding", default="gbk", choices=("gbk", "utf-8", "utf-8-sig", "gb18030"))
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="fieldbook-import-bench-"))
    db = args.db or folder / "large.db"
    build_workspace(db)
    source = folder / "订单明细.csv"
    started = time.perf_counter()
    month = write_export(db, source, args.lines, args.encoding)
    print(f"wrote {args.lines:,} lines of {month} ({source.stat().st_size / 1e6:.0f} MB, {args.encoding}) "
          f"in {time.perf_counter() - started:.1f} s")
    LocalTabularFiles().read_table(source, large=True)  # pandas imported once, as in a running app
    results: dict[str, list[tuple[float, float, int]]] = {"dry run": [], "import": []}
    for _ in range(args.runs):
        copy = folder / "run.db"
        shutil.copyfile(db, copy)
        results["dry run"].append(timed_import(copy, source, dry_run=True))
        results["import"].append(timed_import(copy, source, dry_run=False))
        copy.unlink()
    for name, runs in results.items():
        total = statistics.median(r[0] for r in runs)
        read = statistics.median(r[1] for r in runs)
        print(f"{name}: median {total:.2f} s over {len(runs)} runs (reading the file {read:.2f} s), "
              f"{runs[0][2]:,} lines; runs: {', '.join(f'{r[0]:.2f}' for r in runs)}")
    print(f"undo of that batch: median {statistics.median(UNDO_TIMES):.2f} s "
          f"(runs: {', '.join(f'{t:.2f}' for t in UNDO_TIMES)})")
    shutil.rmtree(folder, ignore_errors=True) if args.db is None else None


if __name__ == "__main__":
    main()
