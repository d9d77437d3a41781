"""Online backups with SQLite's backup API: consistent even while the workspace is in use. Each copy is
written under a temporary name, checked with `integrity_check`, described by its manifest (see
backup_manifest.py) and only then renamed, so a file with a final name is always a good backup."""
from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from domain.backups import BackupEntry, BackupReason
from domain.errors import DiskFull
from persistence.backup_manifest import (
    MANIFEST_SUFFIX,
    STAMP_FORMAT,
    describe_copy,
    fingerprint,
    manifest_json,
    manifest_path,
    reason_of,
    write_manifest,
)

BACKUP_DIR_NAME = "backups"
# a copy in progress, and the journal SQLite may keep beside it
_TEMP_SUFFIXES = ("", "-journal", "-wal", "-shm")
# room kept free beyond the copy itself: the manifest, the copy's journal, and the user's other work
FREE_SPACE_MARGIN = 4 * 1024 * 1024
_CHUNK = 1024 * 1024


class BackupFailed(Exception):
    pass


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR_NAME


def free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def workspace_bytes(db_path: Path) -> int:
    fp = fingerprint(db_path)
    return 0 if fp is None else fp.size + fp.wal_size


def ensure_room(folder: Path, needed: int) -> None:
    """DiskFull before anything is written when `folder` has not `needed` bytes and the margin free."""
    needed += FREE_SPACE_MARGIN
    free = free_bytes(folder)
    if free < needed:
        raise DiskFull(str(folder), needed, free)


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    return isinstance(exc, sqlite3.Error) and (
        getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in str(exc))


def copy_pages(source: sqlite3.Connection, copy: sqlite3.Connection) -> None:
    """The copy itself (a seam for the disk-full tests). In one step: one read transaction, so one
    consistent snapshot, and in WAL mode writers go on meanwhile; in several steps, every commit of
    another connection between two steps would start the copy over, and steady writes would starve it."""
    source.backup(copy, pages=-1)


def write_chunk(fh: BinaryIO, chunk: bytes) -> None:
    """Every byte a raw copy writes goes through here (a seam for the disk-full tests)."""
    fh.write(chunk)


def _final_name(target_dir: Path, stem: str, label: str, now: datetime) -> Path:
    stamp = now.strftime(STAMP_FORMAT)
    final = target_dir / f"{stem}-{stamp}-{label}.db"
    n = 1
    while final.exists() or manifest_path(final).exists():
        n += 1
        final = target_dir / f"{stem}-{stamp}-{label}-{n}.db"
    return final


def _open_source(db_path: Path) -> sqlite3.Connection:
    # read-only: a backup never writes to the workspace, nor creates one where none exists
    uri = f"{db_path.resolve().as_uri()}?mode=ro"
    if not Path(f"{db_path}-wal").exists() and not os.access(db_path.parent, os.W_OK):
        # a read-only folder: SQLite could not create the -shm it wants; with no -wal the file is all
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True)


def backup_database(db_path: Path, reason: str, now: datetime, target_dir: Path | None = None) -> Path:
    """Copy the workspace to backups/<name>-<timestamp>-<reason>.db, verify it, describe it.

    `reason` is the label in the file name ("manual", "pre-migrate-base"); the manifest's reason is
    the BackupReason it starts with. DiskFull when the folder has no room (nothing is left behind).
    """
    target_dir = target_dir or backup_dir_for(db_path)
    target_dir.mkdir(parents=True, exist_ok=True)
    kind = reason_of(reason)
    if kind is None:
        raise ValueError(f"not a backup reason: {reason}")
    source_fp = fingerprint(db_path)
    if source_fp is None:
        raise BackupFailed(f"{db_path}: no such file")
    needed = source_fp.size + source_fp.wal_size
    ensure_room(target_dir, needed)
    final = _final_name(target_dir, db_path.stem, reason, now)
    tmp = final.with_name(f".{final.name}.tmp")
    try:
        source = _open_source(db_path)
    except sqlite3.Error as exc:
        raise BackupFailed(f"{db_path}: {exc}") from exc
    try:
        copy = sqlite3.connect(tmp)
        try:
            copy_pages(source, copy)
            # The copy inherits the WAL flag of the workspace; make it one self-contained file
            # (no -wal/-shm beside it, readable from read-only media).
            copy.execute("PRAGMA journal_mode=DELETE")
            verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
            revision, counts = describe_copy(copy) if verdict == "ok" else (None, {})
        finally:
            copy.close()
        if verdict != "ok":
            raise BackupFailed(f"the copy failed its integrity check: {verdict}")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        entry = BackupEntry(final.name, now, kind, tmp.stat().st_size, verified=True,
                            row_counts=counts, schema_revision=revision)
        write_manifest(final, manifest_json(entry, _sha256(tmp), source_fp))
        os.replace(tmp, final)
    except BaseException as exc:
        _remove_temp(tmp)
        if not final.exists():
            manifest_path(final).unlink(missing_ok=True)
        if is_disk_full(exc):
            raise DiskFull(str(target_dir), needed + FREE_SPACE_MARGIN, free_bytes(target_dir)) from exc
        if isinstance(exc, sqlite3.Error):
            raise BackupFailed(str(exc)) from exc
        raise
    finally:
        source.close()
    _fsync_dir(target_dir)
    return final


