"""The monthly analysis at 10,000 retailers and about 1,000,000 order lines: one month of the
territory, and one customer's 12-month trend.

    uv run python benchmarks/analysis.py [--db PATH] [--runs 7]

Builds the benchmark territory (10,000 customers × 3 months, DemoSpec seed 7, today 2026-11-27) unless
--db names a workspace. Targets (issue 4): month analysis < 0.5 s, customer trend < 50 ms. Prints
medians, timed as the app runs them (automatic garbage collection off on the worker thread).
"""
from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from domain.demo.generator import DemoSpec  # noqa: E402
from domain.services.analysis import (  # noqa: E402
    available_months,
    customer_analysis,
    customer_trend,
    month_analysis,
)
from domain.services.demo import build_demo  # noqa: E402
from domain.services.workspace import ensure_defaults  # noqa: E402
from persistence.workspace import Workspace, open_workspace  # noqa: E402

TODAY = date(2026, 11, 27)


def open_benchmark_territory(db: Path | None, prefix: str, months: int = 3) -> Workspace:
    """The benchmark territory (10,000 customers × `months` months, 3 unless told) in `db`, built there
    first if it is empty (a fresh temporary file when `db` is None)."""
    db = db or Path(tempfile.mkdtemp(prefix=prefix)) / "large.db"
    workspace = open_workspace(db, create=True)
    ensure_defaults(workspace.uow())
    with workspace.uow() as uow:
        customers = uow.customers.count()
    if not customers:
        started = time.perf_counter()
        summary = build_demo(workspace.uow(), DemoSpec(customers=10_000, months=months, today=TODAY))
        print(f"built {summary.customers:,} customers, {summary.sales_lines:,} lines "
              f"in {time.perf_counter() - started:.1f} s ({db})")
    return workspace


def median_ms(fn: Callable[[], object], runs: int, collect: bool = False) -> tuple[float, float]:
    """Median and max in ms. Automatic garbage collection is off while timing, as in the app (where
    gui/gc_on_gui_thread.py runs the collector from a GUI-thread timer, never on the worker);
    collect=True times with Python's default automatic collection instead."""
    times = []
    for _ in range(runs):
        gc.collect()
        if not collect:
            gc.disable()
        try:
            started = time.perf_counter()
            fn()
            times.append(time.perf_counter() - started)
        finally:
            gc.enable()
    return statistics.median(times) * 1000, max(times) * 1000


def _page_paint_ms(workspace, months, analysis, runs: int) -> float:
    """The GUI thread's part: the analysis page filling its widgets and painting, offscreen."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from gui.analysis.analysis_page import AnalysisPage, page_data
    from gui.context import AppContext
    from gui.workers import TaskRunner

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="fieldbook-analysis-page-"))
    ctx = AppContext(uow=workspace.uow, workspace_label="bench", workspace_path=None, data_dir=folder,
                     log_path=folder / "l.log", backups=workspace.backups, close=lambda: None)
    page = AnalysisPage(ctx, TaskRunner(), QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    page.resize(1216, 700)
    page.show()
    app.processEvents()

    data = page_data(months, analysis)  # on the worker, with the analysis

    def show() -> None:
        page._arrived(data)
        page.repaint()
        app.processEvents()

    return median_ms(show, runs)[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    workspace = open_benchmark_territory(args.db, "fieldbook-analysis-bench-")
    try:
        uow = workspace.uow
        with uow() as u:
            lines = u.session.connection().exec_driver_sql("SELECT count(*) FROM sales_lines").scalar()
            ids = [i for (i,) in u.session.connection().exec_driver_sql("SELECT id FROM customers")]
        months = available_months(uow())
        month = months[0]
        print(f"{len(ids):,} customers, {lines:,} order lines, months {months[-1]:%Y-%m} … {month:%Y-%m}")

        analysis = month_analysis(uow(), month)
        print(f"month {month:%Y-%m}: {analysis.figures.cartons:,} cartons, ¥{analysis.figures.amount:,}, "
              f"{len(analysis.customers):,} customers ordering, {len(analysis.products)} products, "
              f"{len(analysis.declining)} declining, {len(analysis.inflation)} inflation signals, "
              f"{len(analysis.new_listings)} new listings")
        med, worst = median_ms(lambda: month_analysis(uow(), month), args.runs)
        print(f"territory month analysis: median {med:.0f} ms (max {worst:.0f} ms); target < 500 ms")
        med, worst = median_ms(lambda: month_analysis(uow(), month), args.runs, collect=True)
        print(f"  the same with automatic garbage collection on: median {med:.0f} ms (max {worst:.0f} ms)")
        med, worst = median_ms(lambda: available_months(uow()), args.runs)
        print(f"  month picker (available months): median {med:.1f} ms")
        med = _page_paint_ms(workspace, months, analysis, args.runs)
        print(f"  showing it on the page (GUI thread: cards, charts, lists, paint): median {med:.0f} ms")

        rng = random.Random(4)
        sample = rng.sample(ids, min(len(ids), 50))
        pick = iter(sample * (args.runs * 4 // len(sample) + 2))
        med, worst = median_ms(lambda: customer_trend(uow(), next(pick), month), max(args.runs * 4, 20))
        print(f"one customer's 12-month trend: median {med:.1f} ms (max {worst:.1f} ms); target < 50 ms")
        med, worst = median_ms(lambda: customer_analysis(uow(), next(pick), month), max(args.runs * 4, 20))
        print(f"one customer's month (the Sales tab): median {med:.1f} ms (max {worst:.1f} ms)")
    finally:
        workspace.close()


if __name__ == "__main__":
    main()
