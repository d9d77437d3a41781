"""Pages are built when first shown or reached, not at start; what the window does for every page works
whether a page was built or not."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from gui.common import data_events
from gui.main_window import PAGES, MainWindow


def test_only_the_home_page_is_built_at_start(window: MainWindow) -> None:
    assert [type(p).__name__ for p in window.built_pages()] == ["TodayPage"]
    assert window.sidebar.count() == window.pages.count() == len(PAGES)
    assert window.pages.currentWidget() is window.today_page


def test_the_sidebar_keeps_its_order_and_a_page_is_built_in_its_place(qtbot, window: MainWindow) -> None:
    window.runner.wait()
    labels = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    labels[0] = labels[0].split(" (")[0]  # the home's badge counts what is due
    assert labels == ["Today", "Overview", "Customers", "Visits", "Analysis", "Tiers", "Forecast", "Cultivation",
                      "Salons", "Products", "Settings"]
    row = labels.index("Products")
    window.sidebar.setCurrentRow(row)
    assert window.pages.currentIndex() == row
    assert window.pages.currentWidget() is window.catalogue_page
    assert type(window.catalogue_page).__name__ == "CataloguePage"
    assert window.catalogue_page in window.built_pages()
    analysis = window.analysis_page  # reached in code: built, in its sidebar place
    assert window.pages.widget(labels.index("Analysis")) is analysis
    assert window.pages.count() == len(PAGES)
    window.runner.wait()


def test_reaching_a_page_in_code_builds_it_once(window: MainWindow) -> None:
    first = window.customers_page
    assert window.customers_page is first
    assert window.pages.indexOf(first) == 2
    assert window.pages.currentWidget() is window.today_page  # reaching it does not show it


def test_a_data_change_reloads_only_the_page_in_front(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.today_page.loaded, timeout=5000):
        window.ctx.events.notify(data_events.CUSTOMERS)
    assert len(window.built_pages()) == 1


def test_closing_with_unbuilt_pages_asks_nothing(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append("asked"))
    assert window.unsaved_parts() == []
    assert window.confirm_unsaved("Closing Fieldbook")
    window.runner.wait()
    window.close()
    assert asked == []


def test_a_new_workspace_starts_again_with_the_home_page_only(qtbot, window: MainWindow, tmp_path) -> None:
    window.sidebar.setCurrentRow(1)
    window.runner.wait()
    assert len(window.built_pages()) == 2
    assert window.switch_workspace(tmp_path / "other.db", create=True)
    assert [type(p).__name__ for p in window.built_pages()] == ["TodayPage"]
    assert window.pages.currentIndex() == 0
    window.runner.wait()


def test_saving_settings_refreshes_the_overview(qtbot, window: MainWindow) -> None:
    window.runner.wait()
    assert window.overview_page is not None  # built: a saved setting reloads it
    with qtbot.waitSignal(window.overview_page.loaded, timeout=5000):
        window.settings_page.saved.emit()
