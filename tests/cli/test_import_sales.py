"""`main.py import products|sales FILE [--dry-run]`, `import undo BATCH_ID` and `import list` in a
subprocess: exit codes, one-line summaries, one line per bad row and per unknown customer or
product on stderr, nothing written unless every row is good."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from persistence.workspace import open_workspace

PRODUCTS = ("卷烟规格表\r\n卷烟编码,卷烟名称,生产厂家,价类,批发价,零售指导价,新品,紧俏\r\n"
            "6901028001,中华(硬),上海烟草集团,一类,390.00,450.00,否,是\r\n"
            "6901028002,云烟(紫),云南中烟,二类,92.00,100.00,,\r\n")
CUSTOMERS = ("专卖许可证号,客户名称\r\n530102100001,北环路烟酒店\r\n530102100002,张伟便利店\r\n")
SALES_HEADER = "2026年10月 订单明细\r\n订单日期,专卖许可证号,客户名称,卷烟编码,卷烟名称,需求量,订足量,批发价,金额\r\n"
SALES = ("2026-10-05,530102100001,北环路烟酒店,6901028001,中华(硬),5,3,390.00,\"1,170.00\"\r\n"
         "2026/10/06,530102100002,张伟便利店,6901028002,云烟(紫),10,10,92.00,920.00\r\n"
         "20261007,530102100001,北环路烟酒店,6901028002,云烟(紫),,2,,\r\n")
TOTAL = "合计,,,,,17,15,,\"2,274.00\"\r\n"


def new_workspace(path: Path) -> Path:
    open_workspace(path, create=True).close()  # the commands never create one
    return path


def prepared(run_cli, tmp_path: Path) -> Path:
    db = new_workspace(tmp_path / "w.db")
    (tmp_path / "p.csv").write_text(PRODUCTS, encoding="utf-8")
    (tmp_path / "c.csv").write_text(CUSTOMERS, encoding="utf-8")
    assert run_cli("--db", str(db), "import", "products", str(tmp_path / "p.csv")).returncode == 0
    assert run_cli("--db", str(db), "import", "customers", str(tmp_path / "c.csv")).returncode == 0
    return db


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_products_import_then_again(run_cli, tmp_path: Path) -> None:
    db = new_workspace(tmp_path / "w.db")
    source = tmp_path / "卷烟.csv"
    source.write_bytes(PRODUCTS.encode("gbk"))
    dry = run_cli("--db", str(db), "import", "products", str(source), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "nothing written: 2 products would be created, 0 updated, 0 unchanged" in dry.stdout
    result = run_cli("--db", str(db), "import", "products", str(source))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Imported 卷烟.csv: 2 products created, 0 updated, 0 unchanged."
    assert count(db, "products") == 2
    assert list((tmp_path / "backups").glob("w-*-pre-import.db"))
    again = run_cli("--db", str(db), "import", "products", str(source))
    assert "0 products created, 0 updated, 2 unchanged" in again.stdout


def test_products_with_bad_rows_exit_2(run_cli, tmp_path: Path) -> None:
    db = new_workspace(tmp_path / "w.db")
    open_workspace(db, create=True).close()
    source = tmp_path / "bad.csv"
    source.write_text(PRODUCTS + "6901028003,,,七类,abc,,,\r\n", encoding="utf-8")
    result = run_cli("--db", str(db), "import", "products", str(source))
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("line 5: 卷烟名称: The product name is required.; 价类: “七类” is not a price class")
    assert count(db, "products") == 0


def test_sales_dry_run_import_again_list_and_undo(run_cli, tmp_path: Path) -> None:
    db = prepared(run_cli, tmp_path)
    source = tmp_path / "订单.csv"
    source.write_bytes((SALES_HEADER + SALES + TOTAL).encode("gbk"))
    dry = run_cli("--db", str(db), "import", "sales", str(source), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.strip() == ("Dry run of 订单.csv, nothing written: 3 order lines would be added, 0 are already "
                                  "present; months 2026-10; 15 cartons, 2,274.00 yuan.")
    assert count(db, "sales_lines") == 0
    result = run_cli("--db", str(db), "import", "sales", str(source))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ("Imported 订单.csv as batch 3: 3 order lines added, 0 already present; "
                                     "months 2026-10; 15 cartons, 2,274.00 yuan.")
    assert count(db, "sales_lines") == 3
    again = run_cli("--db", str(db), "import", "sales", str(source))
    assert again.returncode == 0
    assert again.stdout.startswith("订单.csv was already imported on ") and "as batch 3; nothing was added." in again.stdout
    assert count(db, "sales_lines") == 3

    overlap = tmp_path / "overlap.csv"
    overlap.write_text(SALES_HEADER + SALES + "2026-10-08,530102100002,,6901028001,,1,1,390,390\r\n", encoding="utf-8")
    more = run_cli("--db", str(db), "import", "sales", str(overlap))
    assert "as batch 4: 1 order lines added, 3 already present" in more.stdout
    listing = run_cli("--db", str(db), "import", "list")
    assert listing.returncode == 0
    rows = [line.split("\t") for line in listing.stdout.strip().splitlines()]
    assert rows[0] == ["No.", "What", "Imported on", "File", "Rows", "Status"]
    assert [(r[0], r[1], r[3], r[4], r[5]) for r in rows[1:]] == [
        ("4", "Order import", "overlap.csv", "1", "Imported"), ("3", "Order import", "订单.csv", "3", "Imported"),
        ("2", "Customer import", "c.csv", "2", "Imported"), ("1", "Product import", "p.csv", "2", "Imported")]

    undo = run_cli("--db", str(db), "import", "undo", "4")
    assert undo.returncode == 0, undo.stderr
    assert undo.stdout.strip() == "Undid batch 4 (overlap.csv): 1 order lines deleted (2026-10)."
    assert count(db, "sales_lines") == 3
    assert list((tmp_path / "backups").glob("w-*-pre-undo.db"))
    twice = run_cli("--db", str(db), "import", "undo", "4")
    assert twice.returncode == 2 and twice.stderr.strip() == "main.py: Import batch 4 has already been undone."
    unknown = run_cli("--db", str(db), "import", "undo", "99")
    assert unknown.returncode == 2 and unknown.stderr.strip() == "main.py: There is no import batch 99."
    products = run_cli("--db", str(db), "import", "undo", "1")
    assert products.returncode == 2 and "only order imports can be undone" in products.stderr


def test_sales_with_bad_rows_and_unknowns_exit_2_and_write_nothing(run_cli, tmp_path: Path) -> None:
    db = prepared(run_cli, tmp_path)
    backups = sorted((tmp_path / "backups").glob("*.db"))
    source = tmp_path / "bad.csv"
    source.write_text(SALES_HEADER + SALES + "2026-10-09,530102100001,,6901028001,,2,3,390,1170\r\n"
                      "2026-10-09,530102100001,,6901028001,,3,3,390,1000\r\n" + TOTAL, encoding="utf-8")
    result = run_cli("--db", str(db), "import", "sales", str(source))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "line 6: 订足量: 3 cartons supplied is more than the 2 requested.",
        "line 7: 金额: The amount 1000.00 does not match 3 cartons × 390.00 = 1170.00.",
    ]
    assert "Rows with problems: 2; nothing was imported." in result.stdout
    unknowns = tmp_path / "unknown.csv"
    unknowns.write_text(SALES_HEADER + SALES + "2026-10-09,530102199999,新店,6901028999,新烟,2,2,50,100\r\n"
                        "2026-10-10,530102199999,新店,6901028001,,1,1,390,390\r\n", encoding="utf-8")
    result = run_cli("--db", str(db), "import", "sales", str(unknowns))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "Unknown customer 530102199999 (新店): first on line 6, 2 lines.",
        "Unknown product 6901028999 (新烟): first on line 6, 1 lines.",
    ]
    assert "Customers not in the workspace: 1; products not in the workspace: 1; nothing was imported." in result.stdout
    assert count(db, "sales_lines") == 0 and count(db, "import_batches") == 2
    assert sorted((tmp_path / "backups").glob("*.db")) == backups  # no backup: nothing was going to be written


def test_an_xlsx_order_file_with_english_headers(run_cli, tmp_path: Path) -> None:
    from datetime import datetime

    import openpyxl

    db = prepared(run_cli, tmp_path)
    book = openpyxl.Workbook()
    book.active.append(["Order Date", "License No", "Product Code", "Requested", "Supplied", "Price", "Amount"])
    book.active.append([datetime(2026, 10, 5), 530102100001, 6901028001, 5, 3, 390, 1170])
    book.active.append([46301, "530102100002", "6901028002", None, 10, None, None])
    book.save(tmp_path / "orders.xlsx")
    result = run_cli("--db", str(db), "import", "sales", str(tmp_path / "orders.xlsx"))
    assert result.returncode == 0, result.stderr
    assert "2 order lines added" in result.stdout and "13 cartons, 2,090.00 yuan" in result.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT order_date, requested_qty, amount_fen FROM sales_lines ORDER BY order_date").fetchall() == [
            ("2026-10-05", 5, 117000), ("2026-10-06", 10, 92000)]


def test_import_list_of_an_empty_workspace_and_a_missing_file(run_cli, tmp_path: Path) -> None:
    db = new_workspace(tmp_path / "w.db")
    listing = run_cli("--db", str(db), "import", "list")
    assert listing.returncode == 0 and listing.stdout.strip() == "Nothing has been imported yet."
    missing = run_cli("--db", str(db), "import", "sales", str(tmp_path / "nope.csv"))
    assert missing.returncode == 2 and "nope.csv" in missing.stderr
