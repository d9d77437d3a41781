"""Nothing typed is lost: the window asks every page and open dialog what it holds unsaved before it closes
or opens another workspace (one question: 保存 / 放弃 / 取消), and a save that fails keeps the user where
the work is, with the reason shown. The dossier's SWOT and plan tabs do the same when the user leaves them."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QMessageBox

import main
from domain.services.customers import get_customer
from domain.services.evaluations import customer_evaluations
from domain.services.visit_history import day_summary
from gui.customers.plans_tab import PlansTab
from gui.customers.swot_tab import SwotTab
from gui.main_window import MainWindow
from gui.visits.day_summary_view import DaySummaryView
from gui.visits.record_dialog import VisitRecordDialog
from tests.gui.dossier_demo import TODAY, dispose

B = QMessageBox.StandardButton


class Asked:
    """Stands in for QMessageBox.question: records each question and gives the prepared answer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> None:
        self.texts: list[str] = []
        self.answer = answer
        monkeypatch.setattr(QMessageBox, "question", self)

    def __call__(self, *args: object, **kwargs: object) -> QMessageBox.StandardButton:
        self.texts.append(str(args[2]))
        return self.answer


# --- the dossier's SWOT and plan tabs: 保存 that fails keeps the user there -------------------------


@pytest.fixture
def tab_of(qtbot, demo_ctx, runner, worked_example_id):  # noqa: F811
    made: list = []

    def make(cls):
        widget = cls(demo_ctx, runner)
        widget.resize(820, 560)
        widget.show()
        made.append(widget)
        with qtbot.waitSignal(widget.loaded, timeout=5000):
            widget.set_customer(worked_example_id)
        return widget

    yield make
    for widget in made:
        dispose(widget, runner)


def _plans(ctx, customer_id: int):
    return customer_evaluations(ctx.uow(), customer_id).plans


def test_saving_an_invalid_plan_on_leave_stays_with_the_reason(qtbot, tab_of, demo_ctx, worked_example_id,  # noqa: F811
                                                               monkeypatch) -> None:
    tab: PlansTab = tab_of(PlansTab)
    asked = Asked(monkeypatch, B.Save)
    tab.review.setDate(QDate(2026, 10, 1))  # before the plan was made
    assert tab.has_unsaved_changes()
    assert not tab.ask_to_keep_edits()
    assert asked.texts
    assert tab.error.isVisible() and tab.error.text() == "The review date is before the plan was made."
    assert tab.has_unsaved_changes() and tab.review.date() == QDate(2026, 10, 1)  # the edit is kept
    (plan,) = _plans(demo_ctx, worked_example_id)
    assert plan.review_on.isoformat() == "2026-12-31"


def test_saving_a_valid_plan_on_leave_is_done_before_moving_on(qtbot, tab_of, demo_ctx, worked_example_id,  # noqa: F811
                                                               monkeypatch) -> None:
    tab: PlansTab = tab_of(PlansTab)
    Asked(monkeypatch, B.Save)
    tab.review.setDate(QDate(2027, 1, 15))
    assert tab.ask_to_keep_edits()
    (plan,) = _plans(demo_ctx, worked_example_id)  # already written when the answer comes back
    assert plan.review_on.isoformat() == "2027-01-15"
    assert not tab.has_unsaved_changes()
    qtbot.waitUntil(lambda: not tab._runner.busy, timeout=5000)


def test_saving_on_leave_while_an_earlier_save_runs_stays_and_says_so(qtbot, tab_of, monkeypatch) -> None:
    tab: SwotTab = tab_of(SwotTab)
    Asked(monkeypatch, B.Save)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(str(a[2])))
    tab.conclusion.setPlainText("先稳住老顾客")
    tab.busy = True  # a save started a moment ago has not answered yet
    assert not tab.ask_to_keep_edits()
    assert told and "still running" in told[0]
    assert tab.has_unsaved_changes() and tab.conclusion.toPlainText() == "先稳住老顾客"
    tab.busy = False


def test_saving_an_empty_swot_on_leave_stays_with_the_reason(qtbot, tab_of, monkeypatch) -> None:
    tab: SwotTab = tab_of(SwotTab)
    Asked(monkeypatch, B.Save)
    for edit in tab.lists.values():
        edit.set_entries([])
    tab.conclusion.setPlainText("")
    tab.dirty = True
    assert not tab.ask_to_keep_edits()
    assert tab.error.isVisible() and tab.error.text() == "A SWOT analysis needs at least one entry."
    assert tab.has_unsaved_changes()


# --- the window asks every page and open dialog ----------------------------------------------------


