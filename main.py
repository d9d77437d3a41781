"""Fieldbook (客户经理工作台): composition root. Paths, logging, the workspace, then a window or a command.

    uv run main.py --demo                    the app on the demo workspace
    uv run main.py [--db PATH] check         schema revision, integrity, row counts
    uv run main.py --help                    every command
"""
from __future__ import annotations

import argparse
import hashlib
import logging
import logging.handlers
import os
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication

STARTED = time.perf_counter()
ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
DEMO_FILE = "demo.db"
DEFAULT_FILE = "fieldbook.db"

log = logging.getLogger("fieldbook")


# --- paths and logging ----------------------------------------------------------------------------


def data_dir() -> Path:
    """The user's data folder; FIELDBOOK_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("FIELDBOOK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("Fieldbook", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def configure_logging(folder: Path) -> Path:
    logs = folder / "logs"
    logs.mkdir(exist_ok=True)
    log_path = logs / "fieldbook.log"
    handler = logging.handlers.RotatingFileHandler(log_path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    return log_path


# --- command line ---------------------------------------------------------------------------------


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
    demo = commands.add_parser("demo", parents=[common], help="build a demo workspace without a window")
    demo.add_argument("--customers", type=_positive, default=300, help="number of retailers (default 300)")
    demo.add_argument("--months", type=_positive, default=24, help="months of order history (default 24)")
    demo.add_argument("--seed", type=int, default=7, help="random seed; the same seed gives the same data")
    commands.add_parser("check", parents=[common], help="schema revision, integrity check and row counts")
    commands.add_parser("backup", parents=[common], help="back up the workspace now into backups/ beside it")
    importing = commands.add_parser(
        "import", parents=[common],
        help="import customers, products or order lines from a CSV or XLSX file (every row or none: exit 2 and "
        "one line per bad row); undo an order import; list the imports",
    )
    kinds = importing.add_subparsers(dest="kind", metavar="WHAT", required=True)
    for kind, what in (("customers", "customers (upsert by license number)"),
                       ("products", "the product catalogue, 卷烟规格 (upsert by product code)"),
                       ("sales", "order lines, 订单明细 (one batch; lines already stored are skipped)")):
        one = kinds.add_parser(kind, parents=[common], help=f"import {what}")
        one.add_argument("file", type=Path, metavar="FILE",
                         help="CSV (UTF-8, GBK/GB18030 or UTF-16) or XLSX, Chinese or English headers")
        one.add_argument("--dry-run", action="store_true", help="check every row and count the changes; write nothing")
    undo = kinds.add_parser("undo", parents=[common], help="undo an order import: delete its lines (after a backup)")
    undo.add_argument("batch_id", type=int, metavar="BATCH_ID", help="the batch number, as `import list` shows it")
    kinds.add_parser("list", parents=[common], help="the imports: number, kind, date, file, rows, status")
    reporting = commands.add_parser("report", parents=[common], help="write a printed report (A4 PDF)")
    reports = reporting.add_subparsers(dest="report", metavar="REPORT", required=True)
    handbook = reports.add_parser("handbook", parents=[common], help="拜访手册: the visit handbook of a day plan")
    handbook.add_argument("--date", type=_iso_date, required=True, metavar="YYYY-MM-DD", help="the plan's date")
    handbook.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    visit = reports.add_parser("visit", parents=[common], help="拜访总结: the visits of a day (or its week)")
    which = visit.add_mutually_exclusive_group(required=True)
    which.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", help="the day")
    which.add_argument("--visit", type=int, metavar="VISIT_ID", help="one visit, by its number")
    visit.add_argument("--week", action="store_true", help="the whole week (Monday to Sunday) of that day")
    visit.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    monthly = reports.add_parser("monthly", parents=[common], help="月度经营分析: the monthly sales and profit analysis")
    monthly.add_argument("--month", type=_iso_month, required=True, metavar="YYYY-MM", help="the month")
    monthly.add_argument("--notes", default="", metavar="TEXT", help="text for the report's notes section")
    monthly.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    dossier = reports.add_parser("dossier", parents=[common], help="客户档案: one customer's dossier")
    dossier.add_argument("--customer", required=True, metavar="LICENSE_NO", help="the customer's license number")
    dossier.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    return parser


def _iso_month(text: str) -> date:
    try:
        year, month = text.strip().split("-")
        return date(int(year), int(month), 1)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a month as YYYY-MM") from None


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a date as YYYY-MM-DD") from None


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def workspace_location(args: argparse.Namespace, folder: Path) -> tuple[Path | None, str | None]:
    url = getattr(args, "database_url", None)
    if url:
        return None, url
    db = getattr(args, "db", None)
    if db is not None:
        return db, None
    demo = args.demo or args.command == "demo"
    return folder / (DEMO_FILE if demo else DEFAULT_FILE), None


def unsupported_database(url: str | None) -> str | None:
    """Why Fieldbook refuses to open `url`, or None. Checked before any connection, so that a refused
    URL leaves nothing behind: the schema uses SQLite triggers and has no twin for other databases yet."""
    if url is None:
        return None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError:
        return QCoreApplication.translate("CommandLine", "Not a database URL: {url}").format(url=url)
    if backend == "sqlite":
        return None
    return QCoreApplication.translate(
        "CommandLine",
        "{name} databases are not supported yet; Fieldbook works on SQLite only "
        "(a file with --db PATH or a sqlite:/// URL).",
    ).format(name=backend)


# --- commands -------------------------------------------------------------------------------------


class CommandFailed(Exception):
    """A one-line message for stderr, and the exit code."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def open_ready_workspace(db: Path | None, url: str | None):  # type: ignore[no-untyped-def]
    from domain.services.workspace import ensure_defaults
    from persistence.workspace import open_workspace

    workspace = open_workspace(db, url)
    ensure_defaults(workspace.uow())
    return workspace


