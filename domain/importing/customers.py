"""The customer import's columns, and how one row of a file becomes customer fields.

Values are read the way customer managers write them: 食杂店 or Z, 城网 or C, ★★★ or 五星,
农历八月十五 or 08-15 with a 农历 column, 2026/10/05 or 20261005 or a workbook date."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from domain.customer_rules import STAR_LEVELS
from domain.importing import limits, values
from domain.importing.columns import ColumnMapping, ColumnSet, ColumnSpec, column_name
from domain.importing.errors import RowError, ValueProblem
from domain.importing.table import Cell, SourceRow, normalize_header
from domain.model.custom_fields import VALUE_PLACES, CustomField
from domain.model.customers import Birthday, BirthdayCalendar, BusinessType, Customer, Market, Segment
from domain.star_scoring import INTEGRITY_GRADES

CUSTOMER_COLUMNS = ColumnSet("customers", [
    ColumnSpec("license_no", "专卖许可证号", "License number", (
        "许可证号", "许可证编号", "许可证", "专卖证号", "烟草专卖许可证号", "烟草专卖零售许可证号",
        "零售许可证号", "专卖许可证编号", "证号", "license no", "license number", "licence no",
        "licence number", "license"), required=True),
    ColumnSpec("name", "客户名称", "Shop name", (
        "店名", "店铺名称", "门店名称", "零售户名称", "客户名", "商户名称", "企业名称", "字号", "名称",
        "name", "shop name", "shop", "store name", "customer name", "customer"), required=True),
    ColumnSpec("owner", "负责人", "Owner", (
        "店主", "法人", "法人代表", "法定代表人", "经营者", "业主", "户主", "联系人", "店主姓名",
        "负责人姓名", "owner name", "contact", "contact person", "legal representative")),
    ColumnSpec("phone", "联系电话", "Phone", (
        "电话", "手机", "手机号", "手机号码", "电话号码", "联系方式", "联系手机", "移动电话",
        "phone number", "mobile", "mobile phone", "tel", "telephone")),
    ColumnSpec("phone2", "备用电话", "Second phone", (
        "电话2", "联系电话2", "其他电话", "固定电话", "座机", "second phone", "other phone", "landline")),
    ColumnSpec("address", "经营地址", "Address", (
        "地址", "店铺地址", "详细地址", "经营场所", "门店地址", "addr")),
    ColumnSpec("route", "线路", "Route", (
        "片区", "送货线路", "配送线路", "拜访线路", "线路名称", "所属线路", "route name")),
    ColumnSpec("segment", "区域类型", "Segment", (
        "区域", "市场区域", "区域分类", "segment name", "area type")),
    ColumnSpec("business_type", "业态", "Business type", (
        "经营业态", "业态类型", "零售业态", "business")),
    ColumnSpec("market", "市场类型", "Market type", (
        "城乡类型", "城网农网", "城乡", "市场", "market", "urban rural")),
    ColumnSpec("grade", "档位", "Grade", ("客户档位", "档次", "档级", "grade level")),
    ColumnSpec("star_level", "星级", "Star level", ("客户星级", "星级评定", "星级等级", "star", "stars")),
    ColumnSpec("integrity_grade", "诚信等级", "Integrity grade", (
        "信用等级", "诚信等级评定", "诚信级别", "诚信", "integrity", "credit grade", "credit rating")),
    ColumnSpec("birthday", "生日", "Birthday", (
        "出生日期", "负责人生日", "店主生日", "生日日期", "出生年月日", "birth date", "date of birth", "dob")),
    ColumnSpec("lunar_birthday", "农历生日", "Lunar birthday", ("阴历生日", "农历出生日期")),
    ColumnSpec("birthday_lunar", "农历", "Lunar calendar flag", (
        "是否农历", "阴历", "农历标志", "历法", "生日历法", "生日类型", "lunar", "is lunar", "calendar")),
    ColumnSpec("license_expiry", "许可证有效期", "License expiry", (
        "有效期", "有效期至", "有效期限", "许可证有效期限", "许可证有效期至", "许可证到期日", "到期日期",
        "到期日", "license expiry date", "expiry", "expiry date", "expires", "valid until")),
    ColumnSpec("customer_code", "客户编码", "Customer code", (
        "客户代码", "客户编号", "客户号", "customer id", "customer no")),
    ColumnSpec("notes", "备注", "Notes", ("说明", "备注信息", "note", "remark", "remarks")),
])

BUSINESS_TYPES: dict[str, BusinessType] = {
    "食杂店": BusinessType.GROCERY, "食杂": BusinessType.GROCERY, "杂货店": BusinessType.GROCERY,
    "grocery": BusinessType.GROCERY,
    "便利店": BusinessType.CONVENIENCE, "便利": BusinessType.CONVENIENCE, "convenience": BusinessType.CONVENIENCE,
    "conveniencestore": BusinessType.CONVENIENCE,
    "超市": BusinessType.SUPERMARKET, "supermarket": BusinessType.SUPERMARKET,
    "烟酒商店": BusinessType.TOBACCO_LIQUOR, "烟酒店": BusinessType.TOBACCO_LIQUOR,
    "烟酒": BusinessType.TOBACCO_LIQUOR, "烟酒商行": BusinessType.TOBACCO_LIQUOR,
    "tobaccoliquor": BusinessType.TOBACCO_LIQUOR, "tobacco&liquor": BusinessType.TOBACCO_LIQUOR,
    "娱乐服务类": BusinessType.ENTERTAINMENT, "娱乐服务": BusinessType.ENTERTAINMENT,
    "娱乐": BusinessType.ENTERTAINMENT, "entertainment": BusinessType.ENTERTAINMENT,
    "商场": BusinessType.MALL, "百货商场": BusinessType.MALL, "mall": BusinessType.MALL,
    "其他": BusinessType.OTHER, "其它": BusinessType.OTHER, "other": BusinessType.OTHER,
} | {t.value.casefold(): t for t in BusinessType}

MARKETS: dict[str, Market] = {
    "城镇": Market.TOWN, "城网": Market.TOWN, "城市": Market.TOWN, "城区": Market.TOWN, "城": Market.TOWN,
    "town": Market.TOWN, "urban": Market.TOWN, "c": Market.TOWN,
    "乡村": Market.RURAL, "农网": Market.RURAL, "农村": Market.RURAL, "乡镇": Market.RURAL, "乡": Market.RURAL,
    "rural": Market.RURAL, "village": Market.RURAL, "x": Market.RURAL,
}

LUNAR_WORDS = ("农历", "阴历", "旧历", "lunar")
SOLAR_WORDS = ("公历", "阳历", "新历", "solar")
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_CN_MONTHS = {"正": 1, "冬": 11, "腊": 12, "十一": 11, "十二": 12} | _CN_DIGITS
_CN_DAY = r"初[一二三四五六七八九十]|廿[一二三四五六七八九]|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|三十|卅"
_CN_LUNAR = re.compile(rf"^(十一|十二|正|冬|腊|[一二三四五六七八九十])月({_CN_DAY})日?$")
_MONTH_DAY = re.compile(r"^(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_CALENDAR_WORD = "(" + "|".join(LUNAR_WORDS + SOLAR_WORDS) + ")"
_CALENDAR_PREFIX = re.compile(rf"^\(?{_CALENDAR_WORD}\)?[:：,]?", re.IGNORECASE)
_CALENDAR_SUFFIX = re.compile(rf",?\(?{_CALENDAR_WORD}\)?$", re.IGNORECASE)
_STAR_TEXT = re.compile(r"^([1-6一二三四五六])\s*(?:颗)?\s*(?:星级?|stars?)?$", re.IGNORECASE)
_GRADE_TEXT = re.compile(r"^第?\s*(\d{1,3})\s*档?$")


@dataclass(frozen=True)
class RowContext:
    """What reading a row needs from the workspace."""

    segments: Sequence[Segment]
    today: date
    _by_name: dict[str, Segment] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_name", {normalize_header(s.name): s for s in self.segments})

    def segment(self, value: str) -> Segment | None:
        return self._by_name.get(normalize_header(value))


# --- one value per field --------------------------------------------------------------------------


def read_segment(cell: Cell, ctx: RowContext) -> int:
    found = ctx.segment(values.text(cell))
    if found is None or found.id is None:
        allowed = "、".join(s.name for s in ctx.segments) or "—"
        raise ValueProblem("Unknown segment “{value}”; the workspace has {allowed}.",
                           value=values.text(cell), allowed=allowed)
    return found.id


def read_business_type(cell: Cell, ctx: RowContext) -> BusinessType:
    found = BUSINESS_TYPES.get(normalize_header(values.folded(cell)))
    if found is None:
        raise ValueProblem("“{value}” is not a business type; use 食杂店, 便利店, 超市, 烟酒商店, 娱乐服务类, "
                           "商场, 其他 or their letters Z, B, S, Y, F, M, O.", value=values.text(cell))
    return found


def read_market(cell: Cell, ctx: RowContext) -> Market:
    found = MARKETS.get(normalize_header(values.folded(cell)))
    if found is None:
        raise ValueProblem("“{value}” is not a market type; use 城镇 (城网, C) or 乡村 (农网, X).",
                           value=values.text(cell))
    return found


def read_grade(cell: Cell, ctx: RowContext) -> int:
    match = _GRADE_TEXT.match(values.folded(cell))
    if match:
        return int(match[1])
    return values.whole_number(cell)


def read_star_level(cell: Cell, ctx: RowContext) -> int:
    if isinstance(cell, (int, float)) and not isinstance(cell, bool) and float(cell).is_integer():
        return int(cell)
    value = values.folded(cell).replace(" ", "")
    if value in ("超五星", "超5星", "超五星级", "超5星级", "5★+", "★★★★★+"):  # 5★+ is how the list shows it
        return max(STAR_LEVELS)
    if value and set(value) <= {"★", "☆"} and "★" in value:
        return value.count("★")
    match = _STAR_TEXT.match(value)
    if match:
        return int(match[1]) if match[1].isdigit() else _CN_DIGITS[match[1]]
    raise ValueProblem("“{value}” is not a star level; use 1 to 5, ★★★, 五星 or 超五星.", value=values.text(cell))


def read_integrity_grade(cell: Cell, ctx: RowContext) -> str:
    value = values.folded(cell).upper().removesuffix("级")
    if re.fullmatch(r"[123]A", value):
        value = "A" * int(value[0])
    if value not in INTEGRITY_GRADES:
        raise ValueProblem("“{value}” is not an integrity grade; use AAA, AA, A, B, C, D or W.",
                           value=values.text(cell))
    return value


def read_lunar_flag(cell: Cell, ctx: RowContext) -> bool:
    value = values.folded(cell).casefold()
    if value in LUNAR_WORDS:
        return True
    if value in SOLAR_WORDS:
        return False
    try:
        return values.yes_no(cell)
    except ValueProblem:
        raise ValueProblem("“{value}” is not 农历 or 公历 (yes or no).", value=values.text(cell)) from None


def read_birthday(cell: Cell, ctx: RowContext, lunar: bool = False) -> Birthday:
    """08-15, 8月15日, 1975-08-15, 19750815, a workbook date; 农历 in front (or `lunar`, from the
    农历 column) for the lunar calendar; 八月十五 and 闰四月初八 are lunar by themselves."""
    bad = ValueProblem("“{value}” is not a birthday; write 08-15, 8月15日, 1975-08-15 or 农历八月十五.",
                       value=values.text(cell))
    if isinstance(cell, (int, float)) and not isinstance(cell, bool) and float(cell).is_integer():
        number = int(cell)
        cell = str(number) if number > values.MAX_EXCEL_SERIAL else values.calendar_date(number)
    if isinstance(cell, date):  # a workbook date; Excel gives "8-15" this year's year, which we drop
        year = cell.year if limits.FIRST_BIRTHDAY.year <= cell.year <= ctx.today.year - 10 else None
        return Birthday(cell.month, cell.day, _calendar(lunar), year)
    value = values.folded(cell).replace(" ", "")
    marked = _CALENDAR_PREFIX.match(value) or _CALENDAR_SUFFIX.search(value)
    if marked:
        lunar = marked[1].casefold() in LUNAR_WORDS
        value = value[:marked.start()] + value[marked.end():]
    said_solar = bool(marked) and not lunar
    leap = value.startswith("闰")
    value = value.removeprefix("闰")
    chinese = _CN_LUNAR.match(value)
    if chinese:
        # 八月十五 is a lunar date unless the cell says 公历
        return Birthday(_CN_MONTHS[chinese[1]], _chinese_day(chinese[2]), _calendar(not said_solar), None, leap)
    match = _MONTH_DAY.match(value) or _COMPACT.match(value)
    if not match:
        raise bad
    year = int(match[1]) if match[1] else None
    if year is not None and not limits.FIRST_BIRTHDAY.year <= year <= ctx.today.year:
        raise ValueProblem("The birthday's year {year} is outside {first} to {last}.", year=year,
                           first=limits.FIRST_BIRTHDAY.year, last=ctx.today.year)
    return Birthday(int(match[2]), int(match[3]), _calendar(lunar), year, leap)


def _calendar(lunar: bool) -> BirthdayCalendar:
    return BirthdayCalendar.LUNAR if lunar else BirthdayCalendar.SOLAR


def _chinese_day(text: str) -> int:
    if text in ("三十", "卅"):
        return 30
    if text.startswith("初"):
        return _CN_DIGITS[text[1]]
    if text.startswith("廿"):
        return 20 + _CN_DIGITS[text[1]]
    if text.startswith("二十"):
        return 20 + (_CN_DIGITS[text[2]] if len(text) > 2 else 0)
    return 10 + (_CN_DIGITS[text[1]] if len(text) > 1 else 0)  # 十, 十一 … 十九


def _text(cell: Cell, ctx: RowContext) -> str:
    return values.text(cell)


def _code(cell: Cell, ctx: RowContext) -> str:
    return values.code_text(cell)


def _expiry(cell: Cell, ctx: RowContext) -> date:
    return values.bounded_date(cell)


Reader = Callable[[Cell, RowContext], object]
READERS: dict[str, Reader] = {
    "license_no": _code, "name": _text, "owner": _text, "phone": _code, "phone2": _code,
    "address": _text, "route": _text, "segment": read_segment, "business_type": read_business_type,
    "market": read_market, "grade": read_grade, "star_level": read_star_level,
    "integrity_grade": read_integrity_grade, "birthday_lunar": read_lunar_flag,
    "license_expiry": _expiry, "customer_code": _code, "notes": _text,
}
CUSTOM_PREFIX = "custom."  # a custom field's import field: custom.<field id>, headed by the field's name


def customer_columns(fields: Sequence[CustomField]) -> ColumnSet:
    """The import's columns with the workspace's custom fields in use, each under its own name. A field
    whose name is already a column's (the settings refuse new ones) is left out rather than mixed up."""
    taken = {normalize_header(n) for s in CUSTOMER_COLUMNS for n in (s.field, s.header, s.label, *s.aliases)}
    extra = [ColumnSpec(f"{CUSTOM_PREFIX}{f.id}", f.name, f.name) for f in fields
             if not f.archived and f.id is not None and normalize_header(f.name) not in taken]
    return ColumnSet("customers", [*CUSTOMER_COLUMNS, *extra])


