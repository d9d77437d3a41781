"""Salons (沙龙活动): the events, their target lists and the step each invitee is at — every action the
沙龙活动 area and the command line take, through the rules of domain.salons."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from domain.errors import NotFound
from domain.model.customers import ValueTier
from domain.ports import UnitOfWork
from domain.salons.funnel import Funnel, cost_per_attendee, funnel_of
from domain.salons.model import Event, EventWithInvitees, Invitation, Invitee
from domain.salons.screening import Criteria, Screening, screen
from domain.salons.validation import event_problems
from domain.tiers.schemes import SchemeKind, ValueTierScheme
from domain.validation import ValidationFailed

LISTED_WINDOW_DAYS = 90  # "lists the featured products": bought in the last three months


@dataclass(frozen=True)
class EventSummary:
    """One line of the area's front page and of `events list`."""

    event: Event
    funnel: Funnel

    def cost_per_attendee(self) -> Decimal | None:
        return cost_per_attendee(self.event.budget, self.funnel.attended)


def _event(uow: UnitOfWork, event_id: int) -> Event:
    e = uow.salons.get_event(event_id)
    if e is None:
        raise NotFound("Event", event_id)
    return e


def _invitation(uow: UnitOfWork, invitation_id: int) -> Invitation:
    i = uow.salons.get_invitation(invitation_id)
    if i is None:
        raise NotFound("Invitation", invitation_id)
    return i


def list_events(uow: UnitOfWork, today: date) -> list[EventSummary]:
    """Upcoming events first (soonest first), then past ones (latest first)."""
    with uow:
        events = uow.salons.events()
        by_event: dict[int, list[Invitee]] = {}
        for i in uow.salons.invitees():
            by_event.setdefault(i.invitation.event_id, []).append(i)
    summaries = [EventSummary(e, funnel_of(by_event.get(e.id or 0, ()))) for e in events]
    upcoming = sorted((s for s in summaries if not s.event.past(today)), key=lambda s: (s.event.on, s.event.id or 0))
    past = [s for s in summaries if s.event.past(today)]
    return upcoming + past


def event_with_invitees(uow: UnitOfWork, event_id: int) -> EventWithInvitees:
    with uow:
        return EventWithInvitees(_event(uow, event_id), tuple(uow.salons.invitees(event_id)))


def save_event(uow: UnitOfWork, event: Event) -> Event:
    """前期准备: a new event, or the changed one; refused with every problem at once."""
    problems = event_problems(event)
    if problems:
        raise ValidationFailed(problems)
    with uow:
        if event.id is None:
            event = replace(event, id=uow.salons.add_event(event))
        else:
            _event(uow, event.id)
            uow.salons.update_event(event)
        uow.commit()
    return event


def delete_event(uow: UnitOfWork, event_id: int) -> None:
    with uow:
        _event(uow, event_id)
        uow.salons.delete_event(event_id)
        uow.commit()


# --- 客户筛选 ------------------------------------------------------------------------------------

def screen_shops(uow: UnitOfWork, event_id: int, criteria: Criteria, today: date) -> Screening:
    with uow:
        event = _event(uow, event_id)
        facts = uow.salons.screening_facts(today - timedelta(days=LISTED_WINDOW_DAYS))
        scheme = uow.tiers.scheme(SchemeKind.VALUE_TIER)
        plan_shops = None
        if criteria.cultivation_plan is not None:  # a cultivation plan's shops, to invite to a tasting
            if uow.cultivation.get_plan(criteria.cultivation_plan) is None:
                raise NotFound("Cultivation plan", criteria.cultivation_plan)
            plan_shops = frozenset(r.target.customer_id for r in uow.cultivation.targets([criteria.cultivation_plan]))
    assert isinstance(scheme, ValueTierScheme)
    inviting = {t.value for t in ValueTier if scheme.care_plan(t).invite_to_salons}
    # a shop without a tier yet is not left out by a plan it does not have
    facts = [replace(f, tier_invites=not f.value_tier or f.value_tier in inviting) for f in facts]
    return screen(facts, criteria, frozenset(event.product_ids), today, event.capacity, plan_shops)


@dataclass(frozen=True)
class ListSaved:
    added: int
    removed: int
    kept: int  # not on the new list but already invited, replied or attended: kept, never dropped


def save_target_list(uow: UnitOfWork, event_id: int, customer_ids: Sequence[int]) -> ListSaved:
    """The event's invitees become `customer_ids`: new shops are added as not yet invited; shops taken
    off the list go only while nothing has happened to them — an invited shop stays (uninvite first)."""
    wanted = dict.fromkeys(customer_ids)
    with uow:
        event = _event(uow, event_id)
        assert event.id is not None
        blocked = uow.salons.do_not_invite()
        current = {i.invitation.customer_id: i.invitation for i in uow.salons.invitees(event_id)}
        added = removed = kept = 0
        for cid in wanted:
            if cid not in current and cid not in blocked:
                uow.salons.add_invitation(Invitation(event.id, cid))
                added += 1
        for cid, inv in current.items():
            if cid in wanted:
                continue
            if inv.stage == "not_invited" and inv.id is not None:
                uow.salons.delete_invitation(inv.id)
                removed += 1
            else:
                kept += 1
        uow.commit()
    return ListSaved(added, removed, kept)


# --- do not invite -------------------------------------------------------------------------------

def do_not_invite_list(uow: UnitOfWork) -> dict[int, str]:
    with uow:
        return uow.salons.do_not_invite()


def set_do_not_invite(uow: UnitOfWork, customer_id: int, reason: str | None) -> None:
    """On the list (with its reason) or, with None, off it. A shop put on it leaves every upcoming
    event's list where it was not yet invited."""
    with uow:
        uow.salons.set_do_not_invite(customer_id, None if reason is None else reason.strip())
        if reason is not None:
            for e, inv in uow.salons.invitations_of(customer_id):
                if inv.stage == "not_invited" and inv.id is not None and not e.cancelled:
                    uow.salons.delete_invitation(inv.id)
        uow.commit()


# --- every shop's side ---------------------------------------------------------------------------

def invitations_of(uow: UnitOfWork, customer_id: int) -> list[tuple[Event, Invitation]]:
    with uow:
        return uow.salons.invitations_of(customer_id)
