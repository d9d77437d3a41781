"""On screen: the margin says its basis, a chart's bar reads as its table cell, inactive shops are
marked, too little history is said, and the basis is a setting kept in the workspace."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from domain.analysis.changes import MonthComparison
from domain.analysis.rankings import CustomerMonth, ProductMonth
from domain.analysis.structure import ClassShare
from domain.model.customers import CustomerStatus
from domain.percentages import ratio_pct
from domain.profit import MarginBasis, PeriodFigures
from domain.services.workspace import load_settings
from gui.analysis.charts import ClassChart
from gui.analysis.kpis import KpiGrid
from gui.analysis.tables import customer_columns, product_columns
from gui.common.row_model import RowTableModel
from gui.main_window import MainWindow

OCT = date(2026, 10, 1)


def _figures(basis: MarginBasis) -> PeriodFigures:
    return PeriodFigures(OCT, 346, Decimal("17816.00"), Decimal("1425.28"), 76, 0, basis)


def test_the_margin_card_names_its_basis(qtbot) -> None:
    grid = KpiGrid(with_customers=False, columns=3)
    qtbot.addWidget(grid)
    grid.show_comparison(MonthComparison(_figures(MarginBasis.PURCHASE), None, None))
    assert grid.cards["margin"].title.text() == "Margin (profit ÷ purchase amount)"
    assert grid.value_of("margin") == "8.0%"  # seed 1: 1,425.28 of 17,816 at the default 8%
    grid.show_comparison(MonthComparison(_figures(MarginBasis.RETAIL), None, None))
    assert grid.cards["margin"].title.text() == "Margin (profit ÷ retail sales)"
    assert grid.value_of("margin") == "7.4%"


def test_chart_bars_and_table_cells_show_the_same_share(qtbot) -> None:
    # 673 of 2,000 cartons is 33.65% exactly: a float chart had read 33.6% beside the table's 33.7%;
    # 34,046 of 100,000 is 34.046%: rounded twice it had read 34.1%
    shares = [ratio_pct(673, 2000), ratio_pct(34_046, 100_000), ratio_pct(1, 3), ratio_pct(0, 5), None]
    classes = [ClassShare(i + 1, 0, Decimal(0), Decimal(0), s, s) for i, s in enumerate(shares)]
    chart = ClassChart()
    qtbot.addWidget(chart)
    chart.set_structure(classes)
    products = [ProductMonth(i, f"c{i}", f"p{i}", i + 1, False, False, 1, Decimal(1), Decimal(0), 0, 1, s)
                for i, s in enumerate(shares)]
    model = RowTableModel(product_columns(), None)
    model.set_rows(products)
    share_column = [c.header for c in model.columns].index("Share")
    cells = [model.data(model.index(r, share_column)) for r in range(len(products))]
    bars = [f"{v:.1f}%" for v in chart.values("cartons")]
    assert cells[:4] == bars[:4] == ["33.7%", "34.0%", "33.3%", "0.0%"]


def test_inactive_shops_are_marked_in_the_rankings(qtbot) -> None:
    rows = [CustomerMonth(i, name, 10, Decimal(100), Decimal(8), 0, 0, None, MarginBasis.PURCHASE, status)
            for i, (name, status) in enumerate([("甲店", CustomerStatus.ACTIVE), ("乙店", CustomerStatus.SUSPENDED),
                                                ("丙店", CustomerStatus.ARCHIVED)])]
    model = RowTableModel(customer_columns(), None)
    model.set_rows(rows)
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["甲店", "乙店 (suspended)", "丙店 (archived)"]


def test_the_margin_basis_is_a_workspace_setting(qtbot, window: MainWindow, ctx) -> None:
    window.sidebar.setCurrentRow(window.pages.indexOf(window.settings_page))
    page = window.settings_page
    qtbot.waitUntil(lambda: page.frequency_form.rowCount() == 4, timeout=5000)
    assert page.margin_basis.currentData() == MarginBasis.PURCHASE.value  # the default
    page.margin_basis.setCurrentIndex(page.margin_basis.findData(MarginBasis.RETAIL.value))
    with qtbot.waitSignal(page.saved, timeout=5000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert load_settings(ctx.uow()).margin_basis is MarginBasis.RETAIL


def test_the_analysis_page_says_when_history_is_too_short(qtbot, ctx, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from domain.model.customers import CustomerStatus as Status
    from gui.analysis.analysis_page import AnalysisPage
    from gui.workers import TaskRunner
    from tests.domain.test_defensible_figures import DEC, NOV, _shop
    from tests.gui.dossier_demo import dispose

    _shop(ctx.uow(), {NOV: Decimal("17816.00"), DEC: Decimal("17000.00")})
    _shop(ctx.uow(), {DEC: Decimal("5149.00")}, "停业小店", Status.SUSPENDED)
    runner = TaskRunner()
    page = AnalysisPage(ctx, runner, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    page.resize(1200, 700)
    page.show()
    try:
        with qtbot.waitSignal(page.loaded, timeout=10000):
            page.refresh()
        assert page.declining_note.text().startswith("Less than three months of history")
        assert page.inflation_note.text().startswith("Less than three months of history")
        assert page.kpis.cards["margin"].title.text() == "Margin (profit ÷ purchase amount)"
        assert "margin = profit ÷ purchase amount" in page.rank_note.text()
        names = [page.top_model.data(page.top_model.index(r, 0)) for r in range(page.top_model.rowCount())]
        assert "停业小店 (suspended)" in names
        assert page.trend_chart.months.categories() == ["26-11", "26-12"]  # from the first month with orders
    finally:
        dispose(page, runner)