def command_demo(args: argparse.Namespace, db: Path | None, url: str | None, out: Callable[[str], None]) -> int:
    from domain.demo.generator import DemoSpec
    from domain.services.demo import build_demo

    workspace = open_ready_workspace(db, url)
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


def command_check(db: Path | None, url: str | None, out: Callable[[str], None]) -> int:
    from persistence.workspace import check_file

    if db is None:
        raise CommandFailed(QCoreApplication.translate("CommandLine", "check works on a workspace file: pass --db PATH"), 2)
    if not db.is_file():
        raise CommandFailed(QCoreApplication.translate("CommandLine", "There is no workspace at {path}.").format(path=db), 2)
    report = check_file(db)
    out(QCoreApplication.translate("CommandLine", "Workspace: {path}").format(path=db))
    out(QCoreApplication.translate("CommandLine", "Schema revision: {found} (this version of Fieldbook: {expected})").format(
        found=report.revision, expected=report.expected_revision))
    out(QCoreApplication.translate("CommandLine", "Integrity check: {result}").format(result="; ".join(report.integrity[:5])))
    out(QCoreApplication.translate("CommandLine", "Broken references: {n}").format(n=report.foreign_key_problems))
    out(QCoreApplication.translate("CommandLine", "Rows per table:"))
    for table, n in report.row_counts.items():
        out(f"  {table}: {n:,}")
    out(QCoreApplication.translate("CommandLine", "Healthy.") if report.healthy else QCoreApplication.translate("CommandLine", "NOT healthy."))
    return 0 if report.healthy else 1


def command_backup(db: Path | None, url: str | None, out: Callable[[str], None]) -> int:
    workspace = open_ready_workspace(db, url)
    try:
        path = workspace.backup("manual", datetime.now(timezone.utc))
    finally:
        workspace.close()
    out(str(path))
    return 0


def command_import(
    args: argparse.Namespace, db: Path | None, url: str | None,
    out: Callable[[str], None], err: Callable[[str], None],
) -> int:
    """`import customers|products|sales FILE [--dry-run]`, `import undo BATCH_ID`, `import list`:
    the same services as the dialogs, all or nothing."""
    if args.kind == "list":
        return command_import_list(db, url, out)
    if args.kind == "undo":
        return command_import_undo(args.batch_id, db, url, out)
    if args.kind == "sales":
        return command_import_sales(args, db, url, out, err)
    return command_import_records(args, db, url, out, err)


def _rejected(errors: list, out: Callable[[str], None], err: Callable[[str], None], bad_rows: int | None = None) -> int:  # type: ignore[type-arg]
    from gui.importing.messages import describe_row, rows_by_line

    by_line = rows_by_line(errors)
    for line, row_errors in by_line.items():
        err(describe_row(line, row_errors))
    if bad_rows is not None and bad_rows > len(by_line):
        err(QCoreApplication.translate("CommandLine", "… and {more} more rows with problems.").format(
            more=bad_rows - len(by_line)))
    out(QCoreApplication.translate("CommandLine", "Rows with problems: {rows}; nothing was imported.").format(
        rows=bad_rows if bad_rows is not None else len(by_line)))
    return 2


