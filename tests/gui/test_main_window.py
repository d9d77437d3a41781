from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractItemView, QWidget

import main
from domain.services.cultivation import list_plans
from domain.services.customers import list_customers
from domain.services.products import list_products
from domain.services.salons import list_events
from domain.services.workspace import list_segments
from gui.context import AppContext
from gui.main_window import MainWindow


def _table_rows(page: QWidget) -> int:
    """Rows in the tables the page shows (its visible tab only, for pages with tabs)."""
    return sum(view.model().rowCount() for view in page.findChildren(QAbstractItemView)
               if view.model() is not None and view.isVisibleTo(page))


def _segments(ctx: AppContext) -> int:
    return len(list_segments(ctx.uow()))


# what each page shows once loaded, on the demo workspace; a page missing here fails the test
LOADED: dict[str, Callable[[QWidget, AppContext], bool]] = {
    "TodayPage": lambda page, ctx: page.view is not None and page.model.rowCount() > 0,
    "OverviewPage": lambda page, ctx: page.overview.active_customers == len(list_customers(ctx.uow()).rows)
    and page.segment_model.rowCount() > 0,
    "CustomersPage": lambda page, ctx: page.model.rowCount() == len(list_customers(ctx.uow()).rows),
    "VisitsPage": lambda page, ctx: _table_rows(page) > 0,
    "AnalysisPage": lambda page, ctx: bool(page.months) and page.product_model.rowCount() > 0,
    "TiersPage": lambda page, ctx: page.data is not None,
    "ForecastPage": lambda page, ctx: page.data is not None and page.product_model.rowCount() > 0,
    "SalonsPage": lambda page, ctx: page.list.model.rowCount() == len(list_events(ctx.uow(), ctx.today())) > 0,
    "CultivationPage": lambda page, ctx: page.plans_model.rowCount() == len(list_plans(ctx.uow(), ctx.today())) > 0,
    "CataloguePage": lambda page, ctx: page.model.rowCount() == len(list_products(ctx.uow())) > 0,
    "SettingsPage": lambda page, ctx: page.frequency_form.rowCount() == _segments(ctx) > 0,
}


def _wait_until_loaded(qtbot, page: QWidget, ctx: AppContext) -> None:
    """Until the page has said it loaded (pages with a `loaded` signal) and shows its content. A load
    answers through the event loop, so connecting after the click misses nothing."""
    signals: list[None] = []
    if hasattr(page, "loaded"):
        page.loaded.connect(lambda: signals.append(None))
    content = LOADED[type(page).__name__]
    qtbot.waitUntil(lambda: (bool(signals) or not hasattr(page, "loaded")) and content(page, ctx), timeout=5000)


def test_sidebar_switches_pages_and_each_page_loads(qtbot, demo_ctx: AppContext, settings: QSettings) -> None:
    window = MainWindow(demo_ctx, main.RESOURCES / "icons", settings=settings)
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.sidebar.count() == window.pages.count() == len(LOADED)
        # the home (今日) is in front from the start; visit the others, then come back to it
        rows = [*range(1, window.sidebar.count()), 0]
        for row in rows:
            window.sidebar.setCurrentRow(row)
            assert window.pages.currentIndex() == row
            _wait_until_loaded(qtbot, window.pages.currentWidget(), demo_ctx)
        assert type(window.pages.currentWidget()).__name__ == "TodayPage"
    finally:
        window.runner.wait()


def test_status_bar_shows_the_workspace_path(window: MainWindow, ctx) -> None:
    assert str(ctx.workspace_path) in window.workspace_label.text()


def test_window_geometry_is_remembered(qtbot, ctx, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    first = MainWindow(ctx, main.RESOURCES / "icons", settings=settings)
    qtbot.addWidget(first)
    first.showNormal()
    first.setGeometry(40, 50, 820, 560)
    expected = first.geometry()
    first.close()
    assert settings.value("main_window/geometry") is not None
    second = MainWindow(ctx, main.RESOURCES / "icons", settings=settings)
    qtbot.addWidget(second)
    # the offscreen screen is 800 px wide and clamps the width; the rest must come back as saved
    assert (second.geometry().y(), second.geometry().height()) == (expected.y(), expected.height())


def test_switching_to_a_new_workspace_rebuilds_the_pages(qtbot, window: MainWindow, tmp_path: Path) -> None:
    old_page = window.overview_page
    assert window.switch_workspace(tmp_path / "other.db", create=True)
    assert window.overview_page is not old_page
    assert "other.db" in window.workspace_label.text()
    assert (tmp_path / "other.db").exists()


def test_only_new_workspace_creates_a_file_open_never_does(qtbot, ctx, settings, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked: list[tuple[Path, bool]] = []

    def opener(path: Path, create: bool = False) -> AppContext:
        asked.append((path, create))
        return main.open_context(path, None, tmp_path, tmp_path / "l.log", create=create)

    w = MainWindow(ctx, main.RESOURCES / "icons", opener=opener, settings=settings)
    qtbot.addWidget(w)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "fresh"), ""))
    w.new_workspace()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(tmp_path / "w.db"), ""))
    w.open_workspace()
    assert asked == [(tmp_path / "fresh.db", True), (tmp_path / "w.db", False)]
    w.runner.wait()
