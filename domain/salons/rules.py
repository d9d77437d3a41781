"""What each step may do to an invitation. Each rule returns the changed invitation or raises
SalonRefused with the reason; the services only load, apply and store."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from domain.errors import DomainError
from domain.salons.model import Attendance, Channel, Event, Invitation, InviteState, Outcome, Reply


class SalonRefused(DomainError):
    pass


def invite(inv: Invitation, on: date, channel: Channel) -> Invitation:
    """Invited (again, by another channel, is allowed: the first date stays)."""
    return replace(inv, invite=InviteState.INVITED, invited_on=inv.invited_on or on, channel=channel)


def uninvite(inv: Invitation) -> Invitation:
    """Back to not invited: only while no reply or attendance hangs on the invitation."""
    if inv.reply is not Reply.PENDING or inv.attendance is not Attendance.UNKNOWN:
        raise SalonRefused("The invitation already has a reply or an attendance; it cannot be taken back.")
    return replace(inv, invite=InviteState.NOT_INVITED, invited_on=None, channel=None)


def answer(inv: Invitation, event: Event, reply: Reply, on: date, reason: str = "") -> Invitation:
    """A reply needs an invitation, and can change until the event's day (not after)."""
    if inv.invite is not InviteState.INVITED:
        raise SalonRefused("Invite the shop before recording its reply.")
    if on > event.on:
        raise SalonRefused("The event was on {day}: replies can change only until that day.", day=event.on.isoformat())
    return replace(inv, reply=reply, replied_on=None if reply is Reply.PENDING else on,
                   reply_reason=reason.strip() if reply in (Reply.DECLINED, Reply.TENTATIVE) else "")


def attend(inv: Invitation, event: Event, attended: bool, today: date) -> Invitation:
    """Attendance is ticked from the event's day on, and only for an invited shop (or a walk-in)."""
    if today < event.on:
        raise SalonRefused("Attendance can be ticked from the event's day ({day}).", day=event.on.isoformat())
    if inv.invite is not InviteState.INVITED and not inv.walk_in:
        raise SalonRefused("This shop was not invited; add it as a walk-in instead.")
    return replace(inv, attendance=Attendance.ATTENDED if attended else Attendance.ABSENT,
                   interested=inv.interested and attended)


def walk_in(event: Event, customer_id: int, today: date) -> Invitation:
    """A shop that came without an invitation: it attended, and was never invited."""
    if today < event.on:
        raise SalonRefused("Walk-ins are added on the event's day ({day}) or after.", day=event.on.isoformat())
    assert event.id is not None
    return Invitation(event.id, customer_id, attendance=Attendance.ATTENDED, walk_in=True)


def record_outcome(inv: Invitation, outcome: Outcome, note: str, interested: bool) -> Invitation:
    """面谈促成: what came of the talk. Only an attendee has one."""
    if inv.attendance is not Attendance.ATTENDED:
        raise SalonRefused("Only a shop that attended has an outcome; tick its attendance first.")
    return replace(inv, outcome=outcome, outcome_note=note.strip(), interested=interested)


def needs_follow_up(inv: Invitation) -> bool:
    """A follow-up is due for a confirmed guest who stayed away and for an attendee who showed interest
    — once: an invitation that already has its 跟进 never gets a second."""
    if inv.follow_up_id is not None:
        return False
    stayed_away = inv.reply is Reply.CONFIRMED and inv.attendance is Attendance.ABSENT
    return stayed_away or (inv.attendance is Attendance.ATTENDED and inv.interested)


def follow_up_due(event: Event) -> date:
    return event.on + timedelta(days=event.follow_up_days)


def converted(inv: Invitation) -> bool:
    return inv.attendance is Attendance.ATTENDED and inv.outcome is not Outcome.NONE


def follow_up_text(event: Event, inv: Invitation) -> str:
    """The 跟进's wording, in Chinese like the other texts a shop's record keeps."""
    why = "确认未到场" if inv.attendance is Attendance.ABSENT else "现场有意向"
    return f"沙龙回访：{event.theme}（{why}）"
