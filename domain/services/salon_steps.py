"""客户邀约, 沙龙运作, 面谈促成 and 追踪反馈: what the manager does to one invitee at a time (or to a
selection), each through its rule; follow-ups (跟进) are created here, once per invitee."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from domain.model.customers import Customer
from domain.model.visits import FollowUp
from domain.ports import UnitOfWork
from domain.salons import rules
from domain.salons.invitation_text import invitation_text
from domain.salons.model import Channel, Event, Invitation, Invitee, InviteState, Outcome, Reply
from domain.services.customers import check_customer, normalized
from domain.services.salons import _event, _invitation
from domain.services.visit_planning import add_to_plan
from domain.validation import ValidationFailed


def _apply(uow: UnitOfWork, invitation_ids: Sequence[int],
           change: Callable[[Invitation, Event], Invitation]) -> list[Invitation]:
    """Each invitation through `change(invitation, event)`, all or none (a refusal rolls back)."""
    done: list[Invitation] = []
    with uow:
        events: dict[int, Event] = {}
        for iid in invitation_ids:
            inv = _invitation(uow, iid)
            event = events.get(inv.event_id) or events.setdefault(inv.event_id, _event(uow, inv.event_id))
            new = change(inv, event)
            uow.salons.update_invitation(new)
            done.append(new)
        uow.commit()
    return done


def invite(uow: UnitOfWork, invitation_ids: Sequence[int], channel: Channel, on: date) -> list[Invitation]:
    return _apply(uow, invitation_ids, lambda inv, _e: rules.invite(inv, on, channel))


def uninvite(uow: UnitOfWork, invitation_ids: Sequence[int]) -> list[Invitation]:
    return _apply(uow, invitation_ids, lambda inv, _e: rules.uninvite(inv))


def record_reply(uow: UnitOfWork, invitation_ids: Sequence[int], reply: Reply, on: date,
                 reason: str = "") -> list[Invitation]:
    return _apply(uow, invitation_ids, lambda inv, e: rules.answer(inv, e, reply, on, reason))


def _with_follow_up(uow: UnitOfWork, inv: Invitation, event: Event) -> Invitation:
    """The invitee's 跟进, created the first time it is due and never again."""
    if not rules.needs_follow_up(inv):
        return inv
    follow_up_id = uow.visits.add_follow_up(FollowUp(inv.customer_id, rules.follow_up_text(event, inv),
                                                     rules.follow_up_due(event)))
    return replace(inv, follow_up_id=follow_up_id)


def record_attendance(uow: UnitOfWork, invitation_ids: Sequence[int], attended: bool,
                      today: date) -> list[Invitation]:
    def change(inv: Invitation, e: Event) -> Invitation:
        return _with_follow_up(uow, rules.attend(inv, e, attended, today), e)
    return _apply(uow, invitation_ids, change)


def add_walk_in(uow: UnitOfWork, event_id: int, customer_id: int, today: date) -> Invitation:
    """A shop that came without an invitation; one already on the list is ticked as attended instead."""
    with uow:
        event = _event(uow, event_id)
        existing = next((i.invitation for i in uow.salons.invitees(event_id)
                         if i.invitation.customer_id == customer_id), None)
        if existing is not None:
            inv = rules.attend(existing, event, True, today) if existing.invite is InviteState.INVITED \
                else replace(rules.walk_in(event, customer_id, today), id=existing.id)
            uow.salons.update_invitation(inv)
        else:
            inv = rules.walk_in(event, customer_id, today)
            inv = replace(inv, id=uow.salons.add_invitation(inv))
        uow.commit()
    return inv


def add_new_walk_in(uow: UnitOfWork, event_id: int, shop: Customer, today: date) -> Invitation:
    """A walk-in not on file yet: the shop is created (checked as the dossier checks it, every problem at
    once) and ticked as attended, in one transaction — neither is kept without the other."""
    with uow:
        event = _event(uow, event_id)
        shop = normalized(replace(shop, id=None))
        errors = check_customer(uow, shop, today)
        if errors:
            raise ValidationFailed(errors)
        inv = rules.walk_in(event, uow.customers.add(shop), today)
        inv = replace(inv, id=uow.salons.add_invitation(inv))
        uow.commit()
    return inv


def record_outcome(uow: UnitOfWork, invitation_ids: Sequence[int], outcome: Outcome, note: str,
                   interested: bool) -> list[Invitation]:
    """面谈促成 for the selected attendees, all or none; a follow-up falls due for those who showed interest."""
    return _apply(uow, invitation_ids,
                  lambda inv, e: _with_follow_up(uow, rules.record_outcome(inv, outcome, note, interested), e))


def record_seating(uow: UnitOfWork, invitation_id: int, seated_with: str) -> Invitation:
    """Who the guest sat with on the day: a note, touching nothing else of the invitation."""
    return _apply(uow, [invitation_id], lambda inv, _e: replace(inv, seated_with=seated_with.strip()))[0]


def save_feedback(uow: UnitOfWork, event_id: int, feedback: str) -> Event:
    with uow:
        event = replace(_event(uow, event_id), feedback=feedback.strip())
        uow.salons.update_event(event)
        uow.commit()
    return event


@dataclass(frozen=True)
class PlannedInvites:
    planned: int
    day: date


def plan_invites_on_visits(uow: UnitOfWork, invitation_ids: Sequence[int], day: date) -> PlannedInvites:
    """Invite on the next visit: the shops go on the day's plan and the invitations remember the day."""
    with uow:
        invitations = [_invitation(uow, i) for i in invitation_ids]
    add_to_plan(uow, day, [i.customer_id for i in invitations])
    _apply(uow, invitation_ids, lambda inv, _e: replace(inv, invite_planned_on=day))
    return PlannedInvites(len(invitations), day)


def invitation_texts(uow: UnitOfWork, invitation_ids: Sequence[int]) -> list[str]:
    """The copy-ready invitation of each, in the order given; each event's list is read once."""
    with uow:
        manager = uow.settings.load().owner_name
        found: dict[int, tuple[Event, dict[int, Invitee]]] = {}
        texts = []
        for iid in invitation_ids:
            event_id = _invitation(uow, iid).event_id
            if event_id not in found:
                found[event_id] = (_event(uow, event_id), {i.invitation.id or 0: i
                                                           for i in uow.salons.invitees(event_id)})
            event, invitees = found[event_id]
            invitee = invitees[iid]
            texts.append(invitation_text(event, invitee.owner, invitee.shop, manager))
    return texts