def copy_as_is(db_path: Path, reason: BackupReason, now: datetime, target_dir: Path | None = None) -> Path:
    """The bytes of a file that cannot be copied through SQLite (a damaged one), kept as they are,
    with a manifest that says it is not verified (thinning never removes it)."""
    target_dir = target_dir or backup_dir_for(db_path)
    target_dir.mkdir(parents=True, exist_ok=True)
    size = db_path.stat().st_size
    ensure_room(target_dir, size)
    final = _final_name(target_dir, db_path.stem, reason.value, now)
    tmp = final.with_name(f".{final.name}.tmp")
    digest = hashlib.sha256()
    try:
        with open(db_path, "rb") as src, open(tmp, "wb") as dst:
            while chunk := src.read(_CHUNK):
                write_chunk(dst, chunk)
                digest.update(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        entry = BackupEntry(final.name, now, reason, size, verified=False)
        write_manifest(final, manifest_json(entry, digest.hexdigest(), fingerprint(db_path)))
        os.replace(tmp, final)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if not final.exists():
            manifest_path(final).unlink(missing_ok=True)
        if is_disk_full(exc):
            raise DiskFull(str(target_dir), size + FREE_SPACE_MARGIN, free_bytes(target_dir)) from exc
        raise
    _fsync_dir(target_dir)
    return final


def integrity(path: Path, check: str = "integrity_check") -> str:
    """"ok", or what SQLite found wrong (or why the file could not be read), read-only."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = conn.execute(f"PRAGMA {check}").fetchall()
        return "; ".join(str(r[0]) for r in rows[:5])
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()


def sha256_of(path: Path) -> str:
    return _sha256(path)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _remove_temp(tmp: Path) -> None:
    for suffix in _TEMP_SUFFIXES:
        Path(str(tmp) + suffix).unlink(missing_ok=True)


def fsync_dir(folder: Path) -> None:
    _fsync_dir(folder)


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
    """Temporary files left by a backup that was interrupted are never valid backups; nor is a
    manifest whose backup never got its final name.

    With `stem`, only that workspace's leftovers go: workspaces in one folder share `backups/`,
    and another one may be writing its own temporary file right now.
    """
    removed: list[Path] = []
    if not target_dir.is_dir():
        return removed
    own = re.compile(rf"^\.{re.escape(stem)}-\d{{8}}-\d{{6}}-" if stem is not None else r"^\.")
    final = re.compile(rf"^{re.escape(stem)}-\d{{8}}-\d{{6}}-.+\.db{re.escape(MANIFEST_SUFFIX)}$"
                       if stem is not None else rf"^.+\.db{re.escape(MANIFEST_SUFFIX)}$")
    temp_endings = tuple(".tmp" + s for s in _TEMP_SUFFIXES)
    for leftover in target_dir.iterdir():
        name = leftover.name
        orphan = final.match(name) is not None and not leftover.with_name(name[: -len(MANIFEST_SUFFIX)]).exists()
        if (own.match(name) and name.endswith(temp_endings)) or orphan:
            leftover.unlink(missing_ok=True)
            removed.append(leftover)
    return removed


