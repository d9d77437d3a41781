"""Import the product catalogue (卷烟规格) from a table: preview (nothing written) and import (all or
nothing, one unit of work, recorded as an import batch). Upsert by product code: a product already
in the workspace gets only the file's mapped, non-empty cells laid over it."""
from __future__ import annotations

import dataclasses
from datetime import datetime
from decimal import Decimal
from enum import Enum

from domain.backups import BackupReason
from domain.importing.columns import ColumnMapping, check_mapping, column_name
from domain.importing.errors import ImportRejected, RowError
from domain.importing.products import PRODUCT_COLUMNS, apply_values, read_product_row, validate_product
from domain.importing.table import ImportTable
from domain.model.products import Product
from domain.model.sales import ImportBatch, ImportKind
from domain.ports import Backups, UnitOfWork, backed_up
from domain.services.customer_import import ImportPreview, ImportResult, UpsertPlan

__all__ = ["ImportPreview", "ImportResult", "import_products", "preview_product_import"]


def preview_product_import(uow: UnitOfWork, table: ImportTable, mapping: ColumnMapping) -> ImportPreview:
    """What importing would do, row by row; writes nothing. Raises MappingInvalid."""
    with uow:
        return _plan(uow, table, mapping).preview(table)


def import_products(uow: UnitOfWork, table: ImportTable, mapping: ColumnMapping, *, now: datetime,
                    backups: Backups, skip_invalid: bool = False) -> ImportResult:
    """Write every row in one unit of work, or nothing: raises ImportRejected with every bad row —
    unless `skip_invalid`, when the good rows are written and the bad ones returned in the result.
    `now` (UTC) stamps the import batch. Importing the same file again changes nothing. A backup
    (pre-import) is taken once the rows are known to be good and something will change."""
    with uow:
        plan = _plan(uow, table, mapping)
        if plan.errors and not skip_invalid:
            raise ImportRejected(plan.errors)
        skipped = plan.skipped_rows()
        if not plan.new and not plan.changed:
            return ImportResult(0, 0, len(plan.unchanged), None, skipped, tuple(plan.errors))
        with backed_up(backups, BackupReason.PRE_IMPORT):
            uow.products.add_many([p for _, p in plan.new])
            for _, _, after in plan.changed:
                uow.products.update(after)
            batch_id = uow.sales.add_batch(ImportBatch(
                kind=ImportKind.PRODUCTS, source_name=table.source_name, imported_at=now,
                file_sha256=table.sha256, encoding=table.encoding, row_count=len(table.rows),
                summary={
                    "created": len(plan.new), "updated": len(plan.changed), "unchanged": len(plan.unchanged),
                    "skipped_rows": skipped,
                    "mapping": {column_name(table.headers, i): f for i, f in sorted(mapping.items())},
                    "created_codes": [p.code for _, p in plan.new],
                    # the values before the import, for whoever corrects it by hand
                    "previous": {after.code: _differences(before, after) for _, before, after in plan.changed},
                },
            ))
            uow.commit()
    return ImportResult(len(plan.new), len(plan.changed), len(plan.unchanged), batch_id, skipped, tuple(plan.errors))


def _plan(uow: UnitOfWork, table: ImportTable, mapping: ColumnMapping) -> UpsertPlan[Product]:
    check_mapping(mapping, table.headers, PRODUCT_COLUMNS)
    read_rows = [read_product_row(row, mapping, table.headers) for row in table.rows]
    codes = [str(r.values.get("code", "")) for r in read_rows]
    stored = uow.products.get_many_by_code(c for c in codes if c)
    order = {column_name(table.headers, i): i for i in range(len(table.headers))}
    column_of = {f: column_name(table.headers, i) for i, f in mapping.items()}
    plan: UpsertPlan[Product] = UpsertPlan()
    first_line: dict[str, int] = {}
    for read, code in zip(read_rows, codes):
        errors = read.errors
        existing = None
        if code in first_line:
            errors.append(RowError(read.line, column_of.get("code", "卷烟编码"), "Product code {code} is also on line {other}.",
                                   (("code", code), ("other", first_line[code]))))
        elif code:
            first_line[code] = read.line
            existing = stored.get(code)
        after = _tidy(apply_values(existing, read.values))
        if existing is None and "wholesale_price" not in read.values and "wholesale_price" not in read.failed:
            errors.append(RowError(read.line, column_of.get("wholesale_price", "批发价"),
                                   "The wholesale price is required for a new product."))
            read.failed.add("wholesale_price")
        for field_name, message, params in validate_product(after):
            if field_name not in read.failed:
                errors.append(RowError(read.line, column_of.get(field_name, PRODUCT_COLUMNS.spec(field_name).header),
                                       message, params))
        if errors:
            plan.errors.extend(sorted(errors, key=lambda e: order.get(e.column, len(order))))
        elif existing is None:
            plan.new.append((read.line, after))
        elif after == _tidy(existing):
            plan.unchanged.append(read.line)
        else:
            plan.changed.append((read.line, existing, after))
    return plan


def _tidy(product: Product) -> Product:
    return dataclasses.replace(product, code=product.code.strip(), name=product.name.strip(),
                               manufacturer=product.manufacturer.strip())


def _differences(before: Product, after: Product) -> dict[str, object]:
    changed: dict[str, object] = {}
    for f in dataclasses.fields(Product):
        old = getattr(before, f.name)
        if f.name != "id" and old != getattr(after, f.name):
            changed[f.name] = old.value if isinstance(old, Enum) else str(old) if isinstance(old, Decimal) else old
    return changed
