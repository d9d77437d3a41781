"""Reading tables from files: title rows, totals, blank lines, limits on size, rows and columns, missing
and damaged files. Writing: text cells are never formulas, and read back unchanged. The encodings
(scenario 12) are tests/safety/test_s12_encoding_matrix.py; hostile workbooks (scenario 14)
tests/safety/test_s14_hostile_spreadsheets.py."""
from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from domain.importing.customers import CUSTOMER_COLUMNS
from domain.importing.errors import (
    DamagedWorkbook,
    EmptyFile,
    FileNotFound,
    FileTooLarge,
    MalformedFile,
    TooManyColumns,
    TooManyRows,
)
from domain.importing.table import cell_text, locate_header
from domain.workbook import SheetTable
from persistence.tabular_files import LocalTabularFiles

HEADER = ["专卖许可证号", "客户名称", "负责人", "经营地址", "档位"]


def rows(n: int = 1000, outside_gbk: bool = True) -> list[list[str]]:
    out = []
    for i in range(n):
        name = ("𠮷祥烟酒店" if outside_gbk and i % 7 == 0 else "张伟便利店") + str(i)
        address = "北环路\n交警大队旁" if i == 500 else f"北环路{i}号"  # one cell over two lines
        out.append([f"5301021{i:05d}", name, "王建国", address, "１２"])  # full-width digits kept
    return out


def csv_text(data: list[list[str]], delimiter: str = ",") -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows([HEADER, *data])
    return buffer.getvalue()


def write_xlsx(path: Path, data: list[list[object]], header: list[str] = HEADER) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for r in data:
        ws.append(r)
    wb.save(path)
    return path


def expected_lines(data: list[list[str]]) -> list[int]:
    """Physical line of each data row: the header is line 1; a cell with a line break adds one."""
    lines, line = [], 2
    for r in data:
        lines.append(line)
        line += 1 + sum(c.count("\n") for c in r)
    return lines


def text_cells(table) -> list[list[str]]:
    return [[cell_text(c) for c in r.cells] for r in table.rows]


@pytest.fixture
def files() -> LocalTabularFiles:
    return LocalTabularFiles()


