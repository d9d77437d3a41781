"""Order-line import over the fake unit of work: the columns and their variants, title and 合计
rows, every date form, thousands separators, the derived quantities, prices and amounts, bad rows
named by line with nothing written, unknown customers and products, the idempotent re-import of
the same or an overlapping file, the undo of a batch, and cancelling."""
from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from domain.backups import BackupReason
from domain.importing.columns import auto_mapping
from domain.importing.errors import (
    BatchAlreadyUndone,
    BatchNotFound,
    ImportCancelled,
    ImportRejected,
    MappingInvalid,
    UndoNotSupported,
    UnknownReferences,
)
from domain.importing.sales import SALES_COLUMNS, check_sales_mapping, read_sales
from domain.importing.table import ImportTable, RawTable, RowBlock, SourceRow, locate_header
from domain.model.customers import Customer
from domain.model.products import PriceClass, Product
from domain.model.sales import BatchStatus, ImportKind
from domain.services.import_batches import batch_contents, list_import_batches, undo_import_batch
from domain.services.sales_import import create_unknown_references, import_sales, preview_sales_import
from tests.domain.fakes import FakeBackups, FakeUnitOfWork

NOW = datetime(2026, 11, 2, 8, 30, tzinfo=UTC)
HEADER = ("订单日期", "专卖许可证号", "客户名称", "卷烟编码", "卷烟名称", "需求量", "订足量", "批发价", "金额")
LINES = (
    ("2026-10-05", "530102100001", "北环路烟酒店", "6901028001", "中华(硬)", "5", "3", "390.00", "1,170.00"),
    ("2026/10/06", "530102100002", "张伟便利店", "6901028002", "云烟(紫)", "10", "10", "92.00", "920.00"),
    ("20261007", "530102100001", "北环路烟酒店", "6901028002", "云烟(紫)", "", "2", "", ""),
)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    with uow:
        uow.customers.add_many([
            Customer(license_no="530102100001", name="北环路烟酒店", customer_code="K001"),
            Customer(license_no="530102100002", name="张伟便利店", customer_code="K002"),
        ])
        uow.products.add_many([
            Product(code="6901028001", name="中华(硬)", wholesale_price=Decimal("390"), price_class=PriceClass.CLASS_1),
            Product(code="6901028002", name="云烟(紫)", wholesale_price=Decimal("92"), price_class=PriceClass.CLASS_2),
        ])
        uow.commit()
    return uow


def table(rows, header=HEADER, title: bool = True, total: bool = True, sha: str = "f1" * 32,
          block: bool = False) -> ImportTable:
    raw_rows = [("2026年10月 订单明细",)] if title else []
    raw_rows += [header, *rows]
    if total:
        raw_rows.append(("合计", "", "", "", "", "15", "15", "", "2,090.00"))
    sources = tuple(SourceRow(i + 1, tuple(r)) for i, r in enumerate(raw_rows))
    if block:  # as a large CSV comes: by column, every row as wide as the widest
        width = max(len(r) for r in raw_rows)
        padded = [tuple(r) + ("",) * (width - len(r)) for r in raw_rows]
        sources = RowBlock([s.line for s in sources], [list(c) for c in zip(*padded)])  # type: ignore[assignment]
    return locate_header(RawTable("订单明细.csv", "utf-8", sha, sources), SALES_COLUMNS.is_known)


def mapping(t: ImportTable) -> dict[int, str]:
    return auto_mapping(t.headers, SALES_COLUMNS)


def run(uow: FakeUnitOfWork, t: ImportTable, **kw):
    kw.setdefault("backups", FakeBackups())
    return import_sales(uow, t, mapping(t), now=NOW, **kw)


def stored(uow: FakeUnitOfWork) -> list[tuple]:  # type: ignore[type-arg]
    return sorted((ln.order_date, ln.customer_id, ln.product_id, ln.requested_qty, ln.supplied_qty,
                   ln.wholesale_price, ln.amount, ln.batch_id) for ln in uow.store.sales_lines)


