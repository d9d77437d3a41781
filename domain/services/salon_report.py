"""Read models for the three printed salon lists (reports/salon_lists.py, reports/salon_summary.py): the
邀约名单, the 签到表 and the 活动总结 of one event, gathered here so that the renderers only draw.

An unknown event id raises domain.errors.NotFound("Event", id), as every salon service does."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from domain.ports import UnitOfWork
from domain.salons.funnel import Funnel, cost_per_attendee, funnel_by, funnel_of
from domain.salons.model import Attendance, Event, FollowUpState, Invitee, Outcome, Reply
from domain.services.salons import event_with_invitees


def _by_pinyin(invitees: tuple[Invitee, ...] | list[Invitee]) -> tuple[Invitee, ...]:
    # the stored search key is the shop name's full pinyin; a shop saved before keys existed falls back
    # to its name, and the customer id keeps two shops of the same name in a stable order
    return tuple(sorted(invitees, key=lambda i: (i.pinyin or i.shop, i.shop, i.invitation.customer_id)))


@dataclass(frozen=True)
class InvitationList:
    """邀约名单: the target list (walk-ins were never on it), by pinyin."""

    event: Event
    invitees: tuple[Invitee, ...]
    funnel: Funnel  # of the whole event: the header's counts


@dataclass(frozen=True)
class SignInList:
    """签到表: the confirmed guests by pinyin; the renderer adds the blank rows for walk-ins."""

    event: Event
    confirmed: tuple[Invitee, ...]


@dataclass(frozen=True)
class EventReport:
    """活动总结: the funnel whole, by segment and by value tier (its code, "" for none), the money, what
    came of the talks and where the follow-ups stand."""

    event: Event
    funnel: Funnel
    by_segment: tuple[tuple[str, Funnel], ...]
    by_tier: tuple[tuple[str, Funnel], ...]
    cost_per_attendee: Decimal | None
    walk_ins: tuple[Invitee, ...]
    attendees: tuple[Invitee, ...]  # by pinyin, with their outcome (Outcome.NONE when nothing came of it)
    follow_ups: tuple[Invitee, ...]  # those with a 跟进, pending first

    @property
    def follow_ups_pending(self) -> int:
        return sum(i.invitation.follow_up is FollowUpState.PENDING for i in self.follow_ups)


def invitation_list(uow: UnitOfWork, event_id: int) -> InvitationList:
    found = event_with_invitees(uow, event_id)
    listed = [i for i in found.invitees if not i.invitation.walk_in]
    return InvitationList(found.event, _by_pinyin(listed), funnel_of(found.invitees))


def sign_in_list(uow: UnitOfWork, event_id: int) -> SignInList:
    found = event_with_invitees(uow, event_id)
    confirmed = [i for i in found.invitees if i.invitation.reply is Reply.CONFIRMED]
    return SignInList(found.event, _by_pinyin(confirmed))


def event_summary(uow: UnitOfWork, event_id: int) -> EventReport:
    found = event_with_invitees(uow, event_id)
    invitees = found.invitees
    funnel = funnel_of(invitees)
    attendees = _by_pinyin([i for i in invitees if i.invitation.attendance is Attendance.ATTENDED])
    follow_ups = sorted((i for i in _by_pinyin(list(invitees)) if i.invitation.follow_up is not FollowUpState.NOT_NEEDED),
                        key=lambda i: i.invitation.follow_up is FollowUpState.DONE)
    return EventReport(
        event=found.event,
        funnel=funnel,
        by_segment=tuple(funnel_by(invitees, lambda i: i.segment)),
        by_tier=tuple(funnel_by(invitees, lambda i: i.value_tier)),
        cost_per_attendee=cost_per_attendee(found.event.budget, funnel.attended),
        walk_ins=_by_pinyin([i for i in invitees if i.invitation.walk_in]),
        attendees=attendees,
        follow_ups=tuple(follow_ups),
    )


def outcomes_count(report: EventReport) -> dict[Outcome, int]:
    """How many attendees ended with each outcome (Outcome.NONE left out)."""
    counts: dict[Outcome, int] = {}
    for i in report.attendees:
        if i.invitation.outcome is not Outcome.NONE:
            counts[i.invitation.outcome] = counts.get(i.invitation.outcome, 0) + 1
    return counts
