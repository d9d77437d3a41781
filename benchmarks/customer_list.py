"""The customer list at 10,000 retailers: time to open the page, and to apply one search keystroke.

    uv run python benchmarks/customer_list.py [--db PATH] [--runs 7]

Builds a 10,000-customer demo workspace (one month of orders) unless --db names one. Targets
(issue 3): page open < 300 ms, one keystroke < 50 ms. Prints medians.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import main  # noqa: E402
from domain.demo.generator import DemoSpec  # noqa: E402
from domain.services.customers import list_customers  # noqa: E402
from domain.services.demo import build_demo  # noqa: E402
from gui.customers.list_page import CustomersPage  # noqa: E402
from gui.workers import TaskRunner  # noqa: E402

KEYSTROKES = ["b", "bh", "bhl", "北", "北环", "北环路", "138", "1380", "z", "zh", "zha", "zhang"]


def main_() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="fieldbook-list-bench-"))
    app = QApplication.instance() or QApplication([])
    db = args.db or folder / "large.db"
    ctx = main.open_context(db, None, folder, folder / "bench.log", create=True)
    if ctx.needs_demo_data or not list_customers(ctx.uow()).rows:
        started = time.perf_counter()
        build_demo(ctx.uow(), DemoSpec(customers=10_000, months=1, today=date(2026, 11, 27)))
        print(f"built 10,000-customer workspace in {time.perf_counter() - started:.1f} s")
    runner = TaskRunner()
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)

    # The page's widgets are built once when the window opens; going to the page runs its refresh:
    # the list query (on the worker thread) and filling the model and painting (on the GUI thread).
    page = CustomersPage(ctx, runner, settings=settings)
    page.resize(1200, 700)
    page.show()
    app.processEvents()
    opens = []
    for _ in range(args.runs):
        started = time.perf_counter()
        page._show(list_customers(ctx.uow()))
        app.processEvents()
        opens.append(time.perf_counter() - started)
    rows = page.model.total
    keys = []
    for _ in range(args.runs):
        for text in KEYSTROKES:
            started = time.perf_counter()
            page.search.setText(text)
            app.processEvents()
            keys.append(time.perf_counter() - started)
    query = []
    for _ in range(args.runs):
        started = time.perf_counter()
        list_customers(ctx.uow())
        query.append(time.perf_counter() - started)
    print(f"customers in list: {rows:,}")
    print(f"open the page (query + model + first paint): median {statistics.median(opens) * 1000:.0f} ms")
    print(f"  of which the list query (worker thread): median {statistics.median(query) * 1000:.0f} ms")
    print(f"one search keystroke: median {statistics.median(keys) * 1000:.1f} ms, "
          f"max {max(keys) * 1000:.1f} ms over {len(keys)}")
    runner.wait()
    ctx.close()


if __name__ == "__main__":
    main_()
