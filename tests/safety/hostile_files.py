"""Hostile import files, made by streaming into a zip so that making them stays light: the two
workbook bombs of issue 11, a sheet a million columns wide, an entity-expansion payload, formula
cells, a macro workbook (.xlsm). Shared by tests/safety/test_s14_hostile_spreadsheets.py and
benchmarks/hostile_imports.py."""
from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '</Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>')
SHEET_START = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
SHEET_END = "</sheetData></worksheet>"


def workbook(path: Path, sheet: Iterator[bytes], prolog: str = "") -> Path:
    """A one-sheet .xlsx whose sheet XML is `prolog`, the sheet start, the pieces of `sheet`, the end."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write((prolog + SHEET_START).encode())
            for piece in sheet:
                f.write(piece)
            f.write(SHEET_END.encode())
    return path


def _repeated(unit: bytes, count: int, per_piece: int = 1 << 16) -> Iterator[bytes]:
    piece = unit * per_piece
    for _ in range(count // per_piece):
        yield piece
    yield unit * (count % per_piece)


def blank_rows(path: Path, unpacked_mb: int = 900) -> Path:
    """Rows that hold nothing but a styled empty cell: ~2 MB packed, `unpacked_mb` unpacked."""
    def rows() -> Iterator[bytes]:
        header = b'<row r="1"><c r="A1" t="inlineStr"><is><t>license_no</t></is></c></row>'
        yield header
        unit = b'<row><c s="1"/></row>'  # no row number: each row is the next, as Excel allows
        yield from _repeated(unit, unpacked_mb * 1024 * 1024 // len(unit))
    return workbook(path, rows())


def one_wide_row(path: Path, cells: int = 75_000_000) -> Path:
    """A single row of `cells` empty cells."""
    def row() -> Iterator[bytes]:
        yield b"<row>"
        yield from _repeated(b"<c/>", cells)
        yield b"</row>"
    return workbook(path, row())


def wide_columns(path: Path, columns: int = 1_000_000) -> Path:
    """One row of a million cells with values: a "table" a million columns wide."""
    def row() -> Iterator[bytes]:
        yield b"<row>"
        yield from _repeated(b"<c><v>1</v></c>", columns)
        yield b"</row>"
    return workbook(path, row())


def far_cell(path: Path) -> Path:
    """Two cells only, A1 and XFD1048576: tiny, and an area of 17 billion cells to lay out."""
    return workbook(path, iter([b'<row r="1"><c r="A1"><v>1</v></c></row>'
                                b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>']))


def entity_expansion(path: Path) -> Path:
    """The "billion laughs": ten levels of ten entities each, used in a cell."""
    levels = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "lol" * 10}">' for i in range(1, 10))
    prolog = f'<?xml version="1.0"?><!DOCTYPE lolz [{levels}]>'
    return workbook(path, iter([b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>']), prolog=prolog)


def csv_lines(path: Path, megabytes: int) -> Path:
    """An order-line CSV of about `megabytes` MB."""
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("订单日期,专卖许可证号,卷烟编码,订足量,金额\r\n")
        line = "2026-05-{day:02d},530102{n:06d},6901028{p:06d},{q},{a}.00\r\n"
        written, n = 0, 0
        while written < megabytes * 1024 * 1024:
            text = line.format(day=n % 28 + 1, n=n % 900, p=n % 70, q=n % 9 + 1, a=(n % 9 + 1) * 200)
            f.write(text)
            written += len(text)
            n += 1
    return path
