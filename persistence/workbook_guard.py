"""A workbook looked over before the reader gets it. calamine lays a whole sheet out in memory (every
cell between A1 and the last one named), so a 2 MB zip of blank rows or of one row of millions of
empty cells takes gigabytes there. Here the zip is read as a stream, a megabyte at a time, and the
sheet XML's row and cell tags are counted with byte searches; the first bound passed
(domain.importing.limits) stops the reading. A document type (where entities are declared) is
refused, as are encrypted and password-protected files."""
from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from domain.importing import limits
from domain.importing.errors import DamagedWorkbook, EncryptedWorkbook, WorkbookTooLarge

CHUNK = 1 << 20
_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY", b"<!doctype", b"<!entity")
_SHEET_DATA = re.compile(rb"<(\w+:)?sheetData[\s>/]")
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Za-z]*)(\d*)(?::([A-Za-z]*)(\d*))?"')
# row numbers with as many digits as the row limit, and cells in column AA or further: few in any real sheet
_HIGH_ROW = re.compile(rb' r="[A-Za-z]*(\d{%d,})"' % len(str(limits.MAX_SHEET_ROWS)))
_WIDE_CELL = re.compile(rb' r="([A-Za-z]{2,})\d')
ENCRYPTED_OLE = "EncryptedPackage".encode("utf-16-le")  # a password-protected .xlsx is an OLE file holding this


@dataclass
class SheetCounts:
    rows: int = 0
    cells: int = 0
    highest_row: int = 0
    last_column: int = 0
    unpacked: int = 0


