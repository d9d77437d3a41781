"""The command line's parser and its run: dispatch to the command groups, one line per outcome on
stderr, the exit code (cli.common: 0 done, 1 failed, 2 refused)."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cli import events, forecast, imports, reminders, reports, restore, tiers, workspace
from cli.common import FAILED, REFUSED, CommandFailed, unsupported_database

log = logging.getLogger("fieldbook")


def build_parser() -> argparse.ArgumentParser:
    # Workspace options are accepted before or after the command name.
    common = argparse.ArgumentParser(add_help=False)
    where = common.add_mutually_exclusive_group()
    where.add_argument("--db", type=Path, metavar="PATH", default=argparse.SUPPRESS,
                       help="workspace file (default: in the user's data folder)")
    where.add_argument("--database-url", metavar="URL", default=argparse.SUPPRESS,
                       help="a SQLite database URL (sqlite:///PATH) instead of a file; other databases are not supported yet")
    common.add_argument("--lang", choices=("zh_CN", "en"), default=argparse.SUPPRESS,
                        help="language of the interface (default: the system's)")
    parser = argparse.ArgumentParser(
        prog="main.py", parents=[common],
        description="Fieldbook (客户经理工作台): the customer manager's workbench. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--demo", action="store_true", help="open the demo workspace (created on first use)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    workspace.add_commands(commands, common)
    imports.add_commands(commands, common)
    reports.add_commands(commands, common)
    restore.add_commands(commands, common)
    tiers.add_commands(commands, common)
    reminders.add_commands(commands, common)
    events.add_commands(commands, common)
    forecast.add_commands(commands, common)
    return parser


def _stderr(line: str) -> None:
    print(line, file=sys.stderr)


def dispatch(args: argparse.Namespace, db: Path | None, url: str | None) -> int:
    if (refused := unsupported_database(url)) is not None:
        raise CommandFailed(refused, REFUSED)
    if args.command == "demo":
        return workspace.command_demo(args, db, url, print)
    if args.command == "new":
        return workspace.command_new(db, url, print)
    if args.command == "check":
        return workspace.command_check(db, url, print)
    if args.command == "backup":
        return workspace.command_backup(db, url, print)
    if args.command == "import":
        return imports.command_import(args, db, url, print, _stderr)
    if args.command == "restore":
        return restore.command_restore(args, db, url, print)
    if args.command == "report":
        return reports.command_report(args, db, url, print)
    if args.command == "tiers":
        return tiers.command_tiers(args, db, url, print)
    if args.command == "reminders":
        return reminders.command_reminders(args, db, url, print)
    if args.command == "calendar":
        return reminders.command_calendar(args, db, url, print)
    if args.command == "events":
        return events.command_events(args, db, url, print)
    if args.command == "forecast":
        return forecast.command_forecast(args, db, url, print)
    raise CommandFailed(QCoreApplication.translate("CommandLine", "Unknown command {name}.").format(name=args.command), REFUSED)


def run_command(args: argparse.Namespace, db: Path | None, url: str | None) -> int:
    """The command in `args` on the workspace at `db` or `url`; translators are installed by the caller."""
    from domain.errors import DomainError, WorkspaceError
    from domain.failures import log_failure
    from domain.messages.errors import describe_error

    try:
        return dispatch(args, db, url)
    except CommandFailed as exc:  # refused input: one INFO line, the user already has the reason
        log.info("command %s refused (exit %d): %s", args.command, exc.code, exc)
        print(f"main.py: {exc}", file=sys.stderr)
        return exc.code
    except (DomainError, WorkspaceError) as exc:
        log_failure(log, f"command {args.command}", exc)
        print(f"main.py: {describe_error(exc, QCoreApplication.translate)}", file=sys.stderr)
        return exit_code_for(exc)
    except Exception as exc:  # one line for the user, the traceback for the log
        log_failure(log, f"command {args.command}", exc)
        print(f"main.py: {describe_error(exc, QCoreApplication.translate)} ({log_hint()})", file=sys.stderr)
        return FAILED


def exit_code_for(exc: Exception) -> int:
    """A workspace that cannot be used as it is was refused (2); anything else failed (1)."""
    from domain.errors import (
        BackupNotFound,
        NotAWorkspace,
        WorkspaceDamaged,
        WorkspaceDamagedSetAside,
        WorkspaceLocked,
        WorkspaceMissing,
        WorkspaceNotFound,
        WorkspaceReadOnly,
        WorkspaceTooNew,
    )

    refusals = (BackupNotFound, NotAWorkspace, WorkspaceDamaged, WorkspaceDamagedSetAside, WorkspaceLocked,
                WorkspaceMissing, WorkspaceNotFound, WorkspaceReadOnly, WorkspaceTooNew)
    return REFUSED if isinstance(exc, refusals) else FAILED


def log_hint() -> str:
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, logging.FileHandler)]
    where = handlers[0].baseFilename if handlers else "the log"
    return QCoreApplication.translate("CommandLine", "details in {path}").format(path=where)
