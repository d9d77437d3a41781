"""An old binary Excel file (.xls, what Excel 97–2003 and many district systems export) is read like a
workbook: sheet row numbers, the header found below a title, text, numbers and dates as they are in
the sheet, and it imports. The file is made by tests/fixtures/make_old_excel.py."""
from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from domain.importing.columns import auto_mapping
from domain.importing.customers import CUSTOMER_COLUMNS
from domain.importing.table import locate_header
from domain.services.customer_import import import_customers
from domain.services.workspace import ensure_defaults
from persistence.tabular_files import LocalTabularFiles
from persistence.workspace import Workspace

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "customers_old_excel.xls"


def test_an_old_excel_file_is_read_with_its_sheet_rows(tmp_path: Path) -> None:
    renamed = tmp_path / "客户.csv"  # the kind is told by the content, not the name
    renamed.write_bytes(FIXTURE.read_bytes())
    raw = LocalTabularFiles().read_table(renamed)
    assert raw.encoding == "xls"
    assert [r.line for r in raw.rows] == [1, 3, 4, 5, 6]  # sheet row 2 is empty
    table = locate_header(raw, CUSTOMER_COLUMNS.is_known)
    assert table.header_line == 3
    assert [(r.line, r.cells) for r in table.rows] == [
        (4, ("053010210001", "北环路烟酒店", "王建国", 12, datetime(2027, 3, 31), 0.085, datetime(2026, 5, 6, 9, 30))),
        (5, (530102100002, "𠮷祥便利店", None, 3)),
    ]
    assert [s.line for s in table.skipped] == [6]  # the 合计 row


def test_an_old_excel_file_imports(workspace: Workspace) -> None:
    ensure_defaults(workspace.uow())
    table = locate_header(LocalTabularFiles().read_table(FIXTURE), CUSTOMER_COLUMNS.is_known)
    result = import_customers(workspace.uow(), table, auto_mapping(table.headers, CUSTOMER_COLUMNS),
                              date(2026, 5, 10), now=datetime(2026, 5, 10, 8, 0, tzinfo=UTC),
                              backups=workspace.backups)
    assert result.created == 2
    with workspace.uow() as uow:
        first = uow.customers.get_by_license("053010210001")
        second = uow.customers.get_by_license("530102100002")
    assert first is not None and second is not None
    assert (first.name, first.grade, first.license_expiry) == ("北环路烟酒店", 12, date(2027, 3, 31))
    assert (second.name, second.grade) == ("𠮷祥便利店", 3)