# --- columns ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("header", "field"), [
    ("订单日期", "order_date"), ("日期", "order_date"), ("order_date", "order_date"), ("Order Date", "order_date"),
    ("专卖许可证号", "license_no"), ("许可证号", "license_no"), ("License No.", "license_no"),
    ("客户编码", "customer_code"), ("customer_code", "customer_code"),
    ("客户名称", "customer_name"), ("卷烟编码", "product_code"), ("商品编码", "product_code"),
    ("Product Code", "product_code"), ("卷烟名称", "product_name"), ("品规", "product_name"),
    ("需求量", "requested_qty"), ("要货量", "requested_qty"), ("requested_qty", "requested_qty"),
    ("订足量", "supplied_qty"), ("订购量", "supplied_qty"), ("供货量", "supplied_qty"),
    ("supplied_qty", "supplied_qty"), ("批发价", "wholesale_price"), ("单价", "wholesale_price"),
    ("金额", "amount"), ("金额（元）", "amount"), ("Amount", "amount"),
])
def test_headers_map_by_chinese_and_english_names_and_variants(header: str, field: str) -> None:
    assert auto_mapping([header], SALES_COLUMNS) == {0: field}


def test_the_file_must_name_a_date_a_quantity_a_customer_and_a_product() -> None:
    check_sales_mapping({0: "order_date", 1: "customer_code", 2: "product_name", 3: "supplied_qty"}, ["a"] * 4)
    with pytest.raises(MappingInvalid) as no_customer:
        check_sales_mapping({0: "order_date", 1: "customer_name", 2: "product_code", 3: "supplied_qty"}, ["a"] * 4)
    assert no_customer.value.params["fields"] == "专卖许可证号/客户编码"
    with pytest.raises(MappingInvalid) as no_quantity:
        check_sales_mapping({0: "order_date", 1: "license_no", 2: "product_code"}, ["a"] * 3)
    assert no_quantity.value.params["fields"] == "订足量"


# --- reading lines ---------------------------------------------------------------------------------


def test_a_good_file_imports_as_one_batch_with_derived_values(uow: FakeUnitOfWork) -> None:
    t = table(LINES)
    assert [s.line for s in t.skipped] == [6] and t.header_line == 2
    preview = preview_sales_import(uow, t, mapping(t))
    assert preview.ok and (preview.new_lines, preview.already_present) == (3, 0)
    assert (preview.months, preview.cartons, preview.requested, preview.amount) == (("2026-10",), 15, 17, Decimal("2274.00"))
    assert not uow.store.sales_lines  # a preview writes nothing
    result = run(uow, t)
    assert (result.added, result.already_present, result.months, result.cartons) == (3, 0, ("2026-10",), 15)
    assert stored(uow) == [
        (date(2026, 10, 5), 1, 1, 5, 3, Decimal("390.00"), Decimal("1170.00"), result.batch_id),
        (date(2026, 10, 6), 2, 2, 10, 10, Decimal("92.00"), Decimal("920.00"), result.batch_id),
        # no requested: as supplied; no price: the product's; no amount: cartons × price
        (date(2026, 10, 7), 1, 2, 2, 2, Decimal("92.00"), Decimal("184.00"), result.batch_id),
    ]
    [batch] = uow.store.rows("import_batches")
    assert (batch.kind, batch.source_name, batch.file_sha256, batch.encoding, batch.row_count) == (
        ImportKind.SALES, "订单明细.csv", "f1" * 32, "utf-8", 3)
    assert batch.summary["months"] == ["2026-10"] and batch.summary["cartons"] == 15
    assert batch.summary["amount"] == "2274.00" and batch.summary["first_date"] == "2026-10-05"


@pytest.mark.parametrize("cell", [  # 46300: Excel's serial number of 2026-10-05
    "2026-10-05", "2026/10/05", "20261005", "2026.10.05", "2026年10月5日", "46300", 46300, 46300.0,
    date(2026, 10, 5), datetime(2026, 10, 5, 9, 30), "２０２６-１０-０５", "2026-10-05 09:30:00",
])
def test_every_date_form(uow: FakeUnitOfWork, cell: object) -> None:
    t = table([(cell, "530102100001", "", "6901028001", "", 1, 1, 390, 390)])
    run(uow, t)
    assert [ln.order_date for ln in uow.store.sales_lines] == [date(2026, 10, 5)]


def test_workbook_cells_numbers_and_thousands_separators(uow: FakeUnitOfWork) -> None:
    t = table([
        (datetime(2026, 10, 5), 530102100001, "甲", 6901028001, "", 1200.0, "1,200", "390", "468,000.00"),
        ("2026-10-05", "530102100002", "乙", "6901028002", "", "1,234", 1234, 92.5, Decimal("114145.00")),
    ])
    result = run(uow, t)
    assert result.added == 2
    assert [(ln.requested_qty, ln.supplied_qty, ln.wholesale_price, ln.amount) for ln in uow.store.sales_lines] == [
        (1200, 1200, Decimal("390.00"), Decimal("468000.00")), (1234, 1234, Decimal("92.50"), Decimal("114145.00"))]


