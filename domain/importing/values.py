"""Reading one cell as a value: text, whole numbers, amounts, dates, yes/no. Shared by every kind
of import. A cell that does not fit raises ValueProblem with a reason the user understands —
among them a number or a date past what the workspace holds (domain.importing.limits), so that
0001-01-01 or a 20-digit carton count is a row error with its line, never a database error."""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from domain.importing import limits
from domain.importing.errors import ValueProblem
from domain.importing.table import Cell, cell_text

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01, counting Excel's 29 February 1900
MAX_EXCEL_SERIAL = 2_958_465  # 9999-12-31

_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_COMPACT_YMD = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_SCIENTIFIC = re.compile(r"^\d(?:\.\d+)?E\+\d+$", re.IGNORECASE)
_AMOUNT_NOISE = re.compile(r"[,\s¥￥元]|RMB|CNY", re.IGNORECASE)

TOO_LARGE = "“{value}” is too large a number."

YES = {"是", "是的", "对", "有", "y", "yes", "true", "t", "1", "√", "✓", "✔"}
NO = {"否", "不是", "无", "没有", "n", "no", "false", "f", "0", "×", "✗", "-"}


def folded(cell: Cell) -> str:
    """The cell's text with full-width digits and letters made half-width (１２ → 12)."""
    return unicodedata.normalize("NFKC", cell_text(cell)).strip()


def text(cell: Cell) -> str:
    return cell_text(cell)


def is_empty(cell: Cell) -> bool:
    return cell_text(cell) == ""


def looks_shortened(value: str) -> bool:
    """5.30102E+11: a long number Excel turned into a float before the file was saved as CSV."""
    return bool(_SCIENTIFIC.match(value.strip()))


def code_text(cell: Cell) -> str:
    """A number that is really a code (license number, phone): 530102100123.0 → "530102100123"."""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    value = cell_text(cell)
    if looks_shortened(value):
        raise ValueProblem(
            "“{value}” was shortened by Excel; format the column as text in Excel and save the file again.",
            value=value)
    return value


def whole_number(cell: Cell) -> int:
    if isinstance(cell, bool):
        raise ValueProblem("“{value}” is not a whole number.", value=cell_text(cell))
    if isinstance(cell, int):
        return _held(cell, cell)
    if isinstance(cell, float) and cell.is_integer():
        return _held(int(cell), cell)
    value = folded(cell).replace(",", "")
    if re.fullmatch(r"[+-]?\d+(?:\.0+)?", value):
        return _held(int(Decimal(value)), cell)
    raise ValueProblem("“{value}” is not a whole number.", value=cell_text(cell))


def _held(number: int, cell: Cell) -> int:
    if abs(number) > limits.MAX_INTEGER:
        raise ValueProblem(TOO_LARGE, value=cell_text(cell))
    return number


def amount(cell: Cell) -> Decimal:
    """Money or quantities with decimals: "1,234.50", "¥1234.5", "1234.5元"; floats via their text."""
    if isinstance(cell, bool):
        raise ValueProblem("“{value}” is not a number.", value=cell_text(cell))
    if isinstance(cell, (int, Decimal)):
        number = Decimal(cell)
    else:
        value = _AMOUNT_NOISE.sub("", folded(cell))
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise ValueProblem("“{value}” is not a number.", value=cell_text(cell)) from None
    if not number.is_finite():
        raise ValueProblem("“{value}” is not a number.", value=cell_text(cell))
    if number.copy_abs() > limits.MAX_AMOUNT:  # copy_abs: abs() would overflow on 1E1000000
        raise ValueProblem("“{value}” is larger than an amount can be (at most {max}).", value=cell_text(cell),
                           max=f"{limits.MAX_AMOUNT:,}")
    return number


def calendar_date(cell: Cell) -> date:
    """2026-10-05, 2026/10/05, 2026.10.05, 2026年10月5日, 20261005, a workbook date or an Excel
    serial number (46300)."""
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        if 0 < cell <= MAX_EXCEL_SERIAL:
            return EXCEL_EPOCH + timedelta(days=int(cell))
        return _compact(str(int(cell)) if float(cell).is_integer() else cell_text(cell), cell)
    value = folded(cell)
    match = _YMD.match(value)
    if match:
        return _checked(int(match[1]), int(match[2]), int(match[3]), value)
    if _SERIAL.match(value):
        return EXCEL_EPOCH + timedelta(days=int(float(value)))
    return _compact(value, cell)


def bounded_date(cell: Cell, first: date = limits.FIRST_DATE, last: date = limits.LAST_DATE) -> date:
    """calendar_date, between `first` and `last` (by default 2000-01-01 to 2100-12-31: a date outside
    these years is a typing error, and would upset every report that spans it)."""
    found = calendar_date(cell)
    if not first <= found <= last:
        raise ValueProblem("The date {value} is outside {first} to {last}.", value=found.isoformat(),
                           first=first.isoformat(), last=last.isoformat())
    return found


def _compact(value: str, cell: Cell) -> date:
    match = _COMPACT_YMD.match(value)
    if match:
        return _checked(int(match[1]), int(match[2]), int(match[3]), value)
    raise ValueProblem("“{value}” is not a date; write it as 2026-10-05.", value=cell_text(cell))


def _checked(year: int, month: int, day: int, value: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueProblem("There is no date {value}.", value=value) from None


def yes_no(cell: Cell) -> bool:
    if isinstance(cell, bool):
        return cell
    value = folded(cell).casefold()
    if value in YES:
        return True
    if value in NO or value == "":
        return False
    raise ValueProblem("“{value}” is not yes or no (是/否).", value=cell_text(cell))
