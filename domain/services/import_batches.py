"""The import history: every batch, newest first, and the undo of an order import as a whole.

Undo deletes exactly the lines the batch brought (each carries its batch_id) and marks the batch
undone, after a backup of the workspace (pre-undo). Customer and product imports are not undone:
they changed records that later work may have changed again, so an undo could not be exact."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from domain.backups import BackupReason
from domain.importing.errors import BatchAlreadyUndone, BatchNotFound, UndoNotSupported
from domain.model.sales import BatchStatus, ImportBatch, ImportKind
from domain.ports import Backups, UnitOfWork, backed_up


@dataclass(frozen=True)
class BatchContents:
    """What an undo would take away: the batch and its stored lines per month ("2026-10" → lines)."""

    batch: ImportBatch
    months: dict[str, int]

    @property
    def lines(self) -> int:
        return sum(self.months.values())


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    lines_removed: int
    months: tuple[str, ...]


def list_import_batches(uow: UnitOfWork) -> list[ImportBatch]:
    with uow:
        return uow.sales.list_batches()


def can_undo(batch: ImportBatch) -> bool:
    return batch.kind == ImportKind.SALES and batch.status == BatchStatus.COMMITTED


def batch_contents(uow: UnitOfWork, batch_id: int) -> BatchContents:
    """Raises BatchNotFound, BatchAlreadyUndone or UndoNotSupported as undo would."""
    with uow:
        batch = _undoable(uow, batch_id)
        return BatchContents(batch, uow.sales.batch_line_months(batch_id))


def undo_import_batch(uow: UnitOfWork, batch_id: int, now: datetime, *, backups: Backups) -> UndoResult:
    """Delete the order lines of batch `batch_id` and mark it undone, in one unit of work; a batch that
    cannot be undone is refused before the backup (pre-undo) is taken."""
    with uow:
        batch = _undoable(uow, batch_id)
        with backed_up(backups, BackupReason.PRE_UNDO):
            months = uow.sales.batch_line_months(batch_id)
            removed = uow.sales.delete_batch_lines(batch_id)
            uow.sales.update_batch(replace(
                batch, status=BatchStatus.UNDONE,
                summary=batch.summary | {"undone_at": now.isoformat(), "lines_removed": removed}))
            uow.commit()
    return UndoResult(batch_id, removed, tuple(months))


def _undoable(uow: UnitOfWork, batch_id: int) -> ImportBatch:
    batch = uow.sales.get_batch(batch_id)
    if batch is None:
        raise BatchNotFound(batch_id)
    if batch.status == BatchStatus.UNDONE:
        raise BatchAlreadyUndone(batch_id)
    if batch.kind != ImportKind.SALES:
        raise UndoNotSupported(batch_id, batch.kind.value)
    return batch
