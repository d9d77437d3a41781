"""需求预测: the next month's forecast and a 6-month backtest of the default demo (300 retailers, 24
months), as `main.py forecast` and `main.py forecast backtest --months 6` run them; and the next
month's forecast of 10,000 retailers over 2 years (about 9.9 M order lines, 2.8 M month rows).

    uv run python benchmarks/forecast.py [--db PATH] [--large PATH] [--runs 3] [--skip-large]

Builds the default demo unless --db names a workspace, and the 10,000-shop territory (the benchmark
territory of benchmarks/analysis.py, 24 months instead of 3; about 2 minutes and 1.3 GB) unless
--large names one. Targets (issue 15): the 10,000-shop forecast in at most 5 s, the 6-month backtest of
the demo in at most 10 s. Prints medians (wall clock, and the process's CPU time, which other jobs on
the machine disturb less), the large forecast split into reading and computing, and the backtest's
mean WAPE so a change that makes it faster but worse shows at once. Garbage collection is off while
timing, as on the app's worker.
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

from benchmarks.analysis import open_benchmark_territory  # noqa: E402
from domain.demo.generator import DemoSpec  # noqa: E402
from domain.forecast.monthly import RECENT, WINDOW, forecast_month  # noqa: E402
from domain.forecast.reading import read_history  # noqa: E402
from domain.periods import shift_month  # noqa: E402
from domain.services.demo import build_demo  # noqa: E402
from domain.services.forecast import coming_month, run_backtest, territory_forecast  # noqa: E402
from domain.services.workspace import ensure_defaults  # noqa: E402
from persistence.holidays import ChineseHolidays  # noqa: E402
from persistence.workspace import Workspace, open_workspace  # noqa: E402

TODAY = date(2026, 11, 27)


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of `runs` calls, automatic garbage collection off."""
    walls, cpus = [], []
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            wall, cpu = time.perf_counter(), time.process_time()
            fn()
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        finally:
            gc.enable()
    return statistics.median(walls), statistics.median(cpus)


def _demo(db: Path | None, runs: int) -> None:
    db = db or Path(tempfile.mkdtemp(prefix="fieldbook-forecast-bench-")) / "demo.db"
    workspace = open_workspace(db, create=True)
    try:
        ensure_defaults(workspace.uow())
        with workspace.uow() as uow:
            empty = not uow.customers.count()
        if empty:
            build_demo(workspace.uow(), DemoSpec(today=TODAY))
        calendar = ChineseHolidays()
        month = coming_month(workspace.uow())
        assert month is not None
        wall, cpu = timed(lambda: territory_forecast(workspace.uow(), month, calendar), runs)
        print(f"demo: forecast of {month:%Y-%m} for the territory: median {wall:.2f} s (CPU {cpu:.2f} s)")
        wall, cpu = timed(lambda: run_backtest(workspace.uow(), 6, calendar), runs)
        print(f"demo: backtest of 6 months: median {wall:.2f} s (CPU {cpu:.2f} s); target ≤ 10 s")
        result = run_backtest(workspace.uow(), 6, calendar)
        for level in ("shop_product", "territory"):
            mean = result.mean(level)
            print(f"  mean WAPE ({level}): forecast {_pct(mean.forecast)}, naive {_pct(mean.naive)}, "
                  f"stated {_pct(mean.stated)}")
    finally:
        workspace.close()


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def _large(db: Path | None, runs: int) -> None:
    workspace: Workspace = open_benchmark_territory(db, "fieldbook-forecast-large-", months=24)
    try:
        calendar = ChineseHolidays()
        month = coming_month(workspace.uow())
        assert month is not None
        progress: list[tuple[int, int]] = []
        result = territory_forecast(workspace.uow(), month, calendar,
                                    progress=lambda done, total: progress.append((done, total)))
        print(f"10,000 shops: {len(result.shops):,} figures for {month:%Y-%m}, "
              f"{sum(p.cartons for p in result.products):,} cartons; {len(progress)} progress reports")
        wall, cpu = timed(lambda: territory_forecast(workspace.uow(), month, calendar), runs)
        print(f"10,000 shops: forecast of {month:%Y-%m}: median {wall:.2f} s (CPU {cpu:.2f} s); target ≤ 5 s")

        first, detail = shift_month(month, -WINDOW), shift_month(month, -RECENT)

        def read() -> object:
            with workspace.uow() as uow:
                return read_history(uow, first, month, detail)

        wall, cpu = timed(read, runs)
        history = read()
        print(f"  reading ({len(history.months):,} month rows, {sum(map(len, history.order_days.values())):,} order days): "
              f"median {wall:.2f} s (CPU {cpu:.2f} s)")
        wall, cpu = timed(lambda: forecast_month(history, month, calendar), runs)
        print(f"  computing: median {wall:.2f} s (CPU {cpu:.2f} s)")
    finally:
        workspace.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, help="the 300-shop demo workspace")
    parser.add_argument("--large", type=Path, help="the 10,000-shop, 24-month workspace")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-large", action="store_true")
    args = parser.parse_args()
    _demo(args.db, args.runs)
    if not args.skip_large:
        _large(args.large, args.runs)


if __name__ == "__main__":
    main()
