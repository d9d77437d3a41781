"""Fault scenario 1, kill -9 during a large import: `main.py import sales` of a 200,000-line order CSV
(one transaction) in a child process, killed with SIGKILL at delays spread over the import. On reopen
the order-line count is exactly what it was before or before + 200,000, integrity_check is ok, and no
committed import batch lacks its lines. Then the import runs to the end."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from persistence.backup import integrity
from persistence.workspace import open_workspace
from tests.safety.backup_helpers import ROOT

LINES = 200_000
CUSTOMERS = 1000


def _workspace(db: Path) -> None:
    ws = open_workspace(db, create=True)
    try:
        with ws.engine.begin() as conn:
            conn.exec_driver_sql(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO customers (license_no, name, created_at, updated_at) "
                "SELECT 'L' || i, '客户' || i, '2024-01-01', '2024-01-01' FROM n", (CUSTOMERS,))
            conn.exec_driver_sql(
                "INSERT INTO products (code, name, price_class, wholesale_price_fen) VALUES ('P1', '黄山(硬)', 3, 12000)")
    finally:
        ws.close()


def _csv(path: Path) -> None:
    days = LINES // CUSTOMERS
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("订单日期,专卖许可证号,客户名称,卷烟编码,卷烟名称,需求量,订足量,批发价,金额\r\n")
        for d in range(days):
            day = f"2025-{1 + d // 28:02d}-{1 + d % 28:02d}"
            for c in range(1, CUSTOMERS + 1):
                fh.write(f"{day},L{c},客户{c},P1,黄山(硬),3,2,120.00,240.00\r\n")


def _start(cwd: Path, db: Path, source: Path) -> subprocess.Popen[bytes]:
    env = os.environ | {"FIELDBOOK_DATA_DIR": str(cwd / "data"), "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8"}
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(db), "import", "sales", str(source)],
                            cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _state(db: Path) -> tuple[int, list[tuple[int, str, int, int]]]:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        lines = conn.execute("SELECT count(*) FROM sales_lines").fetchone()[0]
        batches = conn.execute(
            "SELECT b.id, b.status, b.row_count, (SELECT count(*) FROM sales_lines s WHERE s.batch_id = b.id) "
            "FROM import_batches b WHERE b.kind = 'sales'").fetchall()
    finally:
        conn.close()
    return lines, batches


def test_kill_during_a_200k_line_import(tmp_path: Path) -> None:
    pristine = tmp_path / "pristine.db"
    _workspace(pristine)
    source = tmp_path / "orders.csv"
    _csv(source)
    db = tmp_path / "w.db"

    # one run to the end, for the import's length
    shutil.copyfile(pristine, db)
    began = time.monotonic()
    full = _start(tmp_path, db, source)
    _, err = full.communicate(timeout=300)
    duration = time.monotonic() - began
    assert full.returncode == 0, err
    assert _state(db)[0] == LINES

    outcomes = []
    for fraction in (0.15, 0.35, 0.55, 0.7, 0.85, 0.95):
        for leftover in tmp_path.glob("w.db*"):
            leftover.unlink()
        shutil.copyfile(pristine, db)
        child = _start(tmp_path, db, source)
        time.sleep(duration * fraction)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        lines, batches = _state(db)
        assert lines in (0, LINES), (fraction, lines)
        for batch_id, status, row_count, stored in batches:
            assert status != "committed" or stored == row_count == LINES, (fraction, batch_id, stored)
        assert bool(batches) is (lines == LINES)
        assert integrity(db) == "ok"
        outcomes.append(lines)
        ws = open_workspace(db)  # it opens again, its leftover temporary backups removed
        ws.close()
    assert 0 in outcomes, "every kill came after the commit: the import was never interrupted"
    # after a kill that left nothing, the same import runs to the end
    if _state(db)[0] == 0:
        again = _start(tmp_path, db, source)
        _, err = again.communicate(timeout=300)
        assert again.returncode == 0, err
        assert _state(db)[0] == LINES
