"""The due list at 10,000 retailers with a year of visits: the query and rules, and the plan tab showing it.

    uv run python benchmarks/due_list.py [--db PATH] [--runs 7]

Builds a 10,000-customer demo workspace (one month of orders) and adds a year of done visits per shop
(weekly to monthly, about 250,000 visits) unless --db names one. Prints medians.
"""
from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import main  # noqa: E402
from domain.demo.generator import DemoSpec  # noqa: E402
from domain.services.demo import build_demo  # noqa: E402
from domain.services.visit_planning import due_customers, get_day_plan  # noqa: E402
from gui.visits.plan_tab import PlanTab  # noqa: E402
from gui.workers import TaskRunner  # noqa: E402

TODAY = date(2026, 11, 27)
KEYSTROKES = ["b", "bh", "bhl", "北", "北环", "138", "1380", "z", "zh", "zha"]


def add_visit_history(db: Path) -> int:
    """A year of done visits per customer, every 7, 14 or 30 days, in one transaction."""
    conn = sqlite3.connect(db)
    rng = random.Random(1)
    rows = []
    for (customer_id,) in conn.execute("SELECT id FROM customers"):
        day = TODAY - timedelta(days=365 + rng.randrange(30))
        while day < TODAY - timedelta(days=42):  # the demo's own history covers the last six weeks
            rows.append((customer_id, day.isoformat(), "done", "in_person"))
            day += timedelta(days=rng.choice((7, 7, 14, 30)))
    conn.executemany("INSERT INTO visits (customer_id, planned_on, status, visit_type) VALUES (?, ?, ?, ?)", rows)
    conn.commit()
    count = conn.execute("SELECT count(*) FROM visits").fetchone()[0]
    conn.close()
    return int(count)


def main_() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="fieldbook-due-bench-"))
    app = QApplication.instance() or QApplication([])
    db = args.db or folder / "large.db"
    ctx = main.open_context(db, None, folder, folder / "bench.log", create=True)
    ctx.today = lambda: TODAY
    if ctx.needs_demo_data or not due_customers(ctx.uow(), TODAY):
        started = time.perf_counter()
        build_demo(ctx.uow(), DemoSpec(customers=10_000, months=1, today=TODAY))
        ctx.close()
        visits = add_visit_history(db)
        print(f"built 10,000-customer workspace with {visits:,} visits in {time.perf_counter() - started:.1f} s")
        ctx = main.open_context(db, None, folder, folder / "bench.log", create=True)
        ctx.today = lambda: TODAY
    on = TODAY + timedelta(days=3)  # planning the next working day
    service = []
    for _ in range(args.runs):
        started = time.perf_counter()
        rows = due_customers(ctx.uow(), TODAY, on)
        service.append(time.perf_counter() - started)
    query = []
    for _ in range(args.runs):
        with ctx.uow() as uow:
            started = time.perf_counter()
            uow.queries.due_facts(on, TODAY)
            query.append(time.perf_counter() - started)

    runner = TaskRunner()
    tab = PlanTab(ctx, runner, QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    tab.resize(1200, 650)
    tab.show()
    app.processEvents()
    view = get_day_plan(ctx.uow(), on)
    shows = []
    for _ in range(args.runs):
        started = time.perf_counter()
        tab._loaded(tab._generation, tab.on, rows, view)
        app.processEvents()
        shows.append(time.perf_counter() - started)
    keys = []
    for _ in range(args.runs):
        for text in KEYSTROKES:
            started = time.perf_counter()
            tab.due.search.setText(text)
            app.processEvents()
            keys.append(time.perf_counter() - started)
        tab.due.search.clear()
    runner.wait()
    print(f"active customers in the due list: {len(rows):,}")
    print(f"due_customers (query + rules + sort, worker thread): median {statistics.median(service) * 1000:.0f} ms")
    print(f"  of which the query: median {statistics.median(query) * 1000:.0f} ms")
    print(f"show the rows in the plan tab (GUI thread): median {statistics.median(shows) * 1000:.0f} ms")
    print(f"one search keystroke: median {statistics.median(keys) * 1000:.1f} ms, max {max(keys) * 1000:.1f} ms")
    ctx.close()


if __name__ == "__main__":
    main_()
