"""Read models for the printed visit reports (拜访手册, 拜访总结): gathered here, rendered by `reports/`.

The renderers are pure: they take these frozen dataclasses and return bytes.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta

from domain.care.reminders import DueReminder
from domain.errors import DomainError, NotFound
from domain.forecast.model import HolidayCalendar
from domain.model.evaluations import PlanStatus, PlanTarget
from domain.ports import UnitOfWork
from domain.profit import MarginBasis
from domain.salons.invitation_text import visit_line
from domain.services.cultivation import handbook_leaflets, handbook_pushes
from domain.services.handbook_facts import EMPTY, PushProduct, ShopFacts, handbook_facts
from domain.services.reminders import SHOP_WINDOW_DAYS, list_reminders
from domain.services.tiers import distances_in
from domain.services.visit_history import summarise_day
from domain.services.visit_records import _customer, _prepare, load_visit_form
from domain.tiers.distance import DistanceToNextGrade
from domain.visits.planning_views import DayPlanView, PlanStopRow
from domain.visits.record_views import DaySummary, VisitForm, VisitPreparation
from domain.visits.summary_rules import DayOutcomes, Theme, day_outcomes, days_visited, repeated_themes


class NoDayPlan(DomainError):
    def __init__(self, day: date) -> None:
        super().__init__("There is no visit plan for {date}.", date=day.isoformat())
        self.day = day


class NoVisits(DomainError):
    def __init__(self, first: date, last: date) -> None:
        if first == last:
            super().__init__("There are no done visits on {date}.", date=first.isoformat())
        else:
            super().__init__("There are no done visits from {first} to {last}.",
                             first=first.isoformat(), last=last.isoformat())
        self.first, self.last = first, last


@dataclass(frozen=True)
class HandbookCustomer:
    """One page of the handbook: the stop, what to prepare, the value tier and an open plan's targets."""

    stop: PlanStopRow
    preparation: VisitPreparation
    value_tier: str  # ValueTier value, "" when none
    plan_targets: tuple[PlanTarget, ...]  # of the newest open improvement plan
    plan_measures: tuple[str, ...]
    margin_basis: MarginBasis = MarginBasis.PURCHASE  # what a margin target is a rate of
    next_grade: DistanceToNextGrade | None = None  # how far the newest order month leaves it from a grade up
    salon_lines: tuple[str, ...] = ()  # invitations to give or replies to ask for on this visit
    facts: ShopFacts = EMPTY  # the counts, forecast, suggested order, sales, shortages and labels to bring
    # the seam for brand cultivation (品牌培育): products to push at this shop, fitted to its price mix,
    # rationed ones left out; empty until the cultivation plans fill it, and printed only when not empty
    cultivation_push: tuple[PushProduct, ...] = ()


@dataclass(frozen=True)
class HandbookData:
    """拜访手册 for a day plan."""

    plan_date: date
    printed_on: date
    owner: str  # the workspace's owner and unit, for the page header
    unit: str
    routes: tuple[str, ...]  # in the order of the stops
    note: str
    customers: tuple[HandbookCustomer, ...]
    # the seam for brand cultivation: leaflets of the products being cultivated, for the cover's list
    # of what to bring; empty until the cultivation plans fill it, and printed only when not empty
    cultivation_leaflets: tuple[str, ...] = ()


