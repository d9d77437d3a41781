"""Scenario 15 (issue 11; reliability anchors (c) 15): export, search and attachment safety. Exported
text is never a formula (=HYPERLINK(…), @SUM(1), -2+3, +86 138 0013 8000, \\t=1) and reads back
unchanged, in the XLSX export and in the CSV errors file of an import (where such a cell gets a
leading apostrophe); random tables round-trip through the writers and readers (hypothesis).
Imported and searched text — '; DROP TABLE customers;--, % and _ — is stored as it is and matched
literally. Attachment names like ..\\..\\Windows\\win.ini, /etc/passwd, CON.txt, NUL or a name over
255 bytes are never joined into a path: files are stored under generated names inside the root."""
from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.customer_search import CustomerFilter, filter_rows, haystack
from domain.importing.customers import CUSTOMER_COLUMNS
from domain.importing.table import locate_header
from domain.services.customer_import import import_customers
from domain.services.customers import list_customers
from persistence import csv_text as csv_reading
from persistence.attachments import AttachmentRefused, LocalAttachments
from persistence.import_errors_file import safe_cell, write_errors_file
from persistence.tabular_files import LocalTabularFiles
from persistence.workspace import open_workspace


@pytest.fixture
def files() -> LocalTabularFiles:
    return LocalTabularFiles()


# --- exports ---------------------------------------------------------------------------------------


HOSTILE = ['=HYPERLINK("http://x","y")', "@SUM(1)", "-2+3", "+86 138 0013 8000", "\t=1", "\r=1", "=1+1"]


