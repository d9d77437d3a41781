"""The manifest beside each backup (`<backup>.db.json`): what the copy holds and how it was checked, and
the fingerprint of the workspace file it was taken from. Also the listing of one workspace's backups."""
from __future__ import annotations

import json
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from domain.backups import BackupEntry, BackupReason

MANIFEST_SUFFIX = ".json"
_VERSION = 1
# A stamp's format is also the order of the names within one second's backups.
STAMP_FORMAT = "%Y%m%d-%H%M%S"
# longest first, so that "pre-import" is not read as some shorter reason's prefix
_REASONS = sorted((r.value for r in BackupReason), key=len, reverse=True)


@dataclass(frozen=True)
class SourceFingerprint:
    """Size and modification time of the workspace file and its -wal: equal fingerprints mean nothing
    was written in between (a commit in WAL mode changes the -wal, a checkpoint the file)."""

    size: int
    mtime_ns: int
    wal_size: int
    wal_mtime_ns: int

    def as_json(self) -> dict[str, int]:
        return {"size": self.size, "mtime_ns": self.mtime_ns,
                "wal_size": self.wal_size, "wal_mtime_ns": self.wal_mtime_ns}


def fingerprint(db_path: Path) -> SourceFingerprint | None:
    try:
        st = db_path.stat()
    except FileNotFoundError:
        return None
    try:
        wal = Path(f"{db_path}-wal").stat()
        wal_size, wal_mtime = wal.st_size, wal.st_mtime_ns
    except FileNotFoundError:
        wal_size, wal_mtime = 0, 0
    return SourceFingerprint(st.st_size, st.st_mtime_ns, wal_size, wal_mtime)


@dataclass(frozen=True)
class Listed:
    """One backup file of the workspace: where it is, what is known of it, what it was taken from."""

    path: Path
    entry: BackupEntry
    source: SourceFingerprint | None
    sha256: str | None
    legacy: bool  # no manifest: taken by an older Fieldbook


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def describe_copy(conn: sqlite3.Connection) -> tuple[str | None, dict[str, int]]:
    """The schema revision and the row count of each table of an open copy."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    counts = {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}
    revision = None
    if "alembic_version" in counts:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = None if row is None else str(row[0])
    return revision, counts


def manifest_json(entry: BackupEntry, sha256: str, source: SourceFingerprint | None) -> dict[str, Any]:
    return {
        "version": _VERSION,
        "reason": entry.reason.value,
        "taken_at": entry.taken_at.astimezone(UTC).isoformat(),
        "size": entry.size_bytes,
        "sha256": sha256,
        "schema_revision": entry.schema_revision,
        "row_counts": dict(entry.row_counts),
        "verified": entry.verified,
        "failed_operation": entry.failed_operation,
        "source": None if source is None else source.as_json(),
    }


def write_manifest(backup: Path, data: dict[str, Any], write: Any = None) -> Path:
    """Written beside the (possibly still temporary) backup name of its final file, atomically: a
    temporary file, fsync, rename. `write` is the writer of the bytes (a seam for the disk-full tests)."""
    final = manifest_path(backup)
    tmp = final.with_name(f".{final.name}.tmp")
    payload = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    try:
        with open(tmp, "wb") as fh:
            (write or _write_all)(fh, payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, final)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return final


def _write_all(fh: Any, payload: bytes) -> None:
    fh.write(payload)


def read_manifest(backup: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(manifest_path(backup).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


def name_pattern(stem: str) -> re.Pattern[str]:
    """Final names of `stem`'s backups: `<stem>-<YYYYmmdd-HHMMSS>-<label>.db`."""
    return re.compile(rf"^{re.escape(stem)}-(\d{{8}}-\d{{6}})-(.+)\.db$")


def reason_of(label: str) -> BackupReason | None:
    """The reason a label starts with ("pre-migrate-base" is pre-migrate; "manual-2" the second
    manual backup in one second)."""
    for value in _REASONS:
        if label == value or label.startswith(value + "-"):
            return BackupReason(value)
    return None


def list_backups(folder: Path, stem: str) -> list[Listed]:
    """The backups of the workspace `stem` in `folder`, newest first; a file of another workspace,
    a temporary file or a name that is not a backup's is not listed."""
    if not folder.is_dir():
        return []
    pattern = name_pattern(stem)
    found: list[Listed] = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match is None or not path.is_file():
            continue
        reason = reason_of(match.group(2))
        if reason is None:
            continue
        stamp = datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
        found.append(_listed(path, reason, stamp))
    found.sort(key=lambda item: (item.entry.taken_at, item.path.name), reverse=True)
    return found


def entry_of(path: Path) -> BackupEntry | None:
    """The entry of one backup file, None if the name is not a backup's."""
    match = re.match(r"^.+-(\d{8}-\d{6})-(.+)\.db$", path.name)
    reason = None if match is None else reason_of(match.group(2))
    if match is None or reason is None or not path.is_file():
        return None
    return _listed(path, reason, datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)).entry


def _listed(path: Path, reason: BackupReason, stamp: datetime) -> Listed:
    data = read_manifest(path)
    if data is None:
        entry = BackupEntry(path.name, stamp, reason, path.stat().st_size, verified=False)
        return Listed(path, entry, None, None, legacy=True)
    try:
        taken_at = datetime.fromisoformat(str(data["taken_at"])).astimezone(UTC)
        source = data.get("source")
        entry = BackupEntry(
            name=path.name, taken_at=taken_at, reason=BackupReason(data.get("reason", reason.value)),
            size_bytes=int(data["size"]), verified=bool(data["verified"]),
            row_counts={str(k): int(v) for k, v in dict(data.get("row_counts") or {}).items()},
            schema_revision=data.get("schema_revision"), failed_operation=bool(data.get("failed_operation")),
        )
        fp = None if not source else SourceFingerprint(
            int(source["size"]), int(source["mtime_ns"]), int(source["wal_size"]), int(source["wal_mtime_ns"]))
    except (KeyError, TypeError, ValueError):
        # a manifest that cannot be read says nothing: the file is treated as unverified, and kept
        entry = BackupEntry(path.name, stamp, reason, path.stat().st_size, verified=False)
        return Listed(path, entry, None, None, legacy=True)
    sha = data.get("sha256")
    return Listed(path, entry, fp, None if sha is None else str(sha), legacy=False)


def mark_failed(backup: Path) -> None:
    """The operation this backup was taken for did not complete: thinning keeps it only until a newer
    good backup exists. A backup without a manifest is left as it is (it is never thinned anyway)."""
    data = read_manifest(backup)
    if data is None:
        return
    data["failed_operation"] = True
    write_manifest(backup, data)
