"""The window is up before the heavy libraries load: they are imported where they are used (reports,
imports and exports, migrations, saving a name), so the start does not grow with them."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("pandas", "numpy", "reportlab", "openpyxl", "python_calamine", "pyarrow", "alembic", "pypinyin")
# loaded by the pages with charts (analysis, the dossier's tabs), which are built when first shown
LATER_PAGES = ("PySide6.QtCharts",)

# Starts main.py as the user does and, when the home page (今日) has shown its day, prints what is loaded.
CHILD = r"""
import json, runpy, sys
sys.path.insert(0, {root!r})
from gui.today import today_page

original_init = today_page.TodayPage.__init__

def init(self, *args, **kwargs):
    original_init(self, *args, **kwargs)

    def loaded():
        from PySide6.QtWidgets import QApplication
        print(json.dumps({{"shown": self.view is not None and bool(self.subtitle.text()), "modules": sorted(sys.modules)}}))
        sys.stdout.flush()
        QApplication.quit()

    self.loaded.connect(loaded)

today_page.TodayPage.__init__ = init
sys.argv = ["main.py", "--db", {db!r}]
try:
    runpy.run_path({main!r}, run_name="__main__")
except SystemExit:
    pass
"""


def test_the_home_page_shows_before_the_heavy_libraries_and_the_other_pages_load(tmp_path: Path) -> None:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "FIELDBOOK_DATA_DIR": str(tmp_path),
                        "XDG_CONFIG_HOME": str(tmp_path / "config")}
    db = tmp_path / "small.db"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo", "--customers", "8",
                    "--months", "2"], check=True, env=env, capture_output=True, timeout=120)
    code = CHILD.format(root=str(ROOT), db=str(db), main=str(ROOT / "main.py"))
    done = subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True,
                          timeout=120)
    report = json.loads(next(line for line in done.stdout.splitlines() if line.startswith("{")))
    assert report["shown"]  # the home page really had its day and reminders
    loaded = {name.split(".")[0] for name in report["modules"]}
    assert [m for m in HEAVY if m in loaded] == []
    assert [m for m in LATER_PAGES if m in report["modules"]] == []