def test_exported_text_is_never_a_formula_and_reads_back_unchanged(files: LocalTabularFiles, tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    body = [[v, "053010210001", 12, datetime(2026, 5, 1).date(), None] for v in HOSTILE]
    assert files.write_xlsx(path, ["客户名称", "许可证号", "档位", "最近拜访", "空"], body) == len(HOSTILE)
    wb = openpyxl.load_workbook(path)  # not data_only: a formula would show as type "f"
    cells = [c for row in wb.active.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    names = [r[0].value for r in wb.active.iter_rows(min_row=2)]
    assert names == [v.replace("\r", "\n") for v in HOSTILE]  # XML turns a lone CR into LF
    assert {r[1].value for r in wb.active.iter_rows(min_row=2)} == {"053010210001"}  # text, zero kept
    with zipfile.ZipFile(path) as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()
    again = files.read_table(path)
    assert [r.cells[0] for r in again.rows[1:]] == names
    assert again.rows[1].cells[2:4] == (12, datetime(2026, 5, 1))


def test_the_errors_file_shows_formulas_as_text(tmp_path: Path) -> None:
    rows = [(i + 2, "客户名称", v, "reason") for i, v in enumerate(HOSTILE)]
    path, _ = write_errors_file(tmp_path / "s.csv", ["line", "column", "value", "reason"], rows,
                                when=datetime(2026, 5, 1), fallback_folder=tmp_path / "data")
    read = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    assert [r[2] for r in read[1:]] == ["'" + v if v[0] in "=+-@\t\r" else v for v in HOSTILE]
    assert all(not r[2].startswith(("=", "+", "-", "@", "\t", "\r")) for r in read[1:])
    assert safe_cell("张伟") == "张伟" and safe_cell(12) == "12"


# text a cell can hold as written: no control characters (XML refuses them), no lone CR (XML makes it LF)
cell_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t"), max_size=30).filter(
    lambda t: t.strip() == t and t != "")
tables = st.lists(st.lists(cell_text, min_size=3, max_size=3), min_size=1, max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=tables)
def test_any_table_reads_back_as_written_from_xlsx(files: LocalTabularFiles, tmp_path: Path, rows: list[list[str]]) -> None:
    path = tmp_path / "t.xlsx"
    files.write_xlsx(path, ["甲", "乙", "丙"], rows)
    again = files.read_table(path)
    assert [list(r.cells) for r in again.rows] == [["甲", "乙", "丙"], *rows]


@settings(max_examples=60, deadline=None)
@given(rows=tables)
def test_any_table_reads_back_as_written_from_csv(rows: list[list[str]]) -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows([["甲", "乙", "丙"], *rows])
    text, _ = csv_reading.decode(buffer.getvalue().encode("utf-8"))
    parsed = csv_reading.parse(text, 1000, 10)
    assert [list(r.cells) for r in parsed] == [["甲", "乙", "丙"], *rows]


# --- search and import fields --------------------------------------------------------------------


HOSTILE_NAMES = ["'; DROP TABLE customers;--", "100%烟酒店", "a_b便利店", "ab便利店", "1000烟酒店", "Robert'); --"]


def test_hostile_text_is_stored_as_it_is_and_matched_literally(files: LocalTabularFiles, tmp_path: Path) -> None:
    source = tmp_path / "c.csv"
    source.write_text("专卖许可证号,客户名称,负责人\r\n" + "".join(
        f"5301021{i:05d},\"{name.replace(chr(34), chr(34) * 2)}\",{name}\r\n" for i, name in enumerate(HOSTILE_NAMES)),
        encoding="utf-8")
    table = locate_header(files.read_table(source), CUSTOMER_COLUMNS.is_known)
    mapping = {0: "license_no", 1: "name", 2: "owner"}
    workspace = open_workspace(tmp_path / "w.db", create=True)
    try:
        result = import_customers(workspace.uow(), table, mapping, date(2026, 5, 1), now=datetime.now(UTC),
                                  backups=workspace.backups)
        assert result.created == len(HOSTILE_NAMES)
        rows = list(list_customers(workspace.uow()).rows)
    finally:
        workspace.close()
    assert sorted(r.name for r in rows) == sorted(HOSTILE_NAMES)  # the table is there, every name intact
    hays = [haystack(r) for r in rows]

    def found(text: str) -> list[str]:
        return sorted(r.name for r in filter_rows(rows, hays, CustomerFilter(text=text)))

    assert found("'; DROP TABLE customers;--") == ["'; DROP TABLE customers;--"]
    assert found("%") == ["100%烟酒店"]  # not a wildcard: 1000烟酒店 is not found
    assert found("_") == ["a_b便利店"]  # not "any character": ab便利店 is not found
    assert found("--") == sorted(["'; DROP TABLE customers;--", "Robert'); --"])


# --- attachments ---------------------------------------------------------------------------------


def test_attachment_names_are_never_paths(tmp_path: Path) -> None:
    files = LocalAttachments(tmp_path / "a")
    for bad in ("../x.jpg", "/etc/passwd", "店面.jpg", "a" * 32 + "/b", ""):
        with pytest.raises(AttachmentRefused):
            files.path(bad)
    with pytest.raises(AttachmentRefused):
        files.store(tmp_path / "missing.jpg")
    files.remove("0" * 32 + ".jpg")  # already gone: fine


@pytest.mark.parametrize("name", ["..\\..\\Windows\\win.ini", "CON.txt", "NUL", "aux.jpg", "店面" * 40 + ".jpg",
                                  "x" * 251 + ".jpg"])
def test_files_with_hostile_names_are_stored_under_generated_names_in_the_root(tmp_path: Path, name: str) -> None:
    root = tmp_path / "attachments"
    files = LocalAttachments(root)
    source = tmp_path / "in" / name
    source.parent.mkdir()
    source.write_bytes(b"photo")
    stored = files.store(source)
    assert files.path(stored).parent == root and files.path(stored).read_bytes() == b"photo"
    assert [p.name for p in root.iterdir()] == [stored] and name not in stored
    assert len(stored.encode()) <= 38  # 32 hex digits and a known picture extension


def test_names_that_are_paths_or_too_long_are_refused(tmp_path: Path) -> None:
    files = LocalAttachments(tmp_path / "a")
    for bad in ("..\\..\\Windows\\win.ini", "/etc/passwd", "CON.txt", "NUL", "a" * 300, "0" * 32 + ".jpg/../x"):
        with pytest.raises(AttachmentRefused):
            files.path(bad)
    stored = files.store(Path("/etc/passwd"))  # a real file with a path for a name: copied in, named anew
    assert files.path(stored).parent == tmp_path / "a" and "passwd" not in stored
