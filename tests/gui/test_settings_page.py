from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from domain.services.workspace import list_segments, load_settings
from gui.main_window import MainWindow


def _open_settings(qtbot, window: MainWindow) -> None:
    window.sidebar.setCurrentRow(window.pages.indexOf(window.settings_page))
    qtbot.waitUntil(lambda: window.settings_page.frequency_form.rowCount() == 4, timeout=5000)


def test_edit_and_save_settings(qtbot, window: MainWindow, ctx) -> None:
    _open_settings(qtbot, window)
    page = window.settings_page
    page.owner_name.clear()
    page.owner_name.setText("王建国")  # QTest cannot type CJK; the input method would
    page.unit_name.setText("某某市烟草公司营销部")
    page.margin.setValue(9.5)
    first_segment = list_segments(ctx.uow())[0]
    page._frequency_boxes[first_segment.id].setValue(10)
    with qtbot.waitSignal(page.saved, timeout=5000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = load_settings(ctx.uow())
    assert (saved.owner_name, saved.unit_name) == ("王建国", "某某市烟草公司营销部")
    assert saved.default_margin_rate == Decimal("0.095")
    assert list_segments(ctx.uow())[0].visit_every_days == 10
    # the overview refreshes and shows the new frequency
    window.show_page("overview")
    qtbot.waitUntil(lambda: bool(window.overview_page.segment_model.rows)
                    and window.overview_page.segment_model.rows[0].visit_every_days == 10, timeout=5000)


def test_ctrl_s_saves(qtbot, window: MainWindow, ctx) -> None:
    _open_settings(qtbot, window)
    page = window.settings_page
    page.owner_name.setText("李明")
    page.owner_name.setFocus()
    with qtbot.waitSignal(page.saved, timeout=5000):
        qtbot.keyClick(page.owner_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_settings(ctx.uow()).owner_name == "李明"


def test_changing_language_says_when_it_applies(qtbot, window: MainWindow, ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    _open_settings(qtbot, window)
    page = window.settings_page
    page.language.setCurrentIndex(page.language.findData("zh_CN"))
    with qtbot.waitSignal(page.language_changed, timeout=5000):
        page.save()
    assert load_settings(ctx.uow()).language == "zh_CN"
    assert told and "next time" in told[0]


def test_a_failed_save_is_reported_and_changes_nothing(qtbot, window: MainWindow, ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    _open_settings(qtbot, window)
    page = window.settings_page
    page.owner_name.setText("不该保存")
    page._settings.grade_count = 0  # an impossible value slipped past the form
    monkeypatch.setattr(page.grades, "value", lambda: 0)
    page.save()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "grades" in warnings[0]
    assert load_settings(ctx.uow()).owner_name != "不该保存"
