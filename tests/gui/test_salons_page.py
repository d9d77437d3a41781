"""The 沙龙活动 area on the demo: the events listed coming first, every list through the model tester, an event
created and refused through the 前期准备 form, screening saved as the invitees, and one invitee taken
through invite → reply → attendance → outcome with its follow-up; a refusal of the rules is shown."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, QTime
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView

from domain.report_catalogue import EventSummaryRequest, InvitationListRequest, SignInSheetRequest
from domain.salons.model import Attendance, Channel, EventWithInvitees, Invitee, InviteState, Outcome, Reply
from domain.services.salons import event_with_invitees, list_events
from gui.context import AppContext
from gui.salons.event_view import DAY, FOLLOW_UP, INVITE, OUTCOME, SCREEN
from gui.salons.salons_page import SalonsPage
from tests.gui.conftest import page_factory
from tests.gui.dossier_demo import TODAY


@pytest.fixture
def make_page(qtbot, demo_ctx: AppContext, settings) -> Iterator[Callable[..., SalonsPage]]:
    yield from page_factory(qtbot, settings, SalonsPage, demo_ctx, (1166, 708))


def settle(page: SalonsPage) -> None:
    """Every task the page started has answered."""
    runner = page.event_view.runner
    while True:
        runner.wait()
        QApplication.processEvents()
        if not runner.busy:
            break


def open_event(qtbot, page: SalonsPage, event_id: int | None) -> None:
    if event_id is None:
        page.list.new_button.click()
    else:
        with qtbot.waitSignal(page.event_view.loaded, timeout=10000):
            page.open_event(event_id)
    settle(page)


def upcoming_id(page: SalonsPage) -> int:
    event_id = page.events[0].event.id
    assert event_id is not None and page.events[0].event.on >= TODAY
    return event_id


def stored(ctx: AppContext, event_id: int) -> EventWithInvitees:
    return event_with_invitees(ctx.uow(), event_id)


def invitation(ctx: AppContext, event_id: int, invitation_id: int) -> Invitee:
    return next(i for i in stored(ctx, event_id).invitees if i.invitation.id == invitation_id)


def select(view: QTableView, invitation_id: int | None) -> None:
    model = view.model()
    row = next(n for n, i in enumerate(model.rows) if i.invitation.id == invitation_id)  # type: ignore[attr-defined]
    view.selectionModel().select(model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                 | QItemSelectionModel.SelectionFlag.Rows)


def act(qtbot, page: SalonsPage, button) -> None:
    """Click an action's button and wait for the event to reload."""
    with qtbot.waitSignal(page.event_view.loaded, timeout=10000):
        button.click()
    settle(page)


def test_the_area_lists_the_events_coming_first(make_page, demo_ctx: AppContext, qtmodeltester) -> None:
    page = make_page()
    rows = page.list.model.rows
    assert len(rows) == 3
    assert rows[0].event.on >= TODAY and all(r.event.on < TODAY for r in rows[1:])
    assert [r.event.on for r in rows[1:]] == sorted((r.event.on for r in rows[1:]), reverse=True)
    assert [r.event.id for r in rows] == [s.event.id for s in list_events(demo_ctx.uow(), TODAY)]
    held = page.list.comparison_model.rows
    assert len(held) == 2 and all(s.funnel.attended > 0 for s in held)
    assert "%" in page.list.comparison_model.index(0, 3).data()  # a stage with its rate
    qtmodeltester.check(page.list.model)
    qtmodeltester.check(page.list.comparison_model)


