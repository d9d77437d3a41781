"""The month-analysis widget shared by the analysis page and the dossier's 销售 tab, and the 销售 tab's
cards: with the dossier 700 px high (or the tab lower still) their 环比/同比 lines are shown whole, in the
narrow bundled CJK font and in the wide system ones (pinned, tests/gui/fonts.py)."""
from __future__ import annotations

import pytest
from pytestqt.exceptions import TimeoutError as WaitTimedOut

from gui.analysis.month_view import MonthAnalysisView
from gui.customers.dossier import DossierPanel
from gui.customers.sales_tab import SalesTab
from gui.style import STYLESHEET
from gui.workers import TaskRunner
from tests.gui.dossier_demo import dispose


def _clipped_cards(tab: SalesTab) -> list[str]:
    """Cards whose labels got less height than their text needs."""
    return [f"{name}.{part}: {label.height()} < {label.sizeHint().height()}"
            for name, card in tab.kpis.cards.items()
            for part, label in (("value", card.value), ("note", card.note))
            if label.height() < label.sizeHint().height()]


def _settle(qtbot, tab: SalesTab) -> None:
    """Let the posted layout requests run: on a slow machine 50 ms can leave the cards at their
    pre-data heights, which is not what the user sees once the event loop has turned."""
    try:
        qtbot.waitUntil(lambda: not _clipped_cards(tab), timeout=1500)
    except WaitTimedOut:
        pass  # the assertion after this names what stays clipped


def test_the_cards_fit_in_a_700_px_dossier(qtbot, demo_ctx, runner, worked_example_id, cjk_font) -> None:
    panel = DossierPanel(demo_ctx, runner, [("Sales", SalesTab)])
    panel.setStyleSheet(STYLESHEET)
    panel.resize(900, 700)
    panel.show()
    tab = panel.extra_tabs[0]
    assert isinstance(tab, SalesTab)
    try:
        panel.tabs.setCurrentWidget(tab)
        with qtbot.waitSignal(tab.loaded, timeout=5000):
            panel.show_customer(worked_example_id)
        assert "\n" in tab.kpis.note_of("cartons")  # 环比 and 同比, two lines
        _settle(qtbot, tab)
        assert _clipped_cards(tab) == []
    finally:
        dispose(panel, runner)


@pytest.mark.parametrize("height", [560, 520, 480])
def test_a_low_tab_scrolls_rather_than_clipping_the_cards(qtbot, demo_ctx, runner, worked_example_id, cjk_font,
                                                        height) -> None:
    tab = SalesTab(demo_ctx, runner)
    tab.setStyleSheet(STYLESHEET)
    tab.resize(820, height)
    tab.show()
    try:
        with qtbot.waitSignal(tab.loaded, timeout=5000):
            tab.set_customer(worked_example_id)
        _settle(qtbot, tab)
        assert _clipped_cards(tab) == [], f"at {height} px with {cjk_font.families()[0]}"
        assert tab.minimumSizeHint().height() <= 540  # still fits the dossier's tab area
    finally:
        dispose(tab, runner)


def test_both_places_show_the_same_widget(make_analysis_page, analysis_ctx) -> None:
    page, ctx = make_analysis_page(), analysis_ctx
    runner = TaskRunner()
    tab = SalesTab(ctx, runner)
    try:
        assert isinstance(page.month_view, MonthAnalysisView) and isinstance(tab.month_view, MonthAnalysisView)
        assert "customers" in page.month_view.kpis.cards and "customers" not in tab.month_view.kpis.cards
        assert page.kpis is page.month_view.kpis and tab.kpis is tab.month_view.kpis
    finally:
        dispose(tab, runner)
