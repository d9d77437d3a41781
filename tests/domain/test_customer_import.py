"""Customer import over the fake unit of work: column mapping, every kind of bad value named with its
line, all or nothing, upsert by license number, idempotent re-import, merge of unmapped fields."""
from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from domain.importing import customers as cv
from domain.importing import values
from domain.importing.columns import auto_mapping, check_mapping
from domain.importing.customers import CUSTOMER_COLUMNS
from domain.importing.errors import EmptyFile, ImportRejected, MappingInvalid, ValueProblem
from domain.importing.table import ImportTable, RawTable, SourceRow, locate_header, normalize_header
from domain.model.customers import Birthday, BirthdayCalendar, BusinessType, Customer, Market, Segment
from domain.model.sales import ImportKind
from domain.read_models import CustomerListRow
from domain.services.customer_export import ExportColumn, export_customers
from domain.services.customer_import import RowStatus, import_customers, preview_customer_import
from domain.services.workspace import ensure_defaults
from tests.domain.fakes import FakeBackups, FakeTabularFiles, FakeUnitOfWork

TODAY = date(2026, 5, 10)
NOW = datetime(2026, 5, 10, 8, 30, tzinfo=UTC)
HEADER = ("专卖许可证号", "客户名称", "负责人", "联系电话", "区域类型", "业态", "市场类型", "档位", "星级",
          "诚信等级", "生日", "农历", "许可证有效期")
GOOD = (
    ("530102100001", "北环路烟酒店", "王建国", "13800138000", "城区商圈", "烟酒商店", "城网", "18", "★★★★★",
     "AAA", "八月十五", "", "2026-10-05"),
    ("530102100002", "张伟便利店", "张伟", "0871-6543210", "乡镇主街", "B", "C", "12", "4",
     "AA", "08-15", "是", "2027/01/31"),
    ("530102100003", "𠮷祥食杂店", "李四", "+86 139 0013 9000", "边远村屯", "食杂店", "农网", "3", "三星",
     "A", "1975-08-15", "否", "20280101"),
)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    ensure_defaults(uow)
    return uow


def table(rows, header=HEADER, first_line: int = 2, title: bool = False) -> ImportTable:
    lines = [SourceRow(first_line - 1, tuple(header))]
    lines += [SourceRow(first_line + i, tuple(r)) for i, r in enumerate(rows)]
    if title:
        lines.insert(0, SourceRow(1, ("2026年5月 客户名单",)))
    raw = RawTable("customers.csv", "utf-8", "ab" * 32, tuple(lines))
    return locate_header(raw, CUSTOMER_COLUMNS.is_known)


def run(uow: FakeUnitOfWork, t: ImportTable, mapping=None):
    return import_customers(uow, t, mapping or auto_mapping(t.headers, CUSTOMER_COLUMNS), TODAY, now=NOW, backups=FakeBackups())


def customers(uow: FakeUnitOfWork) -> dict[str, Customer]:
    return {c.license_no: c for c in uow.store.rows("customers")}


# --- mapping ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("header", "field"), [
    ("专卖许可证号", "license_no"), ("许可证号", "license_no"), ("许可证编号", "license_no"),
    ("license_no", "license_no"), ("License No.", "license_no"), ("LICENSE NUMBER", "license_no"),
    ("专卖许可证号*", "license_no"), (" 专卖许可证号（必填） ", "license_no"),
    ("客户名称", "name"), ("店名", "name"), ("name", "name"), ("Shop Name", "name"),
    ("负责人", "owner"), ("店主", "owner"), ("法人", "owner"), ("owner", "owner"),
    ("联系电话", "phone"), ("电话", "phone"), ("手机", "phone"), ("phone", "phone"), ("Ｐｈｏｎｅ", "phone"),
    ("经营地址", "address"), ("线路", "route"), ("片区", "route"), ("区域类型", "segment"),
    ("业态", "business_type"), ("市场类型", "market"), ("档位", "grade"), ("星级", "star_level"),
    ("诚信等级", "integrity_grade"), ("生日", "birthday"), ("农历", "birthday_lunar"),
    ("许可证有效期", "license_expiry"), ("有效期至", "license_expiry"), ("License Expiry", "license_expiry"),
    ("客户编码", "customer_code"),
])
def test_headers_map_by_chinese_and_english_names_and_variants(header: str, field: str) -> None:
    assert auto_mapping([header], CUSTOMER_COLUMNS) == {0: field}


