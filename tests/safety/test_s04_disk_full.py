"""Fault scenario 4, a full disk: a backup, an import (through its pre-import backup), the thinning
that follows a backup, and a restore each end in DiskFull with one clear line; the workspace's dump is
unchanged, every earlier backup is still there, and the workspace still reads.

Where the tests run as root and a 20 MB tmpfs can be mounted, the disk is really full; elsewhere (and
in the ioerr-style loop, N = 1, 2, … like SQLite's own ioerr tests) the writers raise ENOSPC at the
N-th write."""
from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from domain.backups import BackupReason
from domain.errors import DiskFull
from domain.services.restore import restore_latest
from persistence import backup as backup_module
from persistence import backup_manifest
from persistence.backup import backup_database, backup_dir_for
from persistence.restore_points import FileRestorePoints
from persistence.workspace import open_workspace
from tests.persistence.helpers import dump_hash
from tests.safety.backup_helpers import filled_workspace, run_cli, table_counts

SALES_CSV = ("订单日期,专卖许可证号,客户名称,卷烟编码,卷烟名称,需求量,订足量,批发价,金额\r\n"
             + "".join(f"2026-10-{1 + i % 28:02d},L{1 + i % 300},客户,P1,黄山(硬),3,2,120.00,240.00\r\n"
                       for i in range(500)))


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 20 MB filesystem of its own, or a skip where one cannot be mounted."""
    folder = tmp_path / "small"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; the ENOSPC-hook tests cover this case")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", str(folder)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("no tmpfs here; the ENOSPC-hook tests cover this case")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path, leave: int) -> Path:
    """Take all the free space of the filesystem but `leave` bytes."""
    filler = folder / "filler.bin"
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    with open(filler, "wb") as fh:
        remaining = max(free - leave, 0)
        block = b"\0" * (1024 * 1024)
        while remaining > 0:
            try:
                fh.write(block[:remaining])
            except OSError:
                break
            remaining -= min(len(block), remaining)
    return filler


def _snapshot(db: Path) -> tuple[str, list[str]]:
    return dump_hash(db), sorted(p.name for p in backup_dir_for(db).iterdir())


def _assert_unchanged(db: Path, before: tuple[str, list[str]]) -> None:
    assert _snapshot(db) == before  # the data, and every earlier backup (no new file, no leftover)
    assert table_counts(db)["customers"] > 0  # it still reads
    ws = open_workspace(db, create=True)
    ws.close()


def _workspace_with_backups(db: Path) -> Path:
    filled_workspace(db, customers=8000)
    ws = open_workspace(db, create=True)
    try:
        ws.backups.take(BackupReason.MANUAL)
    finally:
        ws.close()
    return db


def test_a_backup_on_a_full_disk_writes_nothing(small_disk: Path) -> None:
    db = _workspace_with_backups(small_disk / "w.db")
    before = _snapshot(db)
    _fill(small_disk, leave=256 * 1024)
    ws = open_workspace(db, create=True)
    try:
        with pytest.raises(DiskFull) as caught:
            ws.backups.take(BackupReason.MANUAL)
    finally:
        ws.close()
    assert caught.value.free_bytes < caught.value.needed_bytes
    assert "Not enough free space" in str(caught.value) and "\n" not in str(caught.value)
    _assert_unchanged(db, before)


def test_a_disk_that_fills_during_the_copy(small_disk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check before the copy passed (another program took the space meanwhile): SQLite's own
    "database or disk is full" becomes DiskFull and the temporary file goes."""
    db = _workspace_with_backups(small_disk / "w.db")
    before = _snapshot(db)
    _fill(small_disk, leave=512 * 1024)
    monkeypatch.setattr(backup_module, "free_bytes", lambda folder: 10**12)
    with pytest.raises(DiskFull):
        backup_database(db, "manual", _now())
    monkeypatch.undo()
    _assert_unchanged(db, before)


def _now() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC)