def _read_import_table(path: Path, columns, large: bool = False):  # type: ignore[no-untyped-def]
    from domain.importing.errors import ImportProblem
    from domain.importing.table import locate_header
    from gui.importing.messages import describe_problem
    from persistence.tabular_files import LocalTabularFiles

    try:  # the file first: one that cannot be read never opens (or creates) the workspace
        return locate_header(LocalTabularFiles().read_table(path, large=large), columns.is_known)
    except ImportProblem as exc:
        raise CommandFailed(describe_problem(exc), 2) from None


def command_import_records(
    args: argparse.Namespace, db: Path | None, url: str | None,
    out: Callable[[str], None], err: Callable[[str], None],
) -> int:
    """Customers (upsert by license number) or products (upsert by code)."""
    from domain.importing.columns import auto_mapping
    from domain.importing.customers import CUSTOMER_COLUMNS
    from domain.importing.errors import ImportProblem, ImportRejected
    from domain.importing.products import PRODUCT_COLUMNS
    from domain.services.customer_import import import_customers, preview_customer_import
    from domain.services.product_import import import_products, preview_product_import
    from gui.importing.messages import describe_problem

    columns = CUSTOMER_COLUMNS if args.kind == "customers" else PRODUCT_COLUMNS
    table = _read_import_table(args.file, columns)
    mapping = auto_mapping(table.headers, columns)
    workspace = open_ready_workspace(db, url)
    try:
        today = date.today()
        if args.kind == "customers":
            preview = preview_customer_import(workspace.uow(), table, mapping, today)
        else:
            preview = preview_product_import(workspace.uow(), table, mapping)
        if not preview.ok:
            return _rejected(list(preview.errors), out, err)
        if args.dry_run:
            if args.kind == "customers":
                dry = QCoreApplication.translate(
                    "CommandLine", "Dry run of {file}, nothing written: {created} would be created, {updated} updated, "
                    "{unchanged} unchanged.")
            else:
                dry = QCoreApplication.translate(
                    "CommandLine", "Dry run of {file}, nothing written: {created} products would be created, {updated} "
                    "updated, {unchanged} unchanged.")
            out(dry.format(file=table.source_name, created=preview.created, updated=preview.updated,
                           unchanged=preview.unchanged))
            return 0
        now = datetime.now(timezone.utc)
        if preview.has_changes and workspace.path is not None:
            workspace.backup("pre-import", now)
        if args.kind == "customers":
            result = import_customers(workspace.uow(), table, mapping, today, now=now)
        else:
            result = import_products(workspace.uow(), table, mapping, now=now)
    except ImportRejected as exc:
        return _rejected(exc.errors, out, err)
    except ImportProblem as exc:
        raise CommandFailed(describe_problem(exc), 2) from None
    finally:
        workspace.close()
    if args.kind == "customers":
        done = QCoreApplication.translate(
            "CommandLine", "Imported {file}: {created} created, {updated} updated, {unchanged} unchanged.")
    else:
        done = QCoreApplication.translate(
            "CommandLine", "Imported {file}: {created} products created, {updated} updated, {unchanged} unchanged.")
    out(done.format(file=table.source_name, created=result.created, updated=result.updated, unchanged=result.unchanged))
    return 0


