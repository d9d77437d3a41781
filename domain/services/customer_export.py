"""Export the customer list as shown — its filter, its sort, its visible columns with the user's
headers — to an XLSX file. Every text cell is written as text, so a shop called =HYPERLINK(…)
or a phone like +86 138… is shown, never run as a formula (persistence's writer guarantees it)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from domain.importing.table import Cell
from domain.ports import TabularFiles
from domain.read_models import CustomerListRow


@dataclass(frozen=True)
class ExportColumn:
    header: str  # in the user's language
    value: Callable[[CustomerListRow], Cell]  # str for codes and labels; numbers and dates stay typed


def export_customers(
    files: TabularFiles, path: Path, rows: Sequence[CustomerListRow], columns: Sequence[ExportColumn]
) -> int:
    """Write `rows` in `columns` to `path`; returns the number of customers written."""
    return files.write_xlsx(path, [c.header for c in columns], ([c.value(r) for c in columns] for r in rows))
