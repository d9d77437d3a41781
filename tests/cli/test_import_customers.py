"""`main.py import customers FILE [--dry-run]` in a subprocess: exit codes, one-line summary, one
line per bad row on stderr, nothing written unless every row is good."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl

from persistence.workspace import open_workspace

HEADER = "专卖许可证号,客户名称,负责人,联系电话,区域类型,业态,许可证有效期\r\n"
GOOD = ("530102100001,北环路烟酒店,王建国,13800138000,城区商圈,烟酒商店,2026-10-05\r\n"
        "530102100002,张伟便利店,张伟,0871-6543210,乡镇主街,B,2027/01/31\r\n"
        "530102100003,𠮷祥食杂店,李四,13900139000,边远村屯,Z,20280101\r\n")


def workspace(path: Path) -> Path:
    open_workspace(path, create=True).close()
    return path


def customers(db: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT license_no, name, phone FROM customers ORDER BY license_no").fetchall()


def batches(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM import_batches").fetchone()[0]


def test_import_a_gbk_csv_then_again(run_cli, tmp_path: Path) -> None:
    db = workspace(tmp_path / "w.db")
    source = tmp_path / "客户.csv"
    source.write_bytes((HEADER + GOOD.replace("𠮷", "吉")).encode("gbk"))
    result = run_cli("--db", str(db), "import", "customers", str(source))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines() == ["Imported 客户.csv: 3 created, 0 updated, 0 unchanged."]
    assert customers(db)[1] == ("530102100002", "张伟便利店", "0871-6543210")
    assert batches(db) == 1
    assert list((tmp_path / "backups").glob("w-*-pre-import.db"))
    again = run_cli("import", "customers", str(source), "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert "0 created, 0 updated, 3 unchanged" in again.stdout
    assert batches(db) == 1


def test_an_xlsx_with_english_headers_updates_by_license(run_cli, tmp_path: Path) -> None:
    db = workspace(tmp_path / "w.db")
    first = tmp_path / "a.csv"
    first.write_text(HEADER + GOOD, encoding="utf-8-sig")
    assert run_cli("--db", str(db), "import", "customers", str(first)).returncode == 0
    wb = openpyxl.Workbook()
    wb.active.append(["License No", "Name", "Phone"])
    wb.active.append([530102100001, "北环路烟酒店", 13700137000])
    wb.active.append(["530102100009", "新店", None])
    book = tmp_path / "b.xlsx"
    wb.save(book)
    result = run_cli("--db", str(db), "import", "customers", str(book))
    assert result.returncode == 0, result.stderr
    assert "1 created, 1 updated, 0 unchanged" in result.stdout
    assert customers(db)[0] == ("530102100001", "北环路烟酒店", "13700137000")
    assert len(customers(db)) == 4


def test_bad_rows_exit_2_with_one_line_each_and_write_nothing(run_cli, tmp_path: Path) -> None:
    db = workspace(tmp_path / "w.db")
    source = tmp_path / "bad.csv"
    bad = (GOOD.replace("2026-10-05", "2026-13-45")
           .replace("0871-6543210,乡镇主街", "12345,火星"))
    source.write_text(HEADER + bad + '530102100001,"重复\r\n的店",,,,,\r\n', encoding="utf-8")
    before = customers(db), batches(db)
    result = run_cli("--db", str(db), "import", "customers", str(source))
    assert (customers(db), batches(db)) == before
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3, result.stderr
    assert lines[0] == "line 2: 许可证有效期: There is no date 2026-13-45."
    assert lines[1].startswith("line 3: ") and "区域类型: Unknown segment “火星”" in lines[1] and "联系电话: 12345" in lines[1]
    assert lines[2] == "line 5: 专卖许可证号: License number 530102100001 is also on line 2."
    assert "Rows with problems: 3; nothing was imported." in result.stdout
    assert customers(db) == []
    assert batches(db) == 0
    assert "Traceback" not in result.stderr


def test_dry_run_counts_and_writes_nothing(run_cli, tmp_path: Path) -> None:
    db = workspace(tmp_path / "w.db")
    source = tmp_path / "a.csv"
    source.write_text(HEADER + GOOD, encoding="utf-8")
    result = run_cli("--db", str(db), "import", "customers", str(source), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "nothing written: 3 would be created, 0 updated, 0 unchanged" in result.stdout
    assert customers(db) == []
    assert not (tmp_path / "backups").exists()


def test_a_missing_or_undecodable_file_is_one_line_and_exit_2(run_cli, tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    result = run_cli("--db", str(db), "import", "customers", str(tmp_path / "nope.csv"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "nope.csv" in result.stderr
    assert not db.exists()  # the workspace is not even created for a file that cannot be read
    broken = tmp_path / "broken.csv"
    broken.write_bytes(HEADER.encode() + b"530102100001,\xff\xfe\xff,x\r\n")
    result = run_cli("--db", str(db), "import", "customers", str(broken))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "main.py: Line 2 of the file is neither UTF-8 nor GB18030 (GBK) text, so the file was not read. "
        "Save it as UTF-8 CSV or as an Excel workbook and try again."]


def test_a_file_without_the_required_columns_is_one_line_and_exit_2(run_cli, tmp_path: Path) -> None:
    source = tmp_path / "a.csv"
    source.write_text("许可证号,电话\r\n530102100001,13800138000\r\n", encoding="utf-8")
    result = run_cli("--db", str(workspace(tmp_path / "w.db")), "import", "customers", str(source))
    assert result.returncode == 2
    assert result.stderr.strip() == "main.py: The file has no column for 客户名称; map a column to it."
