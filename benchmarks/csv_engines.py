"""pandas' C CSV engine (what the order import uses) against its pyarrow engine on a 1,000,000-line
order export, and whether pyarrow keeps what the import needs. pyarrow is not a dependency:

    uv run --with pyarrow python benchmarks/csv_engines.py [--lines 1000000] [--runs 3]

Both read the same decoded text as the import does (every cell as text, blank lines kept so that a
row's index is its line); prints medians and the checks.
"""
from __future__ import annotations

import argparse
import io
import statistics
import time


def order_text(lines: int) -> str:
    out = io.StringIO()
    out.write("日期,许可证号,客户名称,卷烟编码,卷烟名称,订购量（条）,批发价,金额\n")
    for i in range(lines):
        out.write(f"2026-10-{1 + i % 30:02d},5301021{i % 10000:05d},烟酒店{i % 10000},6901028{i % 60:06d},"
                  f"卷烟{i % 60},{1 + i % 9},\"{120 + i % 60}.50\",\"1,{i % 1000:03d}.00\"\n")
    return out.getvalue()


def read(data: bytes, engine: str, width: int = 8, **extra: object):
    import pandas as pd

    return pd.read_csv(io.BytesIO(data), sep=",", header=None, names=range(width), dtype=str, engine=engine,
                       encoding="utf-8", **extra)


def main() -> None:
    import pandas as pd

    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    data = order_text(args.lines).encode("utf-8")
    print(f"{args.lines:,} lines, {len(data) / 1e6:.0f} MB")
    c_options = {"na_filter": False, "skip_blank_lines": False, "quotechar": '"', "doublequote": True,
                 "index_col": False}
    for engine, extra in (("c", c_options), ("pyarrow", {})):
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            frame = read(data, engine, **extra)
            times.append(time.perf_counter() - t0)
        print(f"{engine}: median {statistics.median(times):.2f} s (runs: {', '.join(f'{t:.2f}' for t in times)}), "
              f"{len(frame):,} rows")

    # what the import needs from the parser: every record kept (blank ones too, so a row's index is its
    # line), cells as written ("NA" and "null" are shop or product names, not missing values)
    sample = "许可证号,店名\n\n530102100001,\"甲\n店\"\n,\n530102100002,NA\n".encode()
    wanted = read(sample, "c", 2, **c_options).values.tolist()
    try:
        read(sample, "pyarrow", 2, na_filter=False)
    except ValueError as exc:
        print(f"pyarrow refuses na_filter=False: {exc}")
    plain = read(sample, "pyarrow", 2).values.tolist()
    kept = read(sample, "pyarrow", 2, skip_blank_lines=False, keep_default_na=False).values.tolist()
    print(f"C engine: {wanted}\npyarrow, defaults: {plain}\n"
          f"pyarrow, skip_blank_lines=False, keep_default_na=False: {kept} (same as C: {kept == wanted})")
    wide = b"a,b\n1,2\n3,4,5\n"
    try:
        read(wide, "pyarrow", 2, skip_blank_lines=False, keep_default_na=False)
        print("pyarrow takes a row wider than the first lines")
    except ValueError as exc:
        print(f"pyarrow on a row wider than the first lines: {type(exc).__name__} (a ValueError: the import "
              "falls back to the csv module)")
    gb = "许可证号,店名\n530102100001,张伟便利店\n".encode("gb18030")
    try:
        frame = pd.read_csv(io.BytesIO(gb), header=None, dtype=str, engine="pyarrow", encoding="gb18030")
        print("pyarrow reads GB18030 bytes:", frame.values.tolist())
    except Exception as exc:  # noqa: BLE001 - reporting what the engine does
        print(f"pyarrow on GB18030 bytes: {type(exc).__name__}: {exc}")


if __name__ == "__main__":
    main()
