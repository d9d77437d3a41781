"""分层分级 at 10,000 retailers and about 1,200,000 order lines over 3 months: a month's recompute of
every grade and value tier, and the value × loyalty quadrant of 10,000 dots.

    uv run python benchmarks/tiers.py [--db PATH] [--runs 5]

Builds the benchmark territory (10,000 customers × 3 months, DemoSpec seed 7, today 2026-11-27) unless
--db names a workspace. Targets (issue 12): recompute ≤ 1 s, quadrant drawn ≤ 200 ms. Prints medians:
the preview (every query and rule, nothing written), the apply (the same plus 20,000 history rows and
the customers' current values, one transaction), its undo, and the quadrant's paint offscreen.
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.analysis import median_ms, open_benchmark_territory  # noqa: E402
from domain.services import tiers  # noqa: E402

NOW = datetime(2026, 11, 27, 9, 0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    workspace = open_benchmark_territory(args.db, "fieldbook-tiers-bench-")
    try:
        uow = workspace.uow
        month = tiers.latest_order_month(uow())
        assert month is not None
        proposal = tiers.preview_recompute(uow(), month)
        print(f"month {month:%Y-%m}: {len(proposal.changes):,} proposed assignments")
        med, worst = median_ms(lambda: tiers.preview_recompute(uow(), month), args.runs)
        print(f"recompute preview (grades and tiers of every shop): median {med:.0f} ms (max {worst:.0f} ms); target ≤ 1,000 ms")

        def apply_then_undo() -> float:
            # timed as the preview is (median_ms): without automatic collection, as on the app's worker,
            # where gui/gc_on_gui_thread.py collects from a GUI-thread timer instead
            gc.collect()
            gc.disable()
            try:
                started = time.perf_counter()
                batch, _ = tiers.apply_recompute(uow(), month, NOW)
                applied = time.perf_counter() - started
            finally:
                gc.enable()
            assert batch.id is not None
            tiers.undo_recompute(uow(), batch.id, NOW)
            return applied

        applies = sorted(apply_then_undo() for _ in range(args.runs))
        print(f"recompute applied (one batch, {len(proposal.changes):,} rows): "
              f"median {applies[len(applies) // 2] * 1000:.0f} ms; target ≤ 1,000 ms")
        tiers.apply_recompute(uow(), month, NOW)
        quadrant = tiers.quadrant(uow(), month)
        _quadrant_paint(quadrant, args.runs)
    finally:
        workspace.close()


def _quadrant_paint(quadrant: tiers.Quadrant, runs: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from gui.tiers.quadrant import draw_quadrant

    QApplication.instance() or QApplication([])
    med, worst = median_ms(lambda: draw_quadrant(quadrant, 760, 520), runs)
    print(f"quadrant of {len(quadrant.points):,} dots drawn: median {med:.0f} ms (max {worst:.0f} ms); target ≤ 200 ms")


if __name__ == "__main__":
    main()
