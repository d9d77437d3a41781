"""The 今日 page on the demo: today's plan, the reminders grouped with overdue first, and each action in
place (done, snooze, open the shop, add to a day's plan, copy a greeting), the festival sitting and the
calendar export."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from domain.care.reminders import CareKind, ReminderGroup
from domain.services.reminders import list_reminders
from domain.services.visit_planning import get_day_plan
from gui.common.row_model import ROW_ROLE
from gui.today.festival_dialog import FestivalDialog
from gui.today.reminder_dialogs import OwnReminderDialog
from gui.today.today_page import TodayPage
from gui.workers import TaskRunner
from tests.gui.conftest import page_factory
from tests.gui.dossier_demo import TODAY, dispose

GROUPS = list(ReminderGroup)


@pytest.fixture
def make_page(qtbot, demo_ctx, settings):
    yield from page_factory(qtbot, settings, TodayPage, demo_ctx, (1280, 720))


def select(page: TodayPage, match) -> int:
    for row, r in enumerate(page.model.rows):
        if match(r):
            page.table.selectRow(row)
            return row
    raise AssertionError("no such reminder on the page")


def test_the_page_shows_today_and_the_reminders_grouped_overdue_first(qtbot, make_page, qtmodeltester) -> None:
    page = make_page()
    view = page.view
    assert view is not None and view.today == TODAY
    assert view.plan.stops and page.plan_model.rowCount() == len(view.plan.stops)
    groups = [GROUPS.index(r.group(TODAY)) for r in page.model.rows]
    assert groups and groups == sorted(groups)
    assert {r.kind for r in page.model.rows} >= {CareKind.BIRTHDAY, CareKind.LICENSE}
    assert "2026-11-27" in page.subtitle.text()
    # the shops beyond their cycle are counted, and listed on asking, not mixed into the care reminders
    assert CareKind.VISIT not in {r.kind for r in page.model.rows}
    if view.visits_due:
        with qtbot.waitSignal(page.loaded, timeout=5000):
            page.visits_link.linkActivated.emit("visits")
        assert len(page.model.rows) == view.visits_due and {r.kind for r in page.model.rows} == {CareKind.VISIT}
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.plan_model)


def test_the_kind_filter_and_the_days_narrow_the_list(qtbot, make_page) -> None:
    page = make_page()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.kind.setCurrentIndex(page.kind.findData(CareKind.BIRTHDAY.value))
    assert page.model.rows and {r.kind for r in page.model.rows} == {CareKind.BIRTHDAY}
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.days.setValue(0)
    assert all(r.kind is CareKind.BIRTHDAY for r in page.model.rows)
    assert len(page.model.rows) <= len(list_reminders(page._ctx.uow(), TODAY, 7, kinds={CareKind.BIRTHDAY}))


def test_done_takes_the_reminder_off_and_keeps_the_note(qtbot, make_page, demo_ctx) -> None:
    page = make_page()
    select(page, lambda r: r.kind is CareKind.LICENSE)
    chosen = page.selected()
    assert chosen is not None and page.done_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.mark_selected_done("已提醒店主带身份证去续办")
    assert chosen.occurrence not in {r.occurrence for r in page.model.rows}
    assert "Marked done" in page.status.text()


def test_a_snoozed_reminder_comes_back_on_its_day(qtbot, make_page, demo_ctx) -> None:
    page = make_page()
    select(page, lambda r: r.kind is CareKind.BIRTHDAY)
    chosen = page.selected()
    assert chosen is not None
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.snooze_selected(TODAY + timedelta(days=1))
    assert chosen.occurrence not in {r.occurrence for r in page.model.rows}
    tomorrow = list_reminders(demo_ctx.uow(), TODAY + timedelta(days=1), 7)
    assert chosen.occurrence in {r.occurrence for r in tomorrow}


def test_open_shop_and_add_to_a_day_plan(qtbot, make_page, demo_ctx) -> None:
    page = make_page()
    select(page, lambda r: r.customer_id is not None and r.customer_id not in page.view.plan.customer_ids)
    chosen = page.selected()
    with qtbot.waitSignal(page.open_customer, timeout=2000) as opened:
        page.open_button.click()
    assert opened.args == [chosen.customer_id]
    monday = TODAY + timedelta(days=3)
    page.add_to_plan(chosen.customer_id, chosen.shop, monday)
    page._runner.wait()
    qtbot.waitUntil(lambda: "added to the plan" in page.status.text(), timeout=5000)
    assert chosen.customer_id in get_day_plan(demo_ctx.uow(), monday).customer_ids


def test_copy_greeting_of_an_owners_birthday(qtbot, make_page) -> None:
    page = make_page()
    select(page, lambda r: r.kind is CareKind.BIRTHDAY and not r.subject)
    chosen = page.selected()
    assert page.greeting_button.isEnabled()
    QGuiApplication.clipboard().clear()
    page.copy_greeting()
    qtbot.waitUntil(lambda: "Greeting copied" in page.status.text(), timeout=5000)
    text = QGuiApplication.clipboard().text()
    assert (chosen.owner or chosen.shop) in text and "生日快乐" in text


def test_a_new_own_reminder_asks_before_dropping_what_was_typed(qtbot, demo_ctx, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append("asked") or QMessageBox.StandardButton.Cancel)
    dialog = OwnReminderDialog([], TODAY)
    qtbot.addWidget(dialog)
    dialog.text.setText("带最新一期《读者》")
    dialog.reject()
    assert asked == ["asked"] and dialog.result() == 0 and dialog.text.text() == "带最新一期《读者》"


def test_the_festival_sitting_marks_a_greeting_sent(qtbot, demo_ctx) -> None:
    runner = TaskRunner()
    dialog = FestivalDialog(demo_ctx, runner, "spring", TODAY)
    qtbot.waitUntil(lambda: dialog.sitting is not None and bool(dialog.sitting.shops), timeout=10000)
    assert dialog.sitting.festival.name == "春节" and dialog.sitting.on.isoformat() == "2027-02-06"
    dialog.table.selectRow(0)
    first = dialog.table.selectionModel().selectedRows()[0].data(ROW_ROLE)
    assert first.owner in first.greeting or first.shop in first.greeting
    dialog.mark_sent(True)
    qtbot.waitUntil(lambda: dialog.sitting is not None and dialog.sitting.sent == 1, timeout=10000)
    assert "1" in dialog.summary.text()
    dispose(dialog, runner)


def test_the_calendar_export_writes_the_reminders(qtbot, make_page, tmp_path: Path) -> None:
    page = make_page()
    out = tmp_path / "fieldbook.ics"
    page.export_calendar(out, days=60)
    qtbot.waitUntil(lambda: "events written" in page.status.text(), timeout=10000)
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert events and len({str(e["UID"]) for e in events}) == len(events)
