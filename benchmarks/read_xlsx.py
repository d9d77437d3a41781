"""Reading a 100,000-row order export from XLSX: the import's file reader (calamine) against openpyxl's
read-only reader, which it replaced, on the same workbook.

    uv run python benchmarks/read_xlsx.py [--rows 100000] [--runs 3]

The workbook (ten columns: date, license number, shop, product code and name, cartons, price, amount,
a note, a time) is written once into a temporary folder with openpyxl (not timed). Each reader runs
from the file's bytes to the rows with their sheet line numbers; prints medians.
"""
from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from persistence import workbook_reading  # noqa: E402

HEADER = ["日期", "许可证号", "客户名称", "卷烟编码", "卷烟名称", "订购量（条）", "批发价", "金额", "备注", "下单时间"]


def write_workbook(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("订单")
    sheet.append(HEADER)
    start = datetime(2026, 10, 1)
    for i in range(rows):
        cartons = 1 + i % 9
        price = 120 + (i % 60) * 5.5
        sheet.append([start + timedelta(days=i % 30), f"5301021{i % 10000:05d}", f"烟酒店{i % 10000}",
                      f"6901028{i % 60:06d}", f"卷烟{i % 60}", cartons, price, round(cartons * price, 2),
                      "补货" if i % 11 == 0 else None, f"{8 + i % 10}:{i % 60:02d}"])
    book.save(path)


def read_with_openpyxl(data: bytes) -> int:
    """The reader before calamine: openpyxl read-only, cached values, rows with their sheet numbers."""
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    sheet = book.worksheets[0]
    sheet.reset_dimensions()
    count = sum(1 for _number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
                if any(v is not None and v != "" for v in values))
    book.close()
    return count


def read_with_calamine(data: bytes) -> int:
    return len(workbook_reading.read_first_sheet(data, 2_000_000, 200))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp(prefix="fieldbook-xlsx-")) / "orders.xlsx"
    write_workbook(path, args.rows)
    data = path.read_bytes()
    print(f"{args.rows:,} rows, {len(data) / 1e6:.1f} MB")
    for name, reader in (("openpyxl (before)", read_with_openpyxl), ("calamine (now)", read_with_calamine)):
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            count = reader(data)
            times.append(time.perf_counter() - t0)
        assert count == args.rows + 1, count
        print(f"{name}: median {statistics.median(times):.2f} s (runs: {', '.join(f'{t:.2f}' for t in times)})")


if __name__ == "__main__":
    main()
