"""The customer import on a real workspace file: bulk lookup by license number, one transaction,
the batch row, re-import changes nothing, pinyin keys and tags kept."""
from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from domain.importing.columns import auto_mapping
from domain.importing.customers import CUSTOMER_COLUMNS
from domain.importing.errors import ImportRejected
from domain.importing.table import locate_header
from domain.model.customers import Customer
from domain.services.customer_import import import_customers
from domain.services.workspace import ensure_defaults
from persistence.tabular_files import LocalTabularFiles
from persistence.workspace import Workspace

TODAY = date(2026, 5, 10)
NOW = datetime(2026, 5, 10, 8, 0, tzinfo=UTC)


def run(workspace: Workspace, path: Path):
    table = locate_header(LocalTabularFiles().read_table(path), CUSTOMER_COLUMNS.is_known)
    return import_customers(workspace.uow(), table, auto_mapping(table.headers, CUSTOMER_COLUMNS), TODAY, now=NOW,
                            backups=workspace.backups)


def dump(db: Path) -> list[tuple]:  # type: ignore[type-arg]
    with sqlite3.connect(db) as conn:
        return list(conn.iterdump())


def test_get_many_by_license_reads_customers_with_their_tags(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        uow.customers.add_many([Customer(f"5301021{i:05d}", f"店{i}", tags=["示范店"] if i % 2 else []) for i in range(1200)])
        uow.commit()
    with workspace.uow() as uow:
        found = uow.customers.get_many_by_license([f"5301021{i:05d}" for i in range(0, 1300, 3)] + ["530102100003"])
    assert len(found) == 400
    assert found["530102100003"].tags == ["示范店"] and found["530102100000"].tags == []


def test_import_then_reimport_on_sqlite(workspace: Workspace, db_path: Path, tmp_path: Path) -> None:
    ensure_defaults(workspace.uow())
    with workspace.uow() as uow:
        uow.customers.add(Customer("530102100001", "北环路烟酒店", tags=["示范店"], notes="喜欢《读者》"))
        uow.commit()
    source = tmp_path / "c.csv"
    source.write_text("许可证号,店名,电话,区域类型\n530102100001,北环路烟酒店,13800138000,城区商圈\n"
                      "530102100002,张伟便利店,,乡镇主街\n", encoding="utf-8")
    result = run(workspace, source)
    assert (result.created, result.updated, result.unchanged) == (1, 1, 0)
    with workspace.uow() as uow:
        kept = uow.customers.get_by_license("530102100001")
    assert (kept.phone, kept.tags, kept.notes) == ("13800138000", ["示范店"], "喜欢《读者》")
    with sqlite3.connect(db_path) as conn:
        kind, sha, encoding, count, summary = conn.execute(
            "SELECT kind, file_sha256, encoding, row_count, summary FROM import_batches").fetchone()
        initials = conn.execute("SELECT search_initials FROM customers WHERE license_no='530102100002'").fetchone()[0]
    assert (kind, encoding, count, len(sha)) == ("customers", "utf-8", 2, 64)
    assert json.loads(summary)["previous"] == {"530102100001": {"phone": "", "segment_id": None}}
    assert initials.startswith("zwbld")
    before = dump(db_path)
    again = run(workspace, source)
    assert (again.created, again.updated, again.unchanged, again.batch_id) == (0, 0, 2, None)
    assert dump(db_path) == before


def test_a_bad_row_leaves_the_file_untouched(workspace: Workspace, db_path: Path, tmp_path: Path) -> None:
    ensure_defaults(workspace.uow())
    source = tmp_path / "c.csv"
    source.write_text("许可证号,店名,档位\n530102100001,甲店,3\n530102100002,乙店,高\n", encoding="utf-8")
    before = dump(db_path)
    with pytest.raises(ImportRejected) as caught:
        run(workspace, source)
    assert [(e.line, e.column) for e in caught.value.errors] == [(3, "档位")]
    assert dump(db_path) == before
