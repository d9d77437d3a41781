"""What differs between importing customers, products and order lines: the columns, the services
called, and how a check and an import are put into words. The dialog (gui.importing.dialog) is the
same for all three; it asks its flow."""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from domain.importing.columns import ColumnMapping, ColumnSet, check_mapping
from domain.importing.customers import CUSTOMER_COLUMNS, customer_columns
from domain.importing.errors import RowError
from domain.importing.products import PRODUCT_COLUMNS
from domain.importing.sales import SALES_COLUMNS, UnknownCustomer, UnknownProduct, check_sales_mapping
from domain.importing.table import ImportTable
from domain.model.sales import ImportKind
from domain.ports import Backups, UnitOfWork
from domain.services.custom_fields import custom_fields
from domain.services.customer_import import (
    ImportPreview,
    ImportResult,
    RowStatus,
    import_customers,
    preview_customer_import,
)
from domain.services.product_import import import_products, preview_product_import
from domain.services.sales_import import SalesImportResult, SalesPreview, import_sales, preview_sales_import
from gui.common.formatting import money
from gui.importing.messages import months_text
from gui.importing.models import describe_counts, describe_product_counts

Progress = Callable[[int, int], bool]


class ImportFlow(ABC):
    """The customer and product imports: upsert by a natural key, counts of new, updated and
    unchanged rows, the dialog closes once imported."""

    kind: ImportKind
    columns: ColumnSet
    large = False  # read with the larger limits (and a large CSV at speed)
    shows_progress = False  # checking and importing under a progress dialog with Cancel
    stays_open = False  # after importing, the dialog shows the summary instead of closing
    skip_invalid = False  # the dialog's choice: import the good rows, list the bad ones in an errors file

    @abstractmethod
    def title(self) -> str:
        ...

    @abstractmethod
    def intro(self) -> str:
        ...

    def mapping_heading(self) -> str:
        return QCoreApplication.translate("ImportDialog", "Columns (* required; empty cells keep what the workspace "
                                                          "already has)")

    def load_columns(self, uow: UnitOfWork) -> ColumnSet:
        """The columns as the workspace has them (read on the worker, before the file is mapped)."""
        return self.columns

    def check_mapping(self, mapping: ColumnMapping, headers: Sequence[str]) -> None:
        check_mapping(mapping, headers, self.columns)

    @abstractmethod
    def preview(self, uow: UnitOfWork, table: ImportTable, mapping: ColumnMapping, today: date,
                progress: Progress | None) -> Any:
        ...

    @abstractmethod
    def run(self, uow: UnitOfWork, table: ImportTable, mapping: ColumnMapping, today: date, now: datetime,
            progress: Progress | None, backups: Backups) -> Any:
        ...

    # --- what a check found -------------------------------------------------------------------

    def errors(self, preview: Any) -> list[RowError]:
        return list(preview.errors)

    def status(self, preview: Any) -> Mapping[int, RowStatus]:
        return preview.status

    def unknowns(self, preview: Any) -> list[UnknownCustomer | UnknownProduct]:
        return []

    def ready(self, preview: Any) -> bool:
        return bool((preview.ok or self.skip_invalid) and preview.has_changes)

    def counts(self, created: int, updated: int, unchanged: int) -> str:
        return describe_counts(created, updated, unchanged)

    def describe(self, preview: ImportPreview) -> tuple[str, bool]:
        counts = self.counts(preview.created, preview.updated, preview.unchanged)
        if not preview.ok and self.skip_invalid:
            bad_rows = len({e.line for e in preview.errors})
            return QCoreApplication.translate(
                "ImportDialog", "Rows with problems: {bad} of {rows}, listed below; they will be skipped and listed in "
                "a file beside the source. The other rows: {counts}.").format(
                bad=f"{bad_rows:,}", rows=f"{preview.rows:,}", counts=counts), False
        if not preview.ok:
            bad_rows = len({e.line for e in preview.errors})
            return QCoreApplication.translate(
                "ImportDialog", "Rows with problems: {bad} of {rows}, listed below; nothing will be imported. Correct "
                "the file and read it again.").format(bad=f"{bad_rows:,}", rows=f"{preview.rows:,}"), True
        if not preview.has_changes:
            return QCoreApplication.translate("ImportDialog", "Nothing to import: {counts}.").format(counts=counts), False
        return QCoreApplication.translate(
            "ImportDialog", "Every row is fine: {counts}. Import writes them all at once.").format(counts=counts), False

    def changed(self, result: Any) -> bool:
        return bool(result.created or result.updated)

    def summary(self, result: Any, source_name: str) -> str:
        return QCoreApplication.translate("ImportDialog", "Imported {file}: {counts}.").format(
            file=source_name, counts=self.counts(result.created, result.updated, result.unchanged))


