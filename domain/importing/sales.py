"""The order-line import's columns (订单明细), and reading every line of a file into typed values.

A month of a territory's orders is tens of thousands of lines and a year's export a million, so the
reading is one tight loop over the table's columns: each distinct cell text (a date, a license
number, a price) is read once and remembered, customers and products are found in dictionaries,
and a line that is fine costs a few dictionary lookups. Every problem keeps its physical line."""
from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from itertools import repeat

from domain.customer_rules import normalize_license_no
from domain.importing import limits, values
from domain.importing.columns import ColumnMapping, ColumnSet, ColumnSpec, check_mapping, column_name
from domain.importing.errors import ImportCancelled, MappingInvalid, RowError, ValueProblem
from domain.importing.table import Cell, ImportTable, RowBlock, column_cells, row_lines
from domain.importing.units import cartons_per_unit, priced_per_case
from domain.model.products import Product
from domain.money import CENT, from_fen, to_fen

SALES_COLUMNS = ColumnSet("sales", [
    ColumnSpec("order_date", "订单日期", "Order date", (
        "日期", "订货日期", "下单日期", "订购日期", "订单时间", "业务日期", "单据日期", "供货日期", "order date",
        "date", "order day"), required=True),
    ColumnSpec("license_no", "专卖许可证号", "License number", (
        "许可证号", "许可证编号", "许可证", "专卖证号", "烟草专卖许可证号", "零售许可证号", "专卖许可证编号",
        "license no", "license number", "licence no", "licence number", "license")),
    ColumnSpec("customer_code", "客户编码", "Customer code", (
        "客户代码", "客户编号", "客户号", "customer id", "customer no")),
    ColumnSpec("customer_name", "客户名称", "Shop name", (
        "店名", "零售户名称", "零售户", "客户名", "商户名称", "客户", "shop name", "shop", "customer name",
        "customer")),
    ColumnSpec("product_code", "卷烟编码", "Product code", (
        "卷烟代码", "卷烟编号", "商品编码", "商品代码", "产品编码", "产品代码", "品规编码", "规格编码", "卷烟条码",
        "product code", "product id", "item code", "sku")),
    ColumnSpec("product_name", "卷烟名称", "Product name", (
        "卷烟品规", "品规", "品规名称", "规格名称", "商品名称", "产品名称", "卷烟规格", "卷烟", "品名",
        "product", "product name", "item", "item name")),
    ColumnSpec("requested_qty", "需求量", "Requested (cartons)", (
        "要货量", "需求数量", "需求量(条)", "订单需求量", "申报量", "要货数量", "需求", "requested",
        "requested qty", "requested quantity", "demand")),
    ColumnSpec("supplied_qty", "订足量", "Supplied (cartons)", (
        "订购量", "供货量", "订货量", "订足数量", "订购数量", "供货数量", "实际订购量", "实供量", "销量", "数量",
        "supplied", "supplied qty", "supplied quantity", "ordered", "quantity", "qty",
        "件数", "件", "订购件数", "供货件数", "箱数", "箱", "cases"), required=True),
    ColumnSpec("wholesale_price", "批发价", "Wholesale price", (
        "单价", "批发单价", "批发价格", "价格", "供货价", "price", "unit price", "wholesale price")),
    ColumnSpec("amount", "金额", "Amount", (
        "订单金额", "订购金额", "金额(元)", "销售金额", "销售额", "总金额", "货款", "amount", "value", "sum yuan")),
])

MAX_ERROR_ROWS = 10_000  # past this the mapping is surely wrong; the rest are counted, not listed
PROGRESS_EVERY = 20_000

Progress = Callable[[int, int], bool]
# one order line as read: date, customer id, product id, requested, supplied, price in fen, amount in fen
LineValues = tuple[date, int, int, int, int, int, int]


def check_sales_mapping(mapping: ColumnMapping, headers: Sequence[str]) -> None:
    """check_mapping, and: a column that names the customer, and one that names the product."""
    check_mapping(mapping, headers, SALES_COLUMNS)
    mapped = set(mapping.values())
    for either, or_ in (("license_no", "customer_code"), ("product_code", "product_name")):
        if either not in mapped and or_ not in mapped:
            names = (SALES_COLUMNS.spec(either).header, SALES_COLUMNS.spec(or_).header)
            raise MappingInvalid("The file has no column for {fields}; map a column to it.", fields="/".join(names))


