"""`import customers|products|sales FILE [--dry-run] [--skip-invalid] [--encoding NAME]`, `import undo
BATCH_ID`, `import list`: the same services as the import dialogs, all or nothing unless --skip-invalid
(then the good rows go in and the bad ones into an errors file beside the source); the services take
their own backup before writing."""
from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cli.common import REFUSED, CommandFailed, Out, open_ready_workspace
from domain.importing.columns import ColumnSet
from domain.importing.errors import RowError
from domain.messages import imports as words
from domain.services.import_files import ImportReading

if TYPE_CHECKING:  # the importing modules load with the command that needs them
    from domain.importing.sales import UnknownCustomer, UnknownProduct

tr = QCoreApplication.translate  # the translator the shared wording (domain.messages) speaks through


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
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
        one.add_argument("--skip-invalid", action="store_true",
                         help="import the good rows and list the bad ones in FILE's folder, in "
                         "<name>.errors-<time>.csv (line, column, value, reason)")
        one.add_argument("--encoding", metavar="NAME", default=None,
                         help="the CSV's encoding: auto (the default: BOM, UTF-8, then GB18030), utf-8, gb18030 "
                         "(gbk), big5, utf-16")
    undo = kinds.add_parser("undo", parents=[common], help="undo an order import: delete its lines (after a backup)")
    undo.add_argument("batch_id", type=int, metavar="BATCH_ID", help="the batch number, as `import list` shows it")
    kinds.add_parser("list", parents=[common], help="the imports: number, kind, date, file, rows, status")


def command_import(args: argparse.Namespace, db: Path | None, url: str | None, out: Out, err: Out) -> int:
    if args.kind == "list":
        return command_import_list(db, url, out)
    if args.kind == "undo":
        return command_import_undo(args.batch_id, db, url, out)
    if args.kind == "sales":
        return command_import_sales(args, db, url, out, err)
    return command_import_records(args, db, url, out, err)


def _rejected(errors: list[RowError], out: Out, err: Out, bad_rows: int | None = None) -> int:
    by_line = words.rows_by_line(errors)
    for line, row_errors in by_line.items():
        err(words.describe_row(line, row_errors, tr))
    if bad_rows is not None and bad_rows > len(by_line):
        err(QCoreApplication.translate("CommandLine", "… and {more} more rows with problems.").format(
            more=bad_rows - len(by_line)))
    out(QCoreApplication.translate("CommandLine", "Rows with problems: {rows}; nothing was imported.").format(
        rows=bad_rows if bad_rows is not None else len(by_line)))
    return REFUSED


def _encoding(name: str | None) -> str | None:
    import codecs

    if name is None or name.strip().lower() in ("", "auto"):
        return None
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        raise CommandFailed(QCoreApplication.translate(
            "CommandLine", "Unknown encoding {name}; use auto, utf-8, gb18030, big5 or utf-16.").format(name=name),
            REFUSED) from None


def _read(path: Path, columns: ColumnSet, large: bool = False, encoding: str | None = None) -> ImportReading:
    from domain.importing.errors import ImportProblem
    from domain.services.import_files import read_import_file
    from persistence.tabular_files import LocalTabularFiles

    try:  # the file first: one that cannot be read never opens (or creates) the workspace
        return read_import_file(LocalTabularFiles(), path, columns, large=large, encoding=_encoding(encoding))
    except ImportProblem as exc:
        raise CommandFailed(words.describe_problem(exc, tr), REFUSED) from None


def _listed(errors: list[RowError], err: Out) -> None:
    for line, row_errors in words.rows_by_line(errors).items():
        err(words.describe_row(line, row_errors, tr))


def _skipped(source: Path, errors: tuple[RowError, ...], skipped: int, folder: Path, out: Out) -> None:
    """Write the errors file of the rows left out, and say where it is."""
    from persistence.import_errors_file import write_errors_file

    try:
        path, moved = write_errors_file(source, words.errors_file_headers(tr), words.errors_file_rows(errors, tr),
                                        when=datetime.now(), fallback_folder=folder)
    except OSError as exc:
        out(QCoreApplication.translate(
            "CommandLine", "Skipped {rows} rows with problems; the list of them could not be written: {detail}").format(
            rows=f"{skipped:,}", detail=exc.strerror or str(exc)))
        return
    if moved:
        out(QCoreApplication.translate(
            "CommandLine", "Skipped {rows} rows with problems. The folder of {file} cannot be written, so they are "
            "listed in {path}.").format(rows=f"{skipped:,}", file=source.name, path=path))
    else:
        out(QCoreApplication.translate("CommandLine", "Skipped {rows} rows with problems; they are listed in {path}.").format(
            rows=f"{skipped:,}", path=path))


