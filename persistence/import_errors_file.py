"""The errors file of an import that skipped its bad rows: `<source stem>.errors-<YYYYmmdd-HHMMSS>.csv`
beside the source file, or in the data folder when the source's folder cannot be written. UTF-8
with a byte-order mark (Excel opens it as Unicode), one row per problem: line, column, value,
reason. A cell that a spreadsheet would take as a formula gets a leading apostrophe."""
from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value: object) -> str:
    """Text a spreadsheet shows as it is: "=HYPERLINK(…)" → "'=HYPERLINK(…)"."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def errors_file_name(source: Path, when: datetime) -> str:
    return f"{source.stem}.errors-{when:%Y%m%d-%H%M%S}.csv"


def write_errors_file(source: Path, headers: Sequence[str], rows: Iterable[Sequence[object]], *,
                      when: datetime, fallback_folder: Path) -> tuple[Path, bool]:
    """Write the file; returns (its path, True when it went to `fallback_folder` because the source's
    folder could not be written). Raises OSError when neither can be written."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in headers])
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    data = buffer.getvalue().encode("utf-8-sig")
    name = errors_file_name(source, when)
    try:
        return _write_atomically(source.parent / name, data), False
    except OSError:
        fallback_folder.mkdir(parents=True, exist_ok=True)
        return _write_atomically(fallback_folder / name, data), True


def _write_atomically(path: Path, data: bytes) -> Path:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return path
