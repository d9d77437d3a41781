"""A table as read from a CSV or XLSX file, and the same table once its header row is found.

Reading is persistence's job (it yields a `RawTable`); finding the header among title rows and
dropping 合计 rows is the domain's, because it needs to know which column names to look for.
Every row keeps the PHYSICAL line (CSV) or sheet row (XLSX) it started on, so an error can say
"line 17" and the user finds line 17 in their editor, even after a quoted cell spanning lines.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from itertools import compress
from typing import overload

from domain.importing.errors import EmptyFile

# What a cell can hold: CSV gives text; a workbook also numbers, dates and booleans.
Cell = str | int | float | Decimal | bool | date | datetime | time | None


@dataclass(frozen=True, slots=True)
class SourceRow:
    line: int  # 1-based physical line (CSV) or sheet row (XLSX) where the row starts
    cells: tuple[Cell, ...]

    def cell(self, index: int) -> Cell:
        return self.cells[index] if 0 <= index < len(self.cells) else None


class RowBlock(Sequence[SourceRow]):
    """Rows held by column, as a large CSV is read at speed (a million rows as a million SourceRow
    objects cost seconds and a gigabyte). Indexing builds a SourceRow on demand; imports that go
    through every row read `column(i)` instead."""

    __slots__ = ("lines", "columns")

    def __init__(self, lines: Sequence[int], columns: Sequence[Sequence[Cell]]) -> None:
        assert all(len(c) == len(lines) for c in columns)
        self.lines = lines
        self.columns = columns

    def __len__(self) -> int:
        return len(self.lines)

    @overload
    def __getitem__(self, index: int) -> SourceRow: ...
    @overload
    def __getitem__(self, index: slice) -> RowBlock: ...

    def __getitem__(self, index: int | slice) -> SourceRow | RowBlock:
        if isinstance(index, slice):
            return RowBlock(self.lines[index], [c[index] for c in self.columns])
        return SourceRow(self.lines[index], tuple(c[index] for c in self.columns))

    def __iter__(self) -> Iterator[SourceRow]:
        for line, *cells in zip(self.lines, *self.columns):
            yield SourceRow(line, tuple(cells))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal to any list of the same rows, so it cannot hash

    def column(self, index: int) -> Sequence[Cell]:
        return self.columns[index] if 0 <= index < len(self.columns) else [None] * len(self.lines)

    def without(self, positions: Iterable[int]) -> RowBlock:
        """The block without the rows at `positions` (title rows, total rows, a repeated header). Rows
        dropped only at the start and the end cost a slice; others a pass over every column."""
        drop = sorted(set(positions))
        if not drop:
            return self
        start, end = 0, len(self.lines)
        while start < len(drop) and drop[start] == start:
            start += 1
        inner = drop[start:]
        while inner and inner[-1] == end - 1:
            inner.pop()
            end -= 1
        if not inner:
            return RowBlock(self.lines[start:end], [c[start:end] for c in self.columns])
        keep = bytearray(b"\x01") * len(self.lines)
        for p in drop:
            keep[p] = 0
        return RowBlock(list(compress(self.lines, keep)), [list(compress(c, keep)) for c in self.columns])


def column_cells(rows: Sequence[SourceRow], index: int) -> Sequence[Cell]:
    """One column of a table's rows, read without a SourceRow per row where the rows allow it."""
    if isinstance(rows, RowBlock):
        return rows.column(index)
    return [r.cell(index) for r in rows]


def row_lines(rows: Sequence[SourceRow]) -> Sequence[int]:
    return rows.lines if isinstance(rows, RowBlock) else [r.line for r in rows]


@dataclass(frozen=True)
class RawTable:
    """Every non-blank row of a file (first sheet of a workbook), title rows and totals included."""

    source_name: str  # the file's name, for the import batch and messages
    encoding: str  # "utf-8", "utf-8-sig", "gb18030", "utf-16", "xlsx", …
    sha256: str  # of the file's bytes
    rows: Sequence[SourceRow]  # a tuple, or a RowBlock for a large CSV


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
    rows: Sequence[SourceRow]  # a tuple, or a RowBlock for a large CSV
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
    drop, skipped = _totals_and_headers(raw.rows, header_at + 1, tuple(normalize_header(h) for h in headers))
    if isinstance(raw.rows, RowBlock):  # the header and the title rows above it go too
        rows: Sequence[SourceRow] = raw.rows.without([*range(header_at + 1), *drop])
    else:
        dropped = set(drop)
        rows = tuple(r for i, r in enumerate(raw.rows) if i > header_at and i not in dropped)
    return ImportTable(
        source_name=raw.source_name, encoding=raw.encoding, sha256=raw.sha256,
        header_line=header.line, headers=tuple(headers), rows=rows, skipped=tuple(skipped),
    )


_DATA, _BLANK, _TOTAL, _HEADER_LIKE = range(4)
_CACHE_LIMIT = 100_000


def _totals_and_headers(rows: Sequence[SourceRow], start: int,
                        header_key: tuple[str, ...]) -> tuple[list[int], list[SkippedRow]]:
    """Positions (from `start` on) of total rows (合计 …) and repeated header rows. Only the first cell
    is looked at for most rows, and each distinct first cell is judged once: a million rows take a
    fraction of a second."""
    firsts = column_cells(rows, 0)
    first_key = header_key[0] if header_key else None
    kinds: dict[object, int] = {}
    drop: list[int] = []
    skipped: list[SkippedRow] = []
    for position in range(start, len(firsts)):
        cell = firsts[position]
        key = cell if cell.__class__ is str else (cell.__class__, cell)
        kind = kinds.get(key)
        if kind is None:
            text = cell_text(cell)
            if not text:
                kind = _BLANK
            else:
                normal = normalize_header(text)
                if normal.startswith(TOTAL_MARKERS) or normal in TOTAL_WORDS:
                    kind = _TOTAL
                else:
                    kind = _HEADER_LIKE if normal == first_key else _DATA
            if len(kinds) >= _CACHE_LIMIT:
                kinds.clear()
            kinds[key] = kind
        if kind == _DATA:
            continue
        row = rows[position]
        if kind == _TOTAL or (kind == _BLANK and is_total_row(row)):
            drop.append(position)
            skipped.append(SkippedRow(row.line, "total"))
        elif tuple(normalize_header(cell_text(c)) for c in row.cells[:len(header_key)]) == header_key:
            drop.append(position)
            skipped.append(SkippedRow(row.line, "header"))
    return drop, skipped