def handbook_data(uow: UnitOfWork, plan_date: date, today: date,
                  calendar: HolidayCalendar | None = None) -> HandbookData:
    """Everything the handbook prints for the plan of `plan_date`; NoDayPlan when it has no stops."""
    # the reminders of the two weeks from the visiting day on, each on its shop's page
    coming: dict[int, list[DueReminder]] = defaultdict(list)
    for reminder in list_reminders(uow, plan_date, SHOP_WINDOW_DAYS):
        if reminder.customer_id is not None:
            coming[reminder.customer_id].append(reminder)
    with uow:
        plan: DayPlanView = uow.queries.day_plan_view(plan_date)
        if not plan.stops:
            raise NoDayPlan(plan_date)
        settings = uow.settings.load()
        months = [m for m in uow.tier_queries.order_months() if m <= plan_date]
        distances = distances_in(uow, months[-1]) if months else {}
        pages = []
        for stop in plan.stops:
            customer = _customer(uow, stop.customer_id)
            preparation = replace(_prepare(uow, customer, plan_date, today)[0],
                                  reminders=tuple(coming.get(stop.customer_id, ())))
            plans = [p for p in uow.evaluations.plans(stop.customer_id) if p.status is PlanStatus.OPEN]
            newest = max(plans, key=lambda p: (p.created_on, p.id or 0)) if plans else None
            tier = customer.value_tier.value if customer.value_tier else ""
            pages.append(HandbookCustomer(
                stop, preparation, tier,
                tuple(newest.targets) if newest else (), tuple(newest.measures) if newest else (),
                settings.margin_basis, distances.get(stop.customer_id),
                tuple(line for e, inv in uow.salons.invitations_of(stop.customer_id)
                      if (line := visit_line(e, inv, plan_date)) is not None)))
    shop_ids = [s.customer_id for s in plan.stops]
    facts = handbook_facts(uow, shop_ids, plan_date, today, calendar)
    pushes = handbook_pushes(uow, shop_ids, today)  # the cultivation products to push at each shop
    pages = [replace(p, facts=facts.get(p.stop.customer_id, EMPTY), cultivation_push=pushes.get(p.stop.customer_id, ()))
             for p in pages]
    routes = tuple(dict.fromkeys(s.route for s in plan.stops if s.route))
    return HandbookData(plan_date, today, settings.owner_name, settings.unit_name, routes, plan.note, tuple(pages),
                        cultivation_leaflets=handbook_leaflets(pushes))


@dataclass(frozen=True)
class VisitSummaryData:
    """拜访总结 for a day or a week: each day's summary (visits, findings, follow-ups, the day's text),
    each day's outcomes (problems apart from information, per-visit times and cartons suggested vs
    agreed, the next visit) and the problems repeated across the period."""

    first: date
    last: date
    printed_on: date
    owner: str
    unit: str
    days: tuple[DaySummary, ...]  # only days with visits, oldest first
    outcomes: tuple[DayOutcomes, ...] = ()  # one per day of `days`, in the same order
    themes: tuple[Theme, ...] = ()  # problems repeated in several shops over the period, most shops first

    @property
    def done(self) -> int:
        return sum(d.done for d in self.days)

    @property
    def days_visited(self) -> int:
        """Days with at least one done visit (not days only planned)."""
        return days_visited(self.days)

    def outcomes_of(self, day: date) -> DayOutcomes:
        return next((o for o in self.outcomes if o.day == day), DayOutcomes(day))


def visit_summary_data(uow: UnitOfWork, day: date, today: date, *, week: bool = False) -> VisitSummaryData:
    """The day's (or, with `week`, the Monday-to-Sunday week's) visits; NoVisits when there are none."""
    first = day - timedelta(days=day.weekday()) if week else day
    last = first + timedelta(days=6) if week else day
    days, outcomes = [], []
    with uow:
        settings = uow.settings.load()
        d = first
        while d <= last:
            data = uow.visit_queries.day_data(d)
            if data.visits:
                days.append(summarise_day(data, today))
                outcomes.append(day_outcomes(data))
            d += timedelta(days=1)
    if not any(s.done for s in days):
        raise NoVisits(first, last)
    themes = repeated_themes(p for o in outcomes for p in o.problems)
    return VisitSummaryData(first, last, today, settings.owner_name, settings.unit_name, tuple(days),
                            tuple(outcomes), themes)


@dataclass(frozen=True)
class OneVisitData:
    """拜访总结 of one visit: the stored record with its customer's preparation and the product names."""

    printed_on: date
    owner: str
    unit: str
    form: VisitForm
    product_names: dict[int, str]


def one_visit_data(uow: UnitOfWork, visit_id: int, today: date) -> OneVisitData:
    """The record of one visit (NotFound for an unknown id)."""
    with uow:
        visit = uow.visits.get(visit_id)
        if visit is None:
            raise NotFound("Visit", visit_id)
        settings = uow.settings.load()
    form = load_visit_form(uow, visit.customer_id, visit.planned_on, visit_id, today, with_demands=False)
    names = {p.id: p.name for p in form.products} | {g.product.id: g.product.name for g in form.usual}
    return OneVisitData(today, settings.owner_name, settings.unit_name, form, names)
