"""Properties of the cell parsers of domain/importing/values.py: what a user types, in the ways Chinese
spreadsheets write it, reads back as the value; and whatever a cell holds, a parser either answers or
raises ValueProblem (which the import turns into a line of its report), never anything else."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from domain.importing import limits, values
from domain.importing.errors import ValueProblem
from domain.importing.table import Cell

FULL_WIDTH = str.maketrans("0123456789+-.,", "０１２３４５６７８９＋－．，")

# anything a CSV or a workbook can put in a cell
cells: st.SearchStrategy[Cell] = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.decimals(), st.text(),
    st.dates(), st.datetimes(), st.times(),
    st.from_regex(r"\s*[¥￥]?[-+]?[\d０-９,，.．]{0,12}(元|E\+\d+)?\s*", fullmatch=True),
    st.from_regex(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?", fullmatch=True),
)
PARSERS: list[Callable[[Cell], object]] = [
    values.whole_number, values.amount, values.calendar_date, values.yes_no, values.code_text, values.folded,
    values.text, values.is_empty,
]


@pytest.mark.parametrize("parse", PARSERS, ids=lambda p: p.__name__)
@given(cell=cells)
@example(cell=float("nan"))
@example(cell=float("inf"))
@example(cell="十二")  # Chinese numerals are not digits: refused, not misread
@example(cell="0000-01-01")
@example(cell="2026-02-30")
def test_a_parser_answers_or_refuses_with_a_value_problem(parse: Callable[[Cell], object], cell: Cell) -> None:
    try:
        parse(cell)
    except ValueProblem as problem:
        assert str(problem)  # the reason the user reads


def _full_width(text: str) -> str:
    return text.translate(FULL_WIDTH)


# --- whole numbers ----------------------------------------------------------------------------------

@given(st.integers(min_value=-10**15, max_value=10**15))
def test_whole_numbers_round_trip_in_every_spelling(n: int) -> None:
    for spelling in (n, str(n), f"{n:,}", f" {n} ", _full_width(str(n)), _full_width(f"{n:,}"), f"{n}.0",
                     float(n), f"+{n}" if n >= 0 else str(n)):
        assert values.whole_number(spelling) == n, spelling


# a float cell reads as its 15 significant digits (what the spreadsheet shows), so the bound keeps the cents
@given(st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=2)
       .filter(lambda d: d != d.to_integral_value()))
def test_a_fraction_is_not_a_whole_number(d: Decimal) -> None:
    for spelling in (str(d), float(d)):
        with pytest.raises(ValueProblem):
            values.whole_number(spelling)


@pytest.mark.parametrize("cell", [True, False, "", "十二", "12箱", "1 2", "1e3"])
def test_not_whole_numbers(cell: Cell) -> None:
    with pytest.raises(ValueProblem):
        values.whole_number(cell)


# --- amounts -----------------------------------------------------------------------------------------

money = st.decimals(min_value=-limits.MAX_AMOUNT, max_value=limits.MAX_AMOUNT, places=2)


@given(money)
def test_amounts_round_trip_with_thousands_separators_currency_and_full_width_digits(d: Decimal) -> None:
    for spelling in (d, str(d), f"{d:,}", f"¥{d:,}", f"￥{d}", f"{d}元", f"{d:,} 元", f"RMB{d}", f"{d} CNY",
                     _full_width(f"{d:,}"), f"  {d}\u3000"):
        assert values.amount(spelling) == d, spelling


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-9e9, max_value=9e9))
def test_a_float_cell_reads_as_the_number_shown(x: float) -> None:
    # via its shortest text: 0.1 is 0.1, not 0.1000000000000000055511151231257827
    assert values.amount(x) == Decimal(f"{x:.15g}")


@pytest.mark.parametrize("cell", [True, "", "abc", "1.2.3", "nan", "Infinity", "-inf", float("inf"), float("nan"),
                                  "10000000000", "-1e10", 10**10, 1e300, "1E+400"])
def test_not_amounts(cell: Cell) -> None:
    with pytest.raises(ValueProblem):
        values.amount(cell)


# --- dates -------------------------------------------------------------------------------------------

days = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))


@given(days)
def test_dates_round_trip_in_every_spelling(d: date) -> None:
    for spelling in (d, datetime.combine(d, time(9, 30)), d.isoformat(), f"{d.year}/{d.month}/{d.day}",
                     f"{d.year}.{d.month:02}.{d.day:02}", f"{d.year}年{d.month}月{d.day}日",
                     f"{d.year} 年 {d.month} 月 {d.day} 日", d.strftime("%Y%m%d"),
                     int(d.strftime("%Y%m%d")), _full_width(d.isoformat()), f"{d.isoformat()} 09:30",
                     f"{d.isoformat()}T09:30:15.5"):
        assert values.calendar_date(spelling) == d, spelling


@given(st.dates(min_value=values.EXCEL_EPOCH + timedelta(days=1), max_value=date(9999, 12, 31)))
def test_excel_serial_numbers_count_from_the_excel_epoch(d: date) -> None:
    serial = (d - values.EXCEL_EPOCH).days
    assert values.calendar_date(serial) == d
    assert values.calendar_date(float(serial) + 0.25) == d  # a time of day is dropped
    if 10_000 <= serial <= 99_999:
        assert values.calendar_date(str(serial)) == d


def test_the_worked_serial_number() -> None:
    assert values.calendar_date(46300) == date(2026, 10, 5)
    assert values.calendar_date("46300") == date(2026, 10, 5)


@pytest.mark.parametrize("cell", ["2026-02-30", "2026年13月1日", "20261332", "0000-01-01", "昨天", "", "10/05/2026",
                                  "2026-10", -5, time(9, 30), True])
def test_not_dates(cell: Cell) -> None:
    with pytest.raises(ValueProblem):
        values.calendar_date(cell)


# --- yes or no ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("word", sorted(values.YES))
def test_yes_words(word: str) -> None:
    assert values.yes_no(word) is True
    assert values.yes_no(word.upper()) is True
    assert values.yes_no(_full_width(f" {word} ")) is True


@pytest.mark.parametrize("word", sorted(values.NO))
def test_no_words(word: str) -> None:
    assert values.yes_no(word) is False
    assert values.yes_no(word.upper()) is False
    assert values.yes_no(_full_width(f" {word} ")) is False


def test_an_empty_cell_is_no_and_a_bool_is_itself() -> None:
    assert values.yes_no("") is False and values.yes_no(None) is False
    assert values.yes_no(True) is True and values.yes_no(False) is False


@given(st.text().filter(lambda t: values.folded(t).casefold() not in values.YES | values.NO | {""}))
def test_any_other_word_is_refused(word: str) -> None:
    with pytest.raises(ValueProblem):
        values.yes_no(word)


# --- codes (licence numbers, phones) ---------------------------------------------------------------

@given(st.integers(min_value=0, max_value=2**53))
def test_a_code_stored_as_a_number_keeps_its_digits(n: int) -> None:
    assert values.code_text(float(n)) == str(n)
    assert values.code_text(str(n)) == str(n)


@given(st.from_regex(r"\d(\.\d{1,9})?[eE]\+\d{1,2}", fullmatch=True))
def test_a_code_excel_shortened_is_refused(shortened: str) -> None:
    assert values.looks_shortened(shortened)
    with pytest.raises(ValueProblem):
        values.code_text(shortened)
