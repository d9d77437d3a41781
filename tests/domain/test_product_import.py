"""Product catalogue import over the fake unit of work: Chinese and English headers, price classes
written or derived from the price, yes/no flags, upsert by code, all or nothing, one batch."""
from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from domain.importing.columns import auto_mapping
from domain.importing.errors import ImportRejected, ValueProblem
from domain.importing.products import PRODUCT_COLUMNS, read_price_class
from domain.importing.table import ImportTable, RawTable, SourceRow, locate_header
from domain.model.products import PriceClass, Product
from domain.model.sales import ImportKind
from domain.services.product_import import import_products, preview_product_import
from tests.domain.fakes import FakeBackups, FakeUnitOfWork

NOW = datetime(2026, 11, 2, 8, 30, tzinfo=UTC)
HEADER = ("卷烟编码", "卷烟名称", "生产厂家", "价类", "批发价", "零售指导价", "条包数", "焦油量", "新品", "紧俏")
GOOD = (
    ("6901028001", "中华(硬)", "上海烟草集团", "一类", "390.00", "450.00", "10", "11", "否", "是"),
    ("6901028002", "云烟(紫)", "云南中烟", "2", "92", "100", "10", "11mg", "", "N"),
    ("6901028003", "红塔山(经典)", "云南中烟", "", "1,085.00", "", "", "", "Y", "√"),
)


def table(rows, header=HEADER, title: bool = True) -> ImportTable:
    lines = [("卷烟规格表（2026年11月）",)] if title else []
    lines += [header, *rows, ("合计", "3")]
    raw = RawTable("卷烟.csv", "gb18030", "cd" * 32, tuple(SourceRow(i + 1, tuple(r)) for i, r in enumerate(lines)))
    return locate_header(raw, PRODUCT_COLUMNS.is_known)


def run(uow: FakeUnitOfWork, t: ImportTable):
    return import_products(uow, t, auto_mapping(t.headers, PRODUCT_COLUMNS), now=NOW, backups=FakeBackups())


def products(uow: FakeUnitOfWork) -> dict[str, Product]:
    return {p.code: p for p in uow.store.rows("products")}


@pytest.mark.parametrize(("header", "field"), [
    ("卷烟编码", "code"), ("商品编码", "code"), ("Product Code", "code"), ("code", "code"),
    ("卷烟名称", "name"), ("品规", "name"), ("Product name", "name"), ("生产厂家", "manufacturer"),
    ("厂家", "manufacturer"), ("价类", "price_class"), ("Price Class", "price_class"), ("批发价", "wholesale_price"),
    ("批发价（元/条）", "wholesale_price"), ("wholesale_price", "wholesale_price"), ("零售指导价", "retail_price"),
    ("建议零售价", "retail_price"), ("条包数", "packs_per_carton"), ("packs_per_carton", "packs_per_carton"),
    ("焦油量", "tar_mg"), ("焦油量(mg)", "tar_mg"), ("新品", "is_new"), ("是否新品", "is_new"), ("紧俏", "is_scarce"),
    ("is_scarce", "is_scarce"),
])
def test_headers_map_by_chinese_and_english_names_and_variants(header: str, field: str) -> None:
    assert auto_mapping([header], PRODUCT_COLUMNS) == {0: field}


@pytest.mark.parametrize(("cell", "expected"), [
    ("一类", 1), ("二类", 2), ("三类", 3), ("四类", 4), ("五类", 5), ("1", 1), ("5", 5), (3, 3), (4.0, 4),
    ("1类", 1), ("第二类", 2), ("Class 3", 3), ("IV", 4), ("３", 3),
])
def test_price_classes_as_written(cell: object, expected: int) -> None:
    assert read_price_class(cell) == PriceClass(expected)  # type: ignore[arg-type]


@pytest.mark.parametrize("cell", ["六类", "0", "6", "高档", 2.5])
def test_what_is_not_a_price_class(cell: object) -> None:
    with pytest.raises(ValueProblem):
        read_price_class(cell)  # type: ignore[arg-type]