class CustomerFlow(ImportFlow):
    kind = ImportKind.CUSTOMERS
    columns = CUSTOMER_COLUMNS

    def title(self) -> str:
        return QCoreApplication.translate("ImportDialog", "Import customers")

    def intro(self) -> str:
        return QCoreApplication.translate("ImportDialog", "Choose a CSV or Excel file with one customer per row.")

    def load_columns(self, uow: UnitOfWork) -> ColumnSet:
        return customer_columns(custom_fields(uow))

    def preview(self, uow, table, mapping, today, progress):
        return preview_customer_import(uow, table, mapping, today)

    def run(self, uow, table, mapping, today, now, progress, backups) -> ImportResult:
        return import_customers(uow, table, mapping, today, now=now, backups=backups, skip_invalid=self.skip_invalid)


class ProductFlow(ImportFlow):
    kind = ImportKind.PRODUCTS
    columns = PRODUCT_COLUMNS

    def title(self) -> str:
        return QCoreApplication.translate("ImportDialog", "Import products")

    def intro(self) -> str:
        return QCoreApplication.translate(
            "ImportDialog", "Choose a CSV or Excel file with one product (卷烟规格) per row: code, name, wholesale "
            "price, and what else the file has.")

    def counts(self, created: int, updated: int, unchanged: int) -> str:
        return describe_product_counts(created, updated, unchanged)

    def preview(self, uow, table, mapping, today, progress):
        return preview_product_import(uow, table, mapping)

    def run(self, uow, table, mapping, today, now, progress, backups) -> ImportResult:
        return import_products(uow, table, mapping, now=now, backups=backups, skip_invalid=self.skip_invalid)