def _data_folder(workspace_path: Path | None, source: Path) -> Path:
    return workspace_path.parent if workspace_path is not None else source.resolve().parent


def command_import_records(args: argparse.Namespace, db: Path | None, url: str | None, out: Out, err: Out) -> int:
    """Customers (upsert by license number) or products (upsert by code)."""
    from domain.importing.columns import auto_mapping
    from domain.importing.customers import CUSTOMER_COLUMNS, customer_columns
    from domain.importing.errors import ImportProblem, ImportRejected
    from domain.importing.products import PRODUCT_COLUMNS
    from domain.services.custom_fields import custom_fields
    from domain.services.customer_import import import_customers, preview_customer_import
    from domain.services.product_import import import_products, preview_product_import

    reading = _read(args.file, CUSTOMER_COLUMNS if args.kind == "customers" else PRODUCT_COLUMNS,
                    encoding=args.encoding)
    table, mapping = reading.table, reading.mapping
    workspace = open_ready_workspace(db, url)
    if args.kind == "customers":  # the workspace's custom fields are columns too
        mapping = auto_mapping(table.headers, customer_columns(custom_fields(workspace.uow())))
    folder = _data_folder(workspace.path, args.file)
    try:
        today = date.today()
        if args.kind == "customers":
            preview = preview_customer_import(workspace.uow(), table, mapping, today)
        else:
            preview = preview_product_import(workspace.uow(), table, mapping)
        if not preview.ok and not args.skip_invalid:
            return _rejected(list(preview.errors), out, err)
        if args.dry_run:
            if not preview.ok:
                _listed(list(preview.errors), err)
                out(QCoreApplication.translate("CommandLine", "Rows with problems, to be skipped: {rows}.").format(
                    rows=len({e.line for e in preview.errors})))
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
        now = datetime.now(UTC)
        if args.kind == "customers":
            result = import_customers(workspace.uow(), table, mapping, today, now=now, backups=workspace.backups,
                                      skip_invalid=args.skip_invalid)
        else:
            result = import_products(workspace.uow(), table, mapping, now=now, backups=workspace.backups,
                                     skip_invalid=args.skip_invalid)
    except ImportRejected as exc:
        return _rejected(exc.errors, out, err)
    except ImportProblem as exc:
        raise CommandFailed(words.describe_problem(exc, tr), REFUSED) from None
    finally:
        workspace.close()
    if args.kind == "customers":
        done = QCoreApplication.translate(
            "CommandLine", "Imported {file}: {created} created, {updated} updated, {unchanged} unchanged.")
    else:
        done = QCoreApplication.translate(
            "CommandLine", "Imported {file}: {created} products created, {updated} updated, {unchanged} unchanged.")
    out(done.format(file=table.source_name, created=result.created, updated=result.updated, unchanged=result.unchanged))
    if result.skipped_rows:
        _skipped(args.file, result.errors, result.skipped_rows, folder, out)
    return 0


