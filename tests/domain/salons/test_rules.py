"""The rules each step keeps: no reply or attendance without an invitation, replies change only until
the day, outcomes only for attendees, a follow-up due once and only for the right invitees, the
do-not-invite list winning over any criteria; the funnel's rates and the cost per attendee."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.salons import rules
from domain.salons.funnel import cost_per_attendee, funnel_of
from domain.salons.model import (
    Attendance,
    Channel,
    Event,
    EventKind,
    Invitation,
    Invitee,
    InviteState,
    Outcome,
    Reply,
)
from domain.salons.rules import SalonRefused
from domain.salons.screening import Criteria, ShopFacts, screen

DAY = date(2026, 12, 24)
EVENT = Event("新品品鉴会", EventKind.TASTING, DAY, id=1)
LISTED = Invitation(1, 10, id=5)
INVITED = rules.invite(LISTED, date(2026, 12, 10), Channel.PHONE)


def test_inviting_keeps_the_first_date_and_the_latest_channel() -> None:
    again = rules.invite(INVITED, date(2026, 12, 14), Channel.VISIT)
    assert (again.invite, again.invited_on, again.channel) == (InviteState.INVITED, date(2026, 12, 10), Channel.VISIT)


def test_no_reply_and_no_attendance_without_an_invitation() -> None:
    with pytest.raises(SalonRefused):
        rules.answer(LISTED, EVENT, Reply.CONFIRMED, date(2026, 12, 12))
    with pytest.raises(SalonRefused):
        rules.attend(LISTED, EVENT, True, DAY)
    walked_in = rules.walk_in(EVENT, 11, DAY)  # a walk-in attended without one
    assert (walked_in.attendance, walked_in.walk_in, walked_in.invite) == (Attendance.ATTENDED, True,
                                                                          InviteState.NOT_INVITED)


def test_a_reply_can_change_until_the_day_and_not_after() -> None:
    maybe = rules.answer(INVITED, EVENT, Reply.TENTATIVE, date(2026, 12, 12), "  看店里忙不忙 ")
    assert (maybe.reply, maybe.reply_reason, maybe.replied_on) == (Reply.TENTATIVE, "看店里忙不忙", date(2026, 12, 12))
    confirmed = rules.answer(maybe, EVENT, Reply.CONFIRMED, DAY)  # on the day itself
    assert (confirmed.reply, confirmed.reply_reason, confirmed.replied_on) == (Reply.CONFIRMED, "", DAY)
    with pytest.raises(SalonRefused) as refused:
        rules.answer(confirmed, EVENT, Reply.DECLINED, DAY + timedelta(days=1), "有事")
    assert refused.value.params == {"day": "2026-12-24"}


def test_attendance_from_the_day_on_and_an_invitation_taken_back_only_before_anything_hangs_on_it() -> None:
    with pytest.raises(SalonRefused):
        rules.attend(INVITED, EVENT, True, DAY - timedelta(days=1))
    assert rules.uninvite(INVITED).invite is InviteState.NOT_INVITED
    with pytest.raises(SalonRefused):
        rules.uninvite(rules.answer(INVITED, EVENT, Reply.DECLINED, DAY))
    with pytest.raises(SalonRefused):
        rules.walk_in(EVENT, 11, DAY - timedelta(days=1))


def test_only_an_attendee_has_an_outcome_and_staying_away_drops_the_interest() -> None:
    with pytest.raises(SalonRefused):
        rules.record_outcome(INVITED, Outcome.ORDERED, "", True)
    came = rules.record_outcome(rules.attend(INVITED, EVENT, True, DAY), Outcome.ORDERED, " 订了两条 ", True)
    assert (came.outcome, came.outcome_note, came.interested) == (Outcome.ORDERED, "订了两条", True)
    assert rules.attend(came, EVENT, False, DAY).interested is False


def _at(reply: Reply, attendance: Attendance, interested: bool = False, follow_up_id: int | None = None) -> Invitation:
    return replace(INVITED, reply=reply, attendance=attendance, interested=interested, follow_up_id=follow_up_id)


@pytest.mark.parametrize(("invitation", "due"), [
    (_at(Reply.CONFIRMED, Attendance.ABSENT), True),  # confirmed and stayed away
    (_at(Reply.CONFIRMED, Attendance.ATTENDED, interested=True), True),
    (_at(Reply.PENDING, Attendance.ATTENDED, interested=True), True),
    (_at(Reply.CONFIRMED, Attendance.ATTENDED), False),  # came, no interest shown
    (_at(Reply.DECLINED, Attendance.ABSENT), False),  # said no and kept to it
    (_at(Reply.TENTATIVE, Attendance.ABSENT), False),
    (_at(Reply.CONFIRMED, Attendance.UNKNOWN), False),  # not ticked yet
    (_at(Reply.CONFIRMED, Attendance.ABSENT, follow_up_id=9), False),  # has its follow-up already
])
def test_a_follow_up_is_due_for_exactly_the_right_invitees_and_once(invitation: Invitation, due: bool) -> None:
    assert rules.needs_follow_up(invitation) is due


def test_the_follow_up_is_due_the_set_number_of_days_after_and_says_why() -> None:
    assert rules.follow_up_due(replace(EVENT, follow_up_days=5)) == date(2026, 12, 29)
    assert rules.follow_up_text(EVENT, _at(Reply.CONFIRMED, Attendance.ABSENT)) == "沙龙回访：新品品鉴会（确认未到场）"


facts = st.builds(
    ShopFacts, customer_id=st.integers(1, 10_000), shop=st.just("店"),
    segment=st.sampled_from(["城区", "乡镇", ""]), grade=st.none() | st.integers(1, 30),
    star=st.none() | st.integers(1, 5), value_tier=st.sampled_from(["", "key", "ordinary"]),
    listed_products=st.frozensets(st.integers(1, 3)), events_attended=st.integers(0, 2),
    do_not_invite=st.booleans(), tier_invites=st.booleans())
criteria = st.builds(
    Criteria, segments=st.frozensets(st.sampled_from(["城区", "乡镇"])), grade_min=st.none() | st.integers(1, 30),
    lacking_featured=st.booleans(), attended_before=st.sampled_from([None, True, False]),
    follow_tier_plans=st.booleans())


@given(st.lists(facts, max_size=30, unique_by=lambda f: f.customer_id), criteria)
def test_the_do_not_invite_list_always_wins(shops: list[ShopFacts], c: Criteria) -> None:
    result = screen(shops, c, frozenset({1}), DAY, capacity=5)
    assert not any(s.do_not_invite for s in result.chosen)
    everyone = screen(shops, Criteria(follow_tier_plans=False), frozenset({1}), DAY)
    assert everyone.left_out_do_not_invite == sum(s.do_not_invite for s in shops)
    assert len(everyone.chosen) == len(shops) - everyone.left_out_do_not_invite


def _invitee(inv: Invitation) -> Invitee:
    return Invitee(inv, "店")


def test_the_funnel_counts_each_stage_and_rates_of_the_invited_rounded_once() -> None:
    came = rules.attend(rules.answer(INVITED, EVENT, Reply.CONFIRMED, DAY), EVENT, True, DAY)
    stayed = rules.attend(rules.answer(INVITED, EVENT, Reply.CONFIRMED, DAY), EVENT, False, DAY)
    ordered = replace(rules.record_outcome(came, Outcome.ORDERED, "", True), follow_up_id=4, follow_up_done=True)
    declined = rules.answer(INVITED, EVENT, Reply.DECLINED, DAY)
    walk = rules.walk_in(EVENT, 20, DAY)
    f = funnel_of(map(_invitee, [LISTED, ordered, stayed, declined, walk, came]))
    assert (f.listed, f.invited, f.confirmed, f.attended, f.walk_ins, f.followed_up, f.converted) == (5, 4, 3, 3, 1, 1, 1)
    assert f.rate(f.confirmed) == Decimal("75.0")
    assert funnel_of(map(_invitee, [INVITED] * 3)).rate(1) == Decimal("33.3")
    assert funnel_of([]).rate(0) is None


def test_cost_per_attendee_to_the_fen() -> None:
    assert cost_per_attendee(Decimal(1000), 3) == Decimal("333.33")
    assert cost_per_attendee(Decimal(1000), 0) is None
    assert cost_per_attendee(None, 4) is None
