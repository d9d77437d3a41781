"""`report handbook|visit|monthly|dossier|tiers|festival|cultivation|invitations|signin|event … --out FILE.pdf`: the window's
printed reports, made through
the same catalogue entries (reports.catalogue). Each subcommand turns its arguments into the entry's
request; what a request refuses (no plan that day, no such visit …) and a path that cannot be written are
one line and exit 2. The salon lists' subcommands are in cli.events."""
from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cli import events
from cli.common import REFUSED, CommandFailed, Out, open_ready_workspace
from domain.ports import UnitOfWorkFactory
from domain.report_catalogue import (
    CultivationRequest,
    DossierRequest,
    EventSummaryRequest,
    FestivalListRequest,
    HandbookRequest,
    InvitationListRequest,
    MonthlyRequest,
    OneVisitRequest,
    ReportCatalogue,
    SignInSheetRequest,
    TiersRequest,
    VisitSummaryRequest,
)


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    reporting = commands.add_parser("report", parents=[common], help="write a printed report (A4 PDF)")
    reports = reporting.add_subparsers(dest="report", metavar="REPORT", required=True)
    handbook = reports.add_parser("handbook", parents=[common], help="拜访手册: the visit handbook of a day plan")
    handbook.add_argument("--date", type=iso_date, required=True, metavar="YYYY-MM-DD", help="the plan's date")
    handbook.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    visit = reports.add_parser("visit", parents=[common], help="拜访总结: the visits of a day (or its week)")
    which = visit.add_mutually_exclusive_group(required=True)
    which.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="the day")
    which.add_argument("--visit", type=int, metavar="VISIT_ID", help="one visit, by its number")
    visit.add_argument("--week", action="store_true", help="the whole week (Monday to Sunday) of that day")
    visit.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    monthly = reports.add_parser("monthly", parents=[common], help="月度经营分析: the monthly sales and profit analysis")
    monthly.add_argument("--month", type=iso_month, required=True, metavar="YYYY-MM", help="the month")
    monthly.add_argument("--notes", default="", metavar="TEXT", help="text for the report's notes section")
    monthly.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    dossier = reports.add_parser("dossier", parents=[common], help="客户档案: one customer's dossier")
    dossier.add_argument("--customer", required=True, metavar="LICENSE_NO", help="the customer's license number")
    dossier.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    tiers = reports.add_parser("tiers", parents=[common], help="分层分级报告: a month's grades, value tiers and movements")
    # read by the request, not by argparse: a wrong form is one line and exit 2 (cli.tiers.parse_month)
    tiers.add_argument("--month", required=True, metavar="YYYY-MM", help="the month")
    tiers.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    festival = reports.add_parser("festival", parents=[common],
                                  help="节日关怀清单: a festival's shops with their greetings, to tick as they go out")
    festival.add_argument("--festival", required=True, metavar="NAME", help="the festival, by name (春节) or key (spring)")
    festival.add_argument("--year", type=int, metavar="YYYY", help="its year (default: its next occurrence)")
    festival.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    cultivation = reports.add_parser("cultivation", parents=[common],
                                     help="品牌培育报告: a product's cultivation plan, its funnel and target shops")
    cultivation.add_argument("--product", required=True, metavar="CODE", help="the product's code (卷烟编码)")
    cultivation.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    events.add_report_commands(reports, common)


def iso_month(text: str) -> date:
    try:
        year, month = text.strip().split("-")
        return date(int(year), int(month), 1)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a month as YYYY-MM") from None


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a date as YYYY-MM-DD") from None


# --- from the arguments to a catalogue request --------------------------------------------------------
# Each checks what the request needs and raises CommandFailed (exit 2) for what the workspace lacks.


def handbook_request(args: argparse.Namespace, uow: UnitOfWorkFactory, today: date) -> HandbookRequest:
    return HandbookRequest(args.date, today)


def visit_request(args: argparse.Namespace, uow: UnitOfWorkFactory,
                  today: date) -> OneVisitRequest | VisitSummaryRequest:
    if args.visit is not None:
        return OneVisitRequest(args.visit, today)
    return VisitSummaryRequest(args.date, today, week=args.week)


def monthly_request(args: argparse.Namespace, uow: UnitOfWorkFactory, today: date) -> MonthlyRequest:
    from domain.services.analysis import available_months

    if args.month not in available_months(uow()):
        raise CommandFailed(QCoreApplication.translate(
            "CommandLine", "There are no orders in {month}.").format(month=args.month.strftime("%Y-%m")), REFUSED)
    return MonthlyRequest(args.month, today, args.notes)


def dossier_request(args: argparse.Namespace, uow: UnitOfWorkFactory, today: date) -> DossierRequest:
    from domain.services.dossier_report import UnknownCustomer, customer_id_by_license

    try:
        return DossierRequest(customer_id_by_license(uow(), args.customer), today)
    except UnknownCustomer:
        raise CommandFailed(QCoreApplication.translate(
            "CommandLine", "There is no customer with the license number {license}.").format(
            license=args.customer), REFUSED) from None