def test_every_list_of_an_event_passes_the_model_tester(qtbot, make_page, qtmodeltester) -> None:
    page = make_page()
    past = page.events[-1].event.id
    open_event(qtbot, page, past)
    view = page.event_view
    assert view.data is not None and view.data.event.id == past
    view.tabs.setCurrentIndex(SCREEN)
    view.screening.run_screening()
    qtbot.waitUntil(lambda: view.screening.model.rowCount() > 0, timeout=10000)
    for model in (view.prepare.materials, view.screening.model, view.invite.model, view.day.model,
                  view.outcome.model, view.follow_up.model):
        qtmodeltester.check(model)
    assert view.follow_up.model.rowCount() > 0 and view.outcome.model.rowCount() > 0
    assert view.tabs.tabText(INVITE).endswith(f"/{view.invite.model.rowCount()}")


def test_the_print_buttons_follow_the_catalogue(qtbot, make_page, demo_ctx: AppContext) -> None:
    page = make_page()
    open_event(qtbot, page, upcoming_id(page))
    buttons = page.event_view.print_buttons
    for request in (InvitationListRequest, SignInSheetRequest, EventSummaryRequest):
        assert buttons[request].isVisibleTo(page) == demo_ctx.offers(request)


def test_a_new_event_is_saved_from_the_preparation_form(qtbot, make_page, demo_ctx: AppContext) -> None:
    page = make_page()
    open_event(qtbot, page, None)
    view, form = page.event_view, page.event_view.prepare
    assert not view.tabs.isTabEnabled(SCREEN)
    form.theme.insert("春节前零售户座谈会")  # as typed (keyClicks takes ASCII only)
    form.on.setDate(QDate(2027, 1, 14))
    form.starts.setTime(QTime(14, 0))
    form.ends.setTime(QTime(16, 0))
    form.place.insert("县局三楼会议室")  # as typed (keyClicks takes ASCII only)
    form.capacity.setValue(30)
    form.add_material.click()
    form.materials.setData(form.materials.index(0, 0), "签到表")
    assert form.is_dirty() and view.unsaved_work()
    with qtbot.waitSignals([view.loaded, page.loaded], timeout=10000):
        form.save_button.click()
    settle(page)
    assert view.event_id is not None and not form.is_dirty()
    assert view.tabs.isTabEnabled(SCREEN)
    saved = stored(demo_ctx, view.event_id).event
    assert (saved.theme, saved.place, saved.capacity, saved.materials[0].item) == \
        ("春节前零售户座谈会", "县局三楼会议室", 30, "签到表")
    assert saved.starts == QTime(14, 0).toPython()
    assert "春节前零售户座谈会" in [s.event.theme for s in page.list.model.rows]


def test_a_refused_form_keeps_what_was_typed_and_says_why(qtbot, make_page, demo_ctx: AppContext) -> None:
    page = make_page()
    open_event(qtbot, page, None)
    form = page.event_view.prepare
    form.place.insert("县局三楼会议室")  # as typed (keyClicks takes ASCII only)
    form.starts.setTime(QTime(16, 0))
    form.ends.setTime(QTime(15, 0))
    form.save_button.click()
    qtbot.waitUntil(lambda: not form._rows["theme"].error.isHidden(), timeout=10000)
    assert "theme" in form._rows["theme"].error.text()
    assert "end after" in form._rows["ends"].error.text()
    assert form.place.text() == "县局三楼会议室" and form.is_dirty()
    assert page.event_view.event_id is None
    assert len(list_events(demo_ctx.uow(), TODAY)) == 3
    form.theme.insert("补")  # typing (keyClicks takes ASCII only) clears the message
    assert form._rows["theme"].error.isHidden()


