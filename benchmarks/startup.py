"""Start-up time: from a fresh interpreter to the main window showing the demo overview with its figures.

    uv run python benchmarks/startup.py [--runs 5] [--db PATH]

Each run is a new process (imports included, as the user experiences it), offscreen. Prints the median.
The demo workspace is built first if it does not exist (not timed).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import time
t0 = time.perf_counter()
import sys
sys.path.insert(0, {root!r})
import main
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from gui.app import create_application, Translation
from gui.main_window import MainWindow
app = create_application(["bench"], main.RESOURCES)
Translation(app, main.RESOURCES / "translations").use("zh_CN")
folder = Path({folder!r})
ctx = main.open_context(Path({db!r}), None, folder, folder / "bench.log")
window = MainWindow(ctx, main.RESOURCES / "icons",
                    settings=QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
shown = {{}}
def loaded():
    shown["t"] = time.perf_counter() - t0
    app.quit()
window.overview_page.loaded.connect(loaded)
window.show()
app.exec()
ctx.close()
print(f"{{shown['t'] * 1000:.0f}}")
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="fieldbook-bench-"))
    db = args.db or folder / "demo.db"
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "FIELDBOOK_DATA_DIR": str(folder)}
    if not db.exists():
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo"], check=True, env=env,
                       capture_output=True)
    code = CHILD.format(root=str(ROOT), folder=str(folder), db=str(db))
    times = [
        float(subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True,
                             text=True).stdout.strip().splitlines()[-1])
        for _ in range(args.runs)
    ]
    print(f"start to overview with figures ({db.name}): median {statistics.median(times):.0f} ms "
          f"(runs: {', '.join(f'{t:.0f}' for t in times)})")


if __name__ == "__main__":
    main()
