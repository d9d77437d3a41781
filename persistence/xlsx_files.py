"""Excel workbooks: the first sheet's values in (cached values of formulas, never evaluated), and
tables out with every text cell written as text — never as a formula, whatever it starts with.

openpyxl parses with defusedxml when it is installed (it is a dependency), which guards against
entity-expansion ("billion laughs") payloads; the zip is checked for bombs before it is opened."""
from __future__ import annotations

import io
import os
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from domain.importing.errors import DamagedWorkbook, TooManyColumns, TooManyRows
from domain.importing.table import Cell, SourceRow

MAX_UNPACKED_BYTES = 1_000_000_000  # a zip bomb unpacks to far more than any real territory's list
DATE_FORMAT = "yyyy-mm-dd"
TEXT_FORMAT = "@"


def read_first_sheet(data: bytes, max_rows: int, max_columns: int) -> list[SourceRow]:
    """Non-blank rows of the first sheet with their sheet row numbers."""
    import openpyxl  # lazily: the window is up before this loads
    from openpyxl.utils.exceptions import InvalidFileException

    _check_zip(data)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise DamagedWorkbook(str(exc) or type(exc).__name__) from None
    except Exception as exc:  # defusedxml refusals and XML syntax errors have no common base
        raise DamagedWorkbook(f"{type(exc).__name__}: {exc}") from None
    try:
        if not workbook.worksheets:
            return []
        sheet = workbook.worksheets[0]
        # the stored dimension may be wrong or absent; without it each row is as long as its data
        sheet.reset_dimensions()
        rows: list[SourceRow] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if len(values) > max_columns:
                last = max((i for i, v in enumerate(values) if v is not None and v != ""), default=-1)
                if last >= max_columns:
                    raise TooManyColumns(number, max_columns)
                values = values[:max_columns]
            if any(_present(v) for v in values):
                if len(rows) >= max_rows:
                    raise TooManyRows(max_rows)
                rows.append(SourceRow(number, tuple(_cell(v) for v in values)))
        return rows
    except (TooManyColumns, TooManyRows):
        raise
    except Exception as exc:
        raise DamagedWorkbook(f"{type(exc).__name__}: {exc}") from None
    finally:
        workbook.close()


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise DamagedWorkbook(str(exc)) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise DamagedWorkbook(f"it would unpack to {unpacked // 1_000_000} MB")


def _present(value: object) -> bool:
    return value is not None and (not isinstance(value, str) or value.strip() != "")


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, (str, int, float, Decimal, bool, date, datetime, time)):
        return value  # type: ignore[return-value]
    return str(value)  # timedelta and the like: shown as text, parsed (or refused) as text


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

    def cell(value: Cell, header: bool = False) -> WriteOnlyCell:
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
