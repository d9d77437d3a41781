"""Import customers from a table: preview (nothing written) and import (all or nothing, one unit
of work, recorded as an import batch). Upsert by license number: a customer already in the
workspace gets only the file's mapped, non-empty cells laid over it and keeps everything else."""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Generic, TypeVar

from domain.backups import BackupReason
from domain.customer_rules import LICENSE_PATTERN, normalize_license_no, validate_customer
from domain.importing.columns import ColumnMapping, check_mapping, column_name
from domain.importing.customers import (
    ATTRIBUTES,
    CUSTOM_PREFIX,
    RowContext,
    apply_values,
    columns_for_field,
    customer_columns,
    read_customer_row,
)
from domain.importing.errors import ImportRejected, RowError
from domain.importing.table import ImportTable, SkippedRow
from domain.model.customers import Birthday, Customer
from domain.model.sales import ImportBatch, ImportKind
from domain.ports import Backups, UnitOfWork, backed_up
from domain.services.customers import normalized


class RowStatus(str, Enum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    INVALID = "invalid"


@dataclass(frozen=True)
class ImportPreview:
    rows: int
    created: int
    updated: int
    unchanged: int
    errors: tuple[RowError, ...]
    skipped: tuple[SkippedRow, ...] = ()
    status: Mapping[int, RowStatus] = field(default_factory=dict)  # by line

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def has_changes(self) -> bool:
        return bool(self.created or self.updated)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    batch_id: int | None  # None when nothing changed: then nothing was written at all
    skipped_rows: int = 0  # bad rows left out (skip_invalid)
    errors: tuple[RowError, ...] = ()  # their problems, for the errors file



Record = TypeVar("Record")


@dataclass
class UpsertPlan(Generic[Record]):
    """What an upsert import (customers by license, products by code) would do, row by row."""

    new: list[tuple[int, Record]] = field(default_factory=list)
    changed: list[tuple[int, Record, Record]] = field(default_factory=list)  # line, before, after
    unchanged: list[int] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    def skipped_rows(self) -> int:
        return len({e.line for e in self.errors})

    def preview(self, table: ImportTable) -> ImportPreview:
        status = {line: RowStatus.NEW for line, _ in self.new}
        status |= {line: RowStatus.UPDATED for line, _, _ in self.changed}
        status |= {line: RowStatus.UNCHANGED for line in self.unchanged}
        status |= {e.line: RowStatus.INVALID for e in self.errors}
        return ImportPreview(
            rows=len(table.rows), created=len(self.new), updated=len(self.changed),
            unchanged=len(self.unchanged), errors=tuple(self.errors), skipped=table.skipped, status=status,
        )


def preview_customer_import(uow: UnitOfWork, table: ImportTable, mapping: ColumnMapping, today: date) -> ImportPreview:
    """What importing would do, row by row; writes nothing. Raises MappingInvalid."""
    with uow:
        return _plan(uow, table, mapping, today).preview(table)


def import_customers(
    uow: UnitOfWork, table: ImportTable, mapping: ColumnMapping, today: date, *, now: datetime, backups: Backups,
    skip_invalid: bool = False,
) -> ImportResult:
    """Write every row in one unit of work, or nothing: raises ImportRejected with every bad row —
    unless `skip_invalid`, when the good rows are written and the bad ones returned in the result.
    `now` (UTC) stamps the import batch. Importing the same file again changes nothing. A backup
    (pre-import) is taken once the rows are known to be good and something will change."""
    with uow:
        plan = _plan(uow, table, mapping, today)
        if plan.errors and not skip_invalid:
            raise ImportRejected(plan.errors)
        skipped = plan.skipped_rows()
        if not plan.new and not plan.changed:
            return ImportResult(0, 0, len(plan.unchanged), None, skipped, tuple(plan.errors))
        with backed_up(backups, BackupReason.PRE_IMPORT):  # a copy from just before, in case the file held the wrong data
            uow.customers.add_many([c for _, c in plan.new])
            for _, _, after in plan.changed:
                uow.customers.update(after)
            batch = ImportBatch(
                kind=ImportKind.CUSTOMERS, source_name=table.source_name, imported_at=now,
                file_sha256=table.sha256, encoding=table.encoding, row_count=len(table.rows),
                summary={
                    "created": len(plan.new), "updated": len(plan.changed), "unchanged": len(plan.unchanged),
                    "skipped_rows": skipped,
                    "mapping": {column_name(table.headers, i): f for i, f in sorted(mapping.items())},
                    "created_licenses": [c.license_no for _, c in plan.new],
                    # the values before the import, so that an undo can put them back exactly
                    "previous": {after.license_no: _differences(before, after) for _, before, after in plan.changed},
                },
            )
            batch_id = uow.sales.add_batch(batch)
            uow.commit()
    return ImportResult(len(plan.new), len(plan.changed), len(plan.unchanged), batch_id, skipped, tuple(plan.errors))


def _plan(uow: UnitOfWork, table: ImportTable, mapping: ColumnMapping, today: date) -> UpsertPlan[Customer]:
    check_mapping(mapping, table.headers, customer_columns(uow.custom_fields.list()))
    ctx = RowContext(uow.segments.list(), today)
    read_rows = [read_customer_row(row, mapping, table.headers, ctx) for row in table.rows]
    licenses = [normalize_license_no(str(r.values.get("license_no", ""))) for r in read_rows]
    stored = uow.customers.get_many_by_license(n for n in licenses if LICENSE_PATTERN.match(n))
    order = {column_name(table.headers, i): i for i in range(len(table.headers))}
    plan: UpsertPlan[Customer] = UpsertPlan()
    first_line: dict[str, int] = {}
    for read, license_no in zip(read_rows, licenses):
        errors = read.errors
        existing = None
        if license_no in first_line:
            errors.append(RowError(
                read.line, columns_for_field("license_no", mapping, table.headers),
                "License number {license_no} is also on line {other}.",
                (("license_no", license_no), ("other", first_line[license_no])),
            ))
        elif license_no:
            first_line[license_no] = read.line
            existing = stored.get(license_no)
        after = normalized(apply_values(existing, read.values))
        touched = {ATTRIBUTES.get(f, f if f.startswith(CUSTOM_PREFIX) else "care.birthday")
                   for f in read.values} | {"license_no", "name"}
        for problem in validate_customer(after, today):
            if problem.field in read.failed:
                continue  # already named, with the cell's own reason
            # a stored customer is not blamed for old data the file does not touch
            if existing is None or problem.field in touched:
                errors.append(RowError(read.line, columns_for_field(problem.field, mapping, table.headers),
                                       problem.message, problem.params))
        if errors:
            plan.errors.extend(sorted(errors, key=lambda e: order.get(e.column, len(order))))  # as the columns go
        elif existing is None:
            plan.new.append((read.line, after))
        elif after == normalized(existing):
            plan.unchanged.append(read.line)
        else:
            plan.changed.append((read.line, existing, after))
    return plan


def _differences(before: Customer, after: Customer) -> dict[str, object]:
    """The fields the import changed, with their values before it, as plain JSON values."""
    changed: dict[str, object] = {}
    for f in dataclasses.fields(Customer):
        if f.name in ("environment", "care", "id"):
            continue
        old = getattr(before, f.name)
        if old != getattr(after, f.name):
            changed[f.name] = _plain(old)
    if before.care.birthday != after.care.birthday:
        changed["care.birthday"] = _plain(before.care.birthday)
    return changed


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Birthday):
        return {k: _plain(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):  # the custom values: field id → Decimal
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Decimal):
        return str(value)
    return value
