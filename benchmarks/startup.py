"""Start-up time: from a fresh interpreter to the main window painted with the demo overview's figures.

    uv run python benchmarks/startup.py [--runs 7] [--db PATH] [--modules]

Each run is a new process that starts `main.py --db PATH` as the user does (imports, workspace check,
translation, window), offscreen, and stops the clock when the overview has its figures and the window
has painted them. Bytecode caching is on, as a user has it (an installed app ships compiled modules):
the cache lives in the benchmark's folder and one unmeasured run warms it. Prints the median.
The demo workspace is built first if it does not exist (not timed). `--modules` also lists the heavy
libraries already loaded when the overview showed (there should be none).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

# The libraries the window must not wait for: each loads where it is used (reports, imports, exports,
# migrations, saving a name).
HEAVY = ("pandas", "numpy", "reportlab", "openpyxl", "python_calamine", "pyarrow", "alembic", "pypinyin",
         "PySide6.QtCharts")

# Runs in the child before main.py: the clock starts here, and the overview's first `loaded` stops it.
CHILD = r"""
import time
t0 = time.perf_counter()
import json, runpy, sys
sys.path.insert(0, {root!r})
from gui.overview import overview_page

heavy = {heavy!r}
original_init = overview_page.OverviewPage.__init__

def init(self, *args, **kwargs):
    original_init(self, *args, **kwargs)

    def loaded():
        self.window().repaint()
        took = time.perf_counter() - t0
        print(json.dumps({{"ms": took * 1000, "loaded": [m for m in heavy if m in sys.modules]}}))
        sys.stdout.flush()
        from PySide6.QtWidgets import QApplication
        QApplication.quit()

    self.loaded.connect(loaded)

overview_page.OverviewPage.__init__ = init
sys.argv = ["main.py", "--db", {db!r}]
try:
    runpy.run_path({main!r}, run_name="__main__")
except SystemExit:
    pass
"""


def run_once(code: str, env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True)
    return json.loads(next(line for line in done.stdout.splitlines() if line.startswith("{")))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--modules", action="store_true", help="list the heavy libraries loaded at the overview")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="fieldbook-bench-"))
    db = (args.db or folder / "demo.db").resolve()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {
        "QT_QPA_PLATFORM": "offscreen",
        "FIELDBOOK_DATA_DIR": str(folder),
        "XDG_CONFIG_HOME": str(folder / "config"),  # the window's QSettings, away from the user's
        "PYTHONPYCACHEPREFIX": str(folder / "pycache"),
    }
    if not db.exists():
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo"], check=True, env=env,
                       capture_output=True)
    code = CHILD.format(root=str(ROOT), db=str(db), main=str(ROOT / "main.py"), heavy=HEAVY)
    run_once(code, env)  # fills the bytecode cache
    results = [run_once(code, env) for _ in range(args.runs)]
    times = [r["ms"] for r in results]
    print(f"start to painted overview ({db.name}): median {statistics.median(times):.0f} ms "
          f"(runs: {', '.join(f'{t:.0f}' for t in times)})")
    if args.modules:
        print("heavy libraries loaded at the overview:", ", ".join(results[-1]["loaded"]) or "none")


if __name__ == "__main__":
    main()