def product_name_key(name: str) -> str:
    """Product names compared loosely: full-width → half-width, no blanks, case-insensitive.
    Brackets stay: 中华(硬) and 中华(软) are different products."""
    return "".join(unicodedata.normalize("NFKC", name).casefold().split())


@dataclass(frozen=True)
class References:
    """The workspace's customers and products, by the keys an order file uses."""

    customers_by_license: Mapping[str, int]
    customers_by_code: Mapping[str, int]  # a code two customers share maps to AMBIGUOUS
    products_by_code: Mapping[str, tuple[int, Decimal]]  # id, wholesale price
    products_by_name: Mapping[str, tuple[int, Decimal]]

    @classmethod
    def build(cls, customers: Sequence[tuple[int, str, str]], products: Sequence[Product]) -> References:
        by_code: dict[str, int] = {}
        for cid, _, code in customers:
            if code:
                by_code[code] = AMBIGUOUS if code in by_code else cid
        by_name: dict[str, tuple[int, Decimal]] = {}
        for p in products:
            key = product_name_key(p.name)
            by_name[key] = (AMBIGUOUS, Decimal(0)) if key in by_name else (p.id, p.wholesale_price)  # type: ignore[assignment]  # stored products have ids
        return cls(
            customers_by_license={lic: cid for cid, lic, _ in customers},
            customers_by_code=by_code,
            products_by_code={p.code: (p.id, p.wholesale_price) for p in products if p.id is not None},
            products_by_name=by_name,
        )


AMBIGUOUS = -1


@dataclass
class UnknownCustomer:
    """A customer the file names that the workspace does not have."""

    key: str  # the license number, or the customer code when the file has no license number
    by_license: bool
    name: str  # from the file's 客户名称 column, if it has one
    first_line: int
    lines: int = 1

    @property
    def creatable(self) -> bool:
        return self.by_license


@dataclass
class UnknownProduct:
    key: str  # the product code, or the name when the file has no code
    by_code: bool
    name: str
    price: Decimal | None  # the file's wholesale price (or amount ÷ cartons) on its first line with one
    first_line: int
    lines: int = 1

    @property
    def creatable(self) -> bool:
        return self.by_code and bool(self.name) and self.price is not None and self.price > 0


@dataclass
class ReadSales:
    lines: list[LineValues] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    bad_rows: int = 0
    unknown_customers: dict[str, UnknownCustomer] = field(default_factory=dict)
    unknown_products: dict[str, UnknownProduct] = field(default_factory=dict)
    rows_with_unknowns: int = 0
    case_columns: tuple[str, ...] = ()  # quantity columns counted in cases (件), converted to cartons


class _Unknown:
    """A cached lookup that found nothing: the key, for the unknown list."""

    __slots__ = ("key",)

    def __init__(self, key: str) -> None:
        self.key = key


_NEGATIVE = "“{value}” is negative; returns and corrections are not imported, only deliveries."


def _date(cell: Cell) -> date | ValueProblem:
    if values.is_empty(cell):
        return ValueProblem("The order date is required.")
    try:
        return values.bounded_date(cell)
    except ValueProblem as problem:
        return problem


def _quantity(cell: Cell) -> int | ValueProblem | None:
    if values.is_empty(cell):
        return None
    try:
        qty = values.whole_number(cell)
    except ValueProblem as problem:
        if problem.template == values.TOO_LARGE:
            qty = limits.MAX_CARTONS + 1
        else:
            return ValueProblem("“{value}” is not a whole number of cartons.", value=values.text(cell))
    if qty < 0:
        return ValueProblem(_NEGATIVE, value=values.text(cell))
    if qty > limits.MAX_CARTONS:
        return ValueProblem("{value} cartons is more than one line can hold (at most {max}).", value=values.text(cell),
                            max=f"{limits.MAX_CARTONS:,}")
    return qty


def _money(cell: Cell) -> tuple[Decimal, int] | ValueProblem | None:
    if values.is_empty(cell):
        return None
    try:
        number = values.amount(cell)
    except ValueProblem as problem:
        return problem
    if number < 0:
        return ValueProblem(_NEGATIVE, value=values.text(cell))
    return number, to_fen(number)