def test_customer_by_code_and_product_by_name(uow: FakeUnitOfWork) -> None:
    header = ("日期", "客户编码", "品规", "订购量", "金额")
    t = table([("2026-10-05", "K002", "中华（硬）", "2", "780")], header=header, total=False)
    run(uow, t)
    [line] = uow.store.sales_lines
    assert (line.customer_id, line.product_id, line.amount) == (2, 1, Decimal("780.00"))


def test_without_a_price_the_line_price_is_the_amount_over_the_cartons(uow: FakeUnitOfWork) -> None:
    header = ("订单日期", "专卖许可证号", "卷烟编码", "订足量", "金额")
    run(uow, table([("2026-10-05", "530102100001", "6901028001", "4", "1,480.00")], header=header))
    [line] = uow.store.sales_lines
    assert (line.wholesale_price, line.amount) == (Decimal("370.00"), Decimal("1480.00"))


def test_bad_rows_are_named_by_line_and_nothing_is_written(uow: FakeUnitOfWork) -> None:
    bad = [
        LINES[0],
        ("2026-13-45", "530102100001", "", "6901028001", "", "5", "3", "390", "1170"),  # line 4
        ("2026-10-05", "", "", "6901028001", "", "5", "3", "390", "1170"),  # 5: no customer
        ("2026-10-05", "530102100001", "", "6901028001", "", "5", "-1", "390", "-390"),  # 6: a return
        ("2026-10-05", "530102100001", "", "6901028001", "", "2", "3", "390", "1170"),  # 7: more than asked
        ("2026-10-05", "530102100001", "", "6901028001", "", "5", "3", "390", "1,200.00"),  # 8: amount
        ("2026-10-05", "530102100001", "", "6901028001", "", "五", "2.5", "abc", "1170"),  # 9
        ("2026-10-05", "530102100001", "", "", "", "5", "", "390", "1170"),  # 10: no product, no quantity
    ]
    t = table(bad)
    preview = preview_sales_import(uow, t, mapping(t))
    assert not preview.ok and preview.bad_rows == 7
    found = [(e.line, e.column, e.message.format(**e.format_args())) for e in preview.errors]
    assert found == [
        (4, "订单日期", "There is no date 2026-13-45."),
        (5, "专卖许可证号", "The line names no customer: the license number is empty."),
        (6, "订足量", "“-1” is negative; returns and corrections are not imported, only deliveries."),
        (6, "金额", "“-390” is negative; returns and corrections are not imported, only deliveries."),
        (7, "订足量", "3 cartons supplied is more than the 2 requested."),
        (8, "金额", "The amount 1200.00 does not match 3 cartons × 390.00 = 1170.00."),
        (9, "订足量", "“2.5” is not a whole number of cartons."),
        (9, "需求量", "“五” is not a whole number of cartons."),
        (9, "批发价", "“abc” is not a number."),
        (10, "卷烟编码", "The line names no product: the product code and name are empty."),
        (10, "订足量", "The supplied quantity is required."),
    ]
    with pytest.raises(ImportRejected) as rejected:
        run(uow, t)
    assert rejected.value.bad_rows == 7
    assert uow.store.sales_lines == [] and uow.store.rows("import_batches") == []
    assert not uow.committed or uow.commits == 1  # only the fixture's


def test_an_amount_within_a_fen_of_cartons_times_price_is_fine(uow: FakeUnitOfWork) -> None:
    t = table([("2026-10-05", "530102100001", "", "6901028001", "", "3", "3", "33.333", "100.00")], total=False)
    run(uow, t)
    [line] = uow.store.sales_lines
    assert line.amount == Decimal("100.00")