class SalesFlow(ImportFlow):
    """Order lines: up to a million rows, so checking and importing run under a progress dialog;
    unknown customers and products are listed (and can be created); the summary stays on screen."""

    kind = ImportKind.SALES
    columns = SALES_COLUMNS
    large = True
    shows_progress = True
    stays_open = True

    def title(self) -> str:
        return QCoreApplication.translate("ImportDialog", "Import order lines")

    def intro(self) -> str:
        return QCoreApplication.translate(
            "ImportDialog", "Choose an order export (订单明细, CSV or Excel): one order line per row with its date, "
            "customer, product and cartons.")

    def mapping_heading(self) -> str:
        return QCoreApplication.translate(
            "ImportDialog", "Columns (* required; the customer by license number or customer code, the product by "
            "code or name)")

    def check_mapping(self, mapping: ColumnMapping, headers: Sequence[str]) -> None:
        check_sales_mapping(mapping, headers)

    def preview(self, uow, table, mapping, today, progress) -> SalesPreview:
        return preview_sales_import(uow, table, mapping, progress=progress, skip_invalid=self.skip_invalid)

    def run(self, uow, table, mapping, today, now, progress, backups) -> SalesImportResult:
        return import_sales(uow, table, mapping, now=now, backups=backups, progress=progress,
                            skip_invalid=self.skip_invalid)

    def status(self, preview: SalesPreview) -> Mapping[int, RowStatus]:
        return {e.line: RowStatus.INVALID for e in preview.errors}

    def unknowns(self, preview: SalesPreview) -> list[UnknownCustomer | UnknownProduct]:
        return [*preview.unknown_customers, *preview.unknown_products]

    def ready(self, preview: SalesPreview) -> bool:
        skippable = self.skip_invalid and not preview.has_unknowns and preview.already_imported is None
        return (preview.ok or skippable) and preview.has_changes

    def describe(self, preview: SalesPreview) -> tuple[str, bool]:  # type: ignore[override]  # each flow gets only its own preview
        if preview.already_imported is not None:
            batch = preview.already_imported
            return QCoreApplication.translate(
                "ImportDialog", "This file was already imported on {date} as batch {batch}; importing it again would "
                "add nothing.").format(date=_local(batch.imported_at), batch=batch.id), False
        if preview.bad_rows and self.skip_invalid and not preview.has_unknowns:
            return QCoreApplication.translate(
                "ImportDialog", "Rows with problems: {bad} of {rows}, listed below; they will be skipped and listed in "
                "a file beside the source. The other rows: {new} new order lines, {present} already in the "
                "workspace.").format(bad=f"{preview.bad_rows:,}", rows=f"{preview.rows:,}",
                                     new=f"{preview.new_lines:,}", present=f"{preview.already_present:,}"), False
        if preview.bad_rows:
            more = "" if len({e.line for e in preview.errors}) >= preview.bad_rows else " " + QCoreApplication.translate(
                "ImportDialog", "The first {shown} are listed.").format(shown=len({e.line for e in preview.errors}))
            unknown = "" if not preview.has_unknowns else " " + QCoreApplication.translate(
                "ImportDialog", "Not in the workspace either: {customers} customers and {products} products, listed "
                "below.").format(customers=len(preview.unknown_customers), products=len(preview.unknown_products))
            return QCoreApplication.translate(
                "ImportDialog", "Rows with problems: {bad} of {rows}; nothing will be imported. Correct the file and "
                "read it again.").format(bad=f"{preview.bad_rows:,}", rows=f"{preview.rows:,}") + more + unknown, True
        if preview.has_unknowns:
            return QCoreApplication.translate(
                "ImportDialog", "The file names {customers} customers and {products} products that are not in the "
                "workspace ({lines} lines), listed below. Create them, or add them by hand, then check again."
            ).format(customers=len(preview.unknown_customers), products=len(preview.unknown_products),
                     lines=preview.rows_with_unknowns), True
        if not preview.has_changes:
            return QCoreApplication.translate(
                "ImportDialog", "Nothing to import: all {present} lines are already in the workspace.").format(
                present=preview.already_present), False
        cases = "" if not preview.case_columns else " " + QCoreApplication.translate(
            "ImportDialog", "Quantities in {columns} are in cases (件) and were converted to cartons: "
            "1 件 = 50 条.").format(columns="、".join(preview.case_columns))
        return QCoreApplication.translate(
            "ImportDialog", "Every line is fine: {new} new order lines of {months} ({cartons} cartons, {amount}); "
            "{present} already in the workspace. Import writes them all at once.").format(
            new=f"{preview.new_lines:,}", months=months_text(preview.months), cartons=f"{preview.cartons:,}",
            amount=money(preview.amount), present=f"{preview.already_present:,}") + cases, False

    def changed(self, result: SalesImportResult) -> bool:
        return result.added > 0

    def summary(self, result: SalesImportResult, source_name: str) -> str:
        if result.already_imported is not None:
            return QCoreApplication.translate(
                "ImportDialog", "{file} was already imported on {date} as batch {batch}; nothing was added.").format(
                file=source_name, date=_local(result.already_imported.imported_at), batch=result.already_imported.id)
        if result.batch_id is None:
            return QCoreApplication.translate(
                "ImportDialog", "Nothing was added: all {present} lines of {file} are already in the workspace.").format(
                present=result.already_present, file=source_name)
        return QCoreApplication.translate(
            "ImportDialog", "Imported {file} as batch {batch}: {added} order lines of {months} ({cartons} cartons, "
            "{amount}); {present} lines were already in the workspace. The import history can undo it.").format(
            file=source_name, batch=result.batch_id, added=f"{result.added:,}", months=months_text(result.months),
            cartons=f"{result.cartons:,}", amount=money(result.amount), present=result.already_present)


def _local(moment: datetime) -> str:
    """A stored UTC time in the computer's time zone, to the minute."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


FLOWS: dict[ImportKind, type[ImportFlow]] = {
    ImportKind.CUSTOMERS: CustomerFlow, ImportKind.PRODUCTS: ProductFlow, ImportKind.SALES: SalesFlow,
}
