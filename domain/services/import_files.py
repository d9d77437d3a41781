"""Reading a file to import, the same for the import dialog and the `import` command: read the table,
find its header row (below any title rows), and map the columns whose headers are recognised."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from domain.importing.columns import ColumnMapping, ColumnSet, auto_mapping
from domain.importing.table import ImportTable, locate_header
from domain.ports import TabularFiles


@dataclass(frozen=True)
class ImportReading:
    table: ImportTable
    mapping: ColumnMapping  # column index → field, for the headers recognised; the user may correct it


def read_import_file(files: TabularFiles, path: Path, columns: ColumnSet, *, encoding: str | None = None,
                     large: bool = False) -> ImportReading:
    """Raises domain.importing.errors.ImportProblem (an unreadable, empty or too large file)."""
    table = locate_header(files.read_table(path, encoding, large=large), columns.is_known)
    return ImportReading(table, auto_mapping(table.headers, columns))