@pytest.fixture
def demo_window(qtbot, demo_ctx, tmp_path: Path) -> Iterator[MainWindow]:  # noqa: F811
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(demo_ctx, main.RESOURCES / "icons",
                   opener=lambda p, create=False: main.open_context(p, None, tmp_path, tmp_path / "l.log", create=create), settings=settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    # a closed window is deleted with its pool, which waited for its tasks; their answers go nowhere
    while shiboken6.isValid(w) and w.runner.busy:
        w.runner.wait()
        qtbot.wait(10)


def _summary_view(window: MainWindow) -> DaySummaryView:
    view = window.visits_page.views["DaySummaryView"]
    assert isinstance(view, DaySummaryView)
    return view


def _type_day_summary(qtbot, window: MainWindow, text: str) -> DaySummaryView:
    window.sidebar.setCurrentRow(window.pages.indexOf(window.visits_page))
    view = _summary_view(window)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.visits_page.tabs.setCurrentWidget(view)
    view.summary.setPlainText(text)
    window.sidebar.setCurrentRow(window.pages.indexOf(window.overview_page))
    return view


def test_closing_with_a_typed_day_summary_asks_and_cancel_keeps_it(qtbot, demo_window, monkeypatch) -> None:
    view = _type_day_summary(qtbot, demo_window, "今天北环路几家店缺货")
    asked = Asked(monkeypatch, B.Cancel)
    assert not demo_window.close()
    assert demo_window.isVisible()
    assert len(asked.texts) == 1 and f"Day summary of {TODAY.isoformat()}" in asked.texts[0]
    assert view.summary.toPlainText() == "今天北环路几家店缺货" and view.has_unsaved_changes()


def test_closing_and_choosing_save_writes_the_day_summary(qtbot, demo_window, demo_ctx, monkeypatch) -> None:  # noqa: F811
    _type_day_summary(qtbot, demo_window, "今天北环路几家店缺货")
    Asked(monkeypatch, B.Save)
    assert demo_window.close()
    assert day_summary(demo_ctx.uow(), TODAY, TODAY).summary == "今天北环路几家店缺货"


def test_closing_and_choosing_discard_closes_without_writing(qtbot, demo_window, demo_ctx, monkeypatch) -> None:  # noqa: F811
    before = day_summary(demo_ctx.uow(), TODAY, TODAY).summary
    _type_day_summary(qtbot, demo_window, "不要这段")
    Asked(monkeypatch, B.Discard)
    assert demo_window.close()
    assert day_summary(demo_ctx.uow(), TODAY, TODAY).summary == before


def test_opening_another_workspace_asks_first(qtbot, demo_window, demo_ctx, tmp_path, monkeypatch) -> None:  # noqa: F811
    _type_day_summary(qtbot, demo_window, "今天北环路几家店缺货")
    asked = Asked(monkeypatch, B.Cancel)
    assert not demo_window.switch_workspace(tmp_path / "other.db")
    assert asked.texts and demo_window.ctx is demo_ctx and not (tmp_path / "other.db").exists()


def test_one_question_lists_the_work_of_every_page(qtbot, demo_window, worked_example_id, monkeypatch) -> None:  # noqa: F811
    _type_day_summary(qtbot, demo_window, "今天北环路几家店缺货")
    customers = demo_window.customers_page
    demo_window.sidebar.setCurrentRow(demo_window.pages.indexOf(customers))
    with qtbot.waitSignal(customers.dossier.loaded, timeout=10000):
        customers.open_customer(worked_example_id)
    plans = next(t for t in customers.dossier.extra_tabs if isinstance(t, PlansTab))
    qtbot.waitUntil(lambda: plans.current is not None, timeout=10000)
    plans.review.setDate(QDate(2027, 1, 15))
    customers.dossier.form.phone.setText("13900000000")
    catalogue = demo_window.catalogue_page
    demo_window.sidebar.setCurrentRow(demo_window.pages.indexOf(catalogue))
    qtbot.waitUntil(lambda: catalogue.model.rowCount() > 0, timeout=10000)
    catalogue.table.selectRow(0)
    catalogue.form.name.setText(catalogue.form.name.text() + "（改）")
    asked = Asked(monkeypatch, B.Cancel)
    assert not demo_window.close()
    (text,) = asked.texts
    for part in ("Day summary of", "Dossier of", "Improvement plan of 2026-11-05", "Product "):
        assert part in text, text


def test_a_plan_that_cannot_be_saved_keeps_the_window_open_at_the_plan(qtbot, demo_window, demo_ctx,  # noqa: F811
                                                                        worked_example_id, monkeypatch) -> None:
    customers = demo_window.customers_page
    demo_window.sidebar.setCurrentRow(demo_window.pages.indexOf(customers))
    with qtbot.waitSignal(customers.dossier.loaded, timeout=10000):
        customers.open_customer(worked_example_id)
    plans = next(t for t in customers.dossier.extra_tabs if isinstance(t, PlansTab))
    qtbot.waitUntil(lambda: plans.current is not None, timeout=10000)
    plans.review.setDate(QDate(2026, 10, 1))
    demo_window.sidebar.setCurrentRow(demo_window.pages.indexOf(demo_window.overview_page))
    Asked(monkeypatch, B.Save)
    assert not demo_window.close()
    assert demo_window.isVisible()
    assert demo_window.pages.currentWidget() is customers
    assert customers.dossier.tabs.currentWidget() is plans
    assert plans.error.isVisible() and plans.error.text() == "The review date is before the plan was made."
    (plan,) = _plans(demo_ctx, worked_example_id)
    assert plan.review_on.isoformat() == "2026-12-31"


def test_a_dossier_saved_on_close_is_written(qtbot, demo_window, demo_ctx, worked_example_id, monkeypatch) -> None:  # noqa: F811
    customers = demo_window.customers_page
    demo_window.sidebar.setCurrentRow(demo_window.pages.indexOf(customers))
    with qtbot.waitSignal(customers.dossier.loaded, timeout=10000):
        customers.open_customer(worked_example_id)
    customers.dossier.form.phone.setText("13900000000")
    Asked(monkeypatch, B.Save)
    assert demo_window.close()
    assert get_customer(demo_ctx.uow(), worked_example_id).phone == "13900000000"


def test_an_open_visit_record_is_asked_too(qtbot, demo_window, demo_ctx, worked_example_id, monkeypatch) -> None:  # noqa: F811
    dialog = VisitRecordDialog(demo_ctx, demo_window.runner, worked_example_id, TODAY + timedelta(days=1),
                               parent=demo_window.visits_page)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    dialog.summary.summary.setPlainText("店主想多要几条紧俏烟")
    assert dialog.dirty
    asked = Asked(monkeypatch, B.Cancel)
    assert not demo_window.close()
    (text,) = asked.texts
    assert "Visit record: " in text
    asked.answer = B.Discard
    assert demo_window.close()
    assert not dialog.isVisible()
