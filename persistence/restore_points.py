"""The domain's RestorePoints on a workspace file: its backups, and putting one of them back in place
of the file, after the file itself was backed up (so that a restore can be undone)."""
from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from filelock import Timeout

from domain.backups import BackupEntry, BackupReason
from domain.errors import BackupNotFound, DiskFull, WorkspaceLocked, WorkspaceMissing
from domain.services.restore import BackupFolder, BackupUnusable, RestoreResult
from persistence.backup import (
    FREE_SPACE_MARGIN,
    BackupFailed,
    backup_database,
    backup_dir_for,
    copy_as_is,
    ensure_room,
    fsync_dir,
    integrity,
    is_disk_full,
    sha256_of,
    workspace_bytes,
)
from persistence.backup_manifest import STAMP_FORMAT, Listed, list_backups, manifest_path
from persistence.workspace import lock_for

_JOURNALS = ("-wal", "-shm")


class FileRestorePoints:
    """`restore` needs the workspace closed: it takes the workspace lock itself (WorkspaceLocked while
    a window or a command holds it)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path.expanduser().absolute()
        self.backups = backup_dir_for(self.db_path)

    def _listed(self) -> list[Listed]:
        return list_backups(self.backups, self.db_path.stem)

    def list(self) -> list[BackupEntry]:
        return [item.entry for item in self._listed()]

    def path_of(self, entry: BackupEntry) -> Path:
        return self.backups / entry.name

    def folder(self) -> BackupFolder:
        listed = self._listed()
        total = 0
        for item in listed:
            total += item.path.stat().st_size
            if manifest_path(item.path).exists():
                total += manifest_path(item.path).stat().st_size
        return BackupFolder(str(self.backups), len(listed), total)

    def restore(self, entry: BackupEntry) -> RestoreResult:
        if not self.db_path.parent.is_dir():
            raise WorkspaceMissing(str(self.db_path))
        lock = lock_for(self.db_path)
        try:
            lock.acquire()
        except Timeout as exc:
            raise WorkspaceLocked(str(self.db_path)) from exc
        try:
            return self._restore(entry)
        finally:
            lock.release()

    def _restore(self, entry: BackupEntry) -> RestoreResult:
        chosen = next((item for item in self._listed() if item.entry.name == entry.name), None)
        if chosen is None:
            raise BackupNotFound(entry.name)
        self._check_chosen(chosen)
        now = datetime.now(UTC)
        # room for the copy of the current file and for the restored file beside it
        ensure_room(self.backups, workspace_bytes(self.db_path))
        ensure_room(self.db_path.parent, chosen.path.stat().st_size)
        replaced = self._back_up_current(now)
        tmp = self.db_path.with_name(f".{self.db_path.name}.restore.tmp")
        try:
            _copy_file(chosen.path, tmp)
        except BaseException as exc:
            tmp.unlink(missing_ok=True)
            if is_disk_full(exc):
                needed = chosen.path.stat().st_size + FREE_SPACE_MARGIN
                raise _disk_full(self.db_path.parent, needed) from exc
            raise
        self._set_journals_aside(now)
        os.replace(tmp, self.db_path)
        fsync_dir(self.db_path.parent)
        return RestoreResult(chosen.entry, replaced)

    def _check_chosen(self, chosen: Listed) -> None:
        """A backup is put back only if it still reads as a whole database and, where its manifest
        knows the bytes, is still those bytes."""
        verdict = integrity(chosen.path)
        if verdict != "ok":
            raise BackupUnusable(chosen.entry.name, verdict)
        if chosen.sha256 is not None and sha256_of(chosen.path) != chosen.sha256:
            raise BackupUnusable(chosen.entry.name, "its contents changed since it was written")

    def _back_up_current(self, now: datetime) -> BackupEntry | None:
        if not self.db_path.exists():
            return None
        taken: Path | None = None
        if integrity(self.db_path, "quick_check") == "ok":
            try:
                taken = backup_database(self.db_path, BackupReason.PRE_RESTORE.value, now)
            except BackupFailed:
                taken = None
        if taken is None:
            taken = copy_as_is(self.db_path, BackupReason.DAMAGED, now)
        return next((item.entry for item in self._listed() if item.path == taken), None)

    def _set_journals_aside(self, now: datetime) -> None:
        """The current -wal and -shm belong to the file being replaced; folded into the restored file
        they would damage it. Renamed, never deleted: a -wal may hold the last commits."""
        stamp = now.strftime(STAMP_FORMAT)
        for suffix in _JOURNALS:
            journal = Path(f"{self.db_path}{suffix}")
            if journal.exists():
                aside = journal.with_name(f"{journal.name}.before-restore-{stamp}")
                n = 1
                while aside.exists():
                    n += 1
                    aside = journal.with_name(f"{journal.name}.before-restore-{stamp}-{n}")
                os.replace(journal, aside)


def _copy_file(source: Path, target: Path) -> None:
    with open(source, "rb") as src, open(target, "wb") as dst:
        shutil.copyfileobj(src, dst, 1024 * 1024)
        dst.flush()
        os.fsync(dst.fileno())


def _disk_full(folder: Path, needed: int) -> DiskFull:
    return DiskFull(str(folder), needed, shutil.disk_usage(folder).free)
