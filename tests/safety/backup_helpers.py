"""What the backup and restore scenario tests share: a filled workspace file, the command line in a
child process, a file damaged the way scenario 7 damages it."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from persistence.workspace import open_workspace
from tests.persistence.helpers import insert_customers, insert_sales

ROOT = Path(__file__).resolve().parents[2]


def filled_workspace(db: Path, customers: int = 300) -> Path:
    ws = open_workspace(db, create=True)
    try:
        insert_customers(ws.engine, customers)
        insert_sales(ws.engine)
    finally:
        ws.close()
    return db


def run_cli(cwd: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"FIELDBOOK_DATA_DIR": str(cwd / "data"), "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8"}
    env.pop("LANG", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args],
                          capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout)


def damage_middle_page(db: Path) -> None:
    """16 bytes overwritten in a page in the middle of the file (scenario 7, case i)."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    finally:
        conn.close()
    with open(db, "r+b") as fh:
        fh.seek(page * (pages // 2))  # the page header: the page type and its cell count
        fh.write(b"\xff" * 16)


def table_counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()