def test_screening_saved_as_the_invitees_changes_the_list(qtbot, make_page, demo_ctx: AppContext) -> None:
    page = make_page()
    event_id = upcoming_id(page)
    open_event(qtbot, page, event_id)
    view = page.event_view
    before = stored(demo_ctx, event_id).invitees
    kept = {i.invitation.customer_id for i in before if i.invitation.invite is InviteState.INVITED}
    view.tabs.setCurrentIndex(SCREEN)
    view.screening.run_screening()
    qtbot.waitUntil(lambda: view.screening.model.rowCount() > 2, timeout=10000)
    screened = view.screening.model
    screened.set_all(False)
    assert "0 / " in view.screening.count_label.text()
    fresh = [s.customer_id for s in screened.rows
             if s.customer_id not in {i.invitation.customer_id for i in before}][:2]
    assert fresh
    for s in fresh:
        row = [r.customer_id for r in screened.rows].index(s)
        screened.setData(screened.index(row, 0), 2, 10)  # Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    assert screened.ticked_ids() == fresh
    act(qtbot, page, view.screening.save_button)
    after = {i.invitation.customer_id for i in stored(demo_ctx, event_id).invitees}
    assert after == set(fresh) | kept  # the not yet invited left the list, the invited stayed
    assert "added" in view.status.text()
    assert view.invite.model.rowCount() == len(after)


def test_an_invitee_goes_from_invitation_to_follow_up_through_the_tabs(
        qtbot, make_page, demo_ctx: AppContext) -> None:
    page = make_page()
    event_id = upcoming_id(page)
    open_event(qtbot, page, event_id)
    view = page.event_view
    data = stored(demo_ctx, event_id)
    waiting = [i.invitation.id for i in data.invitees if i.invitation.invite is InviteState.NOT_INVITED][:2]
    assert len(waiting) == 2
    view.tabs.setCurrentIndex(INVITE)
    tab = view.invite
    tab.channel.setCurrentIndex(tab.channel.findData(Channel.PHONE.value))
    for iid in waiting:
        select(tab.view, iid)
        act(qtbot, page, tab.invite_button)
        got = invitation(demo_ctx, event_id, iid).invitation
        assert (got.invite, got.channel, got.invited_on) == (InviteState.INVITED, Channel.PHONE, TODAY)
        select(tab.view, iid)
        tab.reply.setCurrentIndex(tab.reply.findData(Reply.CONFIRMED.value))
        act(qtbot, page, tab.reply_button)
        assert invitation(demo_ctx, event_id, iid).invitation.reply is Reply.CONFIRMED

    demo_ctx.today = lambda: data.event.on  # the event's day: attendance can be ticked
    absent, came = waiting
    view.tabs.setCurrentIndex(DAY)
    select(view.day.view, absent)
    act(qtbot, page, view.day.absent_button)
    got = invitation(demo_ctx, event_id, absent).invitation
    assert got.attendance is Attendance.ABSENT and got.follow_up_id is not None  # confirmed, stayed away
    select(view.day.view, came)
    act(qtbot, page, view.day.attended_button)
    assert invitation(demo_ctx, event_id, came).invitation.attendance is Attendance.ATTENDED

    view.tabs.setCurrentIndex(OUTCOME)
    select(view.outcome.view, came)
    view.outcome.outcome.setCurrentIndex(view.outcome.outcome.findData(Outcome.ORDERED.value))
    view.outcome.interested.setChecked(True)
    view.outcome.note.insert("订了两条")  # as typed (keyClicks takes ASCII only)
    act(qtbot, page, view.outcome.save_button)
    got = invitation(demo_ctx, event_id, came).invitation
    assert (got.outcome, got.outcome_note, got.interested) == (Outcome.ORDERED, "订了两条", True)
    assert got.follow_up_id is not None

    view.tabs.setCurrentIndex(FOLLOW_UP)
    shown = {i.invitation.id for i in view.follow_up.model.rows}
    assert {absent, came} <= shown
    due = data.event.on + timedelta(days=data.event.follow_up_days)
    assert view.follow_up.model.index(0, 4).data() == due.isoformat()


