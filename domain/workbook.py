"""What an export hands the TabularFiles port to write as one workbook: sheets of typed cells, each with
optional title lines above its header row. Writing them (text never a formula, the file replaced only
when complete) is persistence's job, in persistence/xlsx_files.py."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from domain.importing.table import Cell


@dataclass(frozen=True)
class SheetTable:
    name: str  # the sheet's tab; a workbook allows 31 characters
    headers: Sequence[str]
    rows: Iterable[Sequence[Cell]]  # read once, when the workbook is written
    title_lines: Sequence[str] = ()  # above the header row, one cell each (what the table is, its basis)
    widths: Sequence[float] = ()  # column widths in characters, from the first column; the rest as Excel sets
