from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from domain.services.customers import get_customer
from domain.services.evaluations import customer_evaluations
from domain.star_scoring import weakest_criteria
from domain.validation import FieldError, ValidationFailed
from gui.customers.star_tab import StarEvaluationTab

# one score per criterion of the default scheme: 16 + 10 + 6 + 9 + 3 + 10 + 9 + 12 = 75 → three stars
NEW_SCORES = {
    "integrity": 16, "monthly_cartons": 10, "class1_share": 6, "avg_carton_value": 9,
    "brand_cultivation": 3, "price_labels": 10, "display": 9, "cooperation": 12,
}


@pytest.fixture
def tab(open_tab, worked_example_id):
    return open_tab(StarEvaluationTab, worked_example_id)


def test_shows_the_5A8_evaluation_and_its_weakest_criteria(tab, demo_ctx, worked_example_id, qtmodeltester) -> None:  # noqa: F811,N802
    model = tab.evaluation_model
    assert [e.result_code for e in model.rows] == ["5A8"]
    assert [model.data(model.index(0, c)) for c in range(6)] == ["2026-11-05", "94", "★★★★★", "A", "8", "5A8"]
    qtmodeltester.check(model)
    qtmodeltester.check(tab.criteria_model)

    data = customer_evaluations(demo_ctx.uow(), worked_example_id)
    weak = weakest_criteria(data.star_evaluations[0], data.criteria)
    assert weak, "the worked example lost points somewhere"
    criteria = tab.criteria_model
    assert len(criteria.rows) == 8
    weak_rows = [n for n, r in enumerate(criteria.rows) if r.weak]
    assert {criteria.rows[n].name for n in weak_rows} == {w.name for w in weak}
    for n in range(len(criteria.rows)):
        font = criteria.data(criteria.index(n, 0), Qt.ItemDataRole.FontRole)
        tinted = criteria.data(criteria.index(n, 0), Qt.ItemDataRole.BackgroundRole)
        assert (font is not None and font.bold()) == (n in weak_rows)
        assert (tinted is not None) == (n in weak_rows)
    assert tab.weak_label.text().startswith("Weakest:")
    assert all(w.name in tab.weak_label.text() for w in weak)
    assert "5A8" in tab.detail_title.text()
    assert tab.chart.point_count() == 1


def test_record_an_evaluation_through_the_dialog(qtbot, tab, demo_ctx, worked_example_id, monkeypatch) -> None:  # noqa: F811
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"unexpected warning {a[2]}"))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    # the scores start from the latest evaluation (94 points, 5A8), its measurable criteria prefilled
    # from October's orders by the star scheme's bands: 346 cartons → 6 (was 14), class-1 share (class 1
    # alone, at least 4%) → 4.5 (was 9.5), ¥51.49 a carton → 5 (was 13.5): 94 − 37 + 15.5
    assert dialog.prefill is not None and f"{dialog.prefill.month:%Y-%m}" == "2026-10"
    assert {code: dialog.score_boxes[code].value() for code in ("monthly_cartons", "class1_share", "avg_carton_value")} \
        == {"monthly_cartons": 6, "class1_share": 4.5, "avg_carton_value": 5}
    assert dialog.total() == Decimal("72.5")
    assert "2026-10" in dialog.hint.text() and "346" in dialog.hint.text()
    for code, value in NEW_SCORES.items():
        dialog.score_boxes[code].setValue(value)
    box = dialog.score_boxes["cooperation"]  # and one typed, as a user would
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "12.5")
    assert box.value() == 12.5
    dialog.integrity.setCurrentIndex(dialog.integrity.findData("AA"))
    dialog.value_points.setValue(6)
    assert dialog.total() == Decimal("75.5")
    assert dialog.stars_label.text() == "★★★☆☆"
    assert "3AA6" in dialog.code_label.text()

    with qtbot.waitSignal(tab.changed, timeout=5000), qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.dialog is None  # closed, and deleted with the next event loop

    stored = customer_evaluations(demo_ctx.uow(), worked_example_id).star_evaluations
    newest = max(stored, key=lambda e: e.evaluated_on)
    assert (newest.evaluated_on.isoformat(), newest.total_score, newest.star_level, newest.result_code) == (
        "2026-11-27", Decimal("75.5"), 3, "3AA6")
    customer = get_customer(demo_ctx.uow(), worked_example_id)
    assert (customer.star_level, customer.integrity_grade) == (3, "AA")
    assert "2026-10" in newest.notes and "346" in newest.notes  # what was prefilled, kept with it
    # the tab shows it, newest first and selected
    assert [e.result_code for e in tab.evaluation_model.rows] == ["3AA6", "5A8"]
    assert tab.selected_evaluation().result_code == "3AA6"
    assert tab.chart.point_count() == 2


def test_dialog_shows_validation_errors_inline(qtbot, tab) -> None:
    tab.new_evaluation()
    dialog = tab.dialog
    dialog._failed(ValidationFailed([
        FieldError("display", "{name}: the score must be between 0 and {max}.", (("name", "陈列与店容店貌"), ("max", 10))),
    ]))
    assert dialog.isVisible()
    assert dialog.errors.isVisible()
    assert dialog.errors.text() == "陈列与店容店貌: the score must be between 0 and 10."
    assert dialog.score_boxes["display"].property("invalid") is True
    assert dialog.score_boxes["integrity"].property("invalid") is False
    assert dialog.save_button.isEnabled()


def test_delete_an_evaluation_after_confirming(qtbot, tab, demo_ctx, worked_example_id, monkeypatch) -> None:  # noqa: F811
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert asked and "5A8" in asked[0]
    assert len(customer_evaluations(demo_ctx.uow(), worked_example_id).star_evaluations) == 1

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.changed, timeout=5000), qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert customer_evaluations(demo_ctx.uow(), worked_example_id).star_evaluations == ()
    assert tab.evaluation_model.rows == []
    assert tab.criteria_model.rows == []
    assert not tab.delete_button.isEnabled()
    assert "No star evaluation yet" in tab.status.text()


def test_no_customer_clears_and_disables(qtbot, tab) -> None:
    with qtbot.waitSignal(tab.loaded, timeout=1000):
        tab.set_customer(None)
    assert not tab.isEnabled()
    assert tab.evaluation_model.rows == [] and tab.criteria_model.rows == []