def test_unknown_customers_and_products_are_listed_with_their_first_line(uow: FakeUnitOfWork) -> None:
    rows = [
        LINES[0],
        ("2026-10-05", "530102199999", "新开烟酒店", "6901028001", "中华(硬)", "1", "1", "390", "390"),  # 4
        ("2026-10-06", "530102199999", "新开烟酒店", "6901028999", "黄鹤楼(新)", "2", "2", "245.00", "490"),  # 5
        ("2026-10-07", "530102100002", "张伟便利店", "6901028999", "黄鹤楼(新)", "1", "1", "", "245"),  # 6
    ]
    t = table(rows)
    preview = preview_sales_import(uow, t, mapping(t))
    assert not preview.ok and preview.bad_rows == 0 and preview.rows_with_unknowns == 3
    [customer] = preview.unknown_customers
    assert (customer.key, customer.name, customer.first_line, customer.lines, customer.creatable) == (
        "530102199999", "新开烟酒店", 4, 2, True)
    [product] = preview.unknown_products
    assert (product.key, product.name, product.price, product.first_line, product.lines) == (
        "6901028999", "黄鹤楼(新)", Decimal("245.00"), 5, 2)
    with pytest.raises(UnknownReferences) as unknown:
        run(uow, t)
    assert unknown.value.params == {"customers": 1, "products": 1}
    assert uow.store.sales_lines == []
    created = create_unknown_references(uow, preview.unknown_customers, preview.unknown_products,
                                        source_name=t.source_name, now=NOW,
                                        backups=FakeBackups())
    assert (created.customers, created.products, created.not_creatable) == (1, 1, ())
    with uow:
        new_product = uow.products.get_by_code("6901028999")
        assert new_product is not None and new_product.price_class == PriceClass.CLASS_1
        assert uow.customers.get_by_license("530102199999").name == "新开烟酒店"  # type: ignore[union-attr]
    assert run(uow, t).added == 4
    kinds = [b.kind for b in uow.store.rows("import_batches")]
    assert kinds == [ImportKind.CUSTOMERS, ImportKind.PRODUCTS, ImportKind.SALES]


def test_unknowns_without_what_a_record_needs_are_not_created(uow: FakeUnitOfWork) -> None:
    header = ("日期", "客户编码", "卷烟名称", "订足量")
    t = table([("2026-10-05", "K999", "不存在的烟", "1")], header=header, total=False)
    preview = preview_sales_import(uow, t, mapping(t))
    assert [u.creatable for u in (*preview.unknown_customers, *preview.unknown_products)] == [False, False]
    created = create_unknown_references(uow, preview.unknown_customers, preview.unknown_products,
                                        source_name="x", now=NOW, backups=FakeBackups())
    assert (created.customers, created.products, created.not_creatable) == (0, 0, ("K999", "不存在的烟"))


# --- idempotency and undo --------------------------------------------------------------------------


def test_the_same_file_again_adds_nothing(uow: FakeUnitOfWork) -> None:
    first = run(uow, table(LINES))
    again = run(uow, table(LINES))
    assert again.batch_id is None and again.added == 0
    assert again.already_imported is not None and again.already_imported.id == first.batch_id
    preview = preview_sales_import(uow, table(LINES), mapping(table(LINES)))
    assert preview.already_imported is not None and not preview.ok
    assert len(uow.store.sales_lines) == 3 and len(uow.store.rows("import_batches")) == 1


def test_an_overlapping_export_adds_only_its_new_lines(uow: FakeUnitOfWork) -> None:
    run(uow, table(LINES[:2]))
    later = (*LINES[1:], LINES[2])  # line 2 again, line 3 twice (two orders the same day)
    result = run(uow, table(later, sha="f2" * 32))
    assert (result.added, result.already_present) == (2, 1)
    assert len(uow.store.sales_lines) == 4
    nothing_new = run(uow, table(later, sha="f3" * 32))
    assert (nothing_new.added, nothing_new.already_present, nothing_new.batch_id) == (0, 3, None)


def test_an_undone_file_can_be_imported_again(uow: FakeUnitOfWork) -> None:
    first = run(uow, table(LINES))
    undo_import_batch(uow, first.batch_id, NOW, backups=FakeBackups())  # type: ignore[arg-type]
    second = run(uow, table(LINES))
    assert second.added == 3 and second.batch_id != first.batch_id


def test_undo_removes_exactly_that_batch(uow: FakeUnitOfWork) -> None:
    first = run(uow, table(LINES[:1]))
    second = run(uow, table(LINES[1:], sha="f2" * 32))
    contents = batch_contents(uow, second.batch_id)  # type: ignore[arg-type]
    assert (contents.lines, contents.months) == (2, {"2026-10": 2})
    result = undo_import_batch(uow, second.batch_id, NOW, backups=FakeBackups())  # type: ignore[arg-type]
    assert (result.lines_removed, result.months) == (2, ("2026-10",))
    assert [ln.batch_id for ln in uow.store.sales_lines] == [first.batch_id]
    batches = {b.id: b for b in list_import_batches(uow)}
    assert batches[second.batch_id].status == BatchStatus.UNDONE
    assert batches[second.batch_id].summary["undone_at"] == NOW.isoformat()
    assert batches[first.batch_id].status == BatchStatus.COMMITTED
    with pytest.raises(BatchAlreadyUndone):
        undo_import_batch(uow, second.batch_id, NOW, backups=FakeBackups())  # type: ignore[arg-type]
    with pytest.raises(BatchNotFound):
        undo_import_batch(uow, 99, NOW, backups=FakeBackups())


