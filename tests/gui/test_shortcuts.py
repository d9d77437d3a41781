"""A page's shortcuts work as soon as the page is shown, whatever has focus (here: the sidebar that was
just clicked), and a hidden page's shortcuts never fire."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from gui.common.shortcuts import shortcut
from gui.main_window import MainWindow


def _show(qtbot, window: MainWindow, page: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.sidebar.setCurrentRow(window.pages.indexOf(page))
    window.sidebar.setFocus()
    qtbot.waitUntil(lambda: window.sidebar.hasFocus())


def _press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.ControlModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def test_ctrl_p_on_the_visit_plan_prints_the_handbook_from_the_sidebar(qtbot, window: MainWindow) -> None:
    page = window.visits_page
    page.tabs.setCurrentWidget(page.plan_tab)
    _show(qtbot, window, page)
    button = page.plan_tab.handbook_button
    button.clicked.disconnect(page.plan_tab.print_handbook)  # the shortcut is the subject, not printing
    button.setEnabled(True)
    with qtbot.waitSignal(button.clicked, timeout=2000):
        _press(qtbot, Qt.Key.Key_P)


def test_ctrl_f_on_the_visit_plan_goes_to_the_due_list_search(qtbot, window: MainWindow) -> None:
    page = window.visits_page
    page.tabs.setCurrentWidget(page.plan_tab)
    _show(qtbot, window, page)
    _press(qtbot, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: page.plan_tab.due.search.hasFocus(), timeout=2000)


def test_ctrl_f_on_customers_goes_to_the_search(qtbot, window: MainWindow) -> None:
    _show(qtbot, window, window.customers_page)
    _press(qtbot, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: window.customers_page.search.hasFocus(), timeout=2000)


def test_ctrl_f_on_products_goes_to_the_search(qtbot, window: MainWindow) -> None:
    _show(qtbot, window, window.catalogue_page)
    _press(qtbot, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: window.catalogue_page.search.hasFocus(), timeout=2000)


def test_ctrl_f_on_visit_history_and_follow_ups_goes_to_their_search(qtbot, window: MainWindow) -> None:
    page = window.visits_page
    for name in ("VisitHistoryView", "FollowUpsView"):
        view = page.views[name]
        page.tabs.setCurrentWidget(view)
        _show(qtbot, window, page)
        _press(qtbot, Qt.Key.Key_F)
        qtbot.waitUntil(lambda: view.search.hasFocus(), timeout=2000)


def test_a_hidden_page_does_not_take_the_shortcut(qtbot, window: MainWindow) -> None:
    page = window.visits_page
    page.tabs.setCurrentWidget(page.plan_tab)
    _show(qtbot, window, window.customers_page)
    clicks: list[bool] = []
    button = page.plan_tab.handbook_button
    button.clicked.disconnect(page.plan_tab.print_handbook)
    button.setEnabled(True)
    button.clicked.connect(lambda *_: clicks.append(True))
    _press(qtbot, Qt.Key.Key_P)
    qtbot.wait(50)
    assert clicks == []


def test_a_shortcut_keeps_its_context(qtbot) -> None:
    """PySide6's QShortcut(keys, parent, slot, context=...) leaves the shortcut window-wide; the helper
    sets the context the caller asked for (the plan table's Enter must not take the due list's)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    made = shortcut("Return", parent, lambda: None, Qt.ShortcutContext.WidgetWithChildrenShortcut)
    assert made.context() == Qt.ShortcutContext.WidgetWithChildrenShortcut


def test_the_plan_tables_shortcuts_stay_with_the_table(window: MainWindow) -> None:
    table = window.visits_page.plan_tab.plan.table
    contexts = {s.key().toString(): s.context() for s in table.findChildren(QShortcut)}
    assert contexts and set(contexts.values()) == {Qt.ShortcutContext.WidgetWithChildrenShortcut}


def test_the_history_lists_return_and_the_record_entries_delete_stay_with_their_table(qtbot, window: MainWindow) -> None:
    """Return opens the visit in the history list and Delete removes an entry in the record form, each only
    while its table has the focus (made through the helper that keeps the context)."""
    from gui.visits.record_entries import ServiceSection

    history = window.visits_page.views["VisitHistoryView"].view
    entries = ServiceSection(date(2026, 12, 3), parent=window)
    for table in (history, entries.view):
        contexts = {s.context() for s in table.findChildren(QShortcut)}
        assert contexts == {Qt.ShortcutContext.WidgetShortcut}