def test_ticking_attendance_before_the_day_shows_the_refusal(
        qtbot, make_page, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(str(args[2])))
    page = make_page()
    event_id = upcoming_id(page)
    open_event(qtbot, page, event_id)
    view = page.event_view
    view.tabs.setCurrentIndex(DAY)
    confirmed = next(i.invitation for i in view.day.model.rows if i.invitation.reply is Reply.CONFIRMED)
    select(view.day.view, confirmed.id)
    view.day.attended_button.click()
    qtbot.waitUntil(lambda: bool(warned), timeout=10000)
    assert "Attendance can be ticked from the event's day" in warned[0]
    assert stored(demo_ctx, event_id).event.on.isoformat() in warned[0]
    assert invitation(demo_ctx, event_id, confirmed.id or 0).invitation.attendance is Attendance.UNKNOWN


def test_leaving_an_edited_event_asks_first(qtbot, make_page, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    page = make_page()
    open_event(qtbot, page, upcoming_id(page))
    page.event_view.prepare.place.insert("（改）")  # as typed (keyClicks takes ASCII only)
    page.event_view.back_button.click()
    assert asked and "Preparation of" in asked[0]
    assert page.showing_event and page.event_view.prepare.place.text().endswith("（改）")


def test_delete_asks_then_removes_the_event(qtbot, make_page, demo_ctx: AppContext,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page = make_page()
    page.list.view.selectRow(2)
    gone = page.list.selected()
    assert gone is not None and page.list.delete_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.list.delete_button.click()
    assert gone.event.id not in [s.event.id for s in list_events(demo_ctx.uow(), TODAY)]
    assert page.list.model.rowCount() == 2


def test_a_walk_in_not_on_file_is_added_from_the_day_tab(qtbot, make_page, demo_ctx: AppContext) -> None:
    page = make_page()
    event_id = upcoming_id(page)
    open_event(qtbot, page, event_id)
    view = page.event_view
    demo_ctx.today = lambda: stored(demo_ctx, event_id).event.on
    view.tabs.setCurrentIndex(DAY)
    dialog = view.day.new_walk_in_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    taken = stored(demo_ctx, event_id).invitees[0].license_no
    dialog.edits["license_no"].insert(taken)
    dialog.edits["owner"].insert("吴九")  # as typed (keyClicks takes ASCII only)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.rows["name"].error.isHidden(), timeout=10000)
    assert not dialog.rows["license_no"].error.isHidden() and dialog.result() == 0
    assert dialog.edits["owner"].text() == "吴九"  # nothing typed is lost
    dialog.edits["license_no"].setText("530102999999")
    dialog.edits["name"].insert("新来烟酒店")  # as typed (keyClicks takes ASCII only)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.invitation is not None, timeout=10000)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.day.walked_in_new(dialog.customer().name)
    settle(page)
    came = next(i for i in stored(demo_ctx, event_id).invitees if i.license_no == "530102999999")
    assert (came.shop, came.owner, came.invitation.walk_in, came.invitation.attendance) == \
        ("新来烟酒店", "吴九", True, Attendance.ATTENDED)
    assert "新来烟酒店" in [i.shop for i in view.day.model.rows]


def test_screening_can_start_from_a_cultivation_plan_s_shops(qtbot, make_page, demo_ctx: AppContext) -> None:
    from domain.services.cultivation import list_plans, plan_shop_ids

    page = make_page()
    open_event(qtbot, page, upcoming_id(page))
    screening = page.event_view.screening
    (plan,) = list_plans(demo_ctx.uow(), TODAY)
    assert plan.plan.id is not None
    qtbot.waitUntil(lambda: screening.cultivation.count() == 2, timeout=10000)
    screening.follow_plans.setChecked(False)
    screening.cultivation.setCurrentIndex(screening.cultivation.findData(plan.plan.id))
    screening.run_screening()
    settle(page)
    chosen = {s.customer_id for s in screening.model.rows}
    assert chosen and chosen <= plan_shop_ids(demo_ctx.uow(), plan.plan.id)
    assert screening.screening is not None
    assert len(chosen) + screening.screening.left_out_do_not_invite == len(plan_shop_ids(demo_ctx.uow(), plan.plan.id))
