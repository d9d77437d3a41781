"""The salon services on the in-memory workspace: a tasting for the new brand screened in two
segments, invited over a week, replied to, attended and followed up — each step through its rule,
all or none, the follow-ups created once for exactly the right invitees."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from domain.errors import NotFound
from domain.model.customers import Customer
from domain.model.visits import FollowUpStatus
from domain.salons.model import Attendance, Channel, Event, EventKind, Outcome, Reply
from domain.salons.rules import SalonRefused
from domain.salons.screening import Criteria
from domain.services import salon_steps as steps
from domain.services import salons
from domain.validation import ValidationFailed
from tests.domain.fakes import FakeUnitOfWork
from tests.domain.salons.territory import TODAY, Territory, build

DAY = date(2026, 12, 24)
TWO_SEGMENTS = Criteria(segments=frozenset({"城区", "乡镇"}), lacking_featured=True)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def t(uow: FakeUnitOfWork) -> Territory:
    return build(uow)


def _names(t: Territory, ids: object) -> set[str]:
    by_id = {v: k for k, v in t.shops.items()}
    return {by_id[i] for i in ids}  # type: ignore[attr-defined]


def _ids(uow: FakeUnitOfWork, t: Territory) -> dict[str, int]:
    """Invitation id by shop name, for the tasting."""
    by_id = {v: k for k, v in t.shops.items()}
    return {by_id[i.invitation.customer_id]: i.invitation.id or 0
            for i in salons.event_with_invitees(uow, t.tasting).invitees}


def test_screening_the_shops_that_do_not_list_the_new_brand_in_two_segments(uow: FakeUnitOfWork, t: Territory) -> None:
    s = salons.screen_shops(uow, t.tasting, TWO_SEGMENTS, TODAY)
    # 甲店 lists it; 丙店's June order is outside the three months; 丁店's ordinary tier does not invite;
    # 己店 has no tier yet; 戊店 (blocked) is in another segment; 庚店 is archived
    assert _names(t, (f.customer_id for f in s.chosen)) == {"乙店", "丙店", "己店", "辛店"}
    assert (s.left_out_tier_plan, s.left_out_do_not_invite, s.over_capacity) == (1, 0, 1)
    everywhere = salons.screen_shops(uow, t.tasting, Criteria(follow_tier_plans=False), TODAY)
    assert everywhere.left_out_do_not_invite == 1 and "戊店" not in _names(t, (f.customer_id for f in everywhere.chosen))


def test_screening_by_last_visit_and_previous_attendance(uow: FakeUnitOfWork, t: Territory) -> None:
    not_seen = salons.screen_shops(uow, t.tasting, Criteria(not_visited_days=30, follow_tier_plans=False), TODAY)
    assert "乙店" not in _names(t, (f.customer_id for f in not_seen.chosen))  # visited on 1 December
    assert "丙店" in _names(t, (f.customer_id for f in not_seen.chosen))  # last done visit in October
    came = salons.screen_shops(uow, t.tasting, Criteria(attended_before=True), TODAY)
    assert _names(t, (f.customer_id for f in came.chosen)) == {"丙店"}


def test_the_target_list_adds_new_shops_and_never_drops_one_already_invited(uow: FakeUnitOfWork, t: Territory) -> None:
    s = salons.screen_shops(uow, t.tasting, TWO_SEGMENTS, TODAY)
    assert salons.save_target_list(uow, t.tasting, [f.customer_id for f in s.chosen]) == salons.ListSaved(4, 0, 0)
    ids = _ids(uow, t)
    steps.invite(uow, [ids["乙店"]], Channel.VISIT, TODAY)
    saved = salons.save_target_list(uow, t.tasting, [t.shops["辛店"], t.shops["戊店"]])  # 戊店 is blocked
    assert saved == salons.ListSaved(0, 2, 1)
    assert set(_ids(uow, t)) == {"乙店", "辛店"}


def test_putting_a_shop_on_the_do_not_invite_list_takes_it_off_the_coming_lists(uow: FakeUnitOfWork,
                                                                                t: Territory) -> None:
    salons.save_target_list(uow, t.tasting, [t.shops["乙店"], t.shops["辛店"]])
    salons.set_do_not_invite(uow, t.shops["辛店"], " 明确拒绝 ")
    assert set(_ids(uow, t)) == {"乙店"}
    assert salons.do_not_invite_list(uow)[t.shops["辛店"]] == "明确拒绝"
    salons.set_do_not_invite(uow, t.shops["辛店"], None)
    assert t.shops["辛店"] not in salons.do_not_invite_list(uow)


def test_a_whole_tasting_creates_each_follow_up_once_for_exactly_the_right_invitees(uow: FakeUnitOfWork,
                                                                                     t: Territory) -> None:
    s = salons.screen_shops(uow, t.tasting, TWO_SEGMENTS, TODAY)
    salons.save_target_list(uow, t.tasting, [f.customer_id for f in s.chosen])
    ids = _ids(uow, t)
    steps.invite(uow, [ids["乙店"], ids["丙店"]], Channel.VISIT, TODAY)  # over a week
    steps.invite(uow, [ids["辛店"], ids["己店"]], Channel.WECHAT, TODAY + timedelta(days=3))
    steps.record_reply(uow, [ids["乙店"], ids["丙店"]], Reply.CONFIRMED, TODAY + timedelta(days=4))
    steps.record_reply(uow, [ids["辛店"]], Reply.DECLINED, TODAY + timedelta(days=4), "外出进货")
    steps.record_reply(uow, [ids["己店"]], Reply.TENTATIVE, TODAY + timedelta(days=5), "看店里忙不忙")

    steps.record_attendance(uow, [ids["乙店"]], True, DAY)
    steps.record_attendance(uow, [ids["丙店"]], False, DAY)  # confirmed, stayed away: a follow-up
    walk = steps.add_walk_in(uow, t.tasting, t.shops["甲店"], DAY)
    steps.record_outcome(uow, [ids["乙店"]], Outcome.ORDERED, "订两条", interested=True)  # interest: a follow-up
    steps.record_outcome(uow, [walk.id or 0], Outcome.NONE, "", interested=False)
    # doing it all again creates nothing new
    steps.record_attendance(uow, [ids["丙店"]], False, DAY)
    steps.record_outcome(uow, [ids["乙店"]], Outcome.REFERRED, "介绍了隔壁", interested=True)

    follow_ups = uow.store.rows("follow_ups")
    assert sorted((f.customer_id, f.due_on) for f in follow_ups) == sorted(
        [(t.shops["乙店"], DAY + timedelta(days=3)), (t.shops["丙店"], DAY + timedelta(days=3))])
    summary = next(e for e in salons.list_events(uow, TODAY) if e.event.id == t.tasting).funnel
    assert (summary.listed, summary.invited, summary.confirmed, summary.attended, summary.walk_ins,
            summary.followed_up, summary.converted) == (4, 4, 2, 2, 1, 0, 1)

    done = next(f for f in follow_ups if f.customer_id == t.shops["丙店"])
    done.status = FollowUpStatus.DONE
    with uow:
        uow.visits.update_follow_up(done)
        uow.commit()
    assert next(e for e in salons.list_events(uow, TODAY) if e.event.id == t.tasting).funnel.followed_up == 1


def test_a_refused_step_changes_none_of_the_selection(uow: FakeUnitOfWork, t: Territory) -> None:
    salons.save_target_list(uow, t.tasting, [t.shops["乙店"], t.shops["辛店"]])
    ids = _ids(uow, t)
    steps.invite(uow, [ids["乙店"]], Channel.PHONE, TODAY)
    with pytest.raises(SalonRefused):  # 辛店 was never invited
        steps.record_reply(uow, [ids["乙店"], ids["辛店"]], Reply.CONFIRMED, TODAY)
    assert {i.invitation.reply for i in salons.event_with_invitees(uow, t.tasting).invitees} == {Reply.PENDING}
    with pytest.raises(SalonRefused):  # ticking attendance before the day
        steps.record_attendance(uow, [ids["乙店"]], True, TODAY)


def test_events_are_listed_upcoming_first_and_unknown_ones_are_named(uow: FakeUnitOfWork, t: Territory) -> None:
    later = salons.save_event(uow, Event("陈列培训", EventKind.TRAINING, date(2027, 1, 12)))
    assert [e.event.id for e in salons.list_events(uow, TODAY)] == [t.tasting, later.id, t.past]
    with pytest.raises(NotFound):
        salons.event_with_invitees(uow, 999)
    with pytest.raises(ValidationFailed) as failed:
        salons.save_event(uow, Event(" ", EventKind.OTHER, DAY, capacity=0))
    assert {e.field for e in failed.value.errors} == {"theme", "capacity"}
    salons.delete_event(uow, t.past)
    assert salons.invitations_of(uow, t.shops["丙店"]) == []


def test_invitation_texts_and_inviting_on_the_next_visit(uow: FakeUnitOfWork, t: Territory) -> None:
    salons.save_target_list(uow, t.tasting, [t.shops["乙店"]])
    ids = _ids(uow, t)
    [text] = steps.invitation_texts(uow, [ids["乙店"]])
    assert text.startswith("李二您好！诚邀您于12月24日（星期四）14:30—16:30在金叶宾馆参加“新品品鉴会”品鉴会")
    planned = steps.plan_invites_on_visits(uow, [ids["乙店"]], date(2026, 12, 9))
    assert planned == steps.PlannedInvites(1, date(2026, 12, 9))
    [invitee] = salons.event_with_invitees(uow, t.tasting).invitees
    assert invitee.invitation.invite_planned_on == date(2026, 12, 9)
    plan = next(p for p in uow.store.rows("day_plans") if p.plan_date == date(2026, 12, 9))
    assert [s.customer_id for s in plan.stops] == [t.shops["乙店"]]


def test_a_walk_in_not_on_file_becomes_a_shop_and_an_attendee_together_or_not_at_all(uow: FakeUnitOfWork,
                                                                                   t: Territory) -> None:
    shops_before = len(uow.store.rows("customers"))
    with pytest.raises(ValidationFailed) as failed:  # licence taken, no shop name
        steps.add_new_walk_in(uow, t.tasting, Customer("530102200001", " "), DAY)
    assert {e.field for e in failed.value.errors} == {"license_no", "name"}
    with pytest.raises(SalonRefused):  # before the day
        steps.add_new_walk_in(uow, t.tasting, Customer("530102200099", "新来店"), DAY - timedelta(days=1))
    assert len(uow.store.rows("customers")) == shops_before and salons.event_with_invitees(uow, t.tasting).invitees == ()
    walk = steps.add_new_walk_in(uow, t.tasting, Customer(" 530102200099 ", "新来店", owner="吴九", phone="13900001111"),
                                 DAY)
    [invitee] = salons.event_with_invitees(uow, t.tasting).invitees
    assert (invitee.shop, invitee.owner, invitee.license_no) == ("新来店", "吴九", "530102200099")
    assert invitee.invitation == walk and walk.walk_in and walk.attendance is Attendance.ATTENDED


def test_outcomes_of_a_selection_all_or_none_and_the_seating_apart(uow: FakeUnitOfWork, t: Territory) -> None:
    salons.save_target_list(uow, t.tasting, [t.shops["乙店"], t.shops["辛店"]])
    ids = _ids(uow, t)
    steps.invite(uow, list(ids.values()), Channel.PHONE, TODAY)
    steps.record_attendance(uow, [ids["乙店"]], True, DAY)
    with pytest.raises(SalonRefused):  # 辛店 did not attend: 乙店's outcome is not kept either
        steps.record_outcome(uow, [ids["乙店"], ids["辛店"]], Outcome.ORDERED, "订两条", interested=False)
    assert {i.invitation.outcome for i in salons.event_with_invitees(uow, t.tasting).invitees} == {Outcome.NONE}
    steps.record_outcome(uow, [ids["乙店"]], Outcome.ORDERED, "订两条", interested=False)
    seated = steps.record_seating(uow, ids["乙店"], " 2 号桌 ")
    assert (seated.seated_with, seated.outcome, seated.outcome_note) == ("2 号桌", Outcome.ORDERED, "订两条")
