"""Printed reports: the visit handbook (拜访手册) of a 30-customer day plan.

    uv run python benchmarks/reports.py [--db PATH] [--runs 5] [--stops 30]

Builds the default demo territory (300 retailers × 24 months, DemoSpec seed 7, today 2026-11-27) unless
--db names a workspace, puts --stops customers on the plan of 2026-11-30 (a Monday), and prints the
median time of gathering the data (`handbook_data`) and of rendering the PDF. Target (issue 6): a
30-customer handbook under 2 s, data and PDF together.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from domain.demo.generator import DemoSpec  # noqa: E402
from domain.services.demo import build_demo  # noqa: E402
from domain.services.report_data import handbook_data  # noqa: E402
from domain.services.visit_planning import add_to_plan, delete_plan, get_day_plan  # noqa: E402
from domain.services.workspace import ensure_defaults  # noqa: E402
from persistence.workspace import open_workspace  # noqa: E402

TODAY = date(2026, 11, 27)
PLAN_DAY = date(2026, 11, 30)


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, max(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing workspace (default: build the demo in a temp folder)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--stops", type=int, default=30)
    parser.add_argument("--out", type=Path, help="also write the handbook there, to look at it")
    args = parser.parse_args()

    from reports.handbook import render_handbook

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "demo.db"
        workspace = open_workspace(path, create=True)
        try:
            ensure_defaults(workspace.uow())
            if args.db is None:
                started = time.perf_counter()
                build_demo(workspace.uow(), DemoSpec(customers=300, months=24, today=TODAY))
                print(f"demo built in {time.perf_counter() - started:.1f} s")
            if get_day_plan(workspace.uow(), PLAN_DAY).stops:
                delete_plan(workspace.uow(), PLAN_DAY)
            with workspace.uow() as uow:
                ids = [row.id for row in uow.queries.customer_list().rows][: args.stops]
            add_to_plan(workspace.uow(), PLAN_DAY, ids)
            data = handbook_data(workspace.uow(), PLAN_DAY, TODAY)
            render_handbook(data)  # warm-up: imports reportlab, registers the font
            gather, gather_max = median_ms(lambda: handbook_data(workspace.uow(), PLAN_DAY, TODAY), args.runs)
            render, render_max = median_ms(lambda: render_handbook(data), args.runs)
            pdf = render_handbook(data)
            if args.out:
                args.out.write_bytes(pdf)
            print(f"handbook of {len(data.customers)} customers ({len(pdf) / 1024:.0f} KB, "
                  f"{len(data.customers) + 1} pages): data median {gather:.0f} ms (max {gather_max:.0f}), "
                  f"PDF median {render:.0f} ms (max {render_max:.0f}), together {gather + render:.0f} ms "
                  f"(target < 2000 ms)")
        finally:
            workspace.close()


if __name__ == "__main__":
    main()
