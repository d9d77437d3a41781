"""`events list` and the salon reports `report invitations|signin|event --event ID --out FILE.pdf`: the
沙龙活动 area's events and its three printed lists, through the same services (domain.services.salons)
and catalogue entries (reports.catalogue) as the window.

`events list` prints one event per line, tab-separated: id, date, type, theme, invited, confirmed,
attended; upcoming events first (soonest first), then past ones (latest first). An event number that
is not a number or not an event is one line on stderr and exit 2, with nothing written."""
from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cli.common import Out, open_ready_workspace, refusal, whole_number
from domain.ports import UnitOfWorkFactory
from domain.report_catalogue import EventSummaryRequest, InvitationListRequest, SignInSheetRequest


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    events = commands.add_parser("events", parents=[common], help="沙龙活动: the salons and their funnels")
    actions = events.add_subparsers(dest="events_action", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[common],
                       help="one line per event: id, date, type, theme, invited, confirmed, attended")


def add_report_commands(reports: argparse._SubParsersAction[argparse.ArgumentParser],
                        common: argparse.ArgumentParser) -> None:
    """The salon subcommands of `report` (cli.reports)."""
    for name, text in (("invitations", "邀约名单: an event's target list with phones, invitations, replies"),
                       ("signin", "签到表: an event's confirmed guests with a signature box, and blank rows"),
                       ("event", "活动总结: an event's funnel, cost per attendee, outcomes and feedback")):
        sub = reports.add_parser(name, parents=[common], help=text)
        # read by the request, not by argparse, so that a wrong number is one line and exit 2
        sub.add_argument("--event", required=True, metavar="ID", help="the event's number (see `events list`)")
        if name == "signin":
            sub.add_argument("--blank-rows", default="8", metavar="N", help="empty rows for walk-ins (default 8)")
        sub.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")


def event_theme(uow: UnitOfWorkFactory, text: str) -> tuple[int, str]:
    """The event number in `text` and its theme; an unknown one is refused with one line."""
    from domain.errors import NotFound
    from domain.services.salons import event_with_invitees

    event_id = whole_number(text, QCoreApplication.translate("CommandLine", "an event number"), 1, 2**31 - 1)
    try:
        return event_id, event_with_invitees(uow(), event_id).event.theme
    except NotFound as exc:
        raise refusal(exc) from None


def invitations_request(args: argparse.Namespace, uow: UnitOfWorkFactory, today: date) -> InvitationListRequest:
    event_id, theme = event_theme(uow, args.event)
    return InvitationListRequest(event_id, today, theme)


def sign_in_request(args: argparse.Namespace, uow: UnitOfWorkFactory, today: date) -> SignInSheetRequest:
    blank = whole_number(args.blank_rows, QCoreApplication.translate("CommandLine", "a number of rows"), 0, 200)
    event_id, theme = event_theme(uow, args.event)
    return SignInSheetRequest(event_id, today, theme, blank_rows=blank)


def event_request(args: argparse.Namespace, uow: UnitOfWorkFactory, today: date) -> EventSummaryRequest:
    event_id, theme = event_theme(uow, args.event)
    return EventSummaryRequest(event_id, today, theme)


REPORT_REQUESTS: dict[str, Callable[[argparse.Namespace, UnitOfWorkFactory, date], object]] = {
    "invitations": invitations_request,
    "signin": sign_in_request,
    "event": event_request,
}


def command_events(args: argparse.Namespace, db: Path | None, url: str | None, out: Out,
                   today: Callable[[], date] = date.today) -> int:
    from domain.messages.salons import kind_label
    from domain.services.salons import list_events

    workspace = open_ready_workspace(db, url)
    try:
        for s in list_events(workspace.uow(), today()):
            e, f = s.event, s.funnel
            fields = (str(e.id), e.on.isoformat(), kind_label(e.kind, QCoreApplication.translate), e.theme,
                      str(f.invited), str(f.confirmed), str(f.attended))
            out("\t".join(x.replace("\t", " ").replace("\n", " ") for x in fields))
        return 0
    finally:
        workspace.close()
