"""The analysis page (经营分析) on a small demo territory: months, KPI cards that follow the picked
month, the remembered month, rows that open a customer, every list model through the model tester."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

import main
from domain.services.analysis import month_analysis
from gui.analysis.analysis_page import MONTH_KEY, AnalysisPage
from gui.context import AppContext
from gui.workers import TaskRunner
from tests.gui.dossier_demo import dispose

TODAY = date(2026, 11, 27)


@pytest.fixture
def ctx(analysis_ctx: AppContext) -> AppContext:
    return analysis_ctx


@pytest.fixture
def make_page(make_analysis_page):
    return make_analysis_page


def test_shows_the_latest_month_and_its_figures(make_page, ctx) -> None:
    page = make_page()
    assert page.months[0] == date(2026, 10, 1) and page.months[-1] == date(2025, 9, 1) and len(page.months) == 14
    assert page.month_box.currentText() == "2026-10"
    expected = month_analysis(ctx.uow(), date(2026, 10, 1))
    assert page.kpis.value_of("cartons") == f"{expected.figures.cartons:,}"
    assert page.kpis.value_of("customers") == str(expected.comparison.customers)
    assert "MoM" in page.kpis.note_of("cartons") and "YoY" in page.kpis.note_of("cartons")
    assert page.trend_chart.bar_values()[-1] == expected.figures.cartons
    assert len(page.trend_chart.bar_values()) == 12
    # five shares each rounded once to 0.1 %: their sum may miss 100 by up to 5 × 0.05
    assert sum(page.class_chart.values("cartons")) == pytest.approx(100, abs=0.25)
    assert page.top_model.rowCount() == 15
    assert page.top_model.rows[0].cartons >= page.top_model.rows[-1].cartons
    assert page.bottom_model.rows[0].cartons <= page.bottom_model.rows[-1].cartons
    assert page.product_model.rowCount() == len(expected.products)
    assert page.inflation_model.rowCount() >= 1  # the demo always has seed 2's pattern
    assert "2026-10" in page.subtitle.text()


def test_picking_another_month_changes_the_cards_and_is_remembered(qtbot, make_page, ctx, settings) -> None:
    page = make_page()
    before = page.kpis.value_of("cartons"), page.kpis.value_of("amount")
    index = page.months.index(date(2026, 2, 1))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.month_box.setCurrentIndex(index)
        page.month_box.activated.emit(index)
    february = month_analysis(ctx.uow(), date(2026, 2, 1))
    assert (page.kpis.value_of("cartons"), page.kpis.value_of("amount")) != before
    assert page.kpis.value_of("cartons") == f"{february.figures.cartons:,}"
    assert page.analysis is not None and page.analysis.month == date(2026, 2, 1)
    assert settings.value(MONTH_KEY) == "2026-02-01"
    again = make_page()
    assert again.month_box.currentText() == "2026-02"
    assert again.analysis is not None and again.analysis.month == date(2026, 2, 1)


def test_the_first_month_has_nothing_to_compare_with(qtbot, make_page) -> None:
    page = make_page()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show_month(page.months[-1])
    assert page.kpis.note_of("cartons") == "No month to compare with"


def _activate_first_row(qtbot, view: QTableView) -> None:
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)


@pytest.mark.parametrize("view_name, model_name, tab", [
    ("top_view", "top_model", 0),
    ("bottom_view", "bottom_model", 0),
    ("inflation_view", "inflation_model", 3),
    ("short_customer_view", "short_customer_model", 5),
])
def test_activating_a_row_opens_its_customer(qtbot, make_page, view_name, model_name, tab) -> None:
    page = make_page()
    page.tabs.setCurrentIndex(tab)
    view, model = getattr(page, view_name), getattr(page, model_name)
    assert model.rowCount() > 0
    with qtbot.waitSignal(page.open_customer, timeout=2000) as opened:
        _activate_first_row(qtbot, view)
    assert opened.args == [model.rows[0].customer_id]


def test_a_declining_customer_opens_too(qtbot, make_page) -> None:
    page = make_page()
    for month in page.months[:-4]:  # any month with a declining customer
        with qtbot.waitSignal(page.loaded, timeout=10000):
            page.show_month(month)
        if page.declining_model.rowCount():
            break
    assert page.declining_model.rowCount() > 0
    page.tabs.setCurrentIndex(2)
    assert page.current_tab_title().endswith(f"({page.declining_model.rowCount()})")
    with qtbot.waitSignal(page.open_customer, timeout=2000) as opened:
        _activate_first_row(qtbot, page.declining_view)
    assert opened.args == [page.declining_model.rows[0].customer_id]


def test_products_rows_open_nothing(qtbot, make_page) -> None:
    page = make_page()
    page.tabs.setCurrentIndex(1)
    with qtbot.assertNotEmitted(page.open_customer):
        _activate_first_row(qtbot, page.product_view)


def test_rankings_by_gross_profit(make_page) -> None:
    page = make_page()
    page.rank_by.setCurrentIndex(1)
    profits = [r.gross_profit for r in page.top_model.rows]
    assert profits == sorted(profits, reverse=True)


def test_every_list_passes_the_model_tester(qtbot, make_page, qtmodeltester) -> None:
    page = make_page()
    for month in page.months[:3]:
        with qtbot.waitSignal(page.loaded, timeout=10000):
            page.show_month(month)
        if page.listing_model.rowCount():
            break
    for model in (page.top_model, page.bottom_model, page.product_model, page.declining_model,
                  page.inflation_model, page.listing_model, page.short_product_model, page.short_customer_model):
        qtmodeltester.check(model)


def test_an_empty_workspace_says_so(qtbot, make_ctx, settings) -> None:
    runner = TaskRunner()
    page = AnalysisPage(make_ctx("empty.db"), runner, settings)
    try:
        with qtbot.waitSignal(page.loaded, timeout=5000):
            page.refresh()
        assert "No order data" in page.subtitle.text()
        assert page.month_box.count() == 0 and not page.month_box.isEnabled()
        assert page.kpis.value_of("cartons") == "—"
    finally:
        dispose(page, runner)


def test_a_stale_answer_is_dropped(qtbot, make_page) -> None:
    page = make_page()
    page.show_month(page.months[5])  # still loading when the user picks again
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show_month(page.months[1])
    page._runner.wait()
    qtbot.wait(50)
    assert page.analysis is not None and page.analysis.month == page.months[1]


def test_the_main_window_has_the_page_and_opens_a_customer_from_it(qtbot, ctx, settings) -> None:
    from gui.main_window import MainWindow

    window = MainWindow(ctx, main.RESOURCES / "icons", settings=settings)
    qtbot.addWidget(window)
    window.show()
    try:
        labels = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
        row = labels.index("Analysis")
        assert labels.index("Customers") < row < labels.index("Settings")
        page = window.analysis_page  # built on first reach, in its sidebar place
        assert window.pages.widget(row) is page
        with qtbot.waitSignal(window.analysis_page.loaded, timeout=10000):
            window.sidebar.setCurrentRow(row)
        with qtbot.waitSignal(window.analysis_page.loaded, timeout=10000):
            window.refresh_current()  # F5
        shop = window.analysis_page.top_model.rows[0]
        with qtbot.waitSignal(window.customers_page.dossier.loaded, timeout=10000):
            window.analysis_page.open_customer.emit(shop.customer_id)
        assert window.pages.currentWidget() is window.customers_page
        assert window.customers_page.dossier.customer_id == shop.customer_id
    finally:
        window.runner.wait()
        window.close()


def test_changes_are_shown_signed_with_a_true_minus_and_no_negative_zero() -> None:
    from decimal import Decimal

    from gui.common import formatting as fmt

    assert fmt.signed_percent(Decimal("-4")) == "−4.0%" and fmt.signed_percent(Decimal("12.34")) == "+12.3%"
    assert fmt.signed_percent(Decimal("-0.03")) == "+0.0%" and fmt.signed_percent(None) == ""
    assert fmt.signed_points(Decimal("1.07")) == "+1.1 pp" and fmt.percent(Decimal("95.92")) == "95.9%"


def test_print_report_writes_the_pdf_off_the_gui_thread_and_opens_it(qtbot, make_page, monkeypatch,
                                                                     tmp_path) -> None:
    suggested: list[str] = []
    monkeypatch.setattr("gui.common.report_files.QFileDialog.getSaveFileName",
                        lambda parent, title, name, filters: suggested.append(name) or (str(tmp_path / "m.pdf"), ""))
    monkeypatch.setattr("gui.common.pdf_output.ask_after_saving", lambda parent, title, path: "open")
    opened: list[str] = []
    monkeypatch.setattr("gui.common.pdf_output.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    page = make_page()
    assert page.print_button.isVisible() and page.print_button.isEnabled()
    with qtbot.waitSignal(page.report_written, timeout=20000) as written:
        page.print_report(notes="月度会议备注")
    path = Path(written.args[0])
    assert path == tmp_path / "m.pdf" and path.read_bytes().startswith(b"%PDF")
    assert Path(suggested[0]).name == "Monthly analysis-2026-10.pdf"
    qtbot.waitUntil(lambda: opened == [str(path)], timeout=5000)
    assert page.print_button.isEnabled()