def test_a_workbook_named_csv_is_still_read_as_a_workbook(files: LocalTabularFiles, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", [["530102100001", "甲店", "", "", 3]])
    renamed = path.rename(tmp_path / "x.csv")
    assert files.read_table(renamed).encoding == "xlsx"


def test_title_rows_dates_and_a_total_row_in_a_workbook(files: LocalTabularFiles, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "五华区零售户名单"
    ws["A2"] = "制表：客户经理"
    ws.append(["许可证号", "店名", "许可证有效期"])
    ws.append([530102100001, "甲店", datetime(2026, 10, 5)])
    ws.append(["合计", "1户", None])
    path = tmp_path / "t.xlsx"
    wb.save(path)
    table = locate_header(files.read_table(path), CUSTOMER_COLUMNS.is_known)
    assert table.header_line == 3
    assert [(r.line, r.cells) for r in table.rows] == [(4, (530102100001, "甲店", datetime(2026, 10, 5)))]
    assert [s.line for s in table.skipped] == [5]


def test_title_rows_and_a_total_row_in_a_csv(files: LocalTabularFiles, tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes("客户名单（2026年5月）,,\r\n\r\n许可证号,店名,电话\r\n530102100001,甲店,13800138000\r\n"
                     "530102100002,\"乙\r\n店\",\r\n合计,2,\r\n".encode("gb18030"))
    table = locate_header(files.read_table(path), CUSTOMER_COLUMNS.is_known)
    assert table.header_line == 3
    assert [r.line for r in table.rows] == [4, 5]
    assert table.rows[1].cells[1] == "乙\r\n店"
    assert [s.line for s in table.skipped] == [7]


def test_blank_lines_are_skipped_but_counted(files: LocalTabularFiles, tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_text("许可证号,店名\n\n,\n530102100001,甲店\n", encoding="utf-8")
    assert [r.line for r in files.read_table(path).rows] == [1, 4]


# --- limits and hostile input ---------------------------------------------------------------------


def test_limits_on_size_rows_and_columns(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text(csv_text(rows(50)), encoding="utf-8")
    with pytest.raises(FileTooLarge):
        LocalTabularFiles(max_bytes=1000).read_table(path)
    with pytest.raises(TooManyRows):
        LocalTabularFiles(max_rows=20).read_table(path)
    with pytest.raises(TooManyColumns) as caught:
        LocalTabularFiles(max_columns=4).read_table(path)
    assert caught.value.params["line"] == 1


def test_a_workbook_with_too_many_columns_is_refused(files: LocalTabularFiles, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "wide.xlsx", [[f"v{i}" for i in range(201)]], header=["许可证号"])
    with pytest.raises(TooManyColumns) as caught:
        files.read_table(path)
    assert caught.value.params["line"] == 2


def test_missing_damaged_and_empty_files(files: LocalTabularFiles, tmp_path: Path) -> None:
    with pytest.raises(FileNotFound):
        files.read_table(tmp_path / "nope.csv")
    old = tmp_path / "old.xls"  # an OLE header and nothing of a workbook behind it
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(DamagedWorkbook):
        files.read_table(old)
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    with pytest.raises(DamagedWorkbook):
        files.read_table(damaged)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(EmptyFile):
        locate_header(files.read_table(empty), CUSTOMER_COLUMNS.is_known)


def test_an_unterminated_quote_does_not_hang_or_lose_the_line(files: LocalTabularFiles, tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('许可证号,店名\n530102100001,"甲店\n530102100002,乙店\n', encoding="utf-8")
    table = files.read_table(path)
    assert [r.line for r in table.rows] == [1, 2]  # the quote swallows the rest: one row from line 2
    huge = tmp_path / "huge.csv"
    huge.write_text('许可证号,店名\n1,"' + "x" * 200_000 + '"\n', encoding="utf-8")
    with pytest.raises(MalformedFile) as caught:
        files.read_table(huge)
    assert caught.value.line == 2


# --- writing --------------------------------------------------------------------------------------


def test_writing_replaces_the_file_only_when_complete(files: LocalTabularFiles, tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"old")

    def broken():
        yield ["甲"]
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        files.write_xlsx(path, ["名称"], broken())
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_a_workbook_of_sheets_with_title_lines_reads_back(files: LocalTabularFiles, tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    shops = SheetTable("需求采集本", ["专卖许可证号", "预测量"], [["053010210001", 12], ["=1+1", 0]],
                       ["需求采集本 · 2026年11月", "预测依据：…"], [16, 12])
    territory = SheetTable("片区汇总/按品规", ["卷烟编码", "预测量"], [["P1", 12]])
    assert files.write_workbook(path, [shops, territory]) == (2, 1)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["需求采集本", "片区汇总_按品规"]  # "/" is not allowed in a tab's name
    first = [[c.value for c in row] for row in wb["需求采集本"].iter_rows()]
    assert first[:3] == [["需求采集本 · 2026年11月", None], ["预测依据：…", None], ["专卖许可证号", "预测量"]]
    assert first[3:] == [["053010210001", 12], ["=1+1", 0]]
    assert wb["需求采集本"]["A4"].data_type == "s" and wb["需求采集本"]["A5"].data_type == "s"
    assert wb["需求采集本"].freeze_panes == "A4" and wb["需求采集本"].column_dimensions["A"].width == 16
    assert [[c.value for c in row] for row in wb["片区汇总_按品规"].iter_rows()] == [["卷烟编码", "预测量"], ["P1", 12]]


def test_a_workbook_replaces_the_file_only_when_every_sheet_is_complete(files: LocalTabularFiles,
                                                                        tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    path.write_bytes(b"old")

    def broken():
        yield ["P1", 1]
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        files.write_workbook(path, [SheetTable("a", ["x"], [["1"]]), SheetTable("b", ["x", "y"], broken())])
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["book.xlsx"]
    with pytest.raises(OSError):
        files.write_workbook(tmp_path / "missing" / "book.xlsx", [SheetTable("a", ["x"], [])])
    assert not (tmp_path / "missing").exists()