def is_builtin_column(name: str) -> bool:
    return CUSTOMER_COLUMNS.field_for(name) is not None


def read_custom_value(cell: Cell, ctx: RowContext) -> Decimal:
    number = values.amount(cell)
    if number != number.quantize(Decimal(1).scaleb(-VALUE_PLACES)):
        raise ValueProblem("“{value}” has more than {places} decimal places.", value=values.text(cell),
                           places=VALUE_PLACES)
    return number


# which Customer attribute each field sets (birthday fields set care.birthday)
ATTRIBUTES = {f: f for f in READERS} | {"segment": "segment_id"}
del ATTRIBUTES["birthday_lunar"]
# where validate_customer's field names point in the file
VALIDATION_FIELDS = {"care.birthday": ("birthday", "lunar_birthday"), "segment_id": ("segment",)}
assert set(READERS) | {"birthday", "lunar_birthday"} == {s.field for s in CUSTOMER_COLUMNS}


# --- one row --------------------------------------------------------------------------------------


@dataclass
class CustomerRow:
    """A row read into field values (only the cells that hold something) and its problems."""

    line: int
    values: dict[str, object]
    errors: list[RowError]
    failed: set[str] = field(default_factory=set)  # Customer attributes whose cell could not be read


def read_customer_row(row: SourceRow, mapping: ColumnMapping, headers: Sequence[str], ctx: RowContext) -> CustomerRow:
    result = CustomerRow(row.line, {}, [])
    columns = {f: i for i, f in mapping.items()}
    for index, field_name in sorted(mapping.items()):
        if field_name in ("birthday", "lunar_birthday"):
            continue
        cell = row.cell(index)
        if values.is_empty(cell):
            continue
        custom = field_name.startswith(CUSTOM_PREFIX)
        try:
            result.values[field_name] = (read_custom_value if custom else READERS[field_name])(cell, ctx)
        except ValueProblem as problem:
            result.errors.append(_row_error(row.line, column_name(headers, index), problem))
            result.failed.add(field_name if custom else ATTRIBUTES.get(field_name, "care.birthday"))
    lunar_flag = result.values.pop("birthday_lunar", False)
    for field_name, lunar in (("birthday", bool(lunar_flag)), ("lunar_birthday", True)):
        at = columns.get(field_name)
        if at is None or values.is_empty(row.cell(at)) or "birthday" in result.values:
            continue
        try:
            result.values["birthday"] = read_birthday(row.cell(at), ctx, lunar)
        except ValueProblem as problem:
            result.errors.append(_row_error(row.line, column_name(headers, at), problem))
            result.failed.add("care.birthday")
    return result


