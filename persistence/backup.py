"""Online backups with SQLite's backup API: consistent even while the workspace is in use."""
from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

BACKUP_DIR_NAME = "backups"
# a copy in progress, and the journal SQLite may keep beside it
_TEMP_SUFFIXES = ("", "-journal", "-wal", "-shm")


class BackupFailed(Exception):
    pass


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR_NAME


def backup_database(db_path: Path, reason: str, now: datetime, target_dir: Path | None = None) -> Path:
    """Copy the workspace to backups/<name>-<timestamp>-<reason>.db and verify the copy.

    The copy is written under a temporary name and renamed only once it passes
    `integrity_check`, so a file with a final name is always a good backup.
    """
    target_dir = target_dir or backup_dir_for(db_path)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    final = target_dir / f"{db_path.stem}-{stamp}-{reason}.db"
    n = 1
    while final.exists():
        n += 1
        final = target_dir / f"{db_path.stem}-{stamp}-{reason}-{n}.db"
    tmp = final.with_name(f".{final.name}.tmp")
    try:
        # read-only: a backup never writes to the workspace, nor creates one where none exists
        source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupFailed(f"{db_path}: {exc}") from exc
    try:
        copy = sqlite3.connect(tmp)
        try:
            source.backup(copy)
            # The copy inherits the WAL flag of the workspace; make it one self-contained file
            # (no -wal/-shm beside it, readable from read-only media).
            copy.execute("PRAGMA journal_mode=DELETE")
            verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            copy.close()
    except sqlite3.Error as exc:
        _remove_temp(tmp)
        raise BackupFailed(str(exc)) from exc
    finally:
        source.close()
    if verdict != "ok":
        _remove_temp(tmp)
        raise BackupFailed(f"the copy failed its integrity check: {verdict}")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    _fsync_dir(target_dir)
    return final


def _remove_temp(tmp: Path) -> None:
    for suffix in _TEMP_SUFFIXES:
        Path(str(tmp) + suffix).unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); directories cannot be opened on Windows."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_partial_backups(target_dir: Path, stem: str | None = None) -> list[Path]:
    """Temporary files left by a backup that was interrupted are never valid backups.

    With `stem`, only that workspace's leftovers go: workspaces in one folder share `backups/`,
    and another one may be writing its own temporary file right now.
    """
    removed: list[Path] = []
    if not target_dir.is_dir():
        return removed
    own = re.compile(rf"^\.{re.escape(stem)}-\d{{8}}-\d{{6}}-" if stem is not None else r"^\.")
    for leftover in target_dir.iterdir():
        name = leftover.name
        if own.match(name) and name.endswith(tuple(".tmp" + s for s in _TEMP_SUFFIXES)):
            leftover.unlink(missing_ok=True)
            removed.append(leftover)
    return removed
