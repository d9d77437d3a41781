"""CSV bytes → rows with physical line numbers.

Decoding, in order (docs/architecture.md, "Reading import files"): a byte-order mark (UTF-8, UTF-16,
UTF-32), then strict UTF-8, then strict GB18030 (a superset of GBK and GB2312), else an error naming
the line that cannot be read.
Never errors='ignore': a GBK file is never read as mojibake. The csv module reads with
newline='' so that a line break inside a quoted cell stays inside the cell, and each row keeps
the line it starts on.
"""
from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Sequence

from domain.importing.errors import MalformedFile, TooManyColumns, TooManyRows, UndecodableFile
from domain.importing.table import SourceRow

BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
FALLBACKS = ("utf-8", "gb18030")
DELIMITERS = (",", "\t", ";", "|")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding used). `encoding` forces one; otherwise BOM, UTF-8, GB18030."""
    if encoding is not None:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise UndecodableFile(_failing_line(data, encoding, exc), encoding, chosen=True) from None
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise UndecodableFile(_failing_line(data, name, exc), name, chosen=True) from None
    failures: list[tuple[int, str]] = []
    for name in FALLBACKS:
        try:
            return data.decode(name), name
        except UnicodeDecodeError as exc:
            failures.append((_failing_line(data, name, exc), name))
    # the encoding that got further is most likely the file's own: report where it broke
    line, name = max(failures)
    raise UndecodableFile(line, name)


def _failing_line(data: bytes, encoding: str, exc: UnicodeDecodeError) -> int:
    good = data[: exc.start].decode(encoding, errors="replace")  # only counts lines, never kept
    return len(_LINE_BREAK.findall(good)) + 1


def sniff_delimiter(text: str, sample_lines: int = 20) -> str:
    """The separator used most over the first lines: Excel's "Unicode text" is tab-separated."""
    sample = text[: 1 << 16].splitlines()[:sample_lines]
    counts = {d: sum(line.count(d) for line in sample) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse(text: str, max_rows: int, max_columns: int, fast_from: int | None = None) -> Sequence[SourceRow]:
    """Non-blank rows with the physical line each starts on (1-based). Text of `fast_from`
    characters or more goes through pandas' C parser into a RowBlock (persistence.csv_fast), with
    the same cells and lines; what that parser will not take is read here."""
    delimiter = sniff_delimiter(text)
    if fast_from is not None and len(text) >= fast_from:
        from persistence.csv_fast import parse_fast

        block = parse_fast(text, delimiter, max_rows, max_columns)
        if block is not None:
            return block
    source = io.StringIO(text, newline="")
    reader = csv.reader(source, delimiter=delimiter, strict=False)
    rows: list[SourceRow] = []
    start = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise MalformedFile(start, str(exc)) from None
        if len(record) > max_columns:
            raise TooManyColumns(start, max_columns)
        if any(cell.strip() for cell in record):
            if len(rows) >= max_rows:
                raise TooManyRows(max_rows)
            rows.append(SourceRow(start, tuple(record)))
        start = reader.line_num + 1
    return rows