def _row_error(line: int, column: str, problem: ValueProblem) -> RowError:
    return RowError(line, column, problem.template, tuple(problem.params.items()))


def apply_values(base: Customer | None, fields: Mapping[str, Any]) -> Customer:
    """The customer with the file's values laid over it: a stored customer keeps every field the
    file leaves out or leaves empty; a new one starts blank."""
    # Any: each value is what its field's reader (READERS, read_birthday) returned, so it fits the
    # attribute; a dict cannot tell mypy which key holds which type
    customer = base if base is not None else Customer(license_no="", name="")
    changes = {ATTRIBUTES[f]: v for f, v in fields.items() if f in ATTRIBUTES}
    if "birthday" in fields:
        changes["care"] = replace(customer.care, birthday=fields["birthday"])
    custom = {int(f.removeprefix(CUSTOM_PREFIX)): v for f, v in fields.items() if f.startswith(CUSTOM_PREFIX)}
    if custom:
        changes["custom_values"] = customer.custom_values | custom
    return replace(customer, **changes)


def columns_for_field(field_name: str, mapping: ColumnMapping, headers: Sequence[str]) -> str:
    """The file's column behind a validation field name (care.birthday → 生日), else its Chinese name."""
    wanted = VALIDATION_FIELDS.get(field_name, (field_name,))
    for index, mapped in sorted(mapping.items()):
        if mapped in wanted:
            return column_name(headers, index)
    spec = next((s for s in CUSTOMER_COLUMNS if s.field in wanted), None)
    return spec.header if spec else field_name