def tiers_request(args: argparse.Namespace, uow: UnitOfWorkFactory, today: date) -> TiersRequest:
    from cli.tiers import parse_month

    return TiersRequest(parse_month(args.month), today)


def festival_request(args: argparse.Namespace, uow: UnitOfWorkFactory, today: date) -> FestivalListRequest:
    from domain.services.festival_care import coming_festivals
    from domain.services.reminders import load_reminder_settings

    wanted = args.festival.strip()
    festivals = load_reminder_settings(uow()).festivals
    found = next((f for f in festivals if wanted in (f.key, f.name)), None)
    if found is None:
        raise CommandFailed(QCoreApplication.translate(
            "CommandLine", "There is no festival {festival}; the festivals are: {known}.").format(
            festival=wanted, known="、".join(f.name for f in festivals)), REFUSED)
    year = args.year
    if year is None:  # its next day from today, as the festival dialog offers it
        year = next((on.year for f, on in coming_festivals(uow(), today) if f.key == found.key), today.year)
    return FestivalListRequest(found.key, year, today, found.name)


def cultivation_request(args: argparse.Namespace, uow: UnitOfWorkFactory, today: date) -> CultivationRequest:
    from domain.errors import DomainError
    from domain.services.cultivation import plan_of_product

    try:
        plan_id, product = plan_of_product(uow(), args.product)
    except DomainError as exc:  # no such product, or no plan for it
        from cli.common import refusal as refused

        raise refused(exc) from None
    return CultivationRequest(plan_id, today, product)


RequestBuilder = Callable[[argparse.Namespace, UnitOfWorkFactory, date], object]
# `report WHAT …`: the request each subcommand asks the catalogue for.
REQUESTS: dict[str, RequestBuilder] = {
    "handbook": handbook_request,
    "visit": visit_request,
    "monthly": monthly_request,
    "dossier": dossier_request,
    "tiers": tiers_request,
    "festival": festival_request,
    "cultivation": cultivation_request,
    **events.REPORT_REQUESTS,
}


def refusal(exc: BaseException, request: object) -> str | None:
    """The one line for what a report's data refuses, or None for anything else."""
    from domain.errors import NotFound
    from domain.services.report_data import NoDayPlan, NoVisits
    from domain.services.tiers import NoOrdersInMonth

    if isinstance(exc, NoOrdersInMonth):
        return QCoreApplication.translate(
            "CommandLine", "There are no orders in {month}.").format(month=f"{exc.month:%Y-%m}")

    if isinstance(exc, NoDayPlan) and isinstance(request, HandbookRequest):
        return QCoreApplication.translate(
            "CommandLine", "There is no visit plan for {date}.").format(date=request.day.isoformat())
    if isinstance(exc, NotFound) and isinstance(request, (InvitationListRequest, SignInSheetRequest,
                                                          EventSummaryRequest)):
        from domain.messages.errors import describe_error

        return describe_error(exc, QCoreApplication.translate)
    if isinstance(exc, NotFound) and isinstance(request, OneVisitRequest):
        return QCoreApplication.translate("CommandLine", "There is no visit number {id}.").format(id=request.visit_id)
    if isinstance(exc, NoVisits):
        if exc.first == exc.last:
            return QCoreApplication.translate("CommandLine", "There are no done visits on {date}.").format(
                date=exc.first.isoformat())
        return QCoreApplication.translate(
            "CommandLine", "There are no done visits from {first} to {last}.").format(
            first=exc.first.isoformat(), last=exc.last.isoformat())
    return None


def command_report(args: argparse.Namespace, db: Path | None, url: str | None, out: Out,
                   catalogue: ReportCatalogue | None = None) -> int:
    from domain.errors import DomainError
    from persistence.holidays import ChineseHolidays
    from reports.catalogue import report_catalogue

    catalogue = catalogue or report_catalogue(ChineseHolidays())
    workspace = open_ready_workspace(db, url)
    try:
        request = REQUESTS[args.report](args, workspace.uow, date.today())
        try:
            pdf = catalogue.pdf(workspace.uow, request)
        except DomainError as exc:
            message = refusal(exc, request)
            if message is None:
                raise
            raise CommandFailed(message, REFUSED) from None
    finally:
        workspace.close()
    write_pdf(args.out, pdf)
    out(str(args.out))
    return 0


def write_pdf(target: Path, pdf: bytes) -> None:
    """`pdf` to `target` (its folder made if missing); a path that cannot be written is refused with one
    line, and a file half written is removed."""
    existed = target.exists()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pdf)
    except OSError as exc:
        if not existed and target.is_file():
            target.unlink(missing_ok=True)
        raise CommandFailed(QCoreApplication.translate("CommandLine", "Cannot write {path}: {reason}")
                            .format(path=target, reason=exc.strerror or exc), REFUSED) from None
