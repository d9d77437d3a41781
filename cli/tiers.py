"""`tiers recompute --month YYYY-MM [--dry-run]` and `tiers list --month YYYY-MM`: the month's grades (档位)
and value tiers (价值分层) through the same services as the 分层分级 page (domain.services.tiers).

A month in another form, or one without orders, is one line on stderr and exit 2, with nothing written."""
from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cli.common import REFUSED, CommandFailed, Out, open_ready_workspace, refusal
from domain.model.customers import ValueTier
from domain.ports import UnitOfWorkFactory
from domain.tiers.model import TierKind
from domain.tiers.recompute import DOWN, NEW, SAME, UP, Proposal, ProposedChange

_MONTH = re.compile(r"(\d{4})-(\d{2})")


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    tiers = commands.add_parser("tiers", parents=[common], help="分层分级: recompute or list the grades and value tiers")
    actions = tiers.add_subparsers(dest="tiers_action", metavar="ACTION", required=True)
    recompute = actions.add_parser("recompute", parents=[common],
                                   help="compute every shop's grade and value tier for a month and apply them")
    # the month is read by the command, not by argparse, so that a wrong form is one line and exit 2
    recompute.add_argument("--month", required=True, metavar="YYYY-MM", help="the month")
    recompute.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    listing = actions.add_parser("list", parents=[common], help="one line per shop: license, name, grade, tier, score")
    listing.add_argument("--month", required=True, metavar="YYYY-MM", help="the month")


def parse_month(text: str) -> date:
    """YYYY-MM → its first day; any other form (2026/11, 2026-13) is refused with one line."""
    found = _MONTH.fullmatch(text.strip())
    if found is not None and 1 <= int(found.group(2)) <= 12:
        return date(int(found.group(1)), int(found.group(2)), 1)
    raise CommandFailed(QCoreApplication.translate(
        "CommandLine", "{text} is not a month; write it as YYYY-MM, for example 2026-10.").format(text=text),
                        REFUSED)


def tier_labels() -> dict[str, str]:
    """The tiers as the window names them (the same "Labels" texts as gui/customers/labels.py)."""
    return {
        ValueTier.KEY.value: QCoreApplication.translate("Labels", "Key"),
        ValueTier.POTENTIAL.value: QCoreApplication.translate("Labels", "Potential"),
        ValueTier.ORDINARY.value: QCoreApplication.translate("Labels", "Ordinary"),
        ValueTier.AT_RISK.value: QCoreApplication.translate("Labels", "At risk"),
    }


def value_text(kind: TierKind, value: str | None) -> str:
    if value is None:
        return "—"
    if kind is TierKind.GRADE:
        return QCoreApplication.translate("CommandLine", "grade {n}").format(n=value)
    return tier_labels().get(value, value)


def kind_text(kind: TierKind) -> str:
    if kind is TierKind.GRADE:
        return QCoreApplication.translate("CommandLine", "grade")
    return QCoreApplication.translate("CommandLine", "value tier")


def counts_lines(proposal: Proposal) -> list[str]:
    lines = []
    for kind, label in ((TierKind.GRADE, QCoreApplication.translate("CommandLine", "Grades")),
                        (TierKind.VALUE_TIER, QCoreApplication.translate("CommandLine", "Value tiers"))):
        c = proposal.counts.get(kind)
        lines.append(QCoreApplication.translate(
            "CommandLine", "{what}: up {up}, down {down}, unchanged {same}, new {new}").format(
            what=label, up=c[UP] if c else 0, down=c[DOWN] if c else 0, same=c[SAME] if c else 0,
            new=c[NEW] if c else 0))
    return lines


def moved_line(change: ProposedChange) -> str:
    if change.moved == UP:
        way = QCoreApplication.translate("CommandLine", "up")
    else:
        way = QCoreApplication.translate("CommandLine", "down")
    return "\t".join((change.shop.license_no, change.shop.name, kind_text(change.kind),
                      f"{value_text(change.kind, change.before)} → {value_text(change.kind, change.after)}", way))


def report_proposal(proposal: Proposal, out: Out) -> None:
    for line in counts_lines(proposal):
        out(line)
    moved = sorted(proposal.moved(), key=lambda c: (c.kind.value, c.shop.license_no))
    kept = sum(1 for c in proposal.changes if c.kept_pinned)
    if kept:
        out(QCoreApplication.translate("CommandLine", "Kept as set by hand (pinned): {n}").format(n=kept))
    if not moved:
        out(QCoreApplication.translate("CommandLine", "No shop moves."))
        return
    out(QCoreApplication.translate("CommandLine", "Shops that move: {n}").format(n=len(moved)))
    for change in moved:
        out(moved_line(change))


def command_tiers(args: argparse.Namespace, db: Path | None, url: str | None, out: Out,
                  now: Callable[[], datetime] = datetime.now) -> int:
    from domain.services.tiers import NoOrdersInMonth, apply_recompute, preview_recompute

    month = parse_month(args.month)  # before the workspace is opened: a wrong form touches nothing
    workspace = open_ready_workspace(db, url)
    try:
        uow = workspace.uow
        try:
            if args.tiers_action == "list":
                return _list(uow, month, out)
            if args.dry_run:
                proposal = preview_recompute(uow(), month)
                out(QCoreApplication.translate(
                    "CommandLine", "Recompute of {month} (dry run: nothing was written)").format(month=f"{month:%Y-%m}"))
                report_proposal(proposal, out)
                return 0
            batch, proposal = apply_recompute(uow(), month, now())
        except NoOrdersInMonth as exc:
            raise refusal(exc) from None
        out(QCoreApplication.translate(
            "CommandLine",
            "Recompute of {month} applied as recompute no. {id} ({n} assignments); the 分层分级 page can undo it.")
            .format(month=f"{month:%Y-%m}", id=batch.id, n=batch.assignments))
        report_proposal(proposal, out)
        return 0
    finally:
        workspace.close()


def _list(uow: UnitOfWorkFactory, month: date, out: Out) -> int:
    from domain.services.tiers import tier_list

    rows = tier_list(uow(), month)
    out("\t".join((QCoreApplication.translate("CommandLine", "License"), QCoreApplication.translate("CommandLine", "Name"),
                    QCoreApplication.translate("CommandLine", "Grade"),
                    QCoreApplication.translate("CommandLine", "Value tier"),
                    QCoreApplication.translate("CommandLine", "Score"))))
    for r in rows:
        grade = r.grade.value if r.grade else "—"
        tier = tier_labels().get(r.tier.value, r.tier.value) if r.tier else "—"
        score = f"{r.grade.score:.2f}" if r.grade and r.grade.score is not None else "—"
        out("\t".join((r.license_no, r.name, grade, tier, score)))
    return 0