def test_unknown_and_blank_headers_are_left_out_and_the_first_of_two_wins() -> None:
    assert auto_mapping(["备注x", "", "电话", "手机"], CUSTOMER_COLUMNS) == {2: "phone"}


def test_every_customer_column_of_the_domain_is_known() -> None:
    fields = {s.field for s in CUSTOMER_COLUMNS}
    assert {"license_no", "name", "owner", "phone", "address", "route", "segment", "business_type", "market",
            "grade", "star_level", "integrity_grade", "birthday", "birthday_lunar", "license_expiry"} <= fields
    assert {s.field for s in CUSTOMER_COLUMNS.required} == {"license_no", "name"}


def test_a_mapping_without_a_required_column_or_with_a_field_twice_is_refused() -> None:
    headers = ["许可证", "店名", "电话", "手机"]
    with pytest.raises(MappingInvalid, match="客户名称"):
        check_mapping({0: "license_no", 2: "phone"}, headers, CUSTOMER_COLUMNS)
    with pytest.raises(MappingInvalid, match="电话、手机"):
        check_mapping({0: "license_no", 1: "name", 2: "phone", 3: "phone"}, headers, CUSTOMER_COLUMNS)
    check_mapping({0: "license_no", 1: "name", 2: "phone", 3: "phone2"}, headers, CUSTOMER_COLUMNS)


def test_the_header_is_found_under_title_rows_and_total_rows_are_dropped() -> None:
    raw = RawTable("x.csv", "utf-8", "", (
        SourceRow(1, ("五华区客户名单",)),
        SourceRow(2, ("制表日期：2026-05-01", "", "")),
        SourceRow(4, ("许可证号", "店名", "电话")),
        SourceRow(5, ("530102100001", "甲店", "13800138000")),
        SourceRow(6, ("许可证号", "店名", "电话")),  # the header repeated on a second page
        SourceRow(7, ("530102100002", "乙店", "")),
        SourceRow(8, ("合计：", "2户", "")),
        SourceRow(9, ("", "Total", "")),
    ))
    t = locate_header(raw, CUSTOMER_COLUMNS.is_known)
    assert t.header_line == 4
    assert t.headers == ("许可证号", "店名", "电话")
    assert [r.line for r in t.rows] == [5, 7]
    assert [(s.line, s.reason) for s in t.skipped] == [(6, "header"), (8, "total"), (9, "total")]


def test_a_row_whose_first_filled_cell_is_total_is_a_total_row() -> None:
    raw = RawTable("x.csv", "utf-8", "", (
        SourceRow(1, ("许可证号", "店名")), SourceRow(2, ("", "总计")), SourceRow(3, ("Total", "")),
    ))
    assert locate_header(raw, CUSTOMER_COLUMNS.is_known).rows == ()


def test_an_empty_file_is_an_error() -> None:
    with pytest.raises(EmptyFile):
        locate_header(RawTable("x.csv", "utf-8", "", ()), CUSTOMER_COLUMNS.is_known)


def test_header_names_are_compared_loosely() -> None:
    assert normalize_header("License_No.") == normalize_header("license no") == "licenseno"
    assert normalize_header("联系电话（手机）") == "联系电话"


# --- a good file ----------------------------------------------------------------------------------


def test_preview_counts_and_writes_nothing(uow: FakeUnitOfWork) -> None:
    commits = uow.commits
    preview = preview_customer_import(uow, table(GOOD), auto_mapping(HEADER, CUSTOMER_COLUMNS), TODAY)
    assert (preview.rows, preview.created, preview.updated, preview.unchanged) == (3, 3, 0, 0)
    assert preview.ok and preview.has_changes
    assert set(preview.status.values()) == {RowStatus.NEW}
    assert uow.commits == commits
    assert customers(uow) == {}


