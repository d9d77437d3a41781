"""Fakes of the data-safety ports for the window's tests: RestorePoints that list what they are given
and record what was restored, and Backups that record what was asked of them."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from domain.backups import BackupEntry, BackupReason
from domain.services.restore import BackupFolder, RestoreResult


def entry(name: str, taken_at: datetime, reason: BackupReason = BackupReason.MANUAL, *, verified: bool = True,
          customers: int = 30, lines: int = 1200, failed: bool = False, size: int = 2_400_000) -> BackupEntry:
    return BackupEntry(name, taken_at, reason, size, verified, {"customers": customers, "sales_lines": lines},
                       "0001", failed)


def history() -> list[BackupEntry]:
    """Newest first, as RestorePoints.list() gives them."""
    return [
        entry("fieldbook-20261204-0930-pre-import.db", datetime(2026, 12, 4, 9, 30, tzinfo=UTC),
              BackupReason.PRE_IMPORT, verified=False, failed=True, customers=31, lines=1500),
        entry("fieldbook-20261203-1800-at-close.db", datetime(2026, 12, 3, 18, 0, tzinfo=UTC),
              BackupReason.AT_CLOSE, customers=30, lines=1234),
        entry("fieldbook-20261203-1200-scheduled.db", datetime(2026, 12, 3, 12, 0, tzinfo=UTC),
              BackupReason.SCHEDULED, customers=29, lines=1100),
        entry("fieldbook-20261201-0800-manual.db", datetime(2026, 12, 1, 8, 0, tzinfo=UTC), customers=20, lines=800),
    ]


REPLACED = entry("fieldbook-20261204-1000-pre-restore.db", datetime(2026, 12, 4, 10, 0, tzinfo=UTC),
                 BackupReason.PRE_RESTORE)


class FakePoints:
    def __init__(self, entries: list[BackupEntry] | None = None, fail: BaseException | None = None,
                 folder: str = "/data/backups") -> None:
        self.entries = history() if entries is None else entries
        self.fail = fail
        self._folder = folder
        self.restored: list[str] = []

    def list(self) -> list[BackupEntry]:
        return list(self.entries)

    def restore(self, chosen: BackupEntry) -> RestoreResult:
        if self.fail is not None:
            raise self.fail
        self.restored.append(chosen.name)
        return RestoreResult(chosen, REPLACED)

    def folder(self) -> BackupFolder:
        return BackupFolder(self._folder, len(self.entries), sum(e.size_bytes for e in self.entries))


class FakeBackups:
    def __init__(self, fail: BaseException | None = None) -> None:
        self.calls: list[tuple[str, BackupReason]] = []
        self.fail = fail

    def take(self, reason: BackupReason) -> Path | None:
        self.calls.append(("take", reason))
        return Path(f"/data/backups/{reason.value}.db")

    def take_if_changed(self, reason: BackupReason) -> Path | None:
        self.calls.append(("take_if_changed", reason))
        if self.fail is not None:
            raise self.fail
        return Path(f"/data/backups/{reason.value}.db")

    def mark_failed(self, backup: Path) -> None:
        self.calls.append(("mark_failed", BackupReason.MANUAL))
