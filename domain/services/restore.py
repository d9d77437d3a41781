"""Use cases of restoring the workspace from a backup; the window's 从备份恢复… and `main.py restore`
both call these."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from domain.backups import BackupEntry
from domain.errors import BackupNotFound, WorkspaceError


class BackupUnusable(WorkspaceError):
    """The chosen backup no longer reads as a whole database (or its bytes changed since its manifest
    was written): it is not put in place of the workspace."""

    def __init__(self, name: str, detail: str) -> None:
        super().__init__(f"The backup {name} cannot be used ({detail}); nothing was changed.")
        self.name = name
        self.detail = detail


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupEntry
    # the backup of the file that was replaced (pre-restore, or damaged when it was damaged); restoring
    # it undoes the restore. None when there was no file to replace.
    replaced: BackupEntry | None


@dataclass(frozen=True)
class BackupFolder:
    folder: str  # where the backups are, as the user would type it
    count: int
    total_bytes: int


class RestorePoints(Protocol):
    """The backups of one workspace file. `restore` works on a closed workspace (the caller closes its
    own connection first): it backs up the current file, then replaces it atomically."""

    def list(self) -> list[BackupEntry]: ...  # newest first

    def restore(self, entry: BackupEntry) -> RestoreResult: ...

    def folder(self) -> BackupFolder: ...


def list_backups(points: RestorePoints) -> list[BackupEntry]:
    return points.list()


def newest_verified(points: RestorePoints) -> BackupEntry | None:
    return next((entry for entry in points.list() if entry.verified), None)


def restore_backup(points: RestorePoints, name: str) -> RestoreResult:
    entry = next((entry for entry in points.list() if entry.name == name), None)
    if entry is None:
        raise BackupNotFound(name)
    return points.restore(entry)


def restore_latest(points: RestorePoints) -> RestoreResult:
    entry = newest_verified(points)
    if entry is None:
        raise BackupNotFound("latest")
    return points.restore(entry)