def test_import_reads_every_kind_of_value(uow: FakeUnitOfWork) -> None:
    result = run(uow, table(GOOD, title=True))
    assert (result.created, result.updated, result.unchanged) == (3, 0, 0)
    segments = {s.name: s.id for s in uow.store.rows("segments")}
    c = customers(uow)
    a, b, d = c["530102100001"], c["530102100002"], c["530102100003"]
    assert (a.name, a.owner, a.phone) == ("北环路烟酒店", "王建国", "13800138000")
    assert a.segment_id == segments["城区商圈"]
    assert (a.business_type, a.market, a.grade, a.star_level) == (BusinessType.TOBACCO_LIQUOR, Market.TOWN, 18, 5)
    assert a.integrity_grade == "AAA"
    assert a.care.birthday == Birthday(8, 15, BirthdayCalendar.LUNAR)
    assert a.license_expiry == date(2026, 10, 5)
    assert (b.business_type, b.market, b.star_level, b.phone) == (BusinessType.CONVENIENCE, Market.TOWN, 4, "0871-6543210")
    assert b.care.birthday == Birthday(8, 15, BirthdayCalendar.LUNAR)  # 农历 column says 是
    assert b.license_expiry == date(2027, 1, 31)
    assert (d.name, d.phone, d.market, d.star_level) == ("𠮷祥食杂店", "13900139000", Market.RURAL, 3)
    assert d.care.birthday == Birthday(8, 15, BirthdayCalendar.SOLAR, 1975)
    assert d.license_expiry == date(2028, 1, 1)


def test_import_records_one_batch_in_one_commit(uow: FakeUnitOfWork) -> None:
    commits = uow.commits
    result = run(uow, table(GOOD))
    assert uow.commits == commits + 1
    batch = uow.store.table("import_batches")[result.batch_id]
    assert batch.kind is ImportKind.CUSTOMERS
    assert (batch.source_name, batch.encoding, batch.file_sha256, batch.row_count) == ("customers.csv", "utf-8", "ab" * 32, 3)
    assert batch.imported_at == NOW
    assert batch.summary["created"] == 3
    assert batch.summary["created_licenses"] == ["530102100001", "530102100002", "530102100003"]
    assert batch.summary["mapping"]["专卖许可证号"] == "license_no"


def test_reimporting_the_same_file_changes_nothing(uow: FakeUnitOfWork) -> None:
    run(uow, table(GOOD))
    before = customers(uow)
    commits = uow.commits
    result = run(uow, table(GOOD))
    assert (result.created, result.updated, result.unchanged, result.batch_id) == (0, 0, 3, None)
    assert uow.commits == commits  # not even a batch row
    assert customers(uow) == before


def test_upsert_by_license_updates_only_mapped_non_empty_cells(uow: FakeUnitOfWork) -> None:
    run(uow, table(GOOD))
    stored = customers(uow)["530102100001"]
    stored.address, stored.notes = "北环路 12 号", "喜欢《读者》杂志"
    with uow:
        uow.customers.update(stored)
        uow.commit()
    header = ("许可证号", "店名", "电话", "档位")
    rows = [("530102100001", "北环路烟酒店", "", "20"),  # empty phone keeps the stored one
            ("530102100009", "新开的店", "13700137000", "")]
    result = run(uow, table(rows, header))
    assert (result.created, result.updated, result.unchanged) == (1, 1, 0)
    after = customers(uow)["530102100001"]
    assert after.grade == 20
    assert (after.phone, after.address, after.notes, after.star_level) == ("13800138000", "北环路 12 号", "喜欢《读者》杂志", 5)
    assert after.care.birthday == Birthday(8, 15, BirthdayCalendar.LUNAR)
    assert after.id == stored.id
    batch = uow.store.table("import_batches")[result.batch_id]
    assert batch.summary["previous"] == {"530102100001": {"grade": 18}}


def test_license_numbers_are_normalised_before_matching(uow: FakeUnitOfWork) -> None:
    run(uow, table(GOOD))
    result = run(uow, table([("５３０１０２１０００01 ", "北环路烟酒店")], ("许可证号", "店名")))
    assert (result.created, result.updated, result.unchanged) == (0, 0, 1)


def test_the_user_can_override_the_mapping(uow: FakeUnitOfWork) -> None:
    header = ("证", "店", "备用")
    t = table([("530102100001", "甲店", "13800138000")], header)
    assert auto_mapping(t.headers, CUSTOMER_COLUMNS) == {}
    run(uow, t, {0: "license_no", 1: "name", 2: "phone2"})
    assert customers(uow)["530102100001"].phone2 == "13800138000"


