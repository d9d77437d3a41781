"""The visits page's plan tab as a user drives it: plan a day from the due list, reorder, mark visited,
remove, copy, delete; the two item models through the model tester."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from domain.services.visit_planning import due_customers, get_day_plan
from domain.visits.due import DueCategory
from domain.visits.planning_views import DayPlanView, DueShow, PlanStopRow
from gui.context import AppContext
from gui.visits import plan_tab as plan_tab_module
from gui.visits.due_model import DueTableModel
from gui.visits.plan_model import MIME_TYPE, STATUS, PlanStopModel
from gui.visits.plan_tab import PlanTab
from gui.visits.visits_page import VisitsPage
from gui.workers import TaskRunner
from tests.gui.conftest import Recorder
from tests.gui.dossier_demo import dispose

TODAY = date(2026, 11, 27)  # a Friday; the demo has plans for today and Monday
MONDAY = date(2026, 11, 30)
TUESDAY = date(2026, 12, 1)


@pytest.fixture
def demo(plan_ctx: AppContext) -> AppContext:
    return plan_ctx


@pytest.fixture
def tab(plan_tab: PlanTab) -> PlanTab:
    return plan_tab


def _go(qtbot, tab: PlanTab, day: date) -> None:
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.go_to(day)


def _plan_names(tab: PlanTab) -> list[str]:
    return [s.name for s in tab.plan.model.stops]


def _select_due_rows(tab: PlanTab, rows: list[int]) -> list[int]:
    table, model = tab.due.table, tab.due.model
    table.clearSelection()
    selection = table.selectionModel()
    for r in rows:
        selection.select(model.index(r, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    return [model.rows[r].customer_id for r in rows]


def _select_stops(tab: PlanTab, rows: list[int]) -> None:
    table, model = tab.plan.table, tab.plan.model
    selection = table.selectionModel()
    selection.clearSelection()
    for r in rows:
        selection.select(model.index(r, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    selection.setCurrentIndex(model.index(rows[0], 1), selection.SelectionFlag.NoUpdate)


# --- the models -----------------------------------------------------------------------------------


def test_due_model_passes_the_model_tester(qtmodeltester, tab: PlanTab) -> None:
    assert tab.due.model.rowCount() > 0
    qtmodeltester.check(tab.due.model)
    model = DueTableModel()
    model.load(tab.due.model.all_rows, TODAY)
    model.set_filter(tab.due.current_filter())
    qtmodeltester.check(model)


def _stop(n: int) -> PlanStopRow:
    return PlanStopRow(n, 100 + n, f"店{n}", "线路一", f"北环路{n}号", "", "", n, "planned", "in_person")


def test_plan_model_passes_the_model_tester_and_moves_rows(qtmodeltester) -> None:
    model = PlanStopModel()
    model.set_stops([_stop(n) for n in range(1, 6)])
    qtmodeltester.check(model)
    orders: list[list[int]] = []
    model.order_changed.connect(orders.append)
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)  # 1 goes before 4
    assert model.customer_ids == [102, 103, 101, 104, 105]
    assert model.moveRows(QModelIndex(), 3, 2, QModelIndex(), 0)  # 4, 5 go first
    assert model.customer_ids == [104, 105, 102, 103, 101]
    assert not model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 2)  # onto itself
    assert not model.moveRows(QModelIndex(), 4, 1, QModelIndex(), 6)  # past the end
    assert model.data(model.index(0, 0)) == "1"  # positions follow the order
    assert orders == [[102, 103, 101, 104, 105], [104, 105, 102, 103, 101]]
    assert model.move_rows_to([0, 2, 4], 5)  # a scattered selection, to the end, kept in order
    assert model.customer_ids == [105, 103, 104, 102, 101]
    assert len(orders) == 3  # one signal for the whole move
    assert model.move_by([4], -1) and model.customer_ids == [105, 103, 104, 101, 102]
    assert not model.move_by([0], -1)
    qtmodeltester.check(model)


def test_plan_model_drop_moves_the_dragged_rows() -> None:
    model = PlanStopModel()
    model.set_stops([_stop(n) for n in range(1, 5)])
    data = model.mimeData([model.index(0, 1), model.index(0, 2)])
    assert data.hasFormat(MIME_TYPE)
    # answering False keeps the view from removing the "source" rows after the move
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex()) is False
    assert model.customer_ids == [102, 103, 101, 104]
    data = model.mimeData([model.index(3, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(0, 0))  # dropped on row 0
    assert model.customer_ids == [104, 102, 103, 101]


# --- planning a day -------------------------------------------------------------------------------


def test_plan_a_day_from_the_due_list(qtbot, tab: PlanTab, demo: AppContext) -> None:
    _go(qtbot, tab, TUESDAY)  # no plan yet
    assert tab.plan.model.rowCount() == 0
    assert tab.plan.counts.text() == "No stops yet"
    shown = tab.due.model.rows
    assert shown and all(r.category.is_due for r in shown)
    ids = _select_due_rows(tab, [0, 1, 2])
    with qtbot.waitSignal(tab.changed, timeout=10000):
        qtbot.mouseClick(tab.due.add_button, Qt.MouseButton.LeftButton)
    assert tab.plan.model.customer_ids == ids
    assert not {r.customer_id for r in tab.due.model.rows} & set(ids)  # they left the due list
    assert get_day_plan(demo.uow(), TUESDAY).customer_ids == ids
    assert tab.plan.counts.text().startswith("3 stops")
    # the cursor stays in the list: Enter adds the next customer
    next_id = tab.due.selected_ids()
    assert len(next_id) == 1
    with qtbot.waitSignal(tab.changed, timeout=10000):
        qtbot.keyClick(tab.due.table, Qt.Key.Key_Return)
    assert tab.plan.model.customer_ids == ids + next_id


def test_double_click_adds_and_the_route_filter_narrows(qtbot, tab: PlanTab) -> None:
    _go(qtbot, tab, TUESDAY)
    tab.due.show_box.setCurrentIndex(tab.due.show_box.findData(DueShow.ALL.value))
    route = tab.due.route_box.itemData(1)
    tab.due.route_box.setCurrentIndex(1)
    assert tab.due.model.rows and {r.route for r in tab.due.model.rows} == {route}
    tab.due.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # along the route, by address
    first = tab.due.model.rows[0]
    rect = tab.due.table.visualRect(tab.due.model.index(0, 0))
    qtbot.mouseClick(tab.due.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(tab.changed, timeout=10000):
        qtbot.mouseDClick(tab.due.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.plan.model.customer_ids[-1] == first.customer_id


def test_add_all_shown(qtbot, tab: PlanTab, demo: AppContext) -> None:
    _go(qtbot, tab, TUESDAY)
    tab.due.show_box.setCurrentIndex(tab.due.show_box.findData(DueShow.OVERDUE.value))
    ids = [r.customer_id for r in tab.due.model.rows]
    assert ids and all(r.category is DueCategory.OVERDUE for r in tab.due.model.rows)
    with qtbot.waitSignal(tab.changed, timeout=10000):
        tab.due.add_all_button.click()
    assert tab.plan.model.customer_ids == ids
    assert tab.due.model.rowCount() == 0


def test_search_finds_any_customer_and_goes_back(qtbot, tab: PlanTab) -> None:
    _go(qtbot, tab, TUESDAY)
    due_only = tab.due.model.rowCount()
    later = next(r for r in tab.due.model.all_rows if r.category is DueCategory.LATER and not r.planned_here)
    qtbot.keyClicks(tab.due.search, later.search_initials or later.license_no)  # pinyin initials
    assert tab.due.show_box.currentData() == DueShow.ALL.value
    assert later.customer_id in [r.customer_id for r in tab.due.model.rows]
    qtbot.keyClick(tab.due.search, Qt.Key.Key_Return)  # to the list, first row selected
    assert tab.due.table.hasFocus() or tab.due.selected_ids()
    tab.due.search.clear()
    assert tab.due.show_box.currentData() == DueShow.DUE.value
    assert tab.due.model.rowCount() == due_only


def test_reorder_by_moving_rows_and_by_the_buttons(qtbot, tab: PlanTab, demo: AppContext) -> None:
    _go(qtbot, tab, MONDAY)  # the demo planned Monday
    ids = tab.plan.model.customer_ids
    assert len(ids) >= 4
    with qtbot.waitSignal(tab.changed, timeout=10000):
        tab.plan.model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    expected = [ids[1], ids[2], ids[0], *ids[3:]]
    assert get_day_plan(demo.uow(), MONDAY).customer_ids == expected
    assert tab.plan.model.customer_ids == expected
    _select_stops(tab, [3])
    with qtbot.waitSignal(tab.changed, timeout=10000):
        qtbot.mouseClick(tab.plan.up_button, Qt.MouseButton.LeftButton)
    before_up = expected
    expected = [expected[0], expected[1], expected[3], expected[2], *expected[4:]]
    assert get_day_plan(demo.uow(), MONDAY).customer_ids == expected
    assert tab.plan.selected_ids() == [expected[2]]  # the moved stop stays selected
    tab.plan.table.setFocus()
    with qtbot.waitSignal(tab.changed, timeout=10000):  # and Ctrl+Down takes it back
        qtbot.keyClick(tab.plan.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert get_day_plan(demo.uow(), MONDAY).customer_ids == before_up == tab.plan.model.customer_ids


def test_quick_moves_end_in_the_last_order(qtbot, tab: PlanTab, demo: AppContext) -> None:
    """Several moves in one turn (a drag of several rows arrives as one move per row) store one order."""
    _go(qtbot, tab, MONDAY)
    changes: list[int] = []
    tab.changed.connect(lambda: changes.append(1))
    with qtbot.waitSignal(tab.changed, timeout=10000):
        for _ in range(3):
            tab.plan.model.moveRows(QModelIndex(), 0, 1, QModelIndex(), tab.plan.model.rowCount())
    final = tab.plan.model.customer_ids
    qtbot.wait(100)
    assert changes == [1]
    assert tab.plan.model.customer_ids == final
    assert get_day_plan(demo.uow(), MONDAY).customer_ids == final
    # moves answered one by one: the list never jumps back to an older order
    for _ in range(2):
        with qtbot.waitSignal(tab.plan.model.order_changed):
            tab.plan.model.moveRows(QModelIndex(), 0, 1, QModelIndex(), tab.plan.model.rowCount())
        qtbot.wait(0)
    final = tab.plan.model.customer_ids
    qtbot.waitUntil(lambda: tab._writes == 0 and tab._pending_order is None, timeout=5000)
    tab._runner.wait()
    qtbot.wait(50)
    assert tab.plan.model.customer_ids == final == get_day_plan(demo.uow(), MONDAY).customer_ids


def test_mark_a_stop_visited_and_it_leaves_the_due_list(qtbot, tab: PlanTab, demo: AppContext) -> None:
    view = get_day_plan(demo.uow(), TODAY)
    first = view.stops[0]
    assert first.status == "planned"
    _select_stops(tab, [0])
    with qtbot.waitSignal(tab.changed, timeout=10000):
        qtbot.mouseClick(tab.plan.visited_button, Qt.MouseButton.LeftButton)
    assert tab.plan.model.stops[0].status == "done"
    assert tab.plan.model.data(tab.plan.model.index(0, STATUS)) == "Visited"
    assert tab.plan.counts.text().startswith(f"{len(view.stops)} stops · 1 visited")
    row = next(r for r in due_customers(demo.uow(), TODAY) if r.customer_id == first.customer_id)
    assert (row.last_done, row.category) == (TODAY, DueCategory.LATER)
    # phone, missed, back to planned
    _select_stops(tab, [1])
    with qtbot.waitSignal(tab.changed, timeout=10000):
        tab.plan.phone_action.trigger()
    assert tab.plan.model.data(tab.plan.model.index(1, STATUS)) == "Visited (phone)"
    with qtbot.waitSignal(tab.changed, timeout=10000):
        tab.plan.missed_button.click()
    assert tab.plan.model.stops[1].status == "missed"
    with qtbot.waitSignal(tab.changed, timeout=10000):
        tab.plan.planned_action.trigger()
    assert tab.plan.model.stops[1].status == "planned"


def test_a_day_ahead_cannot_be_marked(qtbot, tab: PlanTab) -> None:
    _go(qtbot, tab, MONDAY)
    _select_stops(tab, [0])
    assert not tab.plan.visited_button.isEnabled() and not tab.plan.missed_button.isEnabled()
    assert tab.plan.remove_button.isEnabled() and tab.plan.record_button.isEnabled()


def test_record_visit_opens_the_form_for_the_stop(qtbot, tab: PlanTab, recorder: Recorder) -> None:
    stop = tab.plan.model.stops[2]
    _select_stops(tab, [2])
    with qtbot.waitSignal(tab.loaded, timeout=10000):  # saved: the tab reloads
        qtbot.mouseClick(tab.plan.record_button, Qt.MouseButton.LeftButton)
    assert recorder.calls == [(stop.customer_id, TODAY, stop.visit_id)]


def test_remove_a_stop(qtbot, tab: PlanTab, demo: AppContext) -> None:
    ids = tab.plan.model.customer_ids
    _select_stops(tab, [1])
    tab.plan.table.setFocus()
    with qtbot.waitSignal(tab.changed, timeout=10000):
        qtbot.keyClick(tab.plan.table, Qt.Key.Key_Delete)
    assert tab.plan.model.customer_ids == [ids[0], *ids[2:]]
    assert ids[1] in [r.customer_id for r in tab.due.model.all_rows if not tab.due.model.is_planned(r)]
    assert get_day_plan(demo.uow(), TODAY).customer_ids == [ids[0], *ids[2:]]


def test_removing_a_visited_stop_is_refused_with_a_message(qtbot, tab: PlanTab, monkeypatch) -> None:
    _select_stops(tab, [0])
    with qtbot.waitSignal(tab.changed, timeout=10000):
        tab.plan.visited_button.click()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    with qtbot.waitSignal(tab.loaded, timeout=10000):  # refused, then reloaded
        tab.plan.remove_button.click()
    assert shown and "set it back to planned" in shown[0]
    assert len(tab.plan.model.stops) == len(get_day_plan(tab._ctx.uow(), TODAY).stops)


def test_copy_a_plan_and_merge_into_a_planned_date(qtbot, tab: PlanTab, demo: AppContext, monkeypatch) -> None:
    today_ids = tab.plan.model.customer_ids
    monkeypatch.setattr(plan_tab_module, "ask_copy_target", lambda *_: TUESDAY)
    with qtbot.waitSignal(tab.changed, timeout=10000):
        tab.plan.copy_button.click()
    assert get_day_plan(demo.uow(), TUESDAY).customer_ids == today_ids
    assert "Copied" in tab.message.text() and TUESDAY.isoformat() in tab.message.text()
    # onto Monday, which has its own plan: asked, then merged
    monday = get_day_plan(demo.uow(), MONDAY).customer_ids
    monkeypatch.setattr(plan_tab_module, "ask_copy_target", lambda *_: MONDAY)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.changed, timeout=10000):
        tab.plan.copy_button.click()
    assert asked and "already has a plan" in asked[0]
    merged = get_day_plan(demo.uow(), MONDAY).customer_ids
    assert merged[:len(monday)] == monday and set(merged) == set(monday) | set(today_ids)
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.message.linkActivated.emit(MONDAY.isoformat())
    assert tab.on == MONDAY and tab.plan.model.customer_ids == merged


def test_delete_a_plan(qtbot, tab: PlanTab, demo: AppContext, monkeypatch) -> None:
    _go(qtbot, tab, MONDAY)
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.plan.delete_button.click()
    assert tab.plan.model.rowCount() == 0
    assert get_day_plan(demo.uow(), MONDAY) == DayPlanView(MONDAY)
    assert not tab.plan.delete_button.isEnabled()


def test_date_buttons(qtbot, tab: PlanTab) -> None:
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.tomorrow_button.click()
    assert tab.on == MONDAY  # the next working day after Friday
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.prev_button.click()
    assert tab.on == MONDAY - timedelta(days=1)
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.today_button.click()
    assert tab.on == TODAY
    assert "Plan for 2026-11-27" in tab.plan.title.text()


# --- the page -------------------------------------------------------------------------------------


def test_visits_page_hosts_the_plan(qtbot, demo: AppContext, tmp_path: Path) -> None:
    runner = TaskRunner()
    page = VisitsPage(demo, runner, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    page.show()
    assert page.tabs.tabText(0) == "Visit plan"
    assert page.tabs.count() == 1 + len(page.views)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    assert page.plan_tab.plan.model.rowCount() > 0
    dispose(page, runner)


def test_main_window_has_the_visits_page_after_customers(window) -> None:
    labels = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert labels.index("Visits") == labels.index("Customers") + 1
    page = window.visits_page  # built on first reach, in its sidebar place
    assert window.pages.widget(labels.index("Visits")) is page