def test_an_import_on_a_full_disk_is_refused_by_its_backup(small_disk: Path) -> None:
    db = _workspace_with_backups(small_disk / "w.db")
    source = small_disk / "orders.csv"
    source.write_text(SALES_CSV, encoding="utf-8")
    assert run_cli(small_disk, "--db", str(db), "import", "list").returncode == 0  # the defaults a command adds
    before = _snapshot(db)
    # room for opening the workspace (its -wal may grow a little), not for a copy of it with the margin
    filler = _fill(small_disk, leave=backup_module.workspace_bytes(db) + 2 * 1024 * 1024)
    result = run_cli(small_disk, "--db", str(db), "import", "sales", str(source))
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert "Not enough free space" in line and "Traceback" not in result.stderr
    filler.unlink()  # room again, for the checks themselves
    _assert_unchanged(db, before)
    # and with room again, the same import goes through
    again = run_cli(small_disk, "--db", str(db), "import", "sales", str(source))
    assert again.returncode == 0, again.stderr


def test_a_restore_on_a_full_disk_changes_nothing(small_disk: Path) -> None:
    db = _workspace_with_backups(small_disk / "w.db")
    before = _snapshot(db)
    _fill(small_disk, leave=256 * 1024)
    with pytest.raises(DiskFull):
        restore_latest(FileRestorePoints(db))
    _assert_unchanged(db, before)


# --- without a small disk: ENOSPC at the N-th write -------------------------------------------------


def _stepwise_failing(n: int, error: Exception) -> Any:
    """A copy that fails at its n-th step of 8 pages, as a disk filling mid-copy does."""
    def copy(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
        steps = 0

        def progress(status: int, remaining: int, total: int) -> None:
            nonlocal steps
            steps += 1
            if steps >= n:
                raise error

        source.backup(target, pages=8, progress=progress)
    return copy


@pytest.mark.parametrize("error", [
    OSError(errno.ENOSPC, "No space left on device"),
    sqlite3.OperationalError("database or disk is full"),
], ids=["ENOSPC", "SQLITE_FULL"])
def test_enospc_at_the_nth_write_of_a_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception) -> None:
    db = _workspace_with_backups(tmp_path / "w.db")
    before = _snapshot(db)
    pages = sqlite3.connect(db).execute("PRAGMA page_count").fetchone()[0]
    steps = pages // 8 + 1
    ws = open_workspace(db, create=True)
    try:
        for n in [*range(1, 6), steps // 2, steps - 1]:
            monkeypatch.setattr(backup_module, "copy_pages", _stepwise_failing(n, error))
            with pytest.raises(DiskFull):
                ws.backups.take(BackupReason.SCHEDULED)
            assert _snapshot(db)[1] == before[1], n
        monkeypatch.undo()
        # the manifest is the last write before the rename: failing there leaves nothing either
        def no_room(fh: Any, payload: bytes) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(backup_manifest, "_write_all", no_room)
        with pytest.raises(DiskFull):
            ws.backups.take(BackupReason.SCHEDULED)
        monkeypatch.undo()
    finally:
        ws.close()
    _assert_unchanged(db, before)


def test_enospc_while_keeping_a_damaged_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The byte copy of a damaged file before a restore: ENOSPC at any of its writes stops the restore."""
    db = _workspace_with_backups(tmp_path / "w.db")
    from tests.safety.backup_helpers import damage_middle_page

    damage_middle_page(db)
    damaged = db.read_bytes()
    before = sorted(p.name for p in backup_dir_for(db).iterdir())
    for n in (1, 2, 3):
        writes = 0

        def failing(fh: Any, chunk: bytes, n: int = n) -> None:
            nonlocal writes
            writes += 1
            if writes >= n:
                raise OSError(errno.ENOSPC, "No space left on device")
            fh.write(chunk)

        writes = 0
        monkeypatch.setattr(backup_module, "write_chunk", failing)
        with pytest.raises(DiskFull):
            restore_latest(FileRestorePoints(db))
        assert db.read_bytes() == damaged
        assert sorted(p.name for p in backup_dir_for(db).iterdir()) == before


def test_a_free_space_check_refuses_before_any_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the tmpfs test shows, where no tmpfs can be mounted: the check comes before any file."""
    db = _workspace_with_backups(tmp_path / "w.db")
    before = _snapshot(db)
    monkeypatch.setattr(backup_module, "free_bytes", lambda folder: 1000)
    ws = open_workspace(db, create=True)
    try:
        with pytest.raises(DiskFull) as caught:
            ws.backups.take(BackupReason.PRE_IMPORT)
    finally:
        ws.close()
    assert caught.value.free_bytes == 1000 and caught.value.needed_bytes > db.stat().st_size
    monkeypatch.undo()
    _assert_unchanged(db, before)
