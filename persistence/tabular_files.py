"""The files side of imports and exports (domain.ports.TabularFiles): read a CSV or XLSX file into
a RawTable within size, row and column limits; write a table to XLSX."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from domain.importing.errors import FileNotFound, FileTooLarge, UnreadableFile, UnsupportedFile
from domain.importing.table import Cell, RawTable
from persistence import csv_text, xlsx_files

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 200
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .xls (and .et, .wps)


class LocalTabularFiles:
    def __init__(self, max_bytes: int = MAX_BYTES, max_rows: int = MAX_ROWS, max_columns: int = MAX_COLUMNS) -> None:
        self.max_bytes = max_bytes
        self.max_rows = max_rows
        self.max_columns = max_columns

    def read_table(self, path: Path, encoding: str | None = None) -> RawTable:
        """Rows of a CSV (text in any supported encoding) or of an XLSX workbook's first sheet.
        The kind is told by the content, not the name. `encoding` overrides detection for CSV."""
        path = Path(path)
        data = self._read_bytes(path)
        digest = hashlib.sha256(data).hexdigest()
        if data.startswith(ZIP_MAGIC):
            rows = xlsx_files.read_first_sheet(data, self.max_rows, self.max_columns)
            used = "xlsx"
        elif data.startswith(OLE_MAGIC):
            raise UnsupportedFile(path.name)
        else:
            text, used = csv_text.decode(data, encoding)
            rows = csv_text.parse(text, self.max_rows, self.max_columns)
        return RawTable(source_name=path.name, encoding=used, sha256=digest, rows=tuple(rows))

    def write_xlsx(self, path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
        return xlsx_files.write_table(Path(path), headers, rows)

    def _read_bytes(self, path: Path) -> bytes:
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise FileNotFound(str(path)) from None
        except OSError as exc:
            raise UnreadableFile("{path} cannot be read: {detail}", path=str(path), detail=exc.strerror or str(exc)) from None
        if path.is_dir():
            raise UnreadableFile("{path} is a folder, not a file.", path=str(path))
        if size > self.max_bytes:
            raise FileTooLarge(-(-size // (1024 * 1024)), self.max_bytes // (1024 * 1024))
        try:
            with path.open("rb") as fh:
                data = fh.read(self.max_bytes + 1)
        except OSError as exc:
            raise UnreadableFile("{path} cannot be read: {detail}", path=str(path), detail=exc.strerror or str(exc)) from None
        if len(data) > self.max_bytes:  # it grew since stat()
            raise FileTooLarge(-(-len(data) // (1024 * 1024)), self.max_bytes // (1024 * 1024))
        return data
