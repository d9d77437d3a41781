from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

import main
from gui.main_window import MainWindow


def test_sidebar_switches_pages_and_each_page_loads(qtbot, window: MainWindow) -> None:
    assert window.sidebar.count() == window.pages.count() >= 2
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        assert window.pages.currentIndex() == row
    with qtbot.waitSignal(window.overview_page.loaded, timeout=5000):
        window.sidebar.setCurrentRow(0)
    assert window.pages.currentWidget() is window.overview_page


def test_status_bar_shows_the_workspace_path(window: MainWindow, ctx) -> None:  # type: ignore[no-untyped-def]
    assert str(ctx.workspace_path) in window.workspace_label.text()


def test_window_geometry_is_remembered(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
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
    assert window.switch_workspace(tmp_path / "other.db")
    assert window.overview_page is not old_page
    assert "other.db" in window.workspace_label.text()
    assert (tmp_path / "other.db").exists()