def command_import_sales(
    args: argparse.Namespace, db: Path | None, url: str | None,
    out: Callable[[str], None], err: Callable[[str], None],
) -> int:
    """Order lines: one batch, all or nothing; unknown customers and products are listed, not created."""
    from domain.importing.columns import auto_mapping
    from domain.importing.errors import ImportProblem, ImportRejected, UnknownReferences
    from domain.importing.sales import SALES_COLUMNS
    from domain.services.sales_import import import_sales, preview_sales_import
    from gui.importing.messages import describe_problem, describe_unknown, months_text

    table = _read_import_table(args.file, SALES_COLUMNS, large=True)
    mapping = auto_mapping(table.headers, SALES_COLUMNS)
    workspace = open_ready_workspace(db, url)

    def unknown(customers: tuple, products: tuple) -> int:  # type: ignore[type-arg]
        for u in (*customers, *products):
            err(describe_unknown(u))
        out(QCoreApplication.translate(
            "CommandLine", "Customers not in the workspace: {customers}; products not in the workspace: {products}; "
            "nothing was imported. Add them (the import dialog can create them) and import again.").format(
            customers=len(customers), products=len(products)))
        return 2

    def already(batch) -> int:  # type: ignore[no-untyped-def]
        out(QCoreApplication.translate(
            "CommandLine", "{file} was already imported on {date} as batch {batch}; nothing was added.").format(
            file=table.source_name, date=batch.imported_at.astimezone().strftime("%Y-%m-%d %H:%M"), batch=batch.id))
        return 0

    try:
        if args.dry_run:
            preview = preview_sales_import(workspace.uow(), table, mapping)
            if preview.already_imported is not None:
                return already(preview.already_imported)
            if preview.bad_rows:
                code = _rejected(list(preview.errors), out, err, preview.bad_rows)
                for u in (*preview.unknown_customers, *preview.unknown_products):
                    err(describe_unknown(u))
                return code
            if preview.has_unknowns:
                return unknown(preview.unknown_customers, preview.unknown_products)
            out(QCoreApplication.translate(
                "CommandLine", "Dry run of {file}, nothing written: {added} order lines would be added, {present} are "
                "already present; months {months}; {cartons} cartons, {amount} yuan.").format(
                file=table.source_name, added=f"{preview.new_lines:,}", present=f"{preview.already_present:,}",
                months=months_text(preview.months), cartons=f"{preview.cartons:,}", amount=f"{preview.amount:,.2f}"))
            return 0
        now = datetime.now(timezone.utc)
        backup = (lambda: workspace.backup("pre-import", now)) if workspace.path is not None else None
        result = import_sales(workspace.uow(), table, mapping, now=now, before_write=backup)
    except ImportRejected as exc:
        return _rejected(exc.errors, out, err, exc.bad_rows)
    except UnknownReferences as exc:
        return unknown(exc.customers, exc.products)
    except ImportProblem as exc:
        raise CommandFailed(describe_problem(exc), 2) from None
    finally:
        workspace.close()
    if result.already_imported is not None:
        return already(result.already_imported)
    if result.batch_id is None:
        out(QCoreApplication.translate(
            "CommandLine", "Nothing to import from {file}: all {present} lines are already present.").format(
            file=table.source_name, present=f"{result.already_present:,}"))
        return 0
    out(QCoreApplication.translate(
        "CommandLine", "Imported {file} as batch {batch}: {added} order lines added, {present} already present; "
        "months {months}; {cartons} cartons, {amount} yuan.").format(
        file=table.source_name, batch=result.batch_id, added=f"{result.added:,}",
        present=f"{result.already_present:,}", months=months_text(result.months), cartons=f"{result.cartons:,}",
        amount=f"{result.amount:,.2f}"))
    return 0


def command_import_undo(batch_id: int, db: Path | None, url: str | None, out: Callable[[str], None]) -> int:
    from domain.importing.errors import ImportProblem
    from domain.services.import_batches import batch_contents, undo_import_batch
    from gui.importing.messages import describe_problem, months_text

    workspace = open_ready_workspace(db, url)
    try:
        contents = batch_contents(workspace.uow(), batch_id)  # refuses before the backup is taken
        now = datetime.now(timezone.utc)
        if workspace.path is not None:
            workspace.backup("pre-undo", now)
        result = undo_import_batch(workspace.uow(), batch_id, now)
    except ImportProblem as exc:
        raise CommandFailed(describe_problem(exc), 2) from None
    finally:
        workspace.close()
    out(QCoreApplication.translate(
        "CommandLine", "Undid batch {batch} ({file}): {lines} order lines deleted ({months}).").format(
        batch=batch_id, file=contents.batch.source_name, lines=f"{result.lines_removed:,}",
        months=months_text(result.months)))
    return 0