def command_import_sales(args: argparse.Namespace, db: Path | None, url: str | None, out: Out, err: Out) -> int:
    """Order lines: one batch, all or nothing; unknown customers and products are listed, not created."""
    from domain.importing.errors import ImportProblem, ImportRejected, UnknownReferences
    from domain.importing.sales import SALES_COLUMNS
    from domain.services.sales_import import import_sales, preview_sales_import

    reading = _read(args.file, SALES_COLUMNS, large=True, encoding=args.encoding)
    table, mapping = reading.table, reading.mapping
    workspace = open_ready_workspace(db, url)
    folder = _data_folder(workspace.path, args.file)

    def unknown(customers: tuple[UnknownCustomer, ...], products: tuple[UnknownProduct, ...]) -> int:
        unknowns: tuple[UnknownCustomer | UnknownProduct, ...] = (*customers, *products)
        for u in unknowns:
            err(words.describe_unknown(u, tr))
        out(QCoreApplication.translate(
            "CommandLine", "Customers not in the workspace: {customers}; products not in the workspace: {products}; "
            "nothing was imported. Add them (the import dialog can create them) and import again.").format(
            customers=len(customers), products=len(products)))
        return REFUSED

    def already(batch) -> int:
        out(QCoreApplication.translate(
            "CommandLine", "{file} was already imported on {date} as batch {batch}; nothing was added.").format(
            file=table.source_name, date=batch.imported_at.astimezone().strftime("%Y-%m-%d %H:%M"), batch=batch.id))
        return 0

    try:
        if args.dry_run:
            preview = preview_sales_import(workspace.uow(), table, mapping, skip_invalid=args.skip_invalid)
            if preview.already_imported is not None:
                return already(preview.already_imported)
            if preview.bad_rows and args.skip_invalid and not preview.has_unknowns:
                _listed(list(preview.errors), err)
                out(QCoreApplication.translate("CommandLine", "Rows with problems, to be skipped: {rows}.").format(
                    rows=f"{preview.bad_rows:,}"))
            elif preview.bad_rows:
                code = _rejected(list(preview.errors), out, err, preview.bad_rows)
                unknowns: tuple[UnknownCustomer | UnknownProduct, ...] = (
                    *preview.unknown_customers, *preview.unknown_products)
                for u in unknowns:
                    err(words.describe_unknown(u, tr))
                return code
            if preview.has_unknowns:
                return unknown(preview.unknown_customers, preview.unknown_products)
            out(QCoreApplication.translate(
                "CommandLine", "Dry run of {file}, nothing written: {added} order lines would be added, {present} are "
                "already present; months {months}; {cartons} cartons, {amount} yuan.").format(
                file=table.source_name, added=f"{preview.new_lines:,}", present=f"{preview.already_present:,}",
                months=words.months_text(preview.months), cartons=f"{preview.cartons:,}",
                amount=f"{preview.amount:,.2f}"))
            return 0
        result = import_sales(workspace.uow(), table, mapping, now=datetime.now(UTC),
                              backups=workspace.backups, skip_invalid=args.skip_invalid)
    except ImportRejected as exc:
        return _rejected(exc.errors, out, err, exc.bad_rows)
    except UnknownReferences as exc:
        return unknown(exc.customers, exc.products)
    except ImportProblem as exc:
        raise CommandFailed(words.describe_problem(exc, tr), REFUSED) from None
    finally:
        workspace.close()
    if result.already_imported is not None:
        return already(result.already_imported)
    if result.skipped_rows:
        _skipped(args.file, result.errors, result.skipped_rows, folder, out)
    if result.batch_id is None:
        out(QCoreApplication.translate(
            "CommandLine", "Nothing to import from {file}: all {present} lines are already present.").format(
            file=table.source_name, present=f"{result.already_present:,}"))
        return 0
    out(QCoreApplication.translate(
        "CommandLine", "Imported {file} as batch {batch}: {added} order lines added, {present} already present; "
        "months {months}; {cartons} cartons, {amount} yuan.").format(
        file=table.source_name, batch=result.batch_id, added=f"{result.added:,}",
        present=f"{result.already_present:,}", months=words.months_text(result.months), cartons=f"{result.cartons:,}",
        amount=f"{result.amount:,.2f}"))
    return 0


def command_import_undo(batch_id: int, db: Path | None, url: str | None, out: Out) -> int:
    from domain.importing.errors import ImportProblem
    from domain.services.import_batches import batch_contents, undo_import_batch

    workspace = open_ready_workspace(db, url)
    try:
        contents = batch_contents(workspace.uow(), batch_id)
        result = undo_import_batch(workspace.uow(), batch_id, datetime.now(UTC), backups=workspace.backups)
    except ImportProblem as exc:
        raise CommandFailed(words.describe_problem(exc, tr), REFUSED) from None
    finally:
        workspace.close()
    out(QCoreApplication.translate(
        "CommandLine", "Undid batch {batch} ({file}): {lines} order lines deleted ({months}).").format(
        batch=batch_id, file=contents.batch.source_name, lines=f"{result.lines_removed:,}",
        months=words.months_text(result.months)))
    return 0


def command_import_list(db: Path | None, url: str | None, out: Out) -> int:
    from domain.services.import_batches import list_import_batches

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
        out("\t".join((str(b.id), words.kind_label(b.kind, tr), b.imported_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                       words.import_source_text(b.kind.value, b.source_name, tr), f"{b.row_count:,}",
                       words.status_label(b.status, tr))))
    return 0