def test_workbook_values_are_read_too(uow: FakeUnitOfWork) -> None:
    header = ("许可证号", "店名", "电话", "档位", "星级", "生日", "有效期")
    rows = [(530102100001, "甲店", 13800138000, 12.0, 5, datetime(1975, 8, 15), datetime(2026, 10, 5)),
            (530102100002.0, "乙店", None, None, None, datetime(2025, 8, 15), 46300),
            ("530102100003", "丙店", None, None, None, None, 20261005)]
    run(uow, table(rows, header))
    c = customers(uow)
    assert c["530102100001"].phone == "13800138000"
    assert (c["530102100001"].grade, c["530102100001"].star_level) == (12, 5)
    assert c["530102100001"].care.birthday == Birthday(8, 15, BirthdayCalendar.SOLAR, 1975)
    assert c["530102100002"].care.birthday == Birthday(8, 15)  # Excel's "this year" dropped
    assert c["530102100001"].license_expiry == date(2026, 10, 5)
    assert c["530102100002"].license_expiry == date(2026, 10, 5)  # Excel serial 46300
    assert c["530102100003"].license_expiry == date(2026, 10, 5)


# --- bad rows -------------------------------------------------------------------------------------


BAD_CASES = [
    ("license_no", "", "The license number is required."),
    ("license_no", "53010210", None),  # 8 digits: fine
    ("license_no", "ABC123", "A license number is 8 to 20 digits (usually 12)."),
    ("license_no", "5.30102E+11", "“{value}” was shortened by Excel; format the column as text in Excel and save the file again."),
    ("name", "", "The shop name is required."),
    ("phone", "12345", "{phone} is not a phone number (11-digit mobile, or area code and number)."),
    ("segment", "火星", "Unknown segment “{value}”; the workspace has {allowed}."),
    ("business_type", "网吧", "“{value}” is not a business type; use 食杂店, 便利店, 超市, 烟酒商店, 娱乐服务类, 商场, 其他 or their letters Z, B, S, Y, F, M, O."),
    ("market", "海外", "“{value}” is not a market type; use 城镇 (城网, C) or 乡村 (农网, X)."),
    ("grade", "高", "“{value}” is not a whole number."),
    ("grade", "99", "The grade must be between 1 and {max}."),
    ("star_level", "七星", "“{value}” is not a star level; use 1 to 5, ★★★, 五星 or 超五星."),
    ("star_level", "0", "“{value}” is not a star level; use 1 to 5, ★★★, 五星 or 超五星."),
    ("star_level", "超五星", None),
    ("integrity_grade", "E", "“{value}” is not an integrity grade; use AAA, AA, A, B, C, D or W."),
    ("birthday", "中秋", "“{value}” is not a birthday; write 08-15, 8月15日, 1975-08-15 or 农历八月十五."),
    ("birthday", "02-30", "There is no such date in the solar calendar."),
    ("birthday", "13-01", "The birthday month must be between 1 and 12."),
    ("birthday_lunar", "也许", "“{value}” is not 农历 or 公历 (yes or no)."),
    ("license_expiry", "2026-13-45", "There is no date {value}."),
    ("license_expiry", "明年", "“{value}” is not a date; write it as 2026-10-05."),
]


@pytest.mark.parametrize(("field", "value", "message"), BAD_CASES, ids=[f"{f}-{v}" for f, v, _ in BAD_CASES])
def test_each_bad_value_is_named_with_its_line_and_column(uow: FakeUnitOfWork, field: str, value: str, message: str | None) -> None:
    index = [s.field for s in CUSTOMER_COLUMNS].index(field)
    column = [s.header for s in CUSTOMER_COLUMNS][index]
    good = dict(zip(HEADER, GOOD[2]))  # a solar birthday
    good[column] = value
    rows = [GOOD[0], tuple(good[h] for h in HEADER), GOOD[1]]
    t = table(rows, first_line=5)
    preview = preview_customer_import(uow, t, auto_mapping(HEADER, CUSTOMER_COLUMNS), TODAY)
    if message is None:
        assert preview.ok
        return
    assert [(e.line, e.column, e.message) for e in preview.errors] == [(6, column, message)]
    assert preview.status[6] is RowStatus.INVALID
    assert preview.created == 2


