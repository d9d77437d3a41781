"""`reminders [--days N] [--kind KIND]` and `calendar --out FILE.ics [--from YYYY-MM-DD] [--days N]`:
the care reminders of the 今日 page and its calendar export, through the same services
(domain.services.reminders, domain.services.care_calendar).

One reminder per line, tab-separated: date, kind, licence no., shop, text; overdue first, then by date.
A bad kind, date or number, or a path that cannot be written, is one line on stderr and exit 2."""
from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cli.common import REFUSED, CommandFailed, Out, open_ready_workspace
from domain.care.reminders import CareKind


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    listing = commands.add_parser("reminders", parents=[common],
                                  help="关怀提醒: the reminders due today and in the next N days")
    # read by the command, not by argparse, so that a wrong value is one line and exit 2
    listing.add_argument("--days", default="0", metavar="N", help="look N days ahead (default 0: due today)")
    listing.add_argument("--kind", action="append", metavar="KIND",
                         help="only this kind: " + "|".join(k.value for k in CareKind) + " (may be repeated)")
    calendar = commands.add_parser("calendar", parents=[common],
                                   help="write the reminders and day plans of a date range to an .ics calendar file")
    calendar.add_argument("--out", required=True, type=Path, metavar="FILE.ics", help="the calendar file to write")
    calendar.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="the first day (default today)")
    calendar.add_argument("--days", default="365", metavar="N", help="how many days (default 365)")


def _refused(text: str) -> CommandFailed:
    return CommandFailed(text, REFUSED)


def parse_days(text: str, least: int) -> int:
    try:
        days = int(text)
    except ValueError:
        days = -1
    if days < least or days > 3660:
        raise _refused(QCoreApplication.translate(
            "CommandLine", "{text} is not a number of days; write a whole number from {least} to 3660.")
            .format(text=text, least=least))
    return days


def parse_kinds(texts: list[str] | None) -> set[CareKind] | None:
    if not texts:
        return None
    kinds = set()
    for text in texts:
        try:
            kinds.add(CareKind(text.strip()))
        except ValueError:
            raise _refused(QCoreApplication.translate(
                "CommandLine", "{text} is not a kind of reminder; use one of {kinds}.")
                .format(text=text, kinds=", ".join(k.value for k in CareKind))) from None
    return kinds


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise _refused(QCoreApplication.translate(
            "CommandLine", "{text} is not a date; write it as YYYY-MM-DD, for example 2026-12-06.")
            .format(text=text)) from None


def command_reminders(args: argparse.Namespace, db: Path | None, url: str | None, out: Out,
                      today: Callable[[], date] = date.today) -> int:
    from domain.messages.care import describe_reminder, kind_label
    from domain.services.reminders import list_reminders

    days, kinds = parse_days(args.days, 0), parse_kinds(args.kind)
    workspace = open_ready_workspace(db, url)
    try:
        day = today()
        for r in list_reminders(workspace.uow(), day, days, kinds=kinds):
            text = describe_reminder(r, day, QCoreApplication.translate)
            fields = (r.on.isoformat(), kind_label(r.kind, QCoreApplication.translate), r.license_no, r.shop, text)
            out("\t".join(f.replace("\t", " ").replace("\n", " ") for f in fields))
        return 0
    finally:
        workspace.close()


def command_calendar(args: argparse.Namespace, db: Path | None, url: str | None, out: Out,
                     today: Callable[[], date] = date.today) -> int:
    from domain.services.care_calendar import export_calendar
    from persistence.calendar_file import IcsCalendarFiles

    days = parse_days(args.days, 1)
    start = parse_day(args.start) if args.start else today()
    target: Path = args.out
    if target.is_dir() or not target.parent.is_dir():
        raise _refused(QCoreApplication.translate(
            "CommandLine", "Cannot write {path}: the folder does not exist or it is a folder.").format(path=target))
    workspace = open_ready_workspace(db, url)
    try:
        try:
            n = export_calendar(workspace.uow(), IcsCalendarFiles(), target, start, days, QCoreApplication.translate)
        except OSError as exc:
            raise _refused(QCoreApplication.translate("CommandLine", "Cannot write {path}: {reason}")
                           .format(path=target, reason=exc.strerror or exc)) from None
        end = start + timedelta(days=days - 1)
        out(QCoreApplication.translate("CommandLine", "{n} events from {start} to {end} written to {path}.")
            .format(n=n, start=start.isoformat(), end=end.isoformat(), path=target))
        return 0
    finally:
        workspace.close()
