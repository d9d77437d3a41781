"""The files side of imports and exports (domain.ports.TabularFiles): read a CSV, XLSX or old XLS file
into a RawTable within size, row and column limits; write a table, or a workbook of sheets, to XLSX."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from domain.importing import limits
from domain.importing.errors import FileNotFound, FileTooLarge, UnreadableFile
from domain.importing.table import Cell, RawTable, RowBlock, SourceRow
from domain.workbook import SheetTable
from persistence import csv_text, import_errors_file, workbook_reading, xlsx_files

# the numbers are domain.importing.limits'; order lines (large=True) allow a territory's year of orders
MAX_BYTES = limits.MAX_FILE_BYTES
MAX_ROWS = limits.MAX_ROWS
MAX_COLUMNS = limits.MAX_COLUMNS
LARGE_MAX_BYTES = limits.LARGE_MAX_FILE_BYTES
LARGE_MAX_ROWS = limits.LARGE_MAX_ROWS
FAST_CSV_CHARS = 1_000_000  # from about 10,000 lines on, CSV goes through pandas' C parser
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .xls (and .et, .wps)


class LocalTabularFiles:
    def __init__(self, max_bytes: int = MAX_BYTES, max_rows: int = MAX_ROWS, max_columns: int = MAX_COLUMNS,
                 large_max_bytes: int = LARGE_MAX_BYTES, large_max_rows: int = LARGE_MAX_ROWS,
                 fast_csv_chars: int = FAST_CSV_CHARS) -> None:
        self.max_bytes = max_bytes
        self.max_rows = max_rows
        self.max_columns = max_columns
        self.large_max_bytes = large_max_bytes
        self.large_max_rows = large_max_rows
        self.fast_csv_chars = fast_csv_chars

    def read_table(self, path: Path, encoding: str | None = None, *, large: bool = False) -> RawTable:
        """Rows of a CSV (text in any supported encoding) or of a workbook's first sheet (.xlsx, .xls).
        The kind is told by the content, not the name. `encoding` overrides detection for CSV.
        `large` (order lines) allows bigger files; a large CSV comes back as a RowBlock."""
        path = Path(path)
        max_bytes = self.large_max_bytes if large else self.max_bytes
        max_rows = self.large_max_rows if large else self.max_rows
        data = self._read_bytes(path, max_bytes)
        digest = hashlib.sha256(data).hexdigest()
        if data.startswith(ZIP_MAGIC):
            rows: Sequence[SourceRow] = tuple(workbook_reading.read_first_sheet(data, max_rows, self.max_columns))
            used = "xlsx"
        elif data.startswith(OLE_MAGIC):  # an OLE file that is not a workbook (.doc, .wps) is damaged here
            rows = tuple(workbook_reading.read_first_sheet(data, max_rows, self.max_columns, zipped=False))
            used = "xls"
        else:
            text, used = csv_text.decode(data, encoding)
            del data
            rows = csv_text.parse(text, max_rows, self.max_columns, fast_from=self.fast_csv_chars)
            if not isinstance(rows, RowBlock):
                rows = tuple(rows)
        return RawTable(source_name=path.name, encoding=used, sha256=digest, rows=rows)

    def write_xlsx(self, path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
        return xlsx_files.write_table(Path(path), headers, rows)

    def write_workbook(self, path: Path, sheets: Sequence[SheetTable]) -> tuple[int, ...]:
        return xlsx_files.write_workbook(Path(path), sheets)

    def write_errors_file(self, source: Path, headers: Sequence[str], rows: Iterable[Sequence[object]], *,
                          when: datetime, fallback_folder: Path) -> tuple[Path, bool]:
        return import_errors_file.write_errors_file(Path(source), headers, rows, when=when,
                                                    fallback_folder=Path(fallback_folder))

    def _read_bytes(self, path: Path, max_bytes: int) -> bytes:
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise FileNotFound(str(path)) from None
        except OSError as exc:
            raise UnreadableFile("{path} cannot be read: {detail}", path=str(path), detail=exc.strerror or str(exc)) from None
        if path.is_dir():
            raise UnreadableFile("{path} is a folder, not a file.", path=str(path))
        if size > max_bytes:
            raise FileTooLarge(-(-size // (1024 * 1024)), max_bytes // (1024 * 1024))
        try:
            with path.open("rb") as fh:
                data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise UnreadableFile("{path} cannot be read: {detail}", path=str(path), detail=exc.strerror or str(exc)) from None
        if len(data) > max_bytes:  # it grew since stat()
            raise FileTooLarge(-(-len(data) // (1024 * 1024)), max_bytes // (1024 * 1024))
        return data
