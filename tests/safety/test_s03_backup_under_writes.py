"""Fault scenario 3, a backup under concurrent writes: a thread commits single-row inserts while
backups are taken; each backup passes integrity_check and holds exactly the rows of some commit
(never part of a transaction), and its manifest counts what it holds. The control shows why the live
file is never copied with its bytes: a plain copy of the file without its -wal misses committed rows."""
from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

from domain.backups import BackupReason
from persistence.backup import integrity
from persistence.backup_manifest import entry_of
from persistence.workspace import open_workspace
from tests.safety.backup_helpers import filled_workspace


def _writer(db: Path, stop: threading.Event, committed: set[int], lock: threading.Lock) -> None:
    conn = sqlite3.connect(db, isolation_level=None, timeout=10)
    try:
        i = 0
        while not stop.is_set():
            i += 1
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO customers (license_no, name, created_at, updated_at) "
                "VALUES (?, 'x', '2026-01-01', '2026-01-01')", (f"W{i}",))
            # a second row in the same transaction: a copy with one of them and not the other would be torn
            conn.execute(
                "INSERT INTO customer_tags (customer_id, tag) VALUES (last_insert_rowid(), 'w')")
            conn.execute("COMMIT")
            with lock:
                committed.add(conn.execute("SELECT count(*) FROM customers").fetchone()[0])
    finally:
        conn.close()


def test_backups_while_a_thread_commits(tmp_path: Path) -> None:
    db = filled_workspace(tmp_path / "w.db", customers=20000)
    ws = open_workspace(db, create=True)
    start = ws.engine.connect().exec_driver_sql("SELECT count(*) FROM customers").scalar_one()
    committed: set[int] = {start}
    lock = threading.Lock()
    stop = threading.Event()
    writer = threading.Thread(target=_writer, args=(db, stop, committed, lock))
    writer.start()
    taken = []
    try:
        for _ in range(5):
            path = ws.backups.take(BackupReason.SCHEDULED)
            assert path is not None
            taken.append(path)
    finally:
        stop.set()
        writer.join()
        ws.close()
    counts = []
    for path in taken:
        assert integrity(path) == "ok"
        conn = sqlite3.connect(path)
        try:
            customers = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
            tagged = conn.execute("SELECT count(*) FROM customer_tags WHERE tag = 'w'").fetchone()[0]
        finally:
            conn.close()
        with lock:
            assert customers in committed  # the rows of one commit, not of half a transaction
        assert customers - 20000 == tagged
        entry = entry_of(path)
        assert entry is not None and entry.customers == customers
        counts.append(customers)
    assert max(counts) > start, "the writer never got in between: the test tests nothing"


def test_control_a_plain_copy_of_the_file_misses_committed_rows(tmp_path: Path) -> None:
    db = filled_workspace(tmp_path / "w.db", customers=100)
    ws = open_workspace(db, create=True)
    try:
        with ws.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO customers (license_no, name, created_at, updated_at) "
                "VALUES ('LATE', 'x', '2026-01-01', '2026-01-01')")
        naive = tmp_path / "naive.db"
        shutil.copyfile(db, naive)  # the file alone: the commit is still in the -wal
        backup = ws.backups.take(BackupReason.MANUAL)
    finally:
        ws.close()
    late = "SELECT count(*) FROM customers WHERE license_no = 'LATE'"
    assert sqlite3.connect(naive).execute(late).fetchone()[0] == 0
    assert backup is not None and sqlite3.connect(backup).execute(late).fetchone()[0] == 1
