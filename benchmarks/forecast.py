"""需求预测 on the default demo territory (300 retailers, 24 months): the next month's forecast and a
6-month backtest, as `main.py forecast` and `main.py forecast backtest --months 6` run them.

    uv run python benchmarks/forecast.py [--db PATH] [--runs 3]

Builds the default demo unless --db names a workspace. Targets (issue 15): a 6-month backtest of the
300-shop demo in at most 10 s. Prints medians, and the backtest's mean WAPE so a change that makes it
faster but worse shows at once.
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
from domain.services.forecast import run_backtest, territory_forecast  # noqa: E402
from domain.services.workspace import ensure_defaults  # noqa: E402
from persistence.holidays import ChineseHolidays  # noqa: E402
from persistence.workspace import open_workspace  # noqa: E402

TODAY = date(2026, 11, 27)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp(prefix="fieldbook-forecast-bench-")) / "demo.db"
    workspace = open_workspace(db, create=True)
    try:
        ensure_defaults(workspace.uow())
        with workspace.uow() as uow:
            empty = not uow.customers.count()
        if empty:
            build_demo(workspace.uow(), DemoSpec(today=TODAY))
        calendar = ChineseHolidays()

        def timed(fn: Callable[[], object]) -> float:
            started = time.perf_counter()
            fn()
            return time.perf_counter() - started

        month = date(2026, 12, 1)
        runs = [timed(lambda: territory_forecast(workspace.uow(), month, calendar)) for _ in range(args.runs)]
        print(f"forecast of {month:%Y-%m} for the territory: median {statistics.median(runs):.2f} s")
        runs = [timed(lambda: run_backtest(workspace.uow(), 6, calendar)) for _ in range(args.runs)]
        result = run_backtest(workspace.uow(), 6, calendar)
        print(f"backtest of 6 months: median {statistics.median(runs):.2f} s; target ≤ 10 s")
        for level in ("shop_product", "territory"):
            print(f"mean WAPE ({level}): {result.mean(level)}")
    finally:
        workspace.close()


if __name__ == "__main__":
    main()
