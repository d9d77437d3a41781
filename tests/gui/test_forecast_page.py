"""The 需求预测 page on a small demo: it forecasts the coming month as the service does, by product and by
shop; a figure opens to its parts; an adjustment needs a reason, is kept and shows at once, and can be
removed; the accuracy tab tests the last months against both baselines and judges kept adjustments."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from domain.forecast.adjustments import Verdict
from domain.periods import shift_month
from domain.services.forecast import coming_month, territory_forecast
from domain.services.forecast_adjustments import adjust_forecast, month_adjustments
from domain.services.forecast_sheet import SheetRow
from gui.context import AppContext
from gui.forecast.dialogs import AdjustDialog, FigureDialog
from gui.forecast.forecast_page import ForecastPage
from tests.gui.conftest import page_factory

NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


@pytest.fixture
def forecast_ctx(make_demo_ctx) -> AppContext:
    return make_demo_ctx(customers=30, months=8)


@pytest.fixture
def make_page(qtbot, forecast_ctx: AppContext, settings) -> Iterator:
    yield from page_factory(qtbot, settings, ForecastPage, forecast_ctx, (1280, 720))


def _dialog(qtbot, page: ForecastPage, open_it) -> object:
    shown: list[object] = []
    page.dialog_shown.connect(shown.append)
    open_it()
    qtbot.waitUntil(lambda: bool(shown))
    return shown[-1]


def test_the_page_forecasts_the_coming_month_as_the_service(make_page, forecast_ctx: AppContext,
                                                             qtmodeltester) -> None:
    page = make_page()
    month = coming_month(forecast_ctx.uow())
    expected = territory_forecast(forecast_ctx.uow(), month, forecast_ctx.holidays)
    assert page.data.sheet.month == month
    assert [(p.code, p.cartons) for p in page.product_model.rows] == [(p.code, p.cartons) for p in expected.products]
    forecast_rows = [r for r in page.sheet_model.rows if r.figure is not None]
    assert len(forecast_rows) == len(expected.shops) > 0
    assert sum(r.cartons for r in page.sheet_model.rows) == sum(p.cartons for p in expected.products)
    assert [p.code for p in page.scarce_model.rows] == [p.code for p in expected.products if p.scarce]
    assert page.month_box.count() == 2 and page.month_box.currentIndex() == 0
    for model in (page.product_model, page.sheet_model, page.scarce_model):
        qtmodeltester.check(model)
    page._show_product(page.product_model.rows[0])  # double-click a product: its shops
    code = page.product_model.rows[0].code
    assert page.tabs.currentIndex() == 1 and page.sheet_model.rowCount() > 0
    assert all(r.code == code for r in page.sheet_model.rows)


def test_an_adjustment_needs_a_reason_is_kept_and_can_be_removed(qtbot, make_page, forecast_ctx: AppContext) -> None:
    page = make_page()
    row: SheetRow = next(r for r in page.sheet_model.rows if r.figure is not None)
    figure = _dialog(qtbot, page, lambda: page.open_figure(row))
    assert isinstance(figure, FigureDialog)
    assert figure.part_values  # base, season, days, trend, model, adjustment, forecast
    figure.reject()
    dialog = _dialog(qtbot, page, lambda: page.adjust(row))
    assert isinstance(dialog, AdjustDialog)
    assert not dialog.remove_button.isVisibleTo(dialog)  # nothing to remove yet
    dialog.cartons.setValue(7)
    expected = int(max(0.0, row.figure.model + 7) + 0.5)  # the result shown is the forecast's own rounding
    assert dialog.result_label.text().split()[0] == f"{expected:,}"
    dialog._save()  # no reason: refused under the field, nothing written
    assert dialog.rows["reason"].error.isVisibleTo(dialog) and dialog.isVisible()
    assert month_adjustments(forecast_ctx.uow(), row.figure.month) == []
    product_before = next(p for p in page.product_model.rows if p.product_id == row.product_id).cartons
    dialog.reason.setText("开发区扩建，打工人员增加")
    with qtbot.waitSignal(page.adjusted, timeout=5000):
        dialog._save()
    (kept,) = month_adjustments(forecast_ctx.uow(), row.figure.month)
    assert (kept.customer_id, kept.product_id, kept.cartons, kept.reason) == \
        (row.customer_id, row.product_id, 7, "开发区扩建，打工人员增加")
    new = next(r for r in page.rows if r.customer_id == row.customer_id and r.product_id == row.product_id)
    assert new.adjustment == 7 and new.reason == "开发区扩建，打工人员增加" and new.figure.adjustment == 7
    product_after = next(p for p in page.product_model.rows if p.product_id == row.product_id).cartons
    assert product_after - product_before == new.cartons - row.cartons
    # a reload gives what was shown
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    assert next(p for p in page.product_model.rows if p.product_id == row.product_id).cartons == product_after
    page.only_adjusted.setChecked(True)
    assert page.sheet_model.rowCount() == 1
    dialog = _dialog(qtbot, page, lambda: page.adjust(page.sheet_model.rows[0]))
    assert dialog.remove_button.isVisibleTo(dialog)
    with qtbot.waitSignal(page.adjusted, timeout=5000):
        dialog._remove()
    assert month_adjustments(forecast_ctx.uow(), row.figure.month) == []
    assert page.sheet_model.rowCount() == 0


def test_the_accuracy_tab_tests_the_last_months_and_judges_adjustments(qtbot, make_page,
                                                                       forecast_ctx: AppContext) -> None:
    last = shift_month(coming_month(forecast_ctx.uow()), -1)
    figure = max(territory_forecast(forecast_ctx.uow(), last, forecast_ctx.holidays).shops, key=lambda f: f.cartons)
    # taking the whole figure away from a shop that then bought: judged as making it worse
    adjust_forecast(forecast_ctx.uow(), last, figure.customer_id, figure.product_id, -999, "以为会停业", NOW)
    page = make_page()
    page.accuracy.months.setValue(2)
    with qtbot.waitSignal(page.accuracy_loaded, timeout=30000):
        page.tabs.setCurrentWidget(page.accuracy)  # first shown: the test runs
    rows = page.accuracy.model.rows
    assert len(rows) == 3 and rows[-1].month is None  # two months, then the mean
    assert all(r.by_shop[0] is not None for r in rows)
    (judged,) = page.accuracy.judged_model.rows
    assert judged.judged.adjustment.cartons == -999 and judged.judged.adjusted == 0
    assert judged.judged.supplied > 0 and judged.judged.verdict is Verdict.HURT
    assert judged.shop and judged.product


def test_the_demand_book_is_exported_with_the_kept_adjustments(qtbot, make_page, forecast_ctx: AppContext,
                                                               tmp_path) -> None:
    import openpyxl

    page = make_page()
    row = next(r for r in page.sheet_model.rows if r.figure is not None)
    adjust_forecast(forecast_ctx.uow(), row.figure.month, row.customer_id, row.product_id, 3, "新开超市", NOW)
    target = tmp_path / "需求采集本.xlsx"
    with qtbot.waitSignal(page.exported, timeout=10000):
        page.export_demand_book(target)
    assert page.status.isVisibleTo(page) and str(target) in page.status.text()
    sheet = openpyxl.load_workbook(target, read_only=True).worksheets[0]
    lines = [r for r in sheet.iter_rows(values_only=True) if r and r[-1] == "新开超市"]
    assert len(lines) == 1 and lines[0][0] == row.license_no and lines[0][8] == 3


def test_an_unwritable_demand_book_is_a_warning_and_no_file(qtbot, make_page, monkeypatch, tmp_path) -> None:
    from PySide6.QtWidgets import QMessageBox

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    page = make_page()
    target = tmp_path / "missing" / "x.xlsx"
    page.export_demand_book(target)
    qtbot.waitUntil(lambda: bool(warned), timeout=10000)
    assert str(target) in warned[0] and not target.exists()