def test_customer_and_product_batches_are_not_undone(uow: FakeUnitOfWork) -> None:
    with uow:
        from domain.model.sales import ImportBatch

        batch_id = uow.sales.add_batch(ImportBatch(ImportKind.PRODUCTS, "p.csv", NOW))
        uow.commit()
    with pytest.raises(UndoNotSupported) as refused:
        undo_import_batch(uow, batch_id, NOW, backups=FakeBackups())
    assert "only order imports can be undone" in str(refused.value)


# --- progress and cancel ---------------------------------------------------------------------------


def test_progress_is_reported_and_false_cancels_with_nothing_written(uow: FakeUnitOfWork) -> None:
    for stop_after in (1, 2):  # while reading; while writing
        calls: list[int] = []

        def progress(done: int, total: int) -> bool:
            calls.append(done)
            return len(calls) < stop_after

        with pytest.raises(ImportCancelled):
            run(uow, table(LINES), progress=progress)
        assert uow.store.sales_lines == [] and uow.store.rows("import_batches") == []
    seen: list[tuple[int, int]] = []
    run(uow, table(LINES), progress=lambda done, total: seen.append((done, total)) or True)
    assert seen[0] == (3, 6) and seen[-1] == (6, 6)
    assert len(uow.store.sales_lines) == 3


def test_the_backup_is_taken_only_when_something_will_be_written(uow: FakeUnitOfWork) -> None:
    backups = FakeBackups()
    run(uow, table(LINES), backups=backups)
    run(uow, table(LINES), backups=backups)  # already imported
    with pytest.raises(ImportRejected):
        run(uow, table([("bad",) * 9], sha="ee" * 32), backups=backups)
    assert backups.taken == [BackupReason.PRE_IMPORT]


def test_a_table_held_by_column_reads_the_same(uow: FakeUnitOfWork) -> None:
    rows = (*LINES, ("2026-13-01", "530102100001", "", "6901028001", "", "1", "1", "", ""))
    by_row, by_column = table(rows), table(rows, block=True)
    assert isinstance(by_column.rows, RowBlock) and len(by_column.rows) == len(by_row.rows) == 4
    assert [s.line for s in by_column.skipped] == [s.line for s in by_row.skipped] == [7]
    assert list(by_column.rows) == [SourceRow(r.line, r.cells + ("",) * (9 - len(r.cells))) for r in by_row.rows]
    with uow:
        from domain.importing.sales import References

        refs = References.build(uow.customers.id_keys(), uow.products.list())
    a, b = (read_sales(t, mapping(t), refs) for t in (by_row, by_column))
    assert a.lines == b.lines and len(a.lines) == 3
    assert a.errors == b.errors and [e.line for e in a.errors] == [6]


def test_a_bad_supplied_quantity_is_named_once_when_no_demand_is_given(uow: FakeUnitOfWork) -> None:
    t = table([("2026-10-05", "530102100001", "", "6901028001", "", "", "x", "390", "")], total=False)
    preview = preview_sales_import(uow, t, mapping(t))
    assert [(e.line, e.column) for e in preview.errors] == [(3, "订足量")]


def test_a_block_drops_title_total_and_repeated_header_rows_keeping_lines() -> None:
    rows = [("订单明细",), HEADER, LINES[0], ("小计", "", "", "", "", "", "3"), HEADER, LINES[1], ("合计",)]
    width = len(HEADER)
    padded = [tuple(r) + ("",) * (width - len(r)) for r in rows]
    block = RowBlock([1, 2, 3, 4, 6, 7, 9], [list(c) for c in zip(*padded)])
    t = locate_header(RawTable("x.csv", "utf-8", "", block), SALES_COLUMNS.is_known)
    assert isinstance(t.rows, RowBlock) and [r.line for r in t.rows] == [3, 7]
    assert [(s.line, s.reason) for s in t.skipped] == [(4, "total"), (6, "header"), (9, "total")]
    assert [r.line for r in block.without([0, 1, 6])] == [3, 4, 6, 7]  # only the ends: sliced
    assert [r.line for r in block.without([])] == block.lines
