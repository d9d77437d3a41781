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

if TYPE_CHECKING:  # openpyxl loads only when an export is written
    from openpyxl.cell.cell import Cell as SheetCell

DATE_FORMAT = "yyyy-mm-dd"
TEXT_FORMAT = "@"


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]], sheet_title: str = "Sheet1") -> int:
    """Write a one-sheet workbook atomically (a temporary file renamed over `path`); returns rows
    written. Strings are always string cells: "=HYPERLINK(…)", "+86 …", "-2+3", "@SUM(1)" are shown,
    never run, and phone or license numbers stay text with their leading zeros."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title[:31] or "Sheet1")
    bold = Font(bold=True)

    def cell(value: Cell, header: bool = False) -> SheetCell:
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
        if header:
            out.font = bold
        return out

    # every cell first: the sheet's writer must not be left half-way if a row cannot be made
    body = [[cell(h, header=True) for h in headers], *([cell(v) for v in row] for row in rows)]
    for line in body:
        sheet.append(line)
    written = len(body) - 1
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        workbook.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return written
