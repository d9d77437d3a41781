"""Building demo workspaces: the default territory and the benchmark-sized one (10,000 retailers,
about 1,000,000 order lines), as `main.py demo` does it.

    uv run python benchmarks/build_demo.py [--runs 3] [--large-months 2]

Prints the median wall time of each, and the large workspace's path so other benchmarks can reuse it.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from domain.demo.generator import DemoSpec  # noqa: E402
from domain.services.demo import build_demo  # noqa: E402
from domain.services.workspace import ensure_defaults  # noqa: E402
from persistence.workspace import open_workspace  # noqa: E402

TODAY = date(2026, 11, 27)


def build(path: Path, spec: DemoSpec) -> tuple[float, int]:
    started = time.perf_counter()
    workspace = open_workspace(path, create=True)
    try:
        ensure_defaults(workspace.uow())
        summary = build_demo(workspace.uow(), spec)
    finally:
        workspace.close()
    return time.perf_counter() - started, summary.sales_lines


def measure(label: str, spec: DemoSpec, runs: int, folder: Path) -> Path:
    times, lines, path = [], 0, folder
    for n in range(runs):
        path = folder / f"{label}-{n}.db"
        seconds, lines = build(path, spec)
        times.append(seconds)
    print(f"{label}: {spec.customers:,} customers × {spec.months} months = {lines:,} lines; "
          f"median {statistics.median(times):.2f} s (runs: {', '.join(f'{t:.2f}' for t in times)})")
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--large-months", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="fieldbook-demo-bench-"))
    measure("default", DemoSpec(today=TODAY), args.runs, folder)
    large = measure("large", DemoSpec(customers=10_000, months=args.large_months, today=TODAY), 1, folder)
    print(f"large workspace kept at {large}")


if __name__ == "__main__":
    main()
