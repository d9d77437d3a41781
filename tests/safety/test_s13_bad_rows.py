"""Scenario 13 (issue 11; reliability anchors (c) 13): bad rows on known physical lines. A 10,000-line
order file with a bad date on line 17, a non-numeric amount on 523, no customer on 4096 and a
quoted cell over two lines at 7000 (so that later records are not their line numbers): the dry run
names exactly those lines and reasons and writes nothing; the strict import inserts nothing;
--skip-invalid inserts the rest and writes the errors file beside the source with those lines;
importing again changes nothing; undo removes exactly the batch. Dates like 0001-01-01 and
9999-12-31 and a 20-digit carton count are row errors with their lines, not database errors. A
duplicate license number in a customer file is a row error that --skip-invalid leaves out; an
unwritable source folder sends the errors file to the data folder.

Line 9998 repeats line 9997 exactly: in an order file that is kept (a shop may order the same
product twice a day), so it is asserted NOT to be an error."""
from __future__ import annotations

import codecs
import csv
import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from domain.importing.errors import RowError
from domain.messages.imports import errors_file_headers, errors_file_rows
from persistence.import_errors_file import errors_file_name, safe_cell, write_errors_file

PRODUCTS = "卷烟编码,卷烟名称,批发价\r\n6901028001,中华(硬),390.00\r\n6901028002,云烟(紫),92.00\r\n"
CUSTOMERS = "专卖许可证号,客户名称\r\n530102100001,北环路烟酒店\r\n530102100002,张伟便利店\r\n"
HEADER = "订单日期,专卖许可证号,客户名称,卷烟编码,订足量,批发价,金额\r\n"
PRICES = {"6901028001": 390, "6901028002": 92}
BAD_LINES = {17: ("订单日期", "is not a date"), 523: ("金额", "is not a number"),
             4096: ("专卖许可证号", "names no customer")}
LAST_LINE = 10_000
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def run_cli(tmp_path: Path):
    """`main.py ARGS` in a fresh process with its own data folder (as tests/cli/conftest.py runs it)."""

    def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        env = os.environ | {"FIELDBOOK_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen",
                            "LC_ALL": "C.UTF-8"}
        env.pop("LANG", None)
        return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                              env=env, cwd=tmp_path, timeout=timeout)

    return run


def order_file(path: Path) -> tuple[Path, int]:
    """The file, and how many of its records are good."""
    text, line, good, previous = [HEADER], 2, 0, ""
    while line <= LAST_LINE:
        i = line
        product = "6901028001" if i % 2 else "6901028002"
        qty = 1 + i % 5
        cells = [f"2026-10-{1 + i % 28:02d}", "530102100001" if i % 3 else "530102100002", "",
                 product, str(qty), f"{PRICES[product]}.00", f"{qty * PRICES[product]}.00"]
        if line == 17:
            cells[0] = "明天"
        elif line == 523:
            cells[6] = "abc"
        elif line == 4096:
            cells[1] = ""
        elif line == 7000:
            cells[2] = '"北环路\r\n烟酒店"'  # one record over lines 7000 and 7001
        record = ",".join(cells) + "\r\n"
        if line == 9998:
            record = previous
        text.append(record)
        previous = record
        good += line not in BAD_LINES
        line += 2 if line == 7000 else 1
    path.write_text("".join(text), encoding="utf-8")
    return path, good


def prepared(run_cli, tmp_path: Path) -> Path:
    db = tmp_path / "w.db"
    assert run_cli("--db", str(db), "new").returncode == 0
    (tmp_path / "p.csv").write_text(PRODUCTS, encoding="utf-8")
    (tmp_path / "c.csv").write_text(CUSTOMERS, encoding="utf-8")
    assert run_cli("--db", str(db), "import", "products", str(tmp_path / "p.csv")).returncode == 0
    assert run_cli("--db", str(db), "import", "customers", str(tmp_path / "c.csv")).returncode == 0
    return db


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def listed_lines(stderr: str) -> dict[int, str]:
    out = {}
    for text in stderr.strip().splitlines():
        assert text.startswith("line "), text
        number, rest = text.removeprefix("line ").split(":", 1)
        out[int(number)] = rest
    return out


