"""The dossier's Sales tab: the worked example shop's month (346 cartons, 17,816 yuan), another month
picked, the fit in the dossier at 1366×768, no customer, every list through the model tester.
FIELDBOOK_SHOTS=/some/folder keeps the pictures."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from domain.demo.worked_example import MONTH_CARTONS
from domain.model.customers import Customer
from domain.services.customers import save_customer
from gui.customers.sales_tab import SalesTab
from gui.customers.tabs import dossier_tabs
from tests.gui.dossier_demo import TODAY

SIZES = {"": (820, 560), "_narrow": (654, 582)}
MONTH_X = date(2026, 10, 1)


@pytest.fixture
def make_tab(open_tab):
    return lambda customer_id, size=(820, 560): open_tab(SalesTab, customer_id, size, styled=True)


def test_the_tab_comes_right_after_the_forms() -> None:
    assert dossier_tabs()[0][1] is SalesTab


def test_the_worked_example_month(make_tab, worked_example_id, qtmodeltester) -> None:  # noqa: F811
    tab = make_tab(worked_example_id)
    assert tab.data is not None and tab.data.month == MONTH_X  # the latest month with orders
    assert tab.month_box.currentText() == "2026-10" and tab.month_box.count() == 4
    assert tab.kpis.value_of("cartons") == str(MONTH_CARTONS) == "346"
    assert tab.kpis.value_of("amount") == "¥17,816"
    assert tab.kpis.value_of("gross_profit") == "¥1,425"  # cards show whole yuan (1,425.28)
    assert tab.kpis.value_of("margin") == "8.0%"  # profit ÷ purchase amount, the default basis
    assert tab.kpis.value_of("class_1_2") == "28.0%"  # classes 1–2 above a quarter (97 of 346)
    assert "MoM" in tab.kpis.note_of("cartons")
    assert tab.trend_chart.bar_values()[-1] == MONTH_CARTONS
    assert sum(r.cartons for r in tab.model.rows) == MONTH_CARTONS
    assert "2026-10" in tab.status.text() and "27 products" in tab.status.text()
    for model in (tab.model, tab.listing_model, tab.short_model, tab.inflation_model):
        qtmodeltester.check(model)


def test_picking_an_earlier_month(qtbot, make_tab, worked_example_id) -> None:  # noqa: F811
    tab = make_tab(worked_example_id)
    index = tab.data.months.index(date(2026, 8, 1))
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.month_box.setCurrentIndex(index)
        tab.month_box.activated.emit(index)
    assert tab.data.month == date(2026, 8, 1)
    assert tab.month_box.currentText() == "2026-08"
    assert tab.kpis.value_of("cartons") != "346"
    assert tab.trend_chart.bar_values()[-1] == tab.data.figures.cartons


def test_demand_inflation_is_flagged(make_tab, demo_ctx) -> None:  # noqa: F811
    from domain.services.analysis import month_analysis

    signal = month_analysis(demo_ctx.uow(), MONTH_X).inflation[0]
    tab = make_tab(signal.customer_id)
    assert tab.inflation_model.rowCount() >= 1
    assert "demand inflation" in tab.warning.text() and tab.warning.isVisibleTo(tab)
    assert tab.tabs.tabText(3).endswith(f"({tab.inflation_model.rowCount()})")


def test_a_customer_without_orders(make_tab, demo_ctx) -> None:  # noqa: F811
    quiet = save_customer(demo_ctx.uow(), Customer("530102999999", "无单户"), TODAY)
    tab = make_tab(quiet.id)
    assert tab.status.text() == "No orders from this customer yet."
    assert tab.month_box.count() == 0 and tab.model.rowCount() == 0
    assert tab.kpis.value_of("cartons") == "—"


def test_no_customer_clears_and_disables(qtbot, make_tab, worked_example_id) -> None:  # noqa: F811
    tab = make_tab(worked_example_id)
    with qtbot.waitSignal(tab.loaded, timeout=1000):
        tab.set_customer(None)
    assert not tab.isEnabled()
    assert tab.model.rowCount() == 0 and tab.month_box.count() == 0 and tab.data is None


@pytest.mark.parametrize("size", SIZES)
def test_fits_the_dossier_and_renders(qtbot, make_tab, worked_example_id, tmp_path, size) -> None:  # noqa: F811
    tab = make_tab(worked_example_id, SIZES[size])
    qtbot.wait(50)
    hint = tab.minimumSizeHint()
    assert hint.width() <= 640 and hint.height() <= 540, f"needs {hint.width()}×{hint.height()}"
    folder = Path(os.environ.get("FIELDBOOK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    shot = folder / f"tab_sales{size}.png"
    assert tab.grab().save(str(shot))
    assert shot.stat().st_size > 10_000
