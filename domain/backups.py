"""Backups of the workspace: why each was taken (written into its file name and its manifest, so the user
can tell the copy from before an import from the one they asked for), what is known of each, and the
rule for which ones are kept."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum


class BackupReason(str, Enum):
    PRE_IMPORT = "pre-import"  # before an import (or the customers and products it creates) writes
    PRE_UNDO = "pre-undo"  # before an import is undone
    PRE_MIGRATE = "pre-migrate"  # before the schema of an older workspace is upgraded
    PRE_RESTORE = "pre-restore"  # the file a restore replaces
    PRE_RECOMPUTE = "pre-recompute"  # before a bulk recompute writes many rows at once
    MANUAL = "manual"  # the user's "Back up now" and the `backup` command
    SCHEDULED = "scheduled"  # every 30 minutes of work, if anything changed
    AT_CLOSE = "at-close"  # when the window closes, if anything changed
    DAMAGED = "damaged"  # a damaged file kept as it was found, before a restore replaced it

    @property
    def before_an_operation(self) -> bool:
        return self in PRE_OPERATION


PRE_OPERATION = frozenset({
    BackupReason.PRE_IMPORT, BackupReason.PRE_UNDO, BackupReason.PRE_MIGRATE,
    BackupReason.PRE_RESTORE, BackupReason.PRE_RECOMPUTE,
})


@dataclass(frozen=True)
class BackupEntry:
    """One backup file as its manifest describes it. `verified`: the copy passed `integrity_check` when
    it was written; `failed_operation`: the operation it was taken before did not complete, so it is
    kept only until the next good backup."""

    name: str  # the file name inside the backups folder, the key the user restores by
    taken_at: datetime  # UTC
    reason: BackupReason
    size_bytes: int
    verified: bool
    row_counts: Mapping[str, int] = field(default_factory=dict)
    schema_revision: str | None = None
    failed_operation: bool = False

    @property
    def customers(self) -> int:
        return self.row_counts.get("customers", 0)

    @property
    def order_lines(self) -> int:
        return self.row_counts.get("sales_lines", 0)

