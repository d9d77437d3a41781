"""Excel workbooks in: the first sheet's values of an .xlsx or an old binary .xls, with their sheet row
numbers, read by calamine (a Rust reader, about five times faster than openpyxl on large sheets).

Cells come back as the openpyxl reader gave them, so the import rules see the same values: whole
numbers as int (calamine gives every .xlsx number as float), a date cell as a datetime at midnight,
an empty cell (or a formula without a cached value) as None. Formulas are never evaluated: their
cached value is read. Before calamine sees a workbook, persistence.workbook_guard reads the zip as a
stream and refuses it past the limits (domain.importing.limits): calamine lays the whole sheet out in
memory. Entities are never expanded: a document type is refused there, and calamine's parser fails
on one too. An old .xls holds at most 65,536 rows of 256 columns, inside the same limits."""
from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal

from domain.importing.errors import DamagedWorkbook, TooManyColumns, TooManyRows
from domain.importing.table import Cell, SourceRow
from persistence import workbook_guard

EXACT_FLOAT_INTEGERS = 2**53  # beyond this a float no longer holds every whole number
_KEPT_AS_THEY_ARE = frozenset((int, bool, datetime, time))


def read_first_sheet(data: bytes, max_rows: int, max_columns: int, *, zipped: bool = True) -> list[SourceRow]:
    """Non-blank rows of the first worksheet with their sheet row numbers. `zipped`: an .xlsx (checked
    for a zip bomb first); otherwise an old .xls (an OLE compound file)."""
    from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum  # lazily: imports only

    if zipped:
        workbook_guard.check_zip(io.BytesIO(data))
    else:
        workbook_guard.check_ole(data)
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = [i for i, meta in enumerate(workbook.sheets_metadata) if meta.typ == SheetTypeEnum.WorkSheet]
        if not sheets:
            return []
        # without skipping the empty area, the first list is sheet row 1 and the first column is A
        grid = workbook.get_sheet_by_index(sheets[0]).to_python(skip_empty_area=False)
    except (CalamineError, ValueError, OSError) as exc:
        raise DamagedWorkbook(str(exc) or type(exc).__name__) from None
    except Exception as exc:  # the reader's XML and zip errors have no common base
        raise DamagedWorkbook(f"{type(exc).__name__}: {exc}") from None
    rows: list[SourceRow] = []
    keep = _KEPT_AS_THEY_ARE
    for number, values in enumerate(grid, start=1):
        last = _last_present(values)
        if last < 0:
            continue
        if last >= max_columns:
            raise TooManyColumns(number, max_columns)
        if len(rows) >= max_rows:
            raise TooManyRows(max_rows)
        # most cells are text or kept as they are: only the others go through _cell (100,000 rows: 0.2 s)
        # (the kept types are Cells, checked by type(v) at run time, which mypy cannot follow)
        rows.append(SourceRow(number, tuple([v if (type(v) is str and v) or type(v) in keep else _cell(v)  # type: ignore[misc]  # see the line above
                                             for v in values[:last + 1]])))
    return rows


def _last_present(values: Sequence[object]) -> int:
    """Index of the row's last cell with something in it; -1 for a blank row."""
    last = len(values) - 1
    while last >= 0:
        v = values[last]
        if v is None or (type(v) is str and (not v or v.isspace())):
            last -= 1
        else:
            break
    return last


def _cell(value: object) -> Cell:
    if isinstance(value, str):
        return value or None
    if isinstance(value, float):
        return int(value) if value.is_integer() and -EXACT_FLOAT_INTEGERS < value < EXACT_FLOAT_INTEGERS else value
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if value is None or isinstance(value, (int, bool, Decimal, time)):
        return value
    return str(value)  # timedelta and the like: shown as text, parsed (or refused) as text