def test_duplicate_license_numbers_in_the_file_name_both_lines(uow: FakeUnitOfWork) -> None:
    rows = [GOOD[0], GOOD[1], ("530102100001", "另一家", "", "", "", "", "", "", "", "", "", "", "")]
    preview = preview_customer_import(uow, table(rows), auto_mapping(HEADER, CUSTOMER_COLUMNS), TODAY)
    [error] = preview.errors
    assert (error.line, error.column) == (4, "专卖许可证号")
    assert error.text() == "line 4: 专卖许可证号: License number 530102100001 is also on line 2."


def test_one_bad_row_means_nothing_is_written_and_every_bad_row_is_listed(uow: FakeUnitOfWork) -> None:
    run(uow, table(GOOD[:1]))
    before, commits = customers(uow), uow.commits
    rows = [GOOD[0][:7] + ("25",) + GOOD[0][8:], GOOD[1][:12] + ("明年",), GOOD[2][:5] + ("火星",) + GOOD[2][6:]]
    with pytest.raises(ImportRejected) as caught:
        run(uow, table(rows, first_line=17))
    assert [(e.line, e.column) for e in caught.value.errors] == [(18, "许可证有效期"), (19, "业态")]
    assert caught.value.params == {"rows": 2}
    assert uow.commits == commits
    assert customers(uow) == before
    assert uow.store.table("import_batches").keys() == {1}


def test_a_stored_customer_is_not_blamed_for_old_data_the_file_leaves_alone(uow: FakeUnitOfWork) -> None:
    with uow:
        uow.customers.add(Customer("530102100001", "旧店", phone="123"))  # invalid phone from long ago
        uow.commit()
    result = run(uow, table([("530102100001", "旧店改名")], ("许可证号", "店名")))
    assert result.updated == 1
    with pytest.raises(ImportRejected):
        run(uow, table([("530102100001", "旧店", "456")], ("许可证号", "店名", "电话")))


def test_a_mapping_problem_is_raised_before_any_row_is_read(uow: FakeUnitOfWork) -> None:
    with pytest.raises(MappingInvalid):
        preview_customer_import(uow, table(GOOD), {0: "license_no"}, TODAY)


# --- export ---------------------------------------------------------------------------------------


def test_export_writes_the_shown_rows_in_the_shown_columns() -> None:
    def row(i: int, name: str) -> CustomerListRow:
        return CustomerListRow(id=i, license_no=f"05301021000{i}", name=name, owner="", phone="+86 138 0013 8000",
                               route="", segment="城区商圈", grade=12, star_level=5, integrity_grade="A",
                               value_tier="key", status="active", last_visit=date(2026, 5, 1), month_cartons=None)

    files = FakeTabularFiles()
    columns = [ExportColumn("许可证号", lambda r: r.license_no), ExportColumn("客户名称", lambda r: r.name),
               ExportColumn("档位", lambda r: r.grade), ExportColumn("最近拜访", lambda r: r.last_visit)]
    n = export_customers(files, Path("out.xlsx"), [row(1, "=HYPERLINK(\"x\")"), row(2, "甲店")], columns)
    assert n == 2
    assert files.written[Path("out.xlsx")] == (
        ["许可证号", "客户名称", "档位", "最近拜访"],
        [["053010210001", "=HYPERLINK(\"x\")", 12, date(2026, 5, 1)], ["053010210002", "甲店", 12, date(2026, 5, 1)]],
    )


# --- values as people write them -------------------------------------------------------------------


CTX = cv.RowContext([], TODAY)


