"""`demo`, `new`, `check`, `backup`: the workspace itself."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cli.common import REFUSED, CommandFailed, Out, open_ready_workspace


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    demo = commands.add_parser("demo", parents=[common], help="build a demo workspace without a window")
    demo.add_argument("--customers", type=positive, default=300, help="number of retailers (default 300)")
    demo.add_argument("--months", type=positive, default=24, help="months of order history (default 24)")
    demo.add_argument("--seed", type=int, default=7, help="random seed; the same seed gives the same data")
    commands.add_parser("new", parents=[common], help="create a new empty workspace (refused if the file exists)")
    commands.add_parser("check", parents=[common], help="schema revision, integrity check and row counts")
    commands.add_parser("backup", parents=[common], help="back up the workspace now into backups/ beside it")


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def command_demo(args: argparse.Namespace, db: Path | None, url: str | None, out: Out) -> int:
    from domain.demo.generator import DemoSpec
    from domain.services.demo import build_demo

    workspace = open_ready_workspace(db, url, create=True)
    try:
        spec = DemoSpec(customers=args.customers, months=args.months, seed=args.seed, today=date.today())
        summary = build_demo(workspace.uow(), spec)
    finally:
        workspace.close()
    out(QCoreApplication.translate("CommandLine", "Demo workspace built at {path}: {customers} customers, {products} products, "
            "{lines} order lines, {visits} visits, {reminders} reminders, {events} events.").format(
        path=workspace.label, customers=f"{summary.customers:,}", products=f"{summary.products:,}",
        lines=f"{summary.sales_lines:,}", visits=f"{summary.visits:,}", reminders=f"{summary.reminders:,}",
        events=f"{summary.events:,}"))
    return 0


def _file_of(db: Path | None, url: str | None) -> Path | None:
    if db is None and url is not None:
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        return Path(name) if name not in (None, "", ":memory:") else None
    return db


def command_new(db: Path | None, url: str | None, out: Out) -> int:
    path = _file_of(db, url)
    if path is not None and path.exists():
        raise CommandFailed(QCoreApplication.translate(
            "CommandLine", "{path} already exists; nothing was created.").format(path=path), REFUSED)
    workspace = open_ready_workspace(db, url, create=True)
    workspace.close()
    out(QCoreApplication.translate("CommandLine", "New workspace created at {path}.").format(path=workspace.label))
    return 0


def command_check(db: Path | None, url: str | None, out: Out) -> int:
    from persistence.workspace import Health, check_file
    from persistence.workspace_files import location_risk, real_path

    db = _file_of(db, url)
    if db is None:
        raise CommandFailed(QCoreApplication.translate("CommandLine", "check works on a workspace file: pass --db PATH"), REFUSED)
    if not db.is_file():
        raise CommandFailed(QCoreApplication.translate("CommandLine", "There is no workspace at {path}.").format(path=db), REFUSED)
    report = check_file(db)
    out(QCoreApplication.translate("CommandLine", "Workspace: {path}").format(path=db))
    if (risk := location_risk(real_path(db))) is not None:
        out(QCoreApplication.translate("CommandLine", "Warning: the workspace is in a risky place ({risk}); "
            "SQLite's journal is unsafe there, keep it on a local disk.").format(risk=risk))
    if report.status is Health.UNREADABLE:
        out(QCoreApplication.translate("CommandLine", "Cannot read the file: {detail}").format(detail="; ".join(report.integrity[:3])))
        return REFUSED
    if report.status is Health.NOT_A_WORKSPACE:
        out(QCoreApplication.translate("CommandLine", "This is a database, but not a Fieldbook workspace."))
        return REFUSED
    out(QCoreApplication.translate("CommandLine", "Schema revision: {found} (this version of Fieldbook: {expected})").format(
        found=report.revision, expected=report.expected_revision))
    out(QCoreApplication.translate("CommandLine", "Integrity check: {result}").format(result="; ".join(report.integrity[:5])))
    out(QCoreApplication.translate("CommandLine", "Broken references: {n}").format(n=report.foreign_key_problems))
    out(QCoreApplication.translate("CommandLine", "Rows per table:"))
    for table, n in report.row_counts.items():
        out(f"  {table}: {n:,}")
    if report.status is Health.TOO_NEW:
        out(QCoreApplication.translate("CommandLine", "Written by a newer version of Fieldbook (schema {rev}); "
            "please update Fieldbook to use it.").format(rev=report.revision))
        return REFUSED
    out(QCoreApplication.translate("CommandLine", "Healthy.") if report.healthy else QCoreApplication.translate("CommandLine", "NOT healthy: damaged."))
    return 0 if report.healthy else 1


def command_backup(db: Path | None, url: str | None, out: Out) -> int:
    from domain.backups import BackupReason
    from domain.errors import WorkspaceMissing

    workspace = open_ready_workspace(db, url)
    try:
        path = workspace.backups.take(BackupReason.MANUAL)
    finally:
        workspace.close()
    if path is None:  # a database URL: no file to copy
        raise WorkspaceMissing(workspace.label)
    from cli.restore import backup_line

    out(backup_line(path))
    return 0
