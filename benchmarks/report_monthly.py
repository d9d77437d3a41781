"""Printed reports: the monthly analysis (月度经营分析) PDF.

    uv run python benchmarks/report_monthly.py [--customers 300] [--months 24] [--db PATH] [--runs 5] [--out FILE]

Builds a demo territory (DemoSpec seed 7, today 2026-11-27; the default demo is 300 retailers × 24 months,
the benchmark territory 10,000 × 3) unless --db names a workspace, and prints the median time of the
month's analysis (`month_analysis`) and of rendering its PDF (`render_monthly`) for the latest month.
Target (issue 6): 300-customer monthly under 3 s, data and PDF together.
"""
from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from domain.demo.generator import DemoSpec  # noqa: E402
from domain.services.analysis import available_months, month_analysis  # noqa: E402
from domain.services.demo import build_demo  # noqa: E402
from domain.services.workspace import ensure_defaults, load_settings  # noqa: E402
from persistence.workspace import open_workspace  # noqa: E402

TODAY = date(2026, 11, 27)


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, max(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing workspace (default: build a demo in a temp folder)")
    parser.add_argument("--customers", type=int, default=300)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, help="also write the PDF there, to look at it")
    args = parser.parse_args()

    from reports.monthly import render_monthly

    gc.disable()  # as on the app's worker thread (collection runs from a GUI-thread timer)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "demo.db"
        workspace = open_workspace(path, create=True)
        try:
            ensure_defaults(workspace.uow())
            if args.db is None:
                started = time.perf_counter()
                build_demo(workspace.uow(), DemoSpec(customers=args.customers, months=args.months, today=TODAY))
                print(f"demo built in {time.perf_counter() - started:.1f} s")
            month = available_months(workspace.uow())[0]
            settings = load_settings(workspace.uow())
            analysis = month_analysis(workspace.uow(), month)

            def render() -> bytes:
                return render_monthly(analysis, settings.owner_name, settings.unit_name, TODAY, "备注")

            render()  # warm-up: imports reportlab, registers the font
            gather, gather_max = median_ms(lambda: month_analysis(workspace.uow(), month), args.runs)
            draw, draw_max = median_ms(render, args.runs)
            pdf = render()
            if args.out:
                args.out.write_bytes(pdf)
            print(f"monthly analysis {month:%Y-%m} of {len(analysis.customers):,} ordering customers "
                  f"({len(pdf) / 1024:.0f} KB): data median {gather:.0f} ms (max {gather_max:.0f}), "
                  f"PDF median {draw:.0f} ms (max {draw_max:.0f}), together {gather + draw:.0f} ms "
                  f"(target < 3000 ms for 300 customers)")
        finally:
            workspace.close()


if __name__ == "__main__":
    main()
