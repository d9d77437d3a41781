"""Order exports as real files into a real workspace: every encoding and the workbook give the same
lines; the fast CSV reader (pandas) gives the same rows and physical lines as the csv module;
the import is one transaction that writes nothing when a row is bad or the user cancels; the same
file twice adds nothing, an overlapping one only its new lines; undo removes exactly its batch."""
from __future__ import annotations

import csv
import io
import sqlite3
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from domain.importing.columns import auto_mapping
from domain.importing.errors import ImportCancelled, ImportRejected
from domain.importing.products import PRODUCT_COLUMNS
from domain.importing.sales import SALES_COLUMNS, References, read_sales
from domain.importing.table import ImportTable, RowBlock, locate_header
from domain.model.customers import Customer
from domain.model.products import PriceClass, Product
from domain.model.sales import BatchStatus
from domain.services.import_batches import list_import_batches, undo_import_batch
from domain.services.product_import import import_products
from domain.services.sales_import import import_sales, preview_sales_import
from persistence import sales_summary
from persistence.tabular_files import LocalTabularFiles
from persistence.workspace import Workspace

NOW = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
HEADER = ["订单日期", "专卖许可证号", "客户名称", "卷烟编码", "卷烟名称", "需求量", "订足量", "批发价", "金额"]
FAST = LocalTabularFiles(fast_csv_chars=0)  # every CSV through pandas
SLOW = LocalTabularFiles(fast_csv_chars=10**12)  # every CSV through the csv module


def export_rows(n: int = 300) -> list[list[str]]:
    rows = []
    for i in range(n):
        customer = i % 3 + 1
        name = "𠮷祥烟酒店" if customer == 3 else f"张伟便利店{customer}"
        product, price = ("6901028001", Decimal("390")) if i % 2 else ("6901028002", Decimal("92.5"))
        supplied = i % 5 + 1
        day = ["2026-10-05", "2026/10/06", "20261007"][i % 3]
        rows.append([day, f"53010210000{customer}", name if i != 150 else "北环路\r\n烟酒店", product,
                     "中华(硬)" if i % 2 else "云烟(紫)", str(supplied + 1), str(supplied), f"{price:.2f}",
                     f"{price * supplied:,.2f}"])
    return rows


def csv_bytes(rows: list[list[str]], encoding: str, delimiter: str = ",", title: bool = True) -> bytes:
    buffer = io.StringIO(newline="")
    if title:
        buffer.write("2026年10月 卷烟订单明细\r\n")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows([HEADER, *rows, ["合计", "", "", "", "", "", "", "", ""]])
    return buffer.getvalue().encode(encoding)


def setup_workspace(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        uow.customers.add_many([Customer(f"53010210000{i}", f"店{i}") for i in (1, 2, 3)])
        uow.products.add_many([
            Product("6901028001", "中华(硬)", Decimal("390"), PriceClass.CLASS_1),
            Product("6901028002", "云烟(紫)", Decimal("92.5"), PriceClass.CLASS_2),
        ])
        uow.commit()


def read(files: LocalTabularFiles, path: Path) -> ImportTable:
    return locate_header(files.read_table(path, large=True), SALES_COLUMNS.is_known)


def run(workspace: Workspace, path: Path, files: LocalTabularFiles = FAST, **kw):
    t = read(files, path)
    return import_sales(workspace.uow(), t, auto_mapping(t.headers, SALES_COLUMNS), now=NOW,
                        **{"backups": workspace.backups, **kw})


def lines(db: Path) -> list[tuple]:  # type: ignore[type-arg]
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT order_date, customer_id, product_id, requested_qty, supplied_qty,"
                            " wholesale_price_fen, amount_fen, batch_id FROM sales_lines ORDER BY id").fetchall()


def dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return list(conn.iterdump())


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_every_encoding_and_the_workbook_give_the_same_lines(workspace: Workspace, tmp_path: Path, encoding: str) -> None:
    setup_workspace(workspace)
    rows = export_rows()
    with workspace.uow() as uow:
        refs = References.build(uow.customers.id_keys(), uow.products.list())
    book = openpyxl.Workbook()
    book.active.append(["2026年10月 卷烟订单明细"])
    book.active.append(HEADER)
    for r in rows:
        book.active.append([datetime.strptime(r[0].replace("/", "-"), "%Y%m%d" if "-" not in r[0] and "/" not in r[0]
                                              else "%Y-%m-%d"), int(r[1]), r[2], int(r[3]), r[4], int(r[5]), int(r[6]),
                            float(r[7]), r[8]])
    book.active.append(["合计"])
    book.save(tmp_path / "orders.xlsx")
    expected = read_sales(read(FAST, tmp_path / "orders.xlsx"), auto_mapping(HEADER, SALES_COLUMNS), refs).lines
    assert len(expected) == 300
    path = tmp_path / f"orders-{encoding}.csv"
    delimiter = "\t" if encoding == "utf-16" else ","
    path.write_bytes(csv_bytes(rows, encoding, delimiter))
    if encoding == "gb18030":  # GBK itself cannot hold 𠮷; the same file without it is plain GBK
        (tmp_path / "gbk.csv").write_bytes(csv_bytes([[c.replace("𠮷", "吉") for c in r] for r in rows], "gbk"))
        assert FAST.read_table(tmp_path / "gbk.csv", large=True).encoding == "gb18030"
    for files in (FAST, SLOW):
        table = read(files, path)
        assert table.headers == tuple(HEADER) and table.header_line == 2
        assert isinstance(table.rows, RowBlock) == (files is FAST)
        assert [s.line for s in table.skipped] == [2 + 300 + 1 + 1]  # the quoted line break adds one line
        result = read_sales(table, auto_mapping(table.headers, SALES_COLUMNS), refs)
        assert result.lines == expected and not result.errors


def test_fast_and_slow_readers_agree_on_cells_and_physical_lines(tmp_path: Path) -> None:
    text = ("标题\r\n\r\n订单日期,专卖许可证号,卷烟编码,订足量\r\n"
            '2026-10-05,530102100001,"6901\n028001",1\r\n'  # a code over two lines (lines 4–5)
            ",,,\r\n   ,  ,,\r\n"  # blank rows (6, 7) are left out
            '2026-10-06,"530102100002","a ""quoted"" cell",2\r'  # a lone CR ends a line too (8)
            "2026-10-07,530102100003,6901028002,3\n"  # 9
            "合计,,,6\r\n")
    path = tmp_path / "x.csv"
    path.write_text(text, encoding="utf-8")
    fast, slow = FAST.read_table(path), SLOW.read_table(path)
    assert isinstance(fast.rows, RowBlock) and not isinstance(slow.rows, RowBlock)
    assert [(r.line, r.cells[:4]) for r in fast.rows] == [(r.line, (r.cells + ("",) * 4)[:4]) for r in slow.rows]
    assert [r.line for r in fast.rows] == [1, 3, 4, 8, 9, 10]