def command_import_list(db: Path | None, url: str | None, out: Callable[[str], None]) -> int:
    from domain.services.import_batches import list_import_batches
    from gui.customers.evaluation_labels import import_source_text
    from gui.importing.messages import kind_label, status_label

    workspace = open_ready_workspace(db, url)
    try:
        batches = list_import_batches(workspace.uow())
    finally:
        workspace.close()
    if not batches:
        out(QCoreApplication.translate("CommandLine", "Nothing has been imported yet."))
        return 0
    out("\t".join((QCoreApplication.translate("CommandLine", "No."), QCoreApplication.translate("CommandLine", "What"),
                    QCoreApplication.translate("CommandLine", "Imported on"), QCoreApplication.translate("CommandLine", "File"),
                    QCoreApplication.translate("CommandLine", "Rows"), QCoreApplication.translate("CommandLine", "Status"))))
    for b in batches:
        out("\t".join((str(b.id), kind_label(b.kind), b.imported_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                       import_source_text(b.kind.value, b.source_name), f"{b.row_count:,}",
                       status_label(b.status))))
    return 0


# --- printed reports ------------------------------------------------------------------------------


def _write_report(path: Path, pdf: bytes, out: Callable[[str], None]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf)
    out(str(path))
    return 0


def command_report_handbook(args: argparse.Namespace, db: Path | None, url: str | None,
                            out: Callable[[str], None]) -> int:
    from domain.services.report_data import NoDayPlan, handbook_data
    from reports.handbook import render_handbook

    workspace = open_ready_workspace(db, url)
    try:
        data = handbook_data(workspace.uow(), args.date, date.today())
    except NoDayPlan:
        raise CommandFailed(QCoreApplication.translate(
            "CommandLine", "There is no visit plan for {date}.").format(date=args.date.isoformat()), 2) from None
    finally:
        workspace.close()
    return _write_report(args.out, render_handbook(data), out)


def command_report_visit(args: argparse.Namespace, db: Path | None, url: str | None,
                         out: Callable[[str], None]) -> int:
    from domain.errors import NotFound
    from domain.services.report_data import NoVisits, one_visit_data, visit_summary_data
    from reports.visit_summary import render_one_visit, render_visit_summary

    workspace = open_ready_workspace(db, url)
    if args.visit is not None:
        try:
            one = one_visit_data(workspace.uow(), args.visit, date.today())
        except NotFound:
            raise CommandFailed(QCoreApplication.translate(
                "CommandLine", "There is no visit number {id}.").format(id=args.visit), 2) from None
        finally:
            workspace.close()
        return _write_report(args.out, render_one_visit(one), out)
    try:
        data = visit_summary_data(workspace.uow(), args.date, date.today(), week=args.week)
    except NoVisits as exc:
        if exc.first == exc.last:
            message = QCoreApplication.translate("CommandLine", "There are no done visits on {date}.").format(
                date=exc.first.isoformat())
        else:
            message = QCoreApplication.translate(
                "CommandLine", "There are no done visits from {first} to {last}.").format(
                first=exc.first.isoformat(), last=exc.last.isoformat())
        raise CommandFailed(message, 2) from None
    finally:
        workspace.close()
    return _write_report(args.out, render_visit_summary(data), out)


def command_report_monthly(args: argparse.Namespace, db: Path | None, url: str | None,
                           out: Callable[[str], None]) -> int:
    from domain.services.analysis import available_months, month_analysis
    from domain.services.workspace import load_settings
    from reports.monthly import render_monthly

    workspace = open_ready_workspace(db, url)
    try:
        if args.month not in available_months(workspace.uow()):
            raise CommandFailed(QCoreApplication.translate(
                "CommandLine", "There are no orders in {month}.").format(month=args.month.strftime("%Y-%m")), 2)
        analysis = month_analysis(workspace.uow(), args.month)
        settings = load_settings(workspace.uow())
    finally:
        workspace.close()
    pdf = render_monthly(analysis, settings.owner_name, settings.unit_name, date.today(), args.notes)
    return _write_report(args.out, pdf, out)


def command_report_dossier(args: argparse.Namespace, db: Path | None, url: str | None,
                           out: Callable[[str], None]) -> int:
    from domain.services.dossier_report import UnknownCustomer, customer_id_by_license, dossier_data
    from domain.services.workspace import load_settings
    from reports.dossier import render_dossier

    workspace = open_ready_workspace(db, url)
    try:
        try:
            customer_id = customer_id_by_license(workspace.uow(), args.customer)
        except UnknownCustomer:
            raise CommandFailed(QCoreApplication.translate(
                "CommandLine", "There is no customer with the license number {license}.").format(
                license=args.customer), 2) from None
        data = dossier_data(workspace.uow(), customer_id)
        settings = load_settings(workspace.uow())
    finally:
        workspace.close()
    return _write_report(args.out, render_dossier(data, settings.owner_name, settings.unit_name, date.today()), out)


