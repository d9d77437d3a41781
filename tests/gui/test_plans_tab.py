from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from domain.model.customers import Customer
from domain.model.evaluations import PlanMetric, PlanStatus
from domain.services.customers import save_customer
from domain.services.evaluations import customer_evaluations
from gui.customers.plans_tab import PlansTab
from tests.gui.dossier_demo import TODAY


@pytest.fixture
def make_tab(open_tab, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"unexpected warning {a[2]}"))
    return lambda customer_id: open_tab(PlansTab, customer_id)


def _progress(tab: PlansTab) -> list[list[str]]:
    m = tab.progress_model
    return [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]


def _plans(ctx, customer_id):
    return customer_evaluations(ctx.uow(), customer_id).plans


def test_shows_the_worked_example_plan_and_its_progress(make_tab, worked_example_id, qtmodeltester) -> None:  # noqa: F811
    tab = make_tab(worked_example_id)
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.progress_model)
    assert len(tab.model.rows) == 1
    assert len(tab.measures.entries()) == 5
    assert {m for m, c in tab.target_checks.items() if c.isChecked()} == {
        PlanMetric.MARGIN_PCT, PlanMetric.GROSS_PROFIT, PlanMetric.CLASS_1_2_SHARE, PlanMetric.STAR_LEVEL}
    assert not tab.target_boxes[PlanMetric.MONTHLY_CARTONS].isEnabled()
    # made on 2026-11-05 from October's figures: progress counts from December, which has no orders yet
    assert "2026-12" in tab.progress_note.text() and "profit ÷ purchase amount" in tab.progress_note.text()
    assert [[r[0], r[1], r[3], r[4]] for r in _progress(tab)] == [
        ["Gross margin", "10%", "—", "No data yet"],
        ["Monthly gross profit", "¥1,800.00", "—", "No data yet"],
        ["Share of classes 1–2", "35%", "—", "No data yet"],
        ["Star level", "★★★★★", "—", "No data yet"],
    ]  # it had read ✓ Met for the margin and the profit against its own baseline month
    m = tab.progress_model
    assert all(m.data(m.index(r, 4), Qt.ItemDataRole.ForegroundRole).color().name() != "#2e7d32"
               for r in range(m.rowCount()))


def test_save_a_monthly_cartons_target_and_see_it_measured(qtbot, make_tab, demo_ctx, worked_example_id) -> None:  # noqa: F811
    tab = make_tab(worked_example_id)
    qtbot.mouseClick(tab.target_checks[PlanMetric.MONTHLY_CARTONS], Qt.MouseButton.LeftButton)
    box = tab.target_boxes[PlanMetric.MONTHLY_CARTONS]
    assert box.isEnabled()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "400")
    assert tab.has_unsaved_changes()
    with qtbot.waitSignal(tab.changed, timeout=5000), qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    (plan,) = _plans(demo_ctx, worked_example_id)
    targets = {t.metric: t for t in plan.targets}
    assert targets[PlanMetric.MONTHLY_CARTONS].target == Decimal(400)
    assert targets[PlanMetric.MARGIN_PCT].baseline == Decimal(8)  # kept
    rows = {r[0]: r for r in _progress(tab)}
    assert rows["Monthly cartons"] == ["Monthly cartons", "400 cartons", "", "—", "No data yet"]
    assert tab.status.text() == "Saved." and not tab.has_unsaved_changes()

    box.setValue(300)
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("done"))
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.save()
    rows = {r[0]: r for r in _progress(tab)}
    assert rows["Monthly cartons"][1:] == ["300 cartons", "", "—", "No data yet"]
    (plan,) = _plans(demo_ctx, worked_example_id)
    assert plan.status is PlanStatus.DONE
    assert tab.model.data(tab.model.index(0, 0)) == "2026-11-05 · Achieved\nReview 2026-12-31"


def test_a_review_date_before_the_plan_is_shown_inline(qtbot, make_tab, demo_ctx, worked_example_id) -> None:  # noqa: F811
    tab = make_tab(worked_example_id)
    tab.review.setDate(QDate(2026, 10, 1))
    tab.save()
    qtbot.waitUntil(lambda: tab.error.isVisible(), timeout=5000)
    assert tab.error.text() == "The review date is before the plan was made."
    (plan,) = _plans(demo_ctx, worked_example_id)
    assert plan.review_on.isoformat() == "2026-12-31"


def test_a_customer_without_orders_is_told_so(qtbot, make_tab, demo_ctx) -> None:  # noqa: F811
    customer = save_customer(demo_ctx.uow(), Customer("530102999999", "新开张便利店"), TODAY)
    tab = make_tab(customer.id)
    assert tab.model.rows == [] and "No plan yet" in tab.status.text()
    tab.measures.set_entries(["First visit: explain the ordering terminal"])
    tab.target_checks[PlanMetric.MARGIN_PCT].setChecked(True)
    tab.target_boxes[PlanMetric.MARGIN_PCT].setValue(9)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.save()
    assert len(_plans(demo_ctx, customer.id)) == 1
    assert "No orders since then yet" in tab.progress_note.text()
    assert _progress(tab) == [["Gross margin", "9%", "", "—", "No data yet"]]


def test_delete_a_plan_after_confirming(qtbot, make_tab, demo_ctx, worked_example_id, monkeypatch) -> None:  # noqa: F811
    tab = make_tab(worked_example_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.changed, timeout=5000), qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert _plans(demo_ctx, worked_example_id) == ()
    assert tab.model.rows == [] and tab.progress_model.rows == []
    assert tab.status.text().startswith("No plan yet")
