"""What the printed reports show of 分层分级: a month's distribution by grade and tier, the shops that
moved (with the figures behind both values), the shops that fell a star; for the 分层分级报告 also the
schemes and the value × loyalty quadrant; for the 客户档案 one shop's grade, tier and star history, its
timeline and its visit cycle. Gathered here, drawn by reports/tiers_report.py, monthly.py, dossier.py."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from domain.model.custom_fields import CustomField
from domain.model.customers import Customer, ValueTier
from domain.model.evaluations import StarEvaluation
from domain.periods import month_range, month_start, months_ending
from domain.ports import UnitOfWork
from domain.read_models import TimelineEntry
from domain.services.custom_fields import contribution_field
from domain.services.customers import get_customer
from domain.services.tiers import NoOrdersInMonth, Quadrant, movements, quadrant
from domain.tiers.model import AssignmentReason, TierAssignment, TierKind
from domain.tiers.recompute import DOWN, TIER_ORDER, UP
from domain.tiers.schemes import GradeScheme, SchemeKind, ValueTierScheme
from domain.visits.due import effective_every_days


@dataclass(frozen=True)
class MovedShop:
    """One shop whose grade or tier for the month differs from the previous month's, with both rows,
    so that the report can say why: the scores and the measures before and after."""

    customer_id: int
    license_no: str
    name: str
    kind: TierKind
    direction: str  # UP or DOWN
    before: TierAssignment | None  # the previous month's row (None: only the value on record)
    after: TierAssignment
    before_value: str

    @property
    def steps(self) -> int:
        """How far it moved: grades for a grade, 1 for a tier."""
        if self.kind is TierKind.GRADE:
            return abs(int(self.after.value) - int(self.before_value))
        return 1


@dataclass(frozen=True)
class StarDrop:
    """A shop whose latest star evaluation of the month has fewer stars than the evaluation before it."""

    customer_id: int
    license_no: str
    name: str
    evaluated_on: date
    stars: int
    total_score: Decimal
    previous_on: date
    previous_stars: int
    previous_total: Decimal


@dataclass(frozen=True)
class TierMonth:
    """A month of 分层分级 as the monthly analysis and the 分层分级报告 print it."""

    month: date
    grades: int  # the grade scheme's number of grades
    shops: int  # active and suspended shops
    grade_counts: tuple[tuple[int, int], ...]  # (grade, shops) for every grade, the highest first
    tier_counts: tuple[tuple[ValueTier, int], ...]  # in TIER_ORDER
    reasons: dict[AssignmentReason, int]  # of the grades in force: computed / manual / new shop
    recomputed: bool  # the month has assignments of its own (a recompute or an override)
    moved: tuple[MovedShop, ...]
    star_drops: tuple[StarDrop, ...]
    grade_months: int = 3  # the months the grade's amount and cartons are summed over
    grade_scheme: GradeScheme | None = None  # what the figures are computed by, printed beside them
    tier_scheme: ValueTierScheme | None = None
    splits: tuple[Decimal, Decimal] | None = None  # the tiers' (contribution, loyalty) split lines of the month
    contribution_field: CustomField | None = None  # what a CUSTOM contribution is measured by

    @property
    def graded(self) -> int:
        return sum(n for _, n in self.grade_counts)

    @property
    def tiered(self) -> int:
        return sum(n for _, n in self.tier_counts)

    def moves(self, kind: TierKind, direction: str) -> list[MovedShop]:
        return [m for m in self.moved if m.kind is kind and m.direction == direction]


@dataclass(frozen=True)
class TierReportData:
    """The 分层分级报告 of a month."""

    section: TierMonth
    grade_scheme: GradeScheme
    tier_scheme: ValueTierScheme
    quadrant: Quadrant


@dataclass(frozen=True)
class VisitCycle:
    days: int
    basis: str  # "customer" (its own), "tier" (the care plan's override), "segment", "default"


@dataclass(frozen=True)
class DossierTiers:
    """One shop's 分层分级 for its dossier."""

    grades: tuple[TierAssignment, ...]  # oldest first
    tiers: tuple[TierAssignment, ...]
    stars: tuple[StarEvaluation, ...]  # oldest first
    grade_count: int  # the grade scheme's number of grades (the chart's scale)
    timeline: tuple[TimelineEntry, ...]  # newest first
    cycle: VisitCycle
    care_plan_strategy: str = ""  # the tier's care plan, "" without a tier
    invite_to_salons: bool = False


def _schemes(uow: UnitOfWork) -> tuple[GradeScheme, ValueTierScheme]:
    g, t = uow.tiers.scheme(SchemeKind.GRADE), uow.tiers.scheme(SchemeKind.VALUE_TIER)
    assert isinstance(g, GradeScheme) and isinstance(t, ValueTierScheme)
    return g, t


def star_drops(uow: UnitOfWork, month: date, after: date | None = None) -> list[StarDrop]:
    """The 掉星 of the evaluations made from `month` until `after` (the month's end when not given; the
    分层 page reads its newest month up to today, since a month is evaluated early in the next)."""
    month = month_start(month)
    with uow:
        shops = {s.customer_id: (s.license_no, s.name) for s in uow.tier_queries.shop_facts()}
        return _star_drops(uow, month, shops, after)