def test_a_row_wider_than_the_first_lines_is_read_by_the_csv_module(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("订单日期,专卖许可证号\r\n" + "2026-10-05,530102100001\r\n" * 60 + "2026-10-06,530102100002,extra\r\n",
                    encoding="utf-8")
    table = FAST.read_table(path)  # the first 50 lines say two columns; line 62 has three
    assert not isinstance(table.rows, RowBlock)
    assert [(r.line, r.cells) for r in table.rows][-1] == (62, ("2026-10-06", "530102100002", "extra"))


def test_order_files_may_be_larger_than_customer_lists(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("订单日期,订足量\r\n" + "2026-10-05,1\r\n" * 30, encoding="utf-8")
    small = LocalTabularFiles(max_rows=20, large_max_rows=40, fast_csv_chars=0)
    from domain.importing.errors import TooManyRows

    with pytest.raises(TooManyRows):
        small.read_table(path)
    assert len(small.read_table(path, large=True).rows) == 31


def test_import_same_file_overlap_and_undo_on_sqlite(workspace: Workspace, db_path: Path, tmp_path: Path) -> None:
    setup_workspace(workspace)
    rows = export_rows(30)
    first_file = tmp_path / "first.csv"
    first_file.write_bytes(csv_bytes([[c.replace("𠮷", "吉") for c in r] for r in rows[:20]], "gbk"))
    first = run(workspace, first_file)
    assert (first.added, first.already_present, first.months) == (20, 0, ("2026-10",))
    stored = lines(db_path)
    assert len(stored) == 20 and {ln[7] for ln in stored} == {first.batch_id}
    assert ("2026-10-05", 1, 2, 2, 1, 9250, 9250) in [ln[:7] for ln in stored]

    again = run(workspace, first_file)
    assert again.already_imported is not None and again.already_imported.id == first.batch_id
    assert len(lines(db_path)) == 20

    overlap = tmp_path / "overlap.csv"
    overlap.write_bytes(csv_bytes(rows[10:], "utf-8-sig"))
    second = run(workspace, overlap, SLOW)
    assert (second.added, second.already_present) == (10, 10)
    assert len(lines(db_path)) == 30

    undone = undo_import_batch(workspace.uow(), second.batch_id, NOW, backups=workspace.backups)  # type: ignore[arg-type]
    assert undone.lines_removed == 10
    assert {ln[7] for ln in lines(db_path)} == {first.batch_id} and len(lines(db_path)) == 20
    statuses = {b.id: b.status for b in list_import_batches(workspace.uow())}
    assert statuses == {first.batch_id: BatchStatus.COMMITTED, second.batch_id: BatchStatus.UNDONE}
    # the summaries (month sums, order days) follow the import and its undo
    conn = sqlite3.connect(db_path)
    try:
        assert sales_summary.differences(conn.cursor()) == []
        days = conn.execute("SELECT order_date, customer_id FROM sales_order_dates ORDER BY 1, 2").fetchall()
        assert days == sorted({(ln[0], ln[1]) for ln in lines(db_path)})
    finally:
        conn.close()


def test_a_bad_row_or_a_cancel_writes_nothing(workspace: Workspace, db_path: Path, tmp_path: Path) -> None:
    setup_workspace(workspace)
    rows = export_rows(40)
    rows[17][6] = "many"
    path = tmp_path / "bad.csv"
    path.write_bytes(csv_bytes(rows, "utf-8"))
    before = dump(db_path)
    with pytest.raises(ImportRejected) as rejected:
        run(workspace, path)
    assert [e.line for e in rejected.value.errors] == [2 + 18]
    path.write_bytes(csv_bytes(export_rows(40), "utf-8"))
    calls: list[int] = []
    with pytest.raises(ImportCancelled):
        run(workspace, path, progress=lambda done, total: calls.append(done) or len(calls) < 2)
    assert dump(db_path) == before


def test_preview_writes_nothing_and_line_keys_read_the_index(workspace: Workspace, db_path: Path, tmp_path: Path) -> None:
    setup_workspace(workspace)
    path = tmp_path / "a.csv"
    path.write_bytes(csv_bytes(export_rows(12), "utf-8"))
    t = read(FAST, path)
    before = dump(db_path)
    preview = preview_sales_import(workspace.uow(), t, auto_mapping(t.headers, SALES_COLUMNS))
    assert preview.ok and preview.new_lines == 12 and dump(db_path) == before
    run(workspace, path)
    with workspace.uow() as uow:
        keys = uow.sales.line_keys(date(2026, 10, 5), date(2026, 10, 6))
        assert sum(keys.values()) == 8
        assert keys[(date(2026, 10, 5), 1, 2, 2, 1, 9250)] == 1
        [batch] = uow.sales.list_batches()
        assert uow.sales.batch_line_months(batch.id) == {"2026-10": 12}  # type: ignore[arg-type]
        assert uow.sales.find_batch(batch.kind, batch.file_sha256).id == batch.id  # type: ignore[union-attr]


def test_products_import_into_sqlite_and_update_by_code(workspace: Workspace, db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "卷烟.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["卷烟编码", "卷烟名称", "批发价", "新品"])
    book.active.append([6901028001, "中华(硬)", 390, "是"])
    book.active.append(["6901028002", "云烟(紫)", "92.50", ""])
    book.save(path)
    t = locate_header(LocalTabularFiles().read_table(path), PRODUCT_COLUMNS.is_known)
    result = import_products(workspace.uow(), t, auto_mapping(t.headers, PRODUCT_COLUMNS), now=NOW, backups=workspace.backups)
    assert (result.created, result.updated) == (2, 0)
    with workspace.uow() as uow:
        found = uow.products.get_many_by_code(["6901028001", "6901028002", "x"])
    assert sorted(found) == ["6901028001", "6901028002"]
    assert found["6901028001"].is_new and found["6901028002"].price_class == PriceClass.CLASS_2
    again = import_products(workspace.uow(), t, auto_mapping(t.headers, PRODUCT_COLUMNS), now=NOW, backups=workspace.backups)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