def test_bad_rows_named_by_their_lines_strict_skip_again_and_undo(run_cli, tmp_path: Path) -> None:
    db = prepared(run_cli, tmp_path)
    source_folder = tmp_path / "source"
    source_folder.mkdir()
    source, good = order_file(source_folder / "订单.csv")
    backups = sorted((tmp_path / "backups").glob("*.db"))

    for flags in ((), ("--skip-invalid",)):
        dry = run_cli("--db", str(db), "import", "sales", str(source), "--dry-run", *flags)
        listed = listed_lines(dry.stderr)
        assert sorted(listed) == sorted(BAD_LINES), dry.stderr
        for line, (column, reason) in BAD_LINES.items():
            assert listed[line].strip().startswith(column) and reason in listed[line], listed[line]
        assert dry.returncode == (0 if flags else 2)
    assert "Rows with problems, to be skipped: 3." in dry.stdout
    assert count(db, "sales_lines") == 0 and list(source_folder.iterdir()) == [source]
    assert sorted((tmp_path / "backups").glob("*.db")) == backups

    strict = run_cli("--db", str(db), "import", "sales", str(source))
    assert strict.returncode == 2 and "Rows with problems: 3; nothing was imported." in strict.stdout
    assert count(db, "sales_lines") == 0

    skipping = run_cli("--db", str(db), "import", "sales", str(source), "--skip-invalid")
    assert skipping.returncode == 0, skipping.stderr
    assert count(db, "sales_lines") == good == 9_995  # 9,998 records, 3 bad
    [errors_file] = source_folder.glob("订单.errors-*.csv")
    assert f"Skipped 3 rows with problems; they are listed in {errors_file}." in skipping.stdout
    raw = errors_file.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["Line", "Column", "Value", "Reason"]
    assert [(int(r[0]), r[1]) for r in rows[1:]] == [(line, column) for line, (column, _) in BAD_LINES.items()]
    assert rows[1][2] == "明天" and rows[2][2] == "abc"
    assert all(reason in r[3] for r, (_, reason) in zip(rows[1:], BAD_LINES.values()))

    again = run_cli("--db", str(db), "import", "sales", str(source), "--skip-invalid")
    assert again.returncode == 0 and "was already imported" in again.stdout
    assert count(db, "sales_lines") == good
    batch = int(skipping.stdout.split("as batch ")[1].split(":")[0])
    undo = run_cli("--db", str(db), "import", "undo", str(batch))
    assert undo.returncode == 0, undo.stderr
    assert f"{good:,} order lines deleted" in undo.stdout
    assert count(db, "sales_lines") == 0


def test_dates_and_numbers_past_what_the_workspace_holds_are_row_errors(run_cli, tmp_path: Path) -> None:
    db = prepared(run_cli, tmp_path)
    source = tmp_path / "far.csv"
    source.write_text(HEADER + "0001-01-01,530102100001,,6901028001,1,390.00,390.00\r\n"
                      "9999-12-31,530102100001,,6901028001,1,390.00,390.00\r\n"
                      "2026-10-05,530102100001,,6901028001,12345678901234567890,390.00,\r\n"
                      "2026-10-05,530102100001,,6901028001,1,390.00,99999999999.00\r\n"
                      "2026-10-06,530102100002,,6901028002,2,92.00,184.00\r\n", encoding="utf-8")
    result = run_cli("--db", str(db), "import", "sales", str(source))
    assert result.returncode == 2
    listed = listed_lines(result.stderr)
    assert sorted(listed) == [2, 3, 4, 5]
    assert "outside 2000-01-01 to 2100-12-31" in listed[2] and "9999-12-31" in listed[3]
    assert listed[4].strip().startswith("订足量") and "at most 999,999" in listed[4]
    assert listed[5].strip().startswith("金额") and "larger than an amount can be" in listed[5]
    assert "Unexpected" not in result.stdout + result.stderr
    assert count(db, "sales_lines") == 0
    skipping = run_cli("--db", str(db), "import", "sales", str(source), "--skip-invalid")
    assert skipping.returncode == 0 and count(db, "sales_lines") == 1


def test_customers_duplicate_license_and_far_dates_skipped(run_cli, tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    assert run_cli("--db", str(db), "new").returncode == 0
    source = tmp_path / "客户.csv"
    source.write_text("专卖许可证号,客户名称,许可证有效期,生日\r\n530102100001,甲店,2027-01-01,1975-08-15\r\n"
                      "530102100002,乙店,9999-12-31,\r\n530102100001,甲店又一次,,\r\n530102100003,丙店,,0001-08-15\r\n"
                      "530102100004,丁店,,\r\n", encoding="utf-8")
    result = run_cli("--db", str(db), "import", "customers", str(source), "--skip-invalid")
    assert result.returncode == 0, result.stderr
    assert "Imported 客户.csv: 2 created" in result.stdout
    [errors_file] = tmp_path.glob("客户.errors-*.csv")
    rows = list(csv.reader(errors_file.read_text(encoding="utf-8-sig").splitlines()))
    assert [r[0] for r in rows[1:]] == ["3", "4", "5"]
    assert "also on line 2" in rows[2][3] and "1900" in rows[3][3]


def test_the_errors_file_falls_back_to_the_data_folder_and_is_formula_safe(tmp_path: Path) -> None:
    errors = [RowError(5, "客户名称", "“{value}” is not a number.", (("value", "=HYPERLINK(\"x\")"),)),
              RowError(2, "金额", "“{value}” is not a number.", (("value", "-2+3"),))]
    rows = errors_file_rows(errors, lambda _context, text: text)
    assert [r[0] for r in rows] == [2, 5]
    source = tmp_path / "gone" / "订单.csv"  # a folder that cannot be written to (here: not there)
    data = tmp_path / "data"
    path, moved = write_errors_file(source, errors_file_headers(lambda _c, t: t), rows,
                                    when=datetime(2026, 5, 1, 8, 30, 5), fallback_folder=data)
    assert moved and path == data / "订单.errors-20260501-083005.csv"
    assert errors_file_name(source, datetime(2026, 5, 1, 8, 30, 5)) == path.name
    cells = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert cells[1][2] == "'-2+3" and cells[2][2] == "'=HYPERLINK(\"x\")"
    assert safe_cell("@SUM(1)") == "'@SUM(1)" and safe_cell("\t=1") == "'\t=1" and safe_cell("张伟") == "张伟"
