"""Use cases of visit planning: the due list, and a date's plan (拜访计划) — add, remove, reorder,
mark, copy, delete.

Every stop of a plan has a visit of its own, created *planned* with the stop and linked to it
(day_plan_stops.visit_id). Marking a stop visited or missed sets that visit's status; the visit record
form fills in the rest. Stops are numbered 1…n in visiting order after every change.

Copying a plan onto a date that already has stops is refused (TargetHasPlan) unless `merge=True`:
then the shops not yet on the target are appended after its own stops, which keep their order and
their visits. Copies get new planned visits; the source plan is untouched.

Deleting a plan deletes the visits of its stops that hold nothing yet (planned, nothing recorded);
visits that were done, missed or partly recorded stay as history, no longer on a plan. A day whose
summary (日常分析与拜访总结) was written keeps its plan row with the summary, without stops.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from domain.errors import DomainError, NotFound
from domain.model.customers import CustomerStatus
from domain.model.visits import DayPlan, PlanStop, Visit, VisitStatus, VisitType
from domain.ports import UnitOfWork
from domain.tiers.schemes import SchemeKind, ValueTierScheme
from domain.visits.due import due_status, effective_every_days, week_end
from domain.visits.planning_views import DayPlanView, DueFacts, DueRow, route_key, route_summary


class NotPlannable(DomainError):
    """Archived or suspended (停业) shops are not visited."""

    def __init__(self, name: str) -> None:
        super().__init__("{name} is archived or suspended and cannot be planned.", name=name)
        self.name = name


class TargetHasPlan(DomainError):
    def __init__(self, plan_date: date, stops: int) -> None:
        super().__init__("{date} already has a plan with {stops} stops.", date=plan_date.isoformat(), stops=stops)
        self.plan_date = plan_date
        self.stops = stops


class PlanChanged(DomainError):
    """A new order must hold exactly the plan's stops: the plan was changed meanwhile."""

    def __init__(self) -> None:
        super().__init__("The plan was changed meanwhile; it has been reloaded.")


class StopIsMarked(DomainError):
    """A stop marked visited or missed is history: set it back to planned before removing it."""

    def __init__(self, name: str) -> None:
        super().__init__("{name} is marked visited or missed; set it back to planned to remove it.", name=name)
        self.name = name


class VisitNotYetDue(DomainError):
    def __init__(self, plan_date: date) -> None:
        super().__init__("The visits of {date} cannot be marked before that day.", date=plan_date.isoformat())
        self.plan_date = plan_date


class SameDate(DomainError):
    def __init__(self) -> None:
        super().__init__("A plan cannot be copied onto its own date.")


class EmptyPlan(DomainError):
    def __init__(self, plan_date: date) -> None:
        super().__init__("{date} has no plan to copy.", date=plan_date.isoformat())
        self.plan_date = plan_date


@dataclass(frozen=True)
class PlanCopy:
    view: DayPlanView  # the target date's plan after the copy
    copied: int
    already_there: int  # shops the target already had (merge)
    not_plannable: int  # archived or suspended since


@dataclass(frozen=True)
class PlanDeleted:
    removed_visits: int  # planned visits with nothing recorded
    kept_visits: int  # done, missed or partly recorded: kept as history


# --- the due list ---------------------------------------------------------------------------------


def due_row(facts: DueFacts, on: date, sunday: date | None = None,
            tier_every_days: Mapping[str, int] | None = None) -> DueRow:
    """`tier_every_days`: the value tiers' care-plan frequencies, by ValueTier value, where set."""
    f = facts
    tier_days = (tier_every_days or {}).get(f.value_tier or "")
    status = due_status(f.last_done, effective_every_days(f.override_every_days, f.segment_every_days, tier_days), on,
                        sunday=sunday)
    return DueRow(
        f.customer_id, f.license_no, f.name, f.owner, f.phone, f.address, f.route, f.segment,
        status.every_days, f.last_done, f.last_type, status.next_due, status.category,
        status.days_since, status.days_overdue, f.planned_here, f.next_planned,
        f.search_pinyin, f.search_initials,
    )


def due_customers(uow: UnitOfWork, today: date, on: date | None = None) -> list[DueRow]:
    """Every active customer with where it stands on `on` (default today: the date being planned),
    most urgent first. `planned_here` says it is on `on`'s plan already."""
    on = on or today
    with uow:
        facts = uow.queries.due_facts(on, today)
        tier_scheme = uow.tiers.scheme(SchemeKind.VALUE_TIER)
    assert isinstance(tier_scheme, ValueTierScheme)
    tier_days = {p.tier.value: p.visit_every_days for p in tier_scheme.care_plans if p.visit_every_days is not None}
    sunday = week_end(on)
    rows = [due_row(f, on, sunday, tier_days) for f in facts]
    routes = {route: route_key(route) for route in {r.route for r in rows}}
    rows.sort(key=lambda r: (r.urgency, routes[r.route], r.address, r.customer_id))
    return rows


