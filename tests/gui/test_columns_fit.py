"""No list column cuts its header or its cells, with the narrow bundled CJK font and the wide system ones
(pinned, tests/gui/fonts.py), at the sizes the pages have at 1366×768."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from domain.demo.generator import DemoSpec
from domain.services.demo import build_demo
from gui.analysis.analysis_page import AnalysisPage
from gui.customers.list_page import CustomersPage
from gui.products.catalogue_page import CataloguePage
from gui.style import STYLESHEET
from tests.gui.fonts import clipped_columns

TODAY = date(2026, 11, 27)
_demo: dict[str, Path] = {}


@pytest.fixture
def demo(ctx):
    ctx.today = lambda: TODAY
    build_demo(ctx.uow(), DemoSpec(customers=30, months=4, today=TODAY))
    return ctx


def _shown(qtbot, page, width: int, height: int):
    qtbot.addWidget(page)
    page.setStyleSheet(STYLESHEET)
    page.resize(width, height)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    qtbot.wait(20)
    return page


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_customer_list_columns(request, qtbot, demo, runner, tmp_path, cjk_font, language) -> None:  # noqa: F811
    if language != "en":
        request.getfixturevalue("chinese")
    page = _shown(qtbot, CustomersPage(demo, runner, settings=QSettings(str(tmp_path / "u.ini"),
                                                                        QSettings.Format.IniFormat)), 1180, 700)
    assert clipped_columns(page.table) == []


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_catalogue_columns(request, qtbot, demo, runner, tmp_path, cjk_font, language) -> None:  # noqa: F811
    if language != "en":
        request.getfixturevalue("chinese")
    page = _shown(qtbot, CataloguePage(demo, runner, settings=QSettings(str(tmp_path / "u.ini"),
                                                                        QSettings.Format.IniFormat)), 1180, 700)
    assert clipped_columns(page.table) == []


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_analysis_tables(request, qtbot, demo, runner, tmp_path, cjk_font, language) -> None:  # noqa: F811
    if language != "en":
        request.getfixturevalue("chinese")
    page = _shown(qtbot, AnalysisPage(demo, runner, QSettings(str(tmp_path / "u.ini"), QSettings.Format.IniFormat)),
                  1180, 700)
    for name in ("top_view", "bottom_view", "product_view", "declining_view", "inflation_view",
                 "listing_view", "short_product_view", "short_customer_view"):
        view = getattr(page, name)
        if view.isVisible():
            assert clipped_columns(view) == [], name


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_visits_due_list(request, qtbot, demo, runner, tmp_path, cjk_font, language) -> None:  # noqa: F811
    from gui.visits.plan_tab import PlanTab

    if language != "en":
        request.getfixturevalue("chinese")
    tab = PlanTab(demo, runner, QSettings(str(tmp_path / "u.ini"), QSettings.Format.IniFormat),
                  lambda *args, **kwargs: True)
    _shown(qtbot, tab, 1180, 650)
    assert tab.due.model.rowCount() > 0
    assert clipped_columns(tab.due.table) == []


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_star_evaluation_list(request, qtbot, demo, runner, cjk_font, language) -> None:  # noqa: F811
    from domain.demo.worked_example import LICENSE_NO
    from gui.customers.star_tab import StarEvaluationTab
    from tests.gui.dossier_demo import dispose

    if language != "en":
        request.getfixturevalue("chinese")
    with demo.uow() as uow:
        customer = uow.customers.get_by_license(LICENSE_NO)
    tab = StarEvaluationTab(demo, runner)
    tab.setStyleSheet(STYLESHEET)
    tab.resize(654, 582)  # the dossier's tab area as the customers page opens at 1366×768
    tab.show()
    try:
        with qtbot.waitSignal(tab.loaded, timeout=5000):
            tab.set_customer(customer.id)
        qtbot.wait(20)
        assert tab.evaluation_model.rowCount() > 0
        assert clipped_columns(tab.evaluation_view) == []
    finally:
        dispose(tab, runner)
