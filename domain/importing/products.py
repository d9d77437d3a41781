"""The product import's columns (卷烟规格), and how one row of a file becomes product fields.

Values as the order system and price lists write them: 一类 or 1 or 1类 for the price class, 是 / Y /
1 / √ for the flags, "1,250.00" or ¥390 for prices; a price class left out follows from the
wholesale price (price_class_for)."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from domain.importing import values
from domain.importing.columns import ColumnMapping, ColumnSet, ColumnSpec, column_name
from domain.importing.errors import RowError, ValueProblem
from domain.importing.table import Cell, SourceRow
from domain.model.products import PriceClass, Product, price_class_for
from domain.money import yuan

PRODUCT_COLUMNS = ColumnSet("products", [
    ColumnSpec("code", "卷烟编码", "Product code", (
        "卷烟代码", "卷烟编号", "商品编码", "商品代码", "产品编码", "产品代码", "品规编码", "规格编码", "编码",
        "条码", "卷烟条码", "product code", "product id", "item code", "sku", "code"), required=True),
    ColumnSpec("name", "卷烟名称", "Product name", (
        "卷烟品规", "品规", "品规名称", "规格名称", "商品名称", "产品名称", "卷烟规格", "名称", "品名",
        "product", "product name", "item", "item name", "name"), required=True),
    ColumnSpec("manufacturer", "生产厂家", "Manufacturer", (
        "厂家", "生产企业", "工业企业", "工业公司", "供货单位", "厂商", "manufacturer name", "maker", "factory")),
    ColumnSpec("price_class", "价类", "Price class", (
        "价格类别", "价位类别", "价类别", "类别", "卷烟价类", "price class", "class")),
    ColumnSpec("wholesale_price", "批发价", "Wholesale price", (
        "批发价格", "批发价(元/条)", "供货价", "调拨价", "单价", "wholesale", "wholesale price per carton",
        "price"), required=True),
    ColumnSpec("retail_price", "零售指导价", "Retail price", (
        "零售价", "建议零售价", "零售指导价格", "指导价", "零售价格", "retail", "suggested retail price", "rrp")),
    ColumnSpec("packs_per_carton", "条包数", "Packs per carton", (
        "每条包数", "包/条", "包数", "packs", "packs per carton")),
    ColumnSpec("tar_mg", "焦油量", "Tar (mg)", (
        "焦油", "焦油含量", "焦油量(mg)", "tar", "tar mg")),
    ColumnSpec("is_new", "新品", "New product", ("是否新品", "新品标志", "新", "new", "is new")),
    ColumnSpec("is_scarce", "紧俏", "Scarce", (
        "是否紧俏", "紧俏品", "紧俏标志", "紧缺", "货源紧俏", "scarce", "is scarce", "short supply")),
])

_CN_CLASS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
_CLASS_TEXT = re.compile(r"^(?:第|class|类别)?\s*([1-5一二三四五]|i{1,3}|iv|v)\s*(?:类|类烟|档)?$", re.IGNORECASE)
_TAR_UNIT = re.compile(r"\s*(?:mg|毫克)$", re.IGNORECASE)
MAX_PRICE = Decimal("100000")  # per carton; anything above is a typo or a case price
MAX_TAR = Decimal("30")
MAX_PACKS = 100


def read_price_class(cell: Cell) -> PriceClass:
    if isinstance(cell, (int, float)) and not isinstance(cell, bool) and float(cell).is_integer() and 1 <= cell <= 5:
        return PriceClass(int(cell))
    match = _CLASS_TEXT.match(values.folded(cell).replace(" ", "").casefold())
    if match:
        token = match[1]
        number = int(token) if token.isdigit() else _CN_CLASS.get(token) or _ROMAN[token]
        return PriceClass(number)
    raise ValueProblem("“{value}” is not a price class; use 一类 to 五类 or 1 to 5.", value=values.text(cell))


def read_price(cell: Cell) -> Decimal:
    price = values.amount(cell)
    if price < 0:
        raise ValueProblem("A price cannot be negative ({value}).", value=values.text(cell))
    if price > MAX_PRICE:
        raise ValueProblem("{value} yuan per carton is more than any cigarette costs; check the column.",
                           value=values.text(cell))
    return yuan(price)


def read_packs(cell: Cell) -> int:
    packs = values.whole_number(cell)
    if not 1 <= packs <= MAX_PACKS:
        raise ValueProblem("Packs per carton must be between 1 and {max}.", max=MAX_PACKS)
    return packs


def read_tar(cell: Cell) -> Decimal:
    if isinstance(cell, str):
        cell = _TAR_UNIT.sub("", values.folded(cell))
    tar = values.amount(cell)
    if not 0 <= tar <= MAX_TAR:
        raise ValueProblem("Tar must be between 0 and {max} mg.", max=MAX_TAR)
    return tar


def _code(cell: Cell) -> str:
    return values.code_text(cell).strip()


READERS: dict[str, Callable[[Cell], object]] = {
    "code": _code, "name": values.text, "manufacturer": values.text, "price_class": read_price_class,
    "wholesale_price": read_price, "retail_price": read_price, "packs_per_carton": read_packs,
    "tar_mg": read_tar, "is_new": values.yes_no, "is_scarce": values.yes_no,
}
assert set(READERS) == {s.field for s in PRODUCT_COLUMNS}


@dataclass
class ProductRowValues:
    """A row read into field values (only the cells that hold something) and its problems."""

    line: int
    values: dict[str, object]
    errors: list[RowError]
    failed: set[str] = field(default_factory=set)


def read_product_row(row: SourceRow, mapping: ColumnMapping, headers: Sequence[str]) -> ProductRowValues:
    result = ProductRowValues(row.line, {}, [])
    for index, field_name in sorted(mapping.items()):
        cell = row.cell(index)
        if values.is_empty(cell):
            continue
        try:
            result.values[field_name] = READERS[field_name](cell)
        except ValueProblem as problem:
            result.errors.append(RowError(row.line, column_name(headers, index), problem.template,
                                          tuple(problem.params.items())))
            result.failed.add(field_name)
    return result


def apply_values(base: Product | None, fields: Mapping[str, Any]) -> Product:
    """The product with the file's values laid over it; a price class the file leaves out follows
    from the wholesale price."""
    # Any: each value is what its field's reader returned, so it fits the attribute; a dict cannot
    # tell mypy which key holds which type
    product = base if base is not None else Product(code="", name="", wholesale_price=Decimal(0),
                                                    price_class=PriceClass.CLASS_5)
    changes = dict(fields)
    price = changes.get("wholesale_price")
    # the class follows a new price; a stored product keeps the class it has while its price stays
    if "price_class" not in changes and price is not None and (base is None or base.wholesale_price != price):
        changes["price_class"] = price_class_for(price)
    return replace(product, **changes)


def validate_product(product: Product) -> list[tuple[str, str, tuple[tuple[str, object], ...]]]:
    """(field, English template, params) for each rule the product breaks."""
    problems: list[tuple[str, str, tuple[tuple[str, object], ...]]] = []
    if not product.code:
        problems.append(("code", "The product code is required.", ()))
    elif len(product.code) > 32:
        problems.append(("code", "A product code has at most 32 characters.", ()))
    if not product.name.strip():
        problems.append(("name", "The product name is required.", ()))
    elif len(product.name) > 120:
        problems.append(("name", "The product name is longer than 120 characters.", ()))
    if product.wholesale_price <= 0:
        problems.append(("wholesale_price", "The wholesale price must be more than 0.", ()))
    return problems