# `report WHAT …`: one function per report, all with the same signature.
REPORT_COMMANDS: dict[str, Callable[[argparse.Namespace, Path | None, str | None, Callable[[str], None]], int]] = {
    "handbook": command_report_handbook,
    "visit": command_report_visit,
    "monthly": command_report_monthly,
    "dossier": command_report_dossier,
}


def command_report(args: argparse.Namespace, db: Path | None, url: str | None, out: Callable[[str], None]) -> int:
    return REPORT_COMMANDS[args.report](args, db, url, out)


def _stderr(line: str) -> None:
    print(line, file=sys.stderr)


def run_command(args: argparse.Namespace, folder: Path) -> int:
    from domain.errors import DomainError, WorkspaceError
    from gui.i18n import resolve_language
    from gui.messages import describe_error
    from gui.workers import log_failure

    db, url = workspace_location(args, folder)
    _cli_translation(resolve_language(getattr(args, "lang", None)))
    try:
        if (refused := unsupported_database(url)) is not None:
            raise CommandFailed(refused, 2)
        if args.command == "demo":
            return command_demo(args, db, url, print)
        if args.command == "check":
            return command_check(db, url, print)
        if args.command == "backup":
            return command_backup(db, url, print)
        if args.command == "import":
            return command_import(args, db, url, print, _stderr)
        if args.command == "report":
            return command_report(args, db, url, print)
        raise CommandFailed(QCoreApplication.translate("CommandLine", "Unknown command {name}.").format(name=args.command), 2)
    except CommandFailed as exc:  # refused input: one INFO line, the user already has the reason
        log.info("command %s refused (exit %d): %s", args.command, exc.code, exc)
        print(f"main.py: {exc}", file=sys.stderr)
        return exc.code
    except (DomainError, WorkspaceError) as exc:
        log_failure(log, f"command {args.command}", exc)
        print(f"main.py: {describe_error(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:  # one line for the user, the traceback for the log
        log_failure(log, f"command {args.command}", exc)
        print(f"main.py: {describe_error(exc)} ({log_hint()})", file=sys.stderr)
        return 1


_CLI_KEEPALIVE: list[object] = []


def log_hint() -> str:
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, logging.FileHandler)]
    where = handlers[0].baseFilename if handlers else "the log"
    return QCoreApplication.translate("CommandLine", "details in {path}").format(path=where)


def _cli_translation(language: str) -> None:
    from gui.i18n import install_translators

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    # both must outlive this call: a collected translator silently stops translating
    _CLI_KEEPALIVE[:] = [app, *install_translators(app, language, RESOURCES / "translations")]


# --- the window -----------------------------------------------------------------------------------


def run_gui(args: argparse.Namespace, folder: Path, log_path: Path) -> int:
    from domain.errors import WorkspaceError
    from gui.app import Translation, create_application, install_fault_dialog, show_startup_error
    from gui.i18n import resolve_language
    from gui.main_window import MainWindow
    from gui.messages import describe_error

    app = create_application(sys.argv[:1], RESOURCES)
    translation = Translation(app, RESOURCES / "translations")
    requested = getattr(args, "lang", None)
    translation.use(resolve_language(requested))
    window: list[MainWindow] = []
    install_fault_dialog(log_path, lambda: window[0] if window else None)

    db, url = workspace_location(args, folder)
    if (refused := unsupported_database(url)) is not None:
        print(f"main.py: {refused}", file=sys.stderr)
        return 2
    try:
        ctx = open_context(db, url, folder, log_path, is_demo=args.demo)
    except WorkspaceError as exc:
        log.error("cannot open workspace: %s", exc)
        print(f"main.py: {describe_error(exc)}", file=sys.stderr)
        show_startup_error(describe_error(exc))
        return 1
    translation.use(resolve_language(requested, stored_language(ctx)))

    main_window = MainWindow(
        ctx,
        RESOURCES / "icons",
        opener=lambda path: open_context(path, None, folder, log_path),
        demo_builder=build_demo_for,
    )
    window.append(main_window)
    main_window.show()
    log.info("window shown %.0f ms after start", (time.perf_counter() - STARTED) * 1000)
    main_window.build_demo_if_needed()
    code = app.exec()
    main_window.ctx.close()
    return code