# --- a date's plan --------------------------------------------------------------------------------


def get_day_plan(uow: UnitOfWork, plan_date: date) -> DayPlanView:
    with uow:
        return uow.queries.day_plan_view(plan_date)


def _plan(uow: UnitOfWork, plan_date: date, *, create: bool = False) -> DayPlan:
    plan = uow.day_plans.get(plan_date)
    if plan is None:
        if not create:
            raise NotFound("Day plan", plan_date.isoformat())
        plan = DayPlan(plan_date)
        uow.day_plans.add(plan)
    return plan


def _stored_id(plan: DayPlan) -> int:
    """The id of a plan read from or added to the store; one without is a programming error."""
    if plan.id is None:
        raise ValueError(f"the day plan of {plan.plan_date} is not stored")
    return plan.id


def _save_stops(uow: UnitOfWork, plan: DayPlan, stops: Sequence[PlanStop]) -> DayPlanView:
    """Number the stops 1…n in the given order, store them, and keep the plan's route text (the
    routes in visiting order, as the visit handbook prints it) in step."""
    assert plan.id is not None
    uow.day_plans.set_stops(plan.id, [replace(s, position=n) for n, s in enumerate(stops, 1)])
    view = uow.queries.day_plan_view(plan.plan_date)
    route = route_summary(s.route for s in view.stops)
    if route != view.route:
        uow.day_plans.set_route(plan.id, route)
        view = replace(view, route=route)
    return view


def _append(uow: UnitOfWork, plan: DayPlan, stops: list[PlanStop], customer_ids: Iterable[int],
            *, skip_unplannable: bool = False) -> tuple[int, int, int]:
    """Append new stops with new planned visits; returns (added, already there, not plannable)."""
    present = {s.customer_id for s in stops}
    added = already = unplannable = 0
    for cid in dict.fromkeys(customer_ids):
        if cid in present:
            already += 1
            continue
        customer = uow.customers.get(cid)
        if customer is None:
            raise NotFound("Customer", cid)
        if customer.status is not CustomerStatus.ACTIVE:
            if skip_unplannable:
                unplannable += 1
                continue
            raise NotPlannable(customer.name)
        visit_id = uow.visits.add(Visit(cid, plan.plan_date))
        stops.append(PlanStop(cid, len(stops) + 1, visit_id))
        present.add(cid)
        added += 1
    return added, already, unplannable


def add_to_plan(uow: UnitOfWork, plan_date: date, customer_ids: Sequence[int]) -> DayPlanView:
    """Append the customers to the date's plan (created if needed), in the order given; those already
    on it are left where they are."""
    with uow:
        plan = _plan(uow, plan_date, create=True)
        stops = list(plan.stops)
        _append(uow, plan, stops, customer_ids)
        view = _save_stops(uow, plan, stops)
        uow.commit()
    return view


def add_route_due(uow: UnitOfWork, plan_date: date, route: str, today: date) -> DayPlanView:
    """Append every customer of `route` that is due by the end of `plan_date`'s week and not on the
    plan yet, along the route (by address)."""
    due = [r for r in due_customers(uow, today, plan_date)
           if r.route == route and r.category.is_due and not r.planned_here]
    due.sort(key=lambda r: (route_key(r.address), r.name, r.customer_id))
    return add_to_plan(uow, plan_date, [r.customer_id for r in due])


def remove_from_plan(uow: UnitOfWork, plan_date: date, customer_ids: Sequence[int]) -> DayPlanView:
    """Take stops off the plan; their planned visits with nothing recorded go with them. Refuses
    (StopIsMarked, nothing removed) when one of them is marked visited or missed."""
    with uow:
        plan = _plan(uow, plan_date)
        gone = [s for s in plan.stops if s.customer_id in set(customer_ids)]
        visit_ids = [s.visit_id for s in gone if s.visit_id is not None]
        statuses = uow.day_plans.visit_statuses(visit_ids)
        marked = [s for s in gone if statuses.get(s.visit_id or -1) in (VisitStatus.DONE, VisitStatus.MISSED)]
        if marked:
            customer = uow.customers.get(marked[0].customer_id)
            raise StopIsMarked(customer.name if customer else str(marked[0].customer_id))
        keep = uow.day_plans.recorded_visits(visit_ids)
        uow.day_plans.delete_visits(v for v in visit_ids if v not in keep)
        view = _save_stops(uow, plan, [s for s in plan.stops if s not in gone])
        uow.commit()
    return view


