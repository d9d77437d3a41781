"""`restore`: the workspace's backups listed, and one of them put back in place of the file (which is
backed up first, so that the restore can be undone). Works on a closed workspace only, and also when the
file is damaged or gone: it never opens the workspace."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cli.common import REFUSED, CommandFailed, Out

if TYPE_CHECKING:
    from domain.backups import BackupEntry, BackupReason
    from persistence.restore_points import FileRestorePoints


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    restore = commands.add_parser(
        "restore", parents=[common],
        help="list the workspace's backups, or put one back in place of the file (the file is backed up first)")
    which = restore.add_mutually_exclusive_group()
    which.add_argument("--list", action="store_true", help="list the backups, newest first (the default)")
    which.add_argument("--latest", action="store_true", help="restore the newest verified backup")
    which.add_argument("--backup", metavar="NAME", help="restore the backup of that name (as the list shows it)")


def reason_words(reason: BackupReason) -> str:
    from domain.backups import BackupReason

    words = {
        BackupReason.PRE_IMPORT: QCoreApplication.translate("CommandLine", "before an import"),
        BackupReason.PRE_UNDO: QCoreApplication.translate("CommandLine", "before an undo"),
        BackupReason.PRE_MIGRATE: QCoreApplication.translate("CommandLine", "before an upgrade"),
        BackupReason.PRE_RESTORE: QCoreApplication.translate("CommandLine", "before a restore"),
        BackupReason.PRE_RECOMPUTE: QCoreApplication.translate("CommandLine", "before a recompute"),
        BackupReason.MANUAL: QCoreApplication.translate("CommandLine", "manual"),
        BackupReason.SCHEDULED: QCoreApplication.translate("CommandLine", "scheduled"),
        BackupReason.AT_CLOSE: QCoreApplication.translate("CommandLine", "at close"),
        BackupReason.DAMAGED: QCoreApplication.translate("CommandLine", "damaged file"),
    }
    return words[reason]


def size_text(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):,.1f} MB"
    return f"{max(n, 1) / 1024:,.0f} KB" if n >= 1024 else f"{n} B"


def local_time(entry: BackupEntry) -> str:
    return entry.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def entry_columns(entry: BackupEntry) -> list[str]:
    counted = bool(entry.row_counts)
    return [
        local_time(entry),
        reason_words(entry.reason),
        size_text(entry.size_bytes),
        QCoreApplication.translate("CommandLine", "{n} customers").format(n=f"{entry.customers:,}") if counted else "",
        QCoreApplication.translate("CommandLine", "{n} order lines").format(n=f"{entry.order_lines:,}") if counted else "",
        QCoreApplication.translate("CommandLine", "verified") if entry.verified
        else QCoreApplication.translate("CommandLine", "not verified"),
        QCoreApplication.translate("CommandLine", "operation failed") if entry.failed_operation else "",
        entry.name,
    ]


def aligned(rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    right = {2, 3, 4}  # the figures
    return ["  ".join(cell.rjust(w) if i in right else cell.ljust(w)
                      for i, (cell, w) in enumerate(zip(row, widths))).rstrip() for row in rows]


def workspace_file(db: Path | None, url: str | None) -> Path:
    if url is not None:
        from sqlalchemy.engine import make_url

        database = make_url(url).database
        if database not in (None, "", ":memory:"):
            return Path(database or "").expanduser().absolute()
    if db is None:
        raise CommandFailed(QCoreApplication.translate("CommandLine", "restore works on a workspace file: pass --db PATH"), REFUSED)
    return db.expanduser().absolute()


def command_restore(args: argparse.Namespace, db: Path | None, url: str | None, out: Out) -> int:
    from persistence.restore_points import FileRestorePoints

    points = FileRestorePoints(workspace_file(db, url))
    if args.latest or args.backup:
        return _restore(points, args.backup, out)
    return _list(points, out)


def _list(points: FileRestorePoints, out: Out) -> int:
    entries = points.list()
    folder = points.folder()
    if not entries:
        out(QCoreApplication.translate("CommandLine", "There are no backups of {path} in {folder} yet.").format(
            path=points.db_path, folder=folder.folder))
        return 0
    out(QCoreApplication.translate("CommandLine", "{count} backups of {path} in {folder}, {size} in all, newest first:").format(
        count=folder.count, path=points.db_path, folder=folder.folder, size=size_text(folder.total_bytes)))
    for line in aligned([entry_columns(e) for e in entries]):
        out(f"  {line}")
    return 0


def _restore(points: FileRestorePoints, name: str | None, out: Out) -> int:
    from domain.errors import BackupNotFound, WorkspaceLocked
    from domain.services.restore import BackupUnusable, restore_backup, restore_latest

    try:
        result = restore_backup(points, name) if name else restore_latest(points)
    except WorkspaceLocked:
        raise CommandFailed(QCoreApplication.translate(
            "CommandLine", "The workspace {path} is open in a Fieldbook window; close it first, then restore.").format(
            path=points.db_path), REFUSED) from None
    except BackupNotFound:
        if name:
            message = QCoreApplication.translate(
                "CommandLine", "There is no backup named {name}; main.py restore --list shows them.").format(name=name)
        else:
            message = QCoreApplication.translate(
                "CommandLine", "There is no verified backup of {path}; nothing was changed.").format(path=points.db_path)
        raise CommandFailed(message, REFUSED) from None
    except BackupUnusable as exc:
        raise CommandFailed(QCoreApplication.translate(
            "CommandLine", "The backup {name} cannot be used ({detail}); nothing was changed.").format(
            name=exc.name, detail=exc.detail), REFUSED) from None
    restored = result.restored
    out(QCoreApplication.translate(
        "CommandLine", "Restored {path} from {name} ({time}, {kind}): {customers} customers, {lines} order lines.").format(
        path=points.db_path, name=restored.name, time=local_time(restored), kind=reason_words(restored.reason),
        customers=f"{restored.customers:,}", lines=f"{restored.order_lines:,}"))
    if result.replaced is None:
        out(QCoreApplication.translate("CommandLine", "There was no workspace file to replace."))
    else:
        out(QCoreApplication.translate(
            "CommandLine", "The replaced file was kept as {name}; to undo the restore: main.py restore --backup {name}").format(
            name=result.replaced.name))
    return 0


def backup_line(path: Path) -> str:
    """What `backup` prints: the new backup, verified, with what it holds."""
    from persistence.backup_manifest import entry_of

    entry = entry_of(path)
    if entry is None or not entry.verified:
        return str(path)
    return QCoreApplication.translate(
        "CommandLine", "Backup verified: {path}, {size}, {customers} customers, {lines} order lines.").format(
        path=path, size=size_text(entry.size_bytes), customers=f"{entry.customers:,}", lines=f"{entry.order_lines:,}")