@pytest.mark.parametrize(("cell", "expected"), [
    ("08-15", Birthday(8, 15)), ("8月15日", Birthday(8, 15)), ("8/15", Birthday(8, 15)),
    ("1975-08-15", Birthday(8, 15, year=1975)), ("1975年8月15日", Birthday(8, 15, year=1975)),
    ("19750815", Birthday(8, 15, year=1975)), (19750815, Birthday(8, 15, year=1975)),
    (datetime(1975, 8, 15), Birthday(8, 15, year=1975)), (27621, Birthday(8, 15, year=1975)),
    ("农历八月十五", Birthday(8, 15, BirthdayCalendar.LUNAR)), ("八月十五", Birthday(8, 15, BirthdayCalendar.LUNAR)),
    ("农历08-15", Birthday(8, 15, BirthdayCalendar.LUNAR)), ("08-15（农历）", Birthday(8, 15, BirthdayCalendar.LUNAR)),
    ("阴历：腊月廿三", Birthday(12, 23, BirthdayCalendar.LUNAR)), ("正月初一", Birthday(1, 1, BirthdayCalendar.LUNAR)),
    ("闰四月初八", Birthday(4, 8, BirthdayCalendar.LUNAR, leap_month=True)),
    ("冬月三十", Birthday(11, 30, BirthdayCalendar.LUNAR)), ("二月二十九", Birthday(2, 29, BirthdayCalendar.LUNAR)),
    ("公历1980/1/2", Birthday(1, 2, year=1980)),
])
def test_birthdays_in_the_forms_people_write(cell, expected: Birthday) -> None:
    assert cv.read_birthday(cell, CTX) == expected


def test_the_lunar_column_makes_a_numeric_birthday_lunar() -> None:
    assert cv.read_birthday("08-15", CTX, lunar=True) == Birthday(8, 15, BirthdayCalendar.LUNAR)
    assert cv.read_birthday("公历08-15", CTX, lunar=True) == Birthday(8, 15)


@pytest.mark.parametrize(("cell", "expected"), [
    ("5", 5), (4, 4), (3.0, 3), ("★★★", 3), ("★★☆☆☆", 2), ("五星", 5), ("三星级", 3), ("4星", 4), ("超五星", 6), ("5★+", 6),
])
def test_star_levels(cell, expected: int) -> None:
    assert cv.read_star_level(cell, CTX) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("食杂店", BusinessType.GROCERY), ("Z", BusinessType.GROCERY), ("b", BusinessType.CONVENIENCE),
    ("超市", BusinessType.SUPERMARKET), ("烟酒店", BusinessType.TOBACCO_LIQUOR), ("Y", BusinessType.TOBACCO_LIQUOR),
    ("娱乐服务类", BusinessType.ENTERTAINMENT), ("F", BusinessType.ENTERTAINMENT), ("商场", BusinessType.MALL),
    ("M", BusinessType.MALL), ("其他", BusinessType.OTHER), ("O", BusinessType.OTHER),
])
def test_business_types_by_name_or_letter(cell: str, expected: BusinessType) -> None:
    assert cv.read_business_type(cell, CTX) is expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("城镇", Market.TOWN), ("城网", Market.TOWN), ("C", Market.TOWN), ("乡村", Market.RURAL), ("农网", Market.RURAL),
    ("x", Market.RURAL),
])
def test_markets(cell: str, expected: Market) -> None:
    assert cv.read_market(cell, CTX) is expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("2026-10-05", date(2026, 10, 5)), ("2026/10/05", date(2026, 10, 5)), ("2026.10.5", date(2026, 10, 5)),
    ("2026年10月5日", date(2026, 10, 5)), ("20261005", date(2026, 10, 5)), (20261005, date(2026, 10, 5)),
    (46300, date(2026, 10, 5)), ("46300", date(2026, 10, 5)), (datetime(2026, 10, 5, 0, 0), date(2026, 10, 5)),
    ("２０２６－１０－０５", date(2026, 10, 5)), ("2026-10-05 00:00:00", date(2026, 10, 5)),
])
def test_dates(cell, expected: date) -> None:
    assert values.calendar_date(cell) == expected


def test_integrity_grades_and_grades() -> None:
    assert [cv.read_integrity_grade(v, CTX) for v in ("aaa", "3A", "A级", "W")] == ["AAA", "AAA", "A", "W"]
    assert [cv.read_grade(v, CTX) for v in ("12", "第12档", "12档", 12.0, "１２")] == [12] * 5


def test_an_unknown_segment_names_the_allowed_ones() -> None:
    ctx = cv.RowContext([Segment("城区商圈", 7, id=1), Segment("乡镇主街", 7, id=2)], TODAY)
    assert cv.read_segment(" 乡镇主街 ", ctx) == 2
    with pytest.raises(ValueProblem) as caught:
        cv.read_segment("火星", ctx)
    assert caught.value.params == {"value": "火星", "allowed": "城区商圈、乡镇主街"}
