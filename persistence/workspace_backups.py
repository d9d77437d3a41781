"""The domain's Backups port on a workspace file: verified copies into backups/ beside it, named for
their reason and stamped with the current time (UTC); a changed-only variant for the scheduled and
at-close backups; and thinning after every good backup."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from domain.backup_thinning import keep
from domain.backups import BackupReason
from persistence.backup import backup_database, backup_dir_for
from persistence.backup_manifest import fingerprint, list_backups, manifest_path
from persistence.backup_manifest import mark_failed as mark_manifest_failed

log = logging.getLogger("fieldbook")


@dataclass(frozen=True)
class WorkspaceBackups:
    path: Path | None  # None for a database URL without a file: nothing to copy

    def take(self, reason: BackupReason) -> Path | None:
        if self.path is None:
            return None
        now = datetime.now(UTC)
        taken = backup_database(self.path, BackupReason(reason).value, now)
        thin_backups(self.path, now)
        return taken

    def take_if_changed(self, reason: BackupReason) -> Path | None:
        """None when the file and its -wal are as they were when the newest backup was taken."""
        if self.path is None:
            return None
        listed = list_backups(backup_dir_for(self.path), self.path.stem)
        newest = next((item for item in listed if not item.legacy), None)
        if newest is not None and newest.source is not None and newest.source == fingerprint(self.path):
            return None
        return self.take(reason)

    def mark_failed(self, backup: Path) -> None:
        try:
            mark_manifest_failed(backup)
        except OSError as exc:
            # the failure of the operation itself is what the user must see; left unmarked, the backup
            # is kept like any other good one
            log.warning("could not mark the backup %s as one of a failed operation: %s", backup, exc)


def thin_backups(db_path: Path, now: datetime) -> list[Path]:
    """Delete the workspace's backups the rule does not keep (each file with its manifest); only
    files this workspace's listing shows are touched."""
    folder = backup_dir_for(db_path)
    listed = list_backups(folder, db_path.stem)
    kept = keep([item.entry for item in listed], now)
    removed: list[Path] = []
    for item in listed:
        if item.entry.name in kept or item.legacy:
            continue
        try:
            # the manifest last: a backup without one is listed as unverified and kept, never lost
            item.path.unlink(missing_ok=True)
            manifest_path(item.path).unlink(missing_ok=True)
        except OSError as exc:  # a file held open elsewhere (Windows): tried again after the next backup
            log.warning("could not remove the old backup %s: %s", item.path, exc)
            continue
        removed.append(item.path)
    return removed
