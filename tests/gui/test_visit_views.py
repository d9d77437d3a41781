"""The follow-up list, the visit history and the day summary on the demo workspace."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from domain.model.visits import VisitType
from domain.services.visit_history import day_summary
from gui.visits import history_view
from gui.visits.day_summary_view import DaySummaryView
from gui.visits.follow_ups_view import FollowUpsView
from gui.visits.history_view import VisitHistoryView
from tests.gui.dossier_demo import TODAY, dispose


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _shown(qtbot, view):
    view.resize(1216, 700)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.refresh()
    return view


def test_history_filters(qtbot, demo_ctx, runner, qtmodeltester, no_warnings) -> None:  # noqa: F811
    view = _shown(qtbot, VisitHistoryView(demo_ctx, runner))
    qtmodeltester.check(view.model)
    rows = view.model.rows
    assert rows and all(TODAY - timedelta(days=30) <= r.planned_on <= TODAY for r in rows)
    assert [r.planned_on for r in rows] == sorted((r.planned_on for r in rows), reverse=True)
    assert view.route.count() > 2  # the routes arrived with the first load

    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.type.setCurrentIndex(view.type.findData(VisitType.PHONE.value))
    assert view.model.rows and {r.visit_type for r in view.model.rows} == {"phone"}
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.type.setCurrentIndex(0)

    route = view.route.itemData(1)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.route.setCurrentIndex(1)
    assert view.model.rows and {r.route for r in view.model.rows} == {route}
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.route.setCurrentIndex(0)

    day = TODAY - timedelta(days=1)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.start.setDate(_qdate(day))
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.end.setDate(_qdate(day))
    assert view.model.rows and {r.planned_on for r in view.model.rows} == {day}

    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.start.setDate(_qdate(TODAY - timedelta(days=60)))
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.end.setDate(_qdate(TODAY))
    qtbot.keyClicks(view.search, "bhl")  # 北环路烟酒店 by its initials
    assert view.model.rows and {r.customer_name for r in view.model.rows} == {"北环路烟酒店"}
    view.search.setText("530102100001")
    assert {r.customer_name for r in view.model.rows} == {"北环路烟酒店"}
    assert "visits" in view.count.text()
    qtmodeltester.check(view.model)
    dispose(view, runner)


def test_history_opens_the_record_on_double_click(qtbot, demo_ctx, runner, monkeypatch, no_warnings) -> None:  # noqa: F811
    view = _shown(qtbot, VisitHistoryView(demo_ctx, runner))
    opened: list[tuple] = []
    monkeypatch.setattr(history_view, "open_visit_record", lambda *a: opened.append(a[3:]) or True)
    row = view.model.rows[3]
    index = view.model.index(3, 1)
    with qtbot.waitSignal(view.loaded, timeout=10000):  # saved: the list is reloaded
        view.view.doubleClicked.emit(index)
    assert opened == [(row.customer_id, row.planned_on, row.visit_id)]
    dispose(view, runner)


def test_follow_ups_overdue_filter_and_search(qtbot, demo_ctx, runner, qtmodeltester, no_warnings) -> None:  # noqa: F811
    later = TODAY + timedelta(days=6)
    demo_ctx.today = lambda: later  # a week on, some of the demo's follow-ups are overdue
    view = _shown(qtbot, FollowUpsView(demo_ctx, runner))
    qtmodeltester.check(view.model)
    everything = list(view.model.rows)
    assert everything and all(i.status == "open" for i in everything)
    view.overdue_only.setChecked(True)
    overdue = view.model.rows
    assert overdue and all(i.due_on < later for i in overdue) and len(overdue) < len(everything)
    view.overdue_only.setChecked(False)
    view.search.setText("读者")
    assert [i.customer_name for i in view.model.rows] == ["北环路烟酒店"]
    view.search.clear()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.show_done.setChecked(True)
    assert any(i.status == "done" for i in view.model.rows)
    qtmodeltester.check(view.model)
    dispose(view, runner)


def test_day_summary_shows_the_day_and_saves_its_text(qtbot, demo_ctx, runner, qtmodeltester,  # noqa: F811
                                                      monkeypatch, no_warnings) -> None:
    view = _shown(qtbot, DaySummaryView(demo_ctx, runner))
    day = TODAY - timedelta(days=1)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.mouseClick(view.previous, Qt.MouseButton.LeftButton)
    assert view.current_day() == day
    data = view.data
    assert data is not None and data.done == len(data.visits) > 0
    for model in (view.visits, view.problems, view.follow_ups):
        qtmodeltester.check(model)
    assert view.summary.toPlainText() == data.summary  # the demo's own summary of the day
    assert f"Done {data.done}" in view.figures.text()

    view.summary.clear()
    qtbot.mouseClick(view.draft_button, Qt.MouseButton.LeftButton)
    assert view.summary.toPlainText().startswith(f"Planned {len(data.visits)} visits, done {data.done}")
    view.summary.setPlainText("今日拜访顺利，重点跟进紧俏烟货源。")
    assert view.has_unsaved_changes()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert not view.has_unsaved_changes()
    assert day_summary(demo_ctx.uow(), day, TODAY).summary == "今日拜访顺利，重点跟进紧俏烟货源。"

    # a Sunday has no day plan: saving its summary creates one
    sunday = TODAY + timedelta(days=2)
    assert sunday.weekday() == 6
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.set_day(sunday)
    assert view.data is not None and view.data.plan_id is None and "creates one" in view.status.text()
    view.summary.setPlainText("周日整理资料")
    # moving on with unsaved text asks; Cancel stays on the day
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    view.step(1)
    assert view.current_day() == sunday and view.summary.toPlainText() == "周日整理资料"
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.keyClick(view.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = day_summary(demo_ctx.uow(), sunday, TODAY)
    assert saved.plan_id is not None and saved.summary == "周日整理资料"
    dispose(view, runner)
