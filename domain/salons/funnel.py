"""The funnel of an event — invited → confirmed → attended → followed up → converted — whole and by
segment and value tier, and its cost per attendee. Rates are of the invited count, rounded once, here."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from domain.salons.model import Attendance, FollowUpState, Invitee, InviteState, Reply
from domain.salons.rules import converted


@dataclass(frozen=True)
class Funnel:
    listed: int = 0  # on the target list (walk-ins not included)
    invited: int = 0
    confirmed: int = 0
    attended: int = 0  # walk-ins included
    walk_ins: int = 0
    followed_up: int = 0  # follow-ups done
    converted: int = 0  # attendees with an outcome

    def rate(self, count: int) -> Decimal | None:
        """count as a percentage of the invited, to 0.1 %."""
        if not self.invited:
            return None
        return (Decimal(count) * 100 / self.invited).quantize(Decimal("0.1"), ROUND_HALF_UP)


def funnel_of(invitees: Iterable[Invitee]) -> Funnel:
    listed = invited = confirmed = attended = walk_ins = followed = conv = 0
    for i in invitees:
        inv = i.invitation
        listed += not inv.walk_in
        invited += inv.invite is InviteState.INVITED
        confirmed += inv.reply is Reply.CONFIRMED
        attended += inv.attendance is Attendance.ATTENDED
        walk_ins += inv.walk_in
        followed += inv.follow_up is FollowUpState.DONE
        conv += converted(inv)
    return Funnel(listed, invited, confirmed, attended, walk_ins, followed, conv)


def funnel_by(invitees: Iterable[Invitee], key: Callable[[Invitee], str]) -> list[tuple[str, Funnel]]:
    groups: dict[str, list[Invitee]] = {}
    for i in invitees:
        groups.setdefault(key(i), []).append(i)
    return [(k, funnel_of(v)) for k, v in sorted(groups.items())]


def cost_per_attendee(budget: Decimal | None, attended: int) -> Decimal | None:
    """The budget over the attendees, to the fen; None without a budget or attendees."""
    if budget is None or not attended:
        return None
    return (budget / attended).quantize(Decimal("0.01"), ROUND_HALF_UP)
