"""Hostile import files (issue 11, scenario 14): how long the reader takes to refuse — or read — each,
and its peak memory, each in a fresh child process (its own getrusage peak, start-up included:
about 30 MB of it is Python and the program's modules).

    uv run python benchmarks/hostile_imports.py [--csv-mb 100] [--skip-csv]

The files are made in a temporary folder by tests/safety/hostile_files.py (streamed into the zip,
so making them stays light): the two workbook bombs of the issue, the same two read with the zip's
declared sizes ignored (so that the streamed count alone must stop them), a row of a million cells,
a cell at XFD1048576, an entity-expansion payload, a workbook with formulas, a macro workbook
(.xlsm), a 300 MB CSV (past the 256 MB limit) and a CSV of --csv-mb MB that is read in full.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.safety import hostile_files  # noqa: E402
from tests.safety.measure import read_in_child  # noqa: E402


def formulas(path: Path) -> Path:
    rows = [b'<row r="1"><c r="A1" t="inlineStr"><is><t>cartons</t></is></c></row>']
    rows += [f'<row r="{i}"><c r="A{i}"><f>1+{i}</f><v>{i + 1}</v></c><c r="B{i}"><f>HYPERLINK("http://x")</f></c></row>'
             .encode() for i in range(2, 10_002)]
    return hostile_files.workbook(path, iter(rows))


def macros(path: Path) -> Path:
    hostile_files.workbook(path, iter([b'<row r="1"><c r="A1"><v>1</v></c></row>']))
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"Sub AutoOpen()" * 1000)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--csv-mb", type=int, default=100, help="size of the CSV read in full")
    parser.add_argument("--skip-csv", action="store_true", help="leave out the two CSV files")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        cases = [
            ("blank rows, 900 MB unpacked", hostile_files.blank_rows(tmp / "blank.xlsx"), False),
            ("blank rows, declared sizes ignored", tmp / "blank.xlsx", True),
            ("one row of 75 M empty cells", hostile_files.one_wide_row(tmp / "wide.xlsx"), False),
            ("75 M cells, declared sizes ignored", tmp / "wide.xlsx", True),
            ("1 M columns with values", hostile_files.wide_columns(tmp / "columns.xlsx"), False),
            ("a cell at XFD1048576", hostile_files.far_cell(tmp / "far.xlsx"), False),
            ("entity expansion", hostile_files.entity_expansion(tmp / "lol.xlsx"), False),
            ("10,000 formula rows", formulas(tmp / "formulas.xlsx"), False),
            (".xlsm with a macro", macros(tmp / "macro.xlsm"), False),
        ]
        if not args.skip_csv:
            cases.append(("CSV of 300 MB", hostile_files.csv_lines(tmp / "big.csv", 300), False))
            cases.append((f"CSV of {args.csv_mb} MB", hostile_files.csv_lines(tmp / "mid.csv", args.csv_mb), False))
        print(f"{'input':38} {'file':>9} {'outcome':18} {'time':>8} {'peak RSS':>9}")
        for label, path, stream_only in cases:
            reading = read_in_child(path, timeout=600, stream_only=stream_only)
            size = path.stat().st_size
            print(f"{label:38} {size / 1e6:7.1f}MB {reading.outcome:18} {reading.seconds:7.2f}s {reading.peak_mb:7.0f}MB"
                  f"   {reading.detail[:70]}")


if __name__ == "__main__":
    main()