def open_context(db: Path | None, url: str | None, folder: Path, log_path: Path, is_demo: bool = False):  # type: ignore[no-untyped-def]
    from gui.context import AppContext
    from persistence.attachments import LocalAttachments, attachments_folder
    from persistence.drafts import FileDraftStore, drafts_folder
    from persistence.tabular_files import LocalTabularFiles

    workspace = open_ready_workspace(db, url)
    with workspace.uow() as uow:
        empty = uow.customers.count() == 0
    log.info("opened workspace %s (%s)", workspace.label, workspace.schema.action.value)
    # photos and drafts live beside the database file (a URL workspace: in the data folder, by its hash)
    beside = workspace.path or folder / f"url-{hashlib.sha256(workspace.label.encode()).hexdigest()[:12]}.db"
    return AppContext(
        uow=workspace.uow,
        workspace_label=workspace.label,
        workspace_path=workspace.path,
        data_dir=folder,
        log_path=log_path,
        backup_now=lambda: workspace.backup("manual", datetime.now(timezone.utc)),
        close=workspace.close,
        is_demo=is_demo,
        needs_demo_data=is_demo and empty,
        files=LocalTabularFiles(),
        attachments=LocalAttachments(attachments_folder(beside)),
        drafts=FileDraftStore(drafts_folder(beside)),
        monthly_pdf=lambda month, notes: _monthly_pdf(workspace.uow, month, notes),
        dossier_pdf=lambda customer_id: _dossier_pdf(workspace.uow, customer_id),
        handbook_pdf=lambda day, today: _handbook_pdf(workspace.uow, day, today),
        visit_summary_pdf=lambda day, week, today: _visit_summary_pdf(workspace.uow, day, week, today),
        visit_pdf=lambda visit_id, today: _visit_pdf(workspace.uow, visit_id, today),
    )


def _handbook_pdf(uow, day: date, today: date) -> bytes:  # type: ignore[no-untyped-def]
    from domain.services.report_data import handbook_data
    from reports.handbook import render_handbook

    return render_handbook(handbook_data(uow(), day, today))


def _visit_summary_pdf(uow, day: date, week: bool, today: date) -> bytes:  # type: ignore[no-untyped-def]
    from domain.services.report_data import visit_summary_data
    from reports.visit_summary import render_visit_summary

    return render_visit_summary(visit_summary_data(uow(), day, today, week=week))


def _visit_pdf(uow, visit_id: int, today: date) -> bytes:  # type: ignore[no-untyped-def]
    from domain.services.report_data import one_visit_data
    from reports.visit_summary import render_one_visit

    return render_one_visit(one_visit_data(uow(), visit_id, today))


def _monthly_pdf(uow, month: date, notes: str) -> bytes:  # type: ignore[no-untyped-def]
    from domain.services.analysis import month_analysis
    from domain.services.workspace import load_settings
    from reports.monthly import render_monthly

    settings = load_settings(uow())
    return render_monthly(month_analysis(uow(), month), settings.owner_name, settings.unit_name, date.today(), notes)


def _dossier_pdf(uow, customer_id: int) -> bytes:  # type: ignore[no-untyped-def]
    from domain.services.dossier_report import dossier_data
    from domain.services.workspace import load_settings
    from reports.dossier import render_dossier

    settings = load_settings(uow())
    return render_dossier(dossier_data(uow(), customer_id), settings.owner_name, settings.unit_name, date.today())


def stored_language(ctx) -> str:  # type: ignore[no-untyped-def]
    from domain.services.workspace import load_settings

    return load_settings(ctx.uow()).language


def build_demo_for(ctx, progress):  # type: ignore[no-untyped-def]
    from domain.demo.generator import DemoSpec
    from domain.services.demo import build_demo

    return build_demo(ctx.uow(), DemoSpec(today=ctx.today()), progress)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        folder = data_dir()
    except OSError as exc:
        print(f"main.py: cannot use the data folder: {exc}", file=sys.stderr)
        return 1
    log_path = configure_logging(folder)
    if args.command is None:
        return run_gui(args, folder, log_path)
    return run_command(args, folder)


if __name__ == "__main__":
    sys.exit(main())