def reorder_plan(uow: UnitOfWork, plan_date: date, customer_ids: Sequence[int]) -> DayPlanView:
    """Put the stops in the order given, which must name every stop once (else PlanChanged)."""
    with uow:
        plan = _plan(uow, plan_date)
        by_customer = {s.customer_id: s for s in plan.stops}
        if len(customer_ids) != len(by_customer) or set(customer_ids) != set(by_customer):
            raise PlanChanged()
        view = _save_stops(uow, plan, [by_customer[c] for c in customer_ids])
        uow.commit()
    return view


def mark_stop(uow: UnitOfWork, plan_date: date, customer_id: int, status: VisitStatus, today: date,
              visit_type: VisitType | None = None) -> DayPlanView:
    """Set a stop's visit done (in person or by phone), missed, or back to planned. A day still to
    come cannot be marked done or missed (VisitNotYetDue). A stop without a visit gets one."""
    if status not in (VisitStatus.DONE, VisitStatus.MISSED, VisitStatus.PLANNED):
        raise ValueError(f"a stop is marked done, missed or planned, not {status.value}")
    if status is not VisitStatus.PLANNED and plan_date > today:
        raise VisitNotYetDue(plan_date)
    with uow:
        plan = _plan(uow, plan_date)
        stop = next((s for s in plan.stops if s.customer_id == customer_id), None)
        if stop is None:
            raise NotFound("Stop", customer_id)
        kind = visit_type if status is VisitStatus.DONE else None
        if stop.visit_id is None or not uow.day_plans.visit_statuses([stop.visit_id]):
            visit = Visit(customer_id, plan_date, status, kind or VisitType.IN_PERSON)
            visit_id = uow.visits.add(visit)
            uow.day_plans.set_stops(
                _stored_id(plan),
                [replace(s, visit_id=visit_id) if s is stop else s for s in plan.stops],
            )
        else:
            uow.day_plans.set_visit_status(stop.visit_id, status, kind)
        view = uow.queries.day_plan_view(plan_date)
        uow.commit()
    return view


def stop_visit_id(uow: UnitOfWork, plan_date: date, customer_id: int) -> int:
    """The visit of a stop, for the visit record form; a stop that lost its visit gets a planned one."""
    with uow:
        plan = _plan(uow, plan_date)
        stop = next((s for s in plan.stops if s.customer_id == customer_id), None)
        if stop is None:
            raise NotFound("Stop", customer_id)
        if stop.visit_id is not None and uow.day_plans.visit_statuses([stop.visit_id]):
            return stop.visit_id
        visit_id = uow.visits.add(Visit(customer_id, plan_date))
        uow.day_plans.set_stops(
            _stored_id(plan),
            [replace(s, visit_id=visit_id) if s is stop else s for s in plan.stops],
        )
        uow.commit()
    return visit_id


def copy_plan(uow: UnitOfWork, source: date, target: date, *, merge: bool = False) -> PlanCopy:
    """Copy `source`'s stops, in order, to `target` with new planned visits (see the module's text
    for an existing target). Shops archived or suspended since are left out and counted."""
    if source == target:
        raise SameDate()
    with uow:
        original = uow.day_plans.get(source)
        if original is None or not original.stops:
            raise EmptyPlan(source)
        plan = uow.day_plans.get(target)
        if plan is not None and plan.stops and not merge:
            raise TargetHasPlan(target, len(plan.stops))
        if plan is None:
            plan = DayPlan(target, note=original.note)
            uow.day_plans.add(plan)
        stops = list(plan.stops)
        copied, already, unplannable = _append(
            uow, plan, stops, [s.customer_id for s in original.stops], skip_unplannable=True
        )
        view = _save_stops(uow, plan, stops)
        uow.commit()
    return PlanCopy(view, copied, already, unplannable)


def delete_plan(uow: UnitOfWork, plan_date: date) -> PlanDeleted:
    with uow:
        plan = _plan(uow, plan_date)
        visit_ids = [s.visit_id for s in plan.stops if s.visit_id is not None]
        keep = uow.day_plans.recorded_visits(visit_ids)
        removed = [v for v in visit_ids if v not in keep]
        if plan.summary:  # the day's written summary stays: only the stops go
            uow.day_plans.set_stops(_stored_id(plan), [])
            uow.day_plans.set_route(_stored_id(plan), "")
        else:
            uow.day_plans.delete(_stored_id(plan))
        uow.day_plans.delete_visits(removed)
        uow.commit()
    return PlanDeleted(len(removed), len(keep))