def read_sales(table: ImportTable, mapping: ColumnMapping, refs: References, *,
               progress: Progress | None = None, done: int = 0, total: int | None = None) -> ReadSales:
    """Every data row of `table` read into LineValues, or into RowErrors and unknown customers and
    products. `progress(done + rows read, total)` is called every few thousand rows; False cancels
    (ImportCancelled).

    Each column is read first, each distinct cell once (a month has thirty dates and a territory a few
    hundred products); the loop over the rows then only combines what the columns hold."""
    check_sales_mapping(mapping, table.headers)
    rows = table.rows
    n = len(rows)
    total = n if total is None else total
    by_field = {f: i for i, f in mapping.items()}
    text_only = isinstance(rows, RowBlock)  # a large CSV: every cell a str

    def raw(name: str) -> Sequence[Cell]:
        index = by_field.get(name)
        return _NONE_COLUMN if index is None else column_cells(rows, index)

    def parsed(name: str, parse: Callable[[Cell], object]) -> list[object] | repeat[object]:
        cells = raw(name)
        if cells is _NONE_COLUMN:
            return repeat(parse(None), n)
        return _parse_column(cells, parse, text_only)

    def header(name: str) -> str:
        index = by_field.get(name)
        return column_name(table.headers, index) if index is not None else SALES_COLUMNS.spec(name).header

    h_date, h_license, h_code, h_product, h_pname = (header(f) for f in (
        "order_date", "license_no", "customer_code", "product_code", "product_name"))
    h_requested, h_supplied, h_price, h_amount = (header(f) for f in (
        "requested_qty", "supplied_qty", "wholesale_price", "amount"))
    has_license, has_code = "license_no" in by_field, "customer_code" in by_field
    has_pcode, has_pname = "product_code" in by_field, "product_name" in by_field
    lookups = _Lookups(refs)

    out = ReadSales()
    quantities = {name: parsed(name, _quantity) for name in ("requested_qty", "supplied_qty")}
    for name, h in (("requested_qty", h_requested), ("supplied_qty", h_supplied)):
        if name in by_field and (factor := cartons_per_unit(h)) != 1:  # 件 → 条, said in the preview
            quantities[name] = [q * factor if q.__class__ is int else q for q in quantities[name]]
            out.case_columns += (h,)
    # ten columns: typeshed types zip() up to six, so mypy sees the loop's values as Any; the `__class__ is`
    # tests below are what checks them (faster than isinstance on a million lines)
    columns = zip(
        row_lines(rows), parsed("order_date", _date), parsed("license_no", lookups.customer),
        parsed("customer_code", lookups.customer_code), parsed("product_code", lookups.product),
        parsed("product_name", lookups.product_name), quantities["requested_qty"],
        quantities["supplied_qty"], parsed("wholesale_price", _money), parsed("amount", _money),
    )
    append = out.lines.append
    fen_of: dict[Decimal, int] = {}
    derived: dict[tuple[int, int], int] = {}
    step = PROGRESS_EVERY
    for position, (line, order_date, license_no, code, product_code, product_name, requested, supplied, price,
                   amount) in enumerate(columns):
        if progress is not None and position % step == 0 and position:
            if progress(done + position, total) is False:
                raise ImportCancelled()
        customer = license_no if license_no is not None else code
        product = product_code if product_code is not None else product_name
        wanted = supplied if requested is None else requested  # no requested quantity: as supplied
        if not (order_date.__class__ is date and customer.__class__ is int and product.__class__ is tuple
                and supplied.__class__ is int and wanted.__class__ is int and wanted >= supplied
                and (price is None or price.__class__ is tuple) and (amount is None or amount.__class__ is tuple)):
            # a problem or an unknown customer or product: said in full, column by column
            problems: list[tuple[str, ValueProblem]] = []
            if order_date.__class__ is not date:
                problems.append((h_date, order_date))
            unknown = False
            if customer is None:
                problems.append((h_license if has_license else h_code, ValueProblem(
                    "The line names no customer: the license number is empty." if has_license and not has_code
                    else "The line names no customer: the license number and customer code are empty."
                    if has_license else "The line names no customer: the customer code is empty.")))
            elif customer.__class__ is _Unknown:
                unknown = True
                _note_customer(out, customer.key, license_no is not None, _cell(raw("customer_name"), position), line)
            elif customer.__class__ is not int:
                problems.append((h_license if license_no is not None else h_code, customer))
            if product is None:
                problems.append((h_product if has_pcode else h_pname, ValueProblem(
                    "The line names no product: the product code is empty." if has_pcode and not has_pname
                    else "The line names no product: the product code and name are empty." if has_pcode
                    else "The line names no product: the product name is empty.")))
            elif product.__class__ is _Unknown:
                unknown = True
                _note_product(out, product.key, product_code is not None, _cell(raw("product_name"), position),
                              _cell(raw("wholesale_price"), position), _cell(raw("amount"), position),
                              _cell(raw("supplied_qty"), position), line)
            elif product.__class__ is not tuple:
                problems.append((h_product if product_code is not None else h_pname, product))
            if supplied.__class__ is not int:
                problems.append((h_supplied, supplied if supplied is not None
                                 else ValueProblem("The supplied quantity is required.")))
            if requested.__class__ is ValueProblem:
                problems.append((h_requested, requested))
            elif requested.__class__ is int and supplied.__class__ is int and supplied > requested:
                problems.append((h_supplied, ValueProblem(
                    "{supplied} cartons supplied is more than the {requested} requested.",
                    supplied=supplied, requested=requested)))
            if price is not None and price.__class__ is not tuple:
                problems.append((h_price, price))
            if amount is not None and amount.__class__ is not tuple:
                problems.append((h_amount, amount))
            if problems:
                _note_problems(out, line, problems)
            elif unknown:
                out.rows_with_unknowns += 1
            continue
        pid, product_price, product_fen = product
        if price is not None:
            price_dec, price_fen = price
            if priced_per_case(price_fen, product_fen):
                _note_case_price(out, line, h_price, price_dec, product_price)
                continue
        elif amount is not None and supplied:
            # no price column, but an amount: the line's own price is amount ÷ cartons (the catalogue's
            # price may have changed since the order)
            amount_fen = amount[1]
            key = (amount_fen, supplied)
            price_fen = derived.get(key)
            if price_fen is None:
                price_fen = derived[key] = to_fen(amount[0] / supplied)
            if priced_per_case(price_fen, product_fen):
                _note_case_price(out, line, h_amount, from_fen(price_fen), product_price)
                continue
            append((order_date, customer, pid, wanted, supplied, price_fen, amount_fen))
            continue
        else:
            price_dec, price_fen = product_price, product_fen
        expected = price_dec * supplied
        if amount is None:
            amount_fen = fen_of.get(expected)
            if amount_fen is None:
                amount_fen = fen_of[expected] = to_fen(expected)
        else:
            amount_dec, amount_fen = amount
            if abs(amount_dec - expected) > CENT:
                _note_problems(out, line, [(h_amount, ValueProblem(
                    "The amount {amount} does not match {supplied} cartons × {price} = {expected}.",
                    amount=_plain(amount_dec), supplied=supplied, price=_plain(price_dec),
                    expected=_plain(expected)))])
                continue
        append((order_date, customer, pid, wanted, supplied, price_fen, amount_fen))
    if progress is not None and progress(done + n, total) is False:
        raise ImportCancelled()
    return out