def _star_drops(uow: UnitOfWork, month: date, shops: dict[int, tuple[str, str]],
                until: date | None = None) -> list[StarDrop]:
    first, after = month_range(month)
    after = until or after
    drops = [StarDrop(s.customer_id, *shops[s.customer_id], s.evaluated_on, s.stars, s.total_score,
                      s.previous_on, s.previous_stars, s.previous_total)
             for s in uow.tier_queries.star_steps(first, after)
             if s.customer_id in shops and s.stars < s.previous_stars]
    return sorted(drops, key=lambda d: (d.stars - d.previous_stars, d.license_no))


def _splits(rows: Iterable[TierAssignment], month: date) -> tuple[Decimal, Decimal] | None:
    """The split lines the month's computed tiers were cut at (every computed row carries them)."""
    for a in rows:
        if a.month == month and "contribution_split" in a.inputs and "loyalty_split" in a.inputs:
            return Decimal(a.inputs["contribution_split"]), Decimal(a.inputs["loyalty_split"])
    return None


def tier_month(uow: UnitOfWork, month: date) -> TierMonth:
    """The month's distribution (the values in force for it), its movements and its star drops."""
    month = month_start(month)
    previous = months_ending(month, 2)[0]
    moved = movements(uow, month)
    with uow:
        grade_scheme, tier_scheme = _schemes(uow)
        shops = {s.customer_id: (s.license_no, s.name) for s in uow.tier_queries.shop_facts()}
        grades = {cid: a for cid, a in uow.tiers.assignments_for(TierKind.GRADE, month).items() if cid in shops}
        tiers = {cid: a for cid, a in uow.tiers.assignments_for(TierKind.VALUE_TIER, month).items() if cid in shops}
        before = {kind: uow.tiers.assignments_for(kind, previous) for kind in TierKind}
        drops = _star_drops(uow, month, shops)
        measured_by = contribution_field(uow, tier_scheme)
    per_grade = Counter(int(a.value) for a in grades.values())
    top = max([grade_scheme.grades, *per_grade])
    per_tier = Counter(a.value for a in tiers.values())
    rows = tuple(MovedShop(m.customer_id, m.license_no, m.name, m.kind, m.direction,
                           before[m.kind].get(m.customer_id), m.assignment, m.before) for m in moved)
    return TierMonth(
        month=month, grades=grade_scheme.grades, shops=len(shops),
        grade_counts=tuple((g, per_grade.get(g, 0)) for g in range(top, 0, -1)),
        tier_counts=tuple((t, per_tier.get(t.value, 0)) for t in TIER_ORDER),
        reasons=dict(Counter(a.reason for a in grades.values())),
        recomputed=any(a.month == month for a in (*grades.values(), *tiers.values())),
        moved=tuple(sorted(rows, key=lambda m: (m.kind.value, m.direction != UP, -m.steps, m.license_no))),
        star_drops=tuple(drops),
        grade_months=grade_scheme.months,
        grade_scheme=grade_scheme,
        tier_scheme=tier_scheme,
        splits=_splits(tiers.values(), month),
        contribution_field=measured_by,
    )


def tier_report_data(uow: UnitOfWork, month: date) -> TierReportData:
    """The 分层分级报告 of `month`; NoOrdersInMonth when the month has no orders."""
    month = month_start(month)
    with uow:
        if month not in uow.tier_queries.order_months():
            raise NoOrdersInMonth(month)
        grade_scheme, tier_scheme = _schemes(uow)
    return TierReportData(tier_month(uow, month), grade_scheme, tier_scheme, quadrant(uow, month))


def visit_cycle(customer: Customer, tier_scheme: ValueTierScheme, segment_days: int | None) -> VisitCycle:
    """Every how many days the shop is visited: its own frequency, else its tier's care-plan override,
    else its segment's, else monthly."""
    tier_days = tier_scheme.care_plan(customer.value_tier).visit_every_days if customer.value_tier else None
    days = effective_every_days(customer.visit_every_days, segment_days, tier_every_days=tier_days)
    # where the number comes from, in the order effective_every_days (the due rules) reads them
    for basis, given in (("customer", customer.visit_every_days), ("tier", tier_days), ("segment", segment_days)):
        if given is not None:
            return VisitCycle(days, basis)
    return VisitCycle(days, "default")


def dossier_tiers(uow: UnitOfWork, customer_id: int) -> DossierTiers:
    customer = get_customer(uow, customer_id)
    with uow:
        grade_scheme, tier_scheme = _schemes(uow)
        history = uow.tiers.assignments_of(customer_id)
        stars = uow.evaluations.star_evaluations(customer_id)
        timeline = uow.queries.customer_timeline(customer_id)
        segment = next((s for s in uow.segments.list() if s.id == customer.segment_id), None)
    plan = tier_scheme.care_plan(customer.value_tier) if customer.value_tier is not None else None
    return DossierTiers(
        grades=tuple(a for a in history if a.kind is TierKind.GRADE),
        tiers=tuple(a for a in history if a.kind is TierKind.VALUE_TIER),
        stars=tuple(stars),
        grade_count=grade_scheme.grades,
        timeline=tuple(timeline),
        cycle=visit_cycle(customer, tier_scheme, segment.visit_every_days if segment else None),
        care_plan_strategy=plan.strategy if plan else "",
        invite_to_salons=plan.invite_to_salons if plan else False,
    )


__all__ = ["DOWN", "UP", "DossierTiers", "MovedShop", "StarDrop", "TierMonth", "TierReportData", "VisitCycle",
           "dossier_tiers", "tier_month", "tier_report_data", "visit_cycle"]