def test_a_good_file_creates_every_product_and_records_a_batch(uow: FakeUnitOfWork) -> None:
    t = table(GOOD)
    preview = preview_product_import(uow, t, auto_mapping(t.headers, PRODUCT_COLUMNS))
    assert (preview.created, preview.updated, preview.unchanged, preview.ok) == (3, 0, 0, True)
    assert uow.store.rows("products") == []
    result = run(uow, t)
    assert (result.created, result.updated, result.unchanged) == (3, 0, 0)
    stored = products(uow)
    zhonghua, yunyan, hongta = stored["6901028001"], stored["6901028002"], stored["6901028003"]
    assert (zhonghua.name, zhonghua.manufacturer, zhonghua.price_class, zhonghua.wholesale_price,
            zhonghua.retail_price, zhonghua.tar_mg, zhonghua.is_new, zhonghua.is_scarce) == (
        "中华(硬)", "上海烟草集团", PriceClass.CLASS_1, Decimal("390.00"), Decimal("450.00"), Decimal("11"), False, True)
    assert (yunyan.price_class, yunyan.tar_mg, yunyan.is_scarce) == (PriceClass.CLASS_2, Decimal("11"), False)
    # no price class: from the price (1,085 yuan → 一类); flags Y and √ are yes
    assert (hongta.price_class, hongta.wholesale_price, hongta.is_new, hongta.is_scarce) == (
        PriceClass.CLASS_1, Decimal("1085.00"), True, True)
    [batch] = uow.store.rows("import_batches")
    assert (batch.kind, batch.row_count, batch.summary["created_codes"]) == (
        ImportKind.PRODUCTS, 3, ["6901028001", "6901028002", "6901028003"])


def test_upsert_by_code_keeps_what_the_file_leaves_out(uow: FakeUnitOfWork) -> None:
    run(uow, table(GOOD))
    header = ("Product Code", "Product Name", "Wholesale Price")
    result = run(uow, table([("6901028001", "中华(硬)", "390"), ("6901028002", "云烟(紫)", "95.00"),
                             ("6901028009", "新品烟", "25")], header=header, title=False))
    assert (result.created, result.updated, result.unchanged) == (1, 1, 1)
    stored = products(uow)
    assert stored["6901028002"].wholesale_price == Decimal("95.00")
    assert stored["6901028002"].manufacturer == "云南中烟" and stored["6901028002"].retail_price == Decimal("100")
    assert stored["6901028009"].price_class == PriceClass.CLASS_4
    [_, second] = sorted(uow.store.rows("import_batches"), key=lambda b: b.id)
    assert second.summary["previous"] == {"6901028002": {"wholesale_price": "92.00"}}
    again = run(uow, table([("6901028001", "中华(硬)", "390")], header=header, title=False))
    assert (again.created, again.updated, again.unchanged, again.batch_id) == (0, 0, 1, None)


def test_bad_rows_are_named_and_nothing_is_written(uow: FakeUnitOfWork) -> None:
    rows = [
        GOOD[0],
        ("6901028002", "", "", "六类", "abc", "", "0", "99", "也许", ""),  # line 4
        ("6901028001", "中华(硬)再来", "", "", "390", "", "", "", "", ""),  # line 5: the code again
        ("6901028004", "无价烟", "", "", "", "", "", "", "", ""),  # line 6: no price for a new product
        ("6901028005", "负价烟", "", "", "-5", "", "", "", "", ""),  # line 7
    ]
    t = table(rows)
    with pytest.raises(ImportRejected) as rejected:
        run(uow, t)
    found = [(e.line, e.column, e.message.format(**e.format_args())) for e in rejected.value.errors]
    assert found == [
        (4, "卷烟名称", "The product name is required."),
        (4, "价类", "“六类” is not a price class; use 一类 to 五类 or 1 to 5."),
        (4, "批发价", "“abc” is not a number."),
        (4, "条包数", "Packs per carton must be between 1 and 100."),
        (4, "焦油量", "Tar must be between 0 and 30 mg."),
        (4, "新品", "“也许” is not yes or no (是/否)."),
        (5, "卷烟编码", "Product code 6901028001 is also on line 3."),
        (6, "批发价", "The wholesale price is required for a new product."),
        (7, "批发价", "A price cannot be negative (-5)."),
    ]
    assert uow.store.rows("products") == [] and uow.store.rows("import_batches") == []


def test_a_workbook_with_numbers_for_codes_and_prices(uow: FakeUnitOfWork) -> None:
    rows = [(6901028001.0, "中华(硬)", "", 1, 390.0, 450, 10, 11.0, True, False)]
    run(uow, table(rows, title=False))
    [product] = uow.store.rows("products")
    assert (product.code, product.price_class, product.wholesale_price, product.is_new) == (
        "6901028001", PriceClass.CLASS_1, Decimal("390.00"), True)