_NONE_COLUMN: Sequence[Cell] = ()
_MISSING = object()


def _cell(column: Sequence[Cell], position: int) -> Cell:
    return None if column is _NONE_COLUMN else column[position]


def _parse_column(cells: Sequence[Cell], parse: Callable[[Cell], object], text_only: bool) -> list[object]:
    """parse(cell) for every cell, each distinct cell parsed once. Cells of other types than str are
    told apart by type too (True == 1 == 1.0 as dictionary keys)."""
    if text_only:
        known = {cell: parse(cell) for cell in set(cells)}
        return list(map(known.__getitem__, cells))
    cache: dict[object, object] = {}
    out: list[object] = []
    for cell in cells:
        key = cell if cell.__class__ is str else (cell.__class__, cell)
        value = cache.get(key, _MISSING)
        if value is _MISSING:
            value = cache[key] = parse(cell)
        out.append(value)
    return out


class _Lookups:
    """A cell → the customer id or product it names, _Unknown, a ValueProblem, or None when empty."""

    def __init__(self, refs: References) -> None:
        self.refs = refs

    def customer(self, cell: Cell) -> int | _Unknown | ValueProblem | None:
        if values.is_empty(cell):
            return None
        try:
            license_no = normalize_license_no(values.code_text(cell))
        except ValueProblem as problem:
            return problem
        cid = self.refs.customers_by_license.get(license_no)
        return _Unknown(license_no) if cid is None else cid

    def customer_code(self, cell: Cell) -> int | _Unknown | ValueProblem | None:
        if values.is_empty(cell):
            return None
        try:
            code = values.code_text(cell).strip()
        except ValueProblem as problem:
            return problem
        cid = self.refs.customers_by_code.get(code)
        if cid == AMBIGUOUS:
            return ValueProblem("Customer code {code} belongs to more than one customer; use the license number.",
                                code=code)
        return _Unknown(code) if cid is None else cid

    def product(self, cell: Cell) -> tuple[int, Decimal, int] | _Unknown | ValueProblem | None:
        if values.is_empty(cell):
            return None
        try:
            code = values.code_text(cell).strip()
        except ValueProblem as problem:
            return problem
        found = self.refs.products_by_code.get(code)
        return _Unknown(code) if found is None else (found[0], found[1], to_fen(found[1]))

    def product_name(self, cell: Cell) -> tuple[int, Decimal, int] | _Unknown | ValueProblem | None:
        if values.is_empty(cell):
            return None
        found = self.refs.products_by_name.get(product_name_key(values.text(cell)))
        if found is None:
            return _Unknown(values.text(cell))
        if found[0] == AMBIGUOUS:
            return ValueProblem("More than one product is called {name}; use the product code.", name=values.text(cell))
        return found[0], found[1], to_fen(found[1])


