"""Excel workbooks out: tables with every text cell written as text — never as a formula, whatever it
starts with. Reading workbooks is persistence/workbook_reading.py."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from domain.importing.table import Cell
from domain.workbook import SheetTable

if TYPE_CHECKING:  # openpyxl loads only when an export is written
    from openpyxl.cell.cell import Cell as SheetCell
    from openpyxl.styles import Font
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

DATE_FORMAT = "yyyy-mm-dd"
TEXT_FORMAT = "@"
TITLE_SIZE = 14  # the first title line's font size; the header row stays at the default


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]], sheet_title: str = "Sheet1") -> int:
    """Write a one-sheet workbook atomically (a temporary file renamed over `path`); returns rows
    written. Strings are always string cells: "=HYPERLINK(…)", "+86 …", "-2+3", "@SUM(1)" are shown,
    never run, and phone or license numbers stay text with their leading zeros."""
    return write_workbook(path, [SheetTable(sheet_title, headers, rows)])[0]


def write_workbook(path: Path, sheets: Sequence[SheetTable]) -> tuple[int, ...]:
    """Write `sheets` in order as one workbook, atomically, as write_table does; returns the rows
    written in each sheet (title lines and the header row not counted)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    bold, title = Font(bold=True), Font(bold=True, size=TITLE_SIZE)
    # every cell of every sheet first: a sheet's writer must not be left half-way if a row cannot be made
    filled = [_cells(workbook.create_sheet(_tab(s.name, n)), s, bold, title) for n, s in enumerate(sheets, 1)]
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        for sheet, body in filled:
            for line in body:
                sheet.append(line)
        workbook.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tuple(len(body) - len(s.title_lines) - 1 for (_, body), s in zip(filled, sheets, strict=True))


def _tab(name: str, n: int) -> str:
    # a workbook refuses these in a tab's name, and names over 31 characters
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in name).strip("'")[:31]
    return cleaned or f"Sheet{n}"


def _cells(sheet: WriteOnlyWorksheet, table: SheetTable, bold: Font,
           title: Font) -> tuple[WriteOnlyWorksheet, list[list[SheetCell]]]:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.utils import get_column_letter

    def cell(value: Cell, font: Font | None = None) -> SheetCell:
        out = WriteOnlyCell(sheet)
        if isinstance(value, str):
            out.value = ILLEGAL_CHARACTERS_RE.sub("", value)
            out.data_type = "s"  # after the value: openpyxl would otherwise take "=…" as a formula
            out.number_format = TEXT_FORMAT
        elif isinstance(value, datetime):
            out.value = value.replace(tzinfo=None)
            out.number_format = "yyyy-mm-dd hh:mm"
        elif isinstance(value, date):
            out.value = value
            out.number_format = DATE_FORMAT
        elif isinstance(value, bool) or value is None or isinstance(value, (int, float, Decimal)):
            out.value = value
        else:
            out.value = ILLEGAL_CHARACTERS_RE.sub("", str(value))
            out.data_type = "s"
        if font is not None:
            out.font = font
        return out

    # widths and the frozen header go in before the first row: a write-only sheet writes them first
    for n, width in enumerate(table.widths, 1):
        # set up by the sheet's _setup(); openpyxl's stubs know it only on the ordinary Worksheet
        sheet.column_dimensions[get_column_letter(n)].width = width  # type: ignore[attr-defined]  # see above
    heading = len(table.title_lines)
    sheet.freeze_panes = f"A{heading + 2}"
    body = [*([cell(line, title if n == 0 else None)] for n, line in enumerate(table.title_lines)),
            [cell(h, bold) for h in table.headers], *([cell(v) for v in row] for row in table.rows)]
    return sheet, body
