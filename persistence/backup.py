"""Online backups with SQLite's backup API: consistent even while the workspace is in use."""
from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

BACKUP_DIR_NAME = "backups"


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
    source = sqlite3.connect(db_path)
    try:
        copy = sqlite3.connect(tmp)
        try:
            source.backup(copy)
            verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            copy.close()
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise BackupFailed(str(exc)) from exc
    finally:
        source.close()
    if verdict != "ok":
        tmp.unlink(missing_ok=True)
        raise BackupFailed(f"the copy failed its integrity check: {verdict}")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    return final


def remove_partial_backups(target_dir: Path) -> None:
    """Temporary files left by a backup that was interrupted are never valid backups."""
    if target_dir.is_dir():
        for leftover in target_dir.glob(".*.tmp"):
            leftover.unlink(missing_ok=True)