def _plain(number: Decimal) -> str:
    """1234.5 → "1234.50": money as the user writes it."""
    return f"{number.quantize(CENT) if number == number.quantize(CENT) else number:f}"


def _note_case_price(out: ReadSales, line: int, column: str, price: Decimal, catalogue: Decimal) -> None:
    _note_problems(out, line, [(column, ValueProblem(
        "Unit mismatch: {price} yuan a carton is about 50 times the catalogue's {catalogue}; the quantity is "
        "probably in cases (件, 1 件 = 50 条). Give cartons, or head the quantity column 件.",
        price=_plain(price), catalogue=_plain(catalogue)))])


def _note_problems(out: ReadSales, line: int, problems: list[tuple[str, ValueProblem]]) -> None:
    out.bad_rows += 1
    if out.bad_rows <= MAX_ERROR_ROWS:
        out.errors.extend(RowError(line, column, p.template, tuple(p.params.items())) for column, p in problems)


def _note_customer(out: ReadSales, key: str, by_license: bool, name_cell: Cell, line: int) -> None:
    found = out.unknown_customers.get(key)
    if found is None:
        found = out.unknown_customers[key] = UnknownCustomer(key, by_license, "", line, 0)
    found.lines += 1
    if not found.name and not values.is_empty(name_cell):
        found.name = values.text(name_cell)


def _note_product(out: ReadSales, key: str, by_code: bool, name_cell: Cell, price_cell: Cell,
                  amount_cell: Cell, supplied_cell: Cell, line: int) -> None:
    found = out.unknown_products.get(key)
    if found is None:
        found = out.unknown_products[key] = UnknownProduct(key, by_code, "", None, line, 0)
    found.lines += 1
    if not found.name and not values.is_empty(name_cell):
        found.name = values.text(name_cell)
    if found.price is None:
        found.price = _file_price(price_cell, amount_cell, supplied_cell)


def _file_price(price_cell: Cell, amount_cell: Cell, supplied_cell: Cell) -> Decimal | None:
    price = _money(price_cell)
    if isinstance(price, tuple) and price[0] > 0:
        return price[0]
    amount, supplied = _money(amount_cell), _quantity(supplied_cell)
    if isinstance(amount, tuple) and isinstance(supplied, int) and supplied > 0:
        return (amount[0] / supplied).quantize(CENT)
    return None
