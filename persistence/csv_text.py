"""CSV bytes → rows with physical line numbers.

Decoding, in order (docs/architecture.md, "Reading import files"): a byte-order mark (UTF-8, UTF-16,
UTF-32), then strict UTF-8, then strict GB18030 (a superset of GBK and GB2312), else an error naming
the line that cannot be read.
Never errors='ignore': a GBK file is never read as mojibake. Big5 (and other double-byte text)
always decodes as GB18030 without an error, as garbage: a text read as GB18030 whose Chinese is
mostly characters outside GB2312 — or kana, Greek, Cyrillic, box drawing and private-use
characters, which is what Big5's shop names turn into — is refused (MojibakeText) with the
suggestion to choose the encoding, Big5 when the text decodes as Big5. The csv module reads with
newline='' so that a line break inside a quoted cell stays inside the cell, and each row keeps
the line it starts on.
"""
from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Sequence

from domain.importing.errors import MalformedFile, MojibakeText, TooManyColumns, TooManyRows, UndecodableFile
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
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")
# in GB2312, yet hardly ever in a Chinese customer list: where Big5's common characters land in GBK
_UNLIKELY = re.compile("[\u3040-\u30ff\u0370-\u03ff\u0400-\u04ff\u2500-\u257f]")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
SAMPLE_CHARS = 1 << 20
MIN_UNLIKELY = 4  # a name or two with rare characters is not mojibake
MAX_UNLIKELY_SHARE = 0.3  # a real list has a few per cent; Big5 read as GBK nine in ten


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
            text = data.decode(name)
        except UnicodeDecodeError as exc:
            failures.append((_failing_line(data, name, exc), name))
            continue
        if name == "gb18030":
            _refuse_mojibake(text, data)
        return text, name
    # the encoding that got further is most likely the file's own: report where it broke
    line, name = max(failures)
    raise UndecodableFile(line, name)


def unlikely_share(text: str) -> tuple[int, float]:
    """(unlikely characters, their share of the non-ASCII ones) in the text's first megabyte."""
    sample = "".join(_NOT_ASCII.findall(text[:SAMPLE_CHARS]))
    if not sample:
        return 0, 0.0
    outside_gb2312 = len(sample) - len(sample.encode("gb2312", errors="ignore")) // 2
    unlikely = outside_gb2312 + len(_UNLIKELY.findall(sample))
    return unlikely, unlikely / len(sample)


def _first_unlikely_line(text: str) -> int:
    for number, line in enumerate(_LINE_BREAK.split(text[:SAMPLE_CHARS]), start=1):
        rest = "".join(_NOT_ASCII.findall(line))
        if _UNLIKELY.search(rest) or len(rest.encode("gb2312", errors="ignore")) < 2 * len(rest):
            return number
    return 1


def _refuse_mojibake(text: str, data: bytes) -> None:
    unlikely, share = unlikely_share(text)
    if unlikely < MIN_UNLIKELY or share < MAX_UNLIKELY_SHARE:
        return
    line = _first_unlikely_line(text)
    # Big5 never puts a line break inside a character: a cut after one splits none
    head = data if len(data) <= SAMPLE_CHARS else data[:data.rfind(b"\n", 0, SAMPLE_CHARS) + 1]
    try:
        head.decode("big5")
        likely: str | None = "Big5"
    except UnicodeDecodeError:
        likely = None
    raise MojibakeText(line, "GB18030", likely)


def _failing_line(data: bytes, encoding: str, exc: UnicodeDecodeError) -> int:
    good = data[: exc.start].decode(encoding, errors="replace")  # only counts lines, never kept
    return len(_LINE_BREAK.findall(good)) + 1


def sniff_delimiter(text: str, sample_lines: int = 20) -> str:
    """The separator that splits the first lines into the same number of fields most often, then the
    one used most: a cell holding semicolons (or commas, in Excel's tab-separated "Unicode text") must
    not outvote the separator that gives every row the header's width."""
    sample = [line for line in text[: 1 << 16].splitlines()[:sample_lines] if line.strip()]
    counts = {d: sum(line.count(d) for line in sample) for d in DELIMITERS}

    def steadiness(d: str) -> int:
        try:
            widths = [len(row) for row in csv.reader(io.StringIO("\n".join(sample)), delimiter=d)]
        except csv.Error:
            return 0
        widths = [w for w in widths if w > 1]
        return max((widths.count(w) for w in set(widths)), default=0)

    used = [d for d in DELIMITERS if counts[d]]
    if not used:
        return ","
    return max(used, key=lambda d: (steadiness(d), counts[d], -DELIMITERS.index(d)))


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
