"""A table as read from a CSV or XLSX file, and the same table once its header row is found.

Reading is persistence's job (it yields a `RawTable`); finding the header among title rows and
dropping 合计 rows is the domain's, because it needs to know which column names to look for.
Every row keeps the PHYSICAL line (CSV) or sheet row (XLSX) it started on, so an error can say
"line 17" and the user finds line 17 in their editor, even after a quoted cell spanning lines.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from domain.importing.errors import EmptyFile

# What a cell can hold: CSV gives text; a workbook also numbers, dates and booleans.
Cell = str | int | float | Decimal | bool | date | datetime | time | None


@dataclass(frozen=True)
class SourceRow:
    line: int  # 1-based physical line (CSV) or sheet row (XLSX) where the row starts
    cells: tuple[Cell, ...]

    def cell(self, index: int) -> Cell:
        return self.cells[index] if 0 <= index < len(self.cells) else None


@dataclass(frozen=True)
class RawTable:
    """Every non-blank row of a file (first sheet of a workbook), title rows and totals included."""

    source_name: str  # the file's name, for the import batch and messages
    encoding: str  # "utf-8", "utf-8-sig", "gb18030", "utf-16", "xlsx", …
    sha256: str  # of the file's bytes
    rows: tuple[SourceRow, ...]


@dataclass(frozen=True)
class SkippedRow:
    line: int
    reason: str  # "total" (合计/小计 row) or "header" (the header repeated further down)


@dataclass(frozen=True)
class ImportTable:
    """The data rows under the header row, total rows and repeated headers taken out."""

    source_name: str
    encoding: str
    sha256: str
    header_line: int
    headers: tuple[str, ...]
    rows: tuple[SourceRow, ...]
    skipped: tuple[SkippedRow, ...] = ()


TOTAL_MARKERS = ("合计", "总计", "小计", "累计")
TOTAL_WORDS = {"total", "totals", "grandtotal", "subtotal", "sum"}
HEADER_SCAN_ROWS = 30  # title rows above the header: a title, a date line, a blank-ish note…


def cell_text(cell: Cell) -> str:
    """A cell as the user would read it; numbers without float noise, dates as 2026-10-05."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() and abs(cell) < 1e16 else f"{cell:.15g}"
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == time(0) else cell.isoformat(" ", "minutes")
    if isinstance(cell, (date, time)):
        return cell.isoformat()
    return str(cell).strip()


_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]|【[^】]*】")
_HEADER_NOISE = re.compile(r"[\s_\-.·:*#/\\]+")


def normalize_header(text: str) -> str:
    """Compare column names loosely: full-width → half-width, no spaces, underscores, stars or
    bracketed hints, case-insensitive. "专卖许可证号*", "License No." and "license_no" all match."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("\ufeff", "")
    without_hints = _BRACKETED.sub("", folded)
    if _HEADER_NOISE.sub("", without_hints):
        folded = without_hints
    return _HEADER_NOISE.sub("", folded)


def is_total_row(row: SourceRow) -> bool:
    first = next((cell_text(c) for c in row.cells if cell_text(c)), "")
    key = normalize_header(first)
    return key.startswith(TOTAL_MARKERS) or key in TOTAL_WORDS


def locate_header(raw: RawTable, is_known: Callable[[str], bool], min_matches: int = 2) -> ImportTable:
    """The header is the first row (among the first few) with at least `min_matches` known column
    names; rows above it are titles. Without such a row the first row is taken as the header, and
    the user maps the columns by hand."""
    if not raw.rows:
        raise EmptyFile()
    candidates = raw.rows[:HEADER_SCAN_ROWS]
    header_at = next(
        (i for i, row in enumerate(candidates)
         if sum(1 for c in row.cells if is_known(normalize_header(cell_text(c)))) >= min_matches),
        0,
    )
    header = raw.rows[header_at]
    headers = [cell_text(c) for c in header.cells]
    while headers and not headers[-1]:
        headers.pop()
    header_key = tuple(normalize_header(h) for h in headers)
    rows: list[SourceRow] = []
    skipped: list[SkippedRow] = []
    for row in raw.rows[header_at + 1:]:
        if is_total_row(row):
            skipped.append(SkippedRow(row.line, "total"))
        elif tuple(normalize_header(cell_text(c)) for c in row.cells[:len(headers)]) == header_key:
            skipped.append(SkippedRow(row.line, "header"))
        else:
            rows.append(row)
    return ImportTable(
        source_name=raw.source_name, encoding=raw.encoding, sha256=raw.sha256,
        header_line=header.line, headers=tuple(headers), rows=tuple(rows), skipped=tuple(skipped),
    )