def check_zip(data: IO[bytes]) -> None:
    """Raises DamagedWorkbook (not a zip, a DOCTYPE), EncryptedWorkbook or WorkbookTooLarge."""
    try:
        archive = zipfile.ZipFile(data)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DamagedWorkbook(str(exc) or "not a zip file") from None
    with archive:
        infos = archive.infolist()
        if any(info.flag_bits & 0x1 for info in infos):
            raise EncryptedWorkbook()
        declared = 0
        for info in infos:
            declared += info.file_size
            if info.file_size > limits.MAX_PART_BYTES:
                raise WorkbookTooLarge("unpacked", info.file_size // limits.MB, limits.MAX_PART_BYTES // limits.MB)
            if info.file_size > limits.RATIO_FROM and info.file_size > limits.MAX_RATIO * max(info.compress_size, 1):
                raise WorkbookTooLarge("ratio", info.file_size // max(info.compress_size, 1), limits.MAX_RATIO)
        if declared > limits.MAX_UNPACKED_BYTES:
            raise WorkbookTooLarge("unpacked", declared // limits.MB, limits.MAX_UNPACKED_BYTES // limits.MB)
        total = 0
        for info in infos:
            name = info.filename.lower()
            if not name.endswith((".xml", ".rels", ".vml")):
                continue  # pictures and macros: calamine does not read them; their declared size was checked
            try:
                with archive.open(info) as part:
                    if name.startswith("xl/worksheets/") and name.count("/") == 2:
                        total += scan_sheet(part, info.filename).unpacked
                    else:
                        total += _scan_part(part)
            except (zipfile.BadZipFile, EOFError, OSError, RuntimeError) as exc:  # RuntimeError: an encrypted part
                raise DamagedWorkbook(f"{info.filename}: {exc}") from None
            if total > limits.MAX_UNPACKED_BYTES:
                raise WorkbookTooLarge("unpacked", total // limits.MB, limits.MAX_UNPACKED_BYTES // limits.MB)


def check_ole(data: bytes) -> None:
    if ENCRYPTED_OLE in data:
        raise EncryptedWorkbook()


def _chunks(part: IO[bytes]) -> Iterator[bytes]:
    unpacked = 0
    while chunk := part.read(CHUNK):
        unpacked += len(chunk)
        if unpacked > limits.MAX_PART_BYTES:  # the declared size can lie
            raise WorkbookTooLarge("unpacked", unpacked // limits.MB, limits.MAX_PART_BYTES // limits.MB)
        yield chunk


def _refuse_declarations(chunk: bytes, name: str) -> None:
    if any(d in chunk for d in _DECLARATIONS):
        raise DamagedWorkbook(f"{name} declares a document type or entities")


def _scan_part(part: IO[bytes]) -> int:
    unpacked, tail = 0, b""
    for chunk in _chunks(part):
        unpacked += len(chunk)
        _refuse_declarations(tail + chunk, "a part")
        tail = chunk[-16:]
    return unpacked


def scan_sheet(part: IO[bytes], name: str = "sheet") -> SheetCounts:
    """Count a sheet's rows and cells as its XML streams by. Each piece is cut before its last "<" so
    that no tag is split between two pieces (a tag holds no "<"). "<row" and "<c" are counted as they
    come: inside sheetData nothing else starts so, and the few tags outside (<cols>, <cfRule>) only
    make the counts a little high."""
    counts = SheetCounts()
    row_tag, cell_tag = b"<row", b"<c"
    in_row = 0  # cells of the row still open at the end of the last piece
    carry = b""
    seen_root = False
    for chunk in _chunks(part):
        counts.unpacked += len(chunk)
        buffer = carry + chunk
        cut = buffer.rfind(b"<")
        if cut <= 0:
            carry = buffer
            continue
        piece, carry = buffer[:cut], buffer[cut:]
        if not seen_root:
            _refuse_declarations(piece, name)
            found = _SHEET_DATA.search(piece)
            if found or len(piece) > 1 << 16:
                seen_root = True
                prefix = (found.group(1) or b"") if found else b""
                row_tag, cell_tag = b"<" + prefix + b"row", b"<" + prefix + b"c"
            dimension = _DIMENSION.search(piece)
            if dimension:
                _check_dimension(dimension)
        elif b"<!" in piece:
            _refuse_declarations(piece, name)
        in_row = _count_piece(piece, counts, row_tag, cell_tag, in_row)
        for number in _HIGH_ROW.findall(piece):
            counts.highest_row = max(counts.highest_row, int(number))
        for letters in set(_WIDE_CELL.findall(piece)):
            counts.last_column = max(counts.last_column, column_number(letters))
        _check_counts(counts)
    return counts


def _count_piece(piece: bytes, counts: SheetCounts, row_tag: bytes, cell_tag: bytes, in_row: int) -> int:
    """Add the piece's rows and cells to `counts`; returns the cells of the row left open at its end.
    A row can pass the cells-per-row limit only if its text is long enough to hold that many cells
    ("<c/>" is four bytes): only such rows are counted one by one."""
    counts.cells += piece.count(cell_tag)
    segments = piece.split(row_tag)  # the first belongs to the row open before the piece
    counts.rows += len(segments) - 1
    shortest = 4 * limits.MAX_CELLS_PER_ROW
    for index, segment in enumerate(segments):
        if index == 0 or index == len(segments) - 1 or len(segment) >= shortest:
            cells = segment.count(cell_tag) + (in_row if index == 0 else 0)
            if cells > limits.MAX_CELLS_PER_ROW:
                raise WorkbookTooLarge("cells_per_row", cells, limits.MAX_CELLS_PER_ROW)
            if index == len(segments) - 1:
                return cells
    return in_row


def _check_counts(counts: SheetCounts) -> None:
    if counts.rows > limits.MAX_SHEET_ROWS or counts.highest_row > limits.MAX_SHEET_ROWS:
        raise WorkbookTooLarge("rows", max(counts.rows, counts.highest_row), limits.MAX_SHEET_ROWS)
    if counts.last_column > limits.MAX_SHEET_COLUMN:
        raise WorkbookTooLarge("columns", counts.last_column, limits.MAX_SHEET_COLUMN)
    if counts.cells > limits.MAX_SHEET_CELLS:
        raise WorkbookTooLarge("cells", counts.cells, limits.MAX_SHEET_CELLS)
    area = max(counts.rows, counts.highest_row) * max(counts.last_column, 1)
    if area > limits.MAX_SHEET_AREA:
        raise WorkbookTooLarge("cells", area, limits.MAX_SHEET_AREA)


def _check_dimension(found: re.Match[bytes]) -> None:
    """<dimension ref="A1:XFD1048576"/>: the area the sheet says it uses, which the reader may set aside."""
    last_letters, last_row = (found.group(3), found.group(4)) if found.group(3) is not None else (found.group(1), found.group(2))
    rows = int(last_row or b"1")
    columns = column_number(last_letters or b"A")
    if rows > limits.MAX_SHEET_ROWS:
        raise WorkbookTooLarge("rows", rows, limits.MAX_SHEET_ROWS)
    if columns > limits.MAX_SHEET_COLUMN:
        raise WorkbookTooLarge("columns", columns, limits.MAX_SHEET_COLUMN)
    if rows * columns > limits.MAX_SHEET_AREA:
        raise WorkbookTooLarge("cells", rows * columns, limits.MAX_SHEET_AREA)


def column_number(letters: bytes) -> int:
    """b"A" → 1, b"Z" → 26, b"AA" → 27, b"XFD" → 16384."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number
