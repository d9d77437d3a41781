"""`main.py --demo` on a new data folder: the window opens, builds the demo with a progress dialog,
then shows the territory."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings

import main
from domain.demo.generator import DemoSpec
from domain.services.demo import build_demo
from gui.main_window import MainWindow


def test_first_demo_start_builds_and_shows_the_territory(qtbot, tmp_path: Path) -> None:
    ctx = main.open_context(tmp_path / "demo.db", None, tmp_path, tmp_path / "fieldbook.log", is_demo=True, create=True)
    ctx.today = lambda: date(2026, 11, 27)
    assert ctx.needs_demo_data

    def small_demo(c, progress):
        return build_demo(c.uow(), DemoSpec(customers=50, months=4, today=c.today()), progress)

    window = MainWindow(ctx, main.RESOURCES / "icons", demo_builder=small_demo,
                        settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.today_page.loaded, timeout=20000):
        window.build_demo_if_needed()
    qtbot.waitUntil(lambda: window.today_page.view is not None and bool(window.today_page.view.reminders),
                    timeout=20000)
    assert window.sidebar.item(0).text().startswith("Today (")  # the badge: what is due today
    window.show_page("overview")
    qtbot.waitUntil(lambda: window.overview_page.overview is not None
                    and window.overview_page.overview.active_customers == 50, timeout=20000)
    overview = window.overview_page.overview
    assert overview.latest_month is not None and overview.latest_month.month == date(2026, 10, 1)
    assert overview.planned_today > 0 and overview.upcoming_reminders
    assert window.overview_page.card_customers.value.text() == "50"
    assert not window.ctx.needs_demo_data
    window.runner.wait()
    ctx.close()
