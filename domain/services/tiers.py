"""Use cases of 分层分级: recompute a month's grades and value tiers (preview, apply as one batch, undo),
override one shop with a note, and read what a month holds: the list, the movements, the quadrant,
the distance to the next grade. The window and the command line both call these."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from domain.errors import DomainError, NotFound
from domain.model.customers import ValueTier
from domain.periods import month_start, months_ending
from domain.ports import UnitOfWork
from domain.profit import NO_SALES, ProfitScale
from domain.tiers.distance import DistanceToNextGrade, distance_to_next_grade
from domain.tiers.grading import GradeResult, compute_grades
from domain.tiers.model import AssignmentReason, RecomputeBatch, ShopFacts, TierAssignment, TierKind
from domain.tiers.recompute import DOWN, UP, Proposal, ProposedChange, direction, propose
from domain.tiers.schemes import ContributionMeasure, GradeScheme, SchemeKind, StarScheme, ValueTierScheme
from domain.tiers.star_prefill import PrefilledCriterion, prefill
from domain.tiers.value_tiers import LoyaltyInputs, compute_tiers, contribution_of
from domain.validation import FieldError, ValidationFailed

FAR_FUTURE = date(9999, 12, 1)  # "in force for" this month = each shop's newest row


class NoOrdersInMonth(DomainError):
    def __init__(self, month: date) -> None:
        super().__init__("There are no orders in {month}; import that month's orders first.", month=f"{month:%Y-%m}")
        self.month = month


class NothingToUndo(DomainError):
    def __init__(self) -> None:
        super().__init__("Only the latest recompute can be undone, and it has been undone already.")


def _months_between(first: date, last: date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month + 1


def _grade_results(uow: UnitOfWork, month: date, shops: Sequence[ShopFacts], scheme: GradeScheme
                   ) -> tuple[dict[int, GradeResult], dict[int, int]]:
    window = months_ending(month, scheme.months)
    sums = uow.tier_queries.grade_sums(window[0], window[-1], scheme.low_tar_max_mg)
    return compute_grades(shops, sums, scheme), {cid: s.months_with_orders for cid, s in sums.items()}


def preview_recompute(uow: UnitOfWork, month: date) -> Proposal:
    """Every shop's grade and tier for `month` as the current schemes give them; writes nothing."""
    month = month_start(month)
    with uow:
        return _proposal(uow, month)


def _proposal(uow: UnitOfWork, month: date) -> Proposal:
    if month not in uow.tier_queries.order_months():
        raise NoOrdersInMonth(month)
    grade_scheme = uow.tiers.scheme(SchemeKind.GRADE)
    tier_scheme = uow.tiers.scheme(SchemeKind.VALUE_TIER)
    assert isinstance(grade_scheme, GradeScheme) and isinstance(tier_scheme, ValueTierScheme)
    shops = uow.tier_queries.shop_facts()
    grades, months_ordered = _grade_results(uow, month, shops, grade_scheme)
    window = months_ending(month, tier_scheme.months)
    tier_sums = uow.tier_queries.tier_sums(window[0], window[-1])
    first_orders = uow.tier_queries.first_order_months()
    margin = ProfitScale(uow.settings.load().default_margin_rate)
    custom = (uow.custom_fields.values(tier_scheme.contribution_field_id)
              if tier_scheme.contribution is ContributionMeasure.CUSTOM and tier_scheme.contribution_field_id else {})
    contributions = {s.customer_id: contribution_of(tier_sums.get(s.customer_id, (NO_SALES, 0))[0], tier_scheme, margin,
                                                    custom.get(s.customer_id))
                     for s in shops}
    loyalty = {}
    for s in shops:
        began = [d for d in (first_orders.get(s.customer_id), s.opened_on and month_start(s.opened_on)) if d]
        tenure = _months_between(min(began), month) if began and min(began) <= month else 0
        loyalty[s.customer_id] = LoyaltyInputs(tier_sums.get(s.customer_id, (NO_SALES, 0))[1], tenure, s.integrity_grade)
    tiers, split = compute_tiers(contributions, loyalty, tier_scheme)
    in_force = {kind: uow.tiers.values_in_force(kind, month) for kind in TierKind}
    return propose(month, shops, grades, months_ordered, tiers, split, in_force,
                   grade_scheme.version, tier_scheme.version)


def summary_line(proposal: Proposal) -> str:
    g, t = proposal.counts.get(TierKind.GRADE), proposal.counts.get(TierKind.VALUE_TIER)
    return (f"grades up {g[UP] if g else 0}, down {g[DOWN] if g else 0}; "
            f"tiers up {t[UP] if t else 0}, down {t[DOWN] if t else 0}")


def apply_recompute(uow: UnitOfWork, month: date, now: datetime) -> tuple[RecomputeBatch, Proposal]:
    """Compute again inside the writing unit of work (what was previewed may be minutes old) and store
    the month's assignments as one batch; the lists' current grade and tier follow."""
    month = month_start(month)
    with uow:
        proposal = _proposal(uow, month)
        rows = proposal.assignments()
        batch = RecomputeBatch(month, now, len(rows), summary_line(proposal))
        later = {kind: uow.tiers.with_later_rows(kind, month) for kind in TierKind}
        batch_id = uow.tiers.add_batch(batch)
        uow.tiers.add_assignments(rows, batch_id=batch_id, created_at=now)
        for kind in TierKind:
            # recomputing an earlier month writes its history but leaves a later month's value current
            uow.tiers.set_current(kind, {
                c.shop.customer_id: c.after for c in proposal.of(kind)
                if c.assignment is not None and c.shop.customer_id not in later[kind] and c.after != _current(c)})
        uow.commit()
        return replace(batch, id=batch_id), proposal


def _current(change: ProposedChange) -> str | None:
    """The value the shop's record holds now (only a different one needs writing)."""
    value = change.shop.grade if change.kind is TierKind.GRADE else change.shop.value_tier
    return None if value is None else str(value)


def undo_recompute(uow: UnitOfWork, batch_id: int, now: datetime) -> RecomputeBatch:
    """Take the batch's assignments back; every shop's current grade and tier return to what they were."""
    with uow:
        batches = [b for b in uow.tiers.batches() if b.undone_at is None]
        batch = uow.tiers.get_batch(batch_id)
        if batch is None:
            raise NotFound("Recompute", batch_id)
        if batch.undone_at is not None or not batches or batches[0].id != batch_id:
            raise NothingToUndo()
        rows = uow.tiers.batch_assignments(batch_id)
        uow.tiers.delete_batch_assignments(batch_id)
        uow.tiers.mark_batch_undone(batch_id, now)
        for kind in TierKind:
            remaining = uow.tiers.assignments_for(kind, FAR_FUTURE)
            restored: dict[int, str | None] = {}
            for row in rows:
                if row.kind is kind:
                    left = remaining.get(row.customer_id)
                    restored[row.customer_id] = left.value if left is not None else row.previous
            uow.tiers.set_current(kind, restored)
        uow.commit()
        return replace(batch, undone_at=now)


def override(uow: UnitOfWork, customer_id: int, kind: TierKind, value: str, month: date, note: str,
             now: datetime, *, pinned: bool = True) -> TierAssignment:
    """Set one shop's grade or tier by hand. The note is required: it is the only trace of why."""
    month = month_start(month)
    errors: list[FieldError] = []
    if not note.strip():
        errors.append(FieldError("note", "Say why the shop is set by hand."))
    with uow:
        shop = uow.customers.get(customer_id)
        if shop is None:
            raise NotFound("Customer", customer_id)
        grade_scheme = uow.tiers.scheme(SchemeKind.GRADE)
        assert isinstance(grade_scheme, GradeScheme)
        if kind is TierKind.GRADE:
            if not value.isdigit() or not 1 <= int(value) <= grade_scheme.grades:
                errors.append(FieldError("value", "The grade must be between 1 and {max}.", (("max", grade_scheme.grades),)))
        elif value not in {t.value for t in ValueTier}:
            errors.append(FieldError("value", "Unknown value tier {value}.", (("value", value),)))
        if errors:
            raise ValidationFailed(errors)
        before = uow.tiers.assignments_for(kind, month).get(customer_id)
        current = shop.grade if kind is TierKind.GRADE else (shop.value_tier.value if shop.value_tier else None)
        row = TierAssignment(customer_id, kind, month, value, AssignmentReason.MANUAL, note=note.strip(), pinned=pinned,
                             scheme_version=uow.tiers.scheme(SchemeKind.GRADE if kind is TierKind.GRADE else SchemeKind.VALUE_TIER).version,
                             previous=before.value if before else (None if current is None else str(current)),
                             created_at=now)
        uow.tiers.add_assignments([row])
        uow.tiers.set_current(kind, {customer_id: value})
        uow.commit()
        return row


def set_pinned(uow: UnitOfWork, assignment_id: int, pinned: bool) -> None:
    with uow:
        uow.tiers.set_pinned(assignment_id, pinned)
        uow.commit()


def history(uow: UnitOfWork, customer_id: int) -> list[TierAssignment]:
    with uow:
        return uow.tiers.assignments_of(customer_id)


@dataclass(frozen=True)
class TierListRow:
    customer_id: int
    license_no: str
    name: str
    grade: TierAssignment | None
    tier: TierAssignment | None
    distance: DistanceToNextGrade | None = None  # to the next grade, from the month's orders


def tier_list(uow: UnitOfWork, month: date) -> list[TierListRow]:
    """Each shop's grade and tier in force for `month`, by license number."""
    month = month_start(month)
    with uow:
        if month not in uow.tier_queries.order_months():
            raise NoOrdersInMonth(month)
        grades = uow.tiers.assignments_for(TierKind.GRADE, month)
        tiers = uow.tiers.assignments_for(TierKind.VALUE_TIER, month)
        shops = uow.tier_queries.shop_facts()
    rows = [TierListRow(s.customer_id, s.license_no, s.name, grades.get(s.customer_id), tiers.get(s.customer_id))
            for s in shops]
    return sorted(rows, key=lambda r: r.license_no)


@dataclass(frozen=True)
class Movement:
    customer_id: int
    license_no: str
    name: str
    kind: TierKind
    before: str
    after: str
    direction: str  # UP or DOWN
    assignment: TierAssignment


def movements(uow: UnitOfWork, month: date) -> list[Movement]:
    """The shops whose grade or tier in force for `month` differs from the previous month's (升档 / 降档),
    the biggest moves first."""
    month = month_start(month)
    previous = months_ending(month, 2)[0]
    with uow:
        shops = {s.customer_id: s for s in uow.tier_queries.shop_facts()}
        out: list[Movement] = []
        for kind in TierKind:
            now_rows = uow.tiers.assignments_for(kind, month)
            before_rows = uow.tiers.values_in_force(kind, previous)  # only the value is compared
            for cid, row in now_rows.items():
                old = before_rows.get(cid)
                shop = shops.get(cid)
                if old is None or shop is None or row.month != month:
                    continue
                way = direction(kind, old.value, row.value)
                if way in (UP, DOWN):
                    out.append(Movement(cid, shop.license_no, shop.name, kind, old.value, row.value, way, row))
    def size(m: Movement) -> int:
        return abs(int(m.after) - int(m.before)) if m.kind is TierKind.GRADE else 1
    return sorted(out, key=lambda m: (m.kind.value, m.direction, -size(m), m.license_no))


@dataclass(frozen=True)
class QuadrantPoint:
    customer_id: int
    name: str
    contribution: Decimal
    loyalty: Decimal
    tier: ValueTier


@dataclass(frozen=True)
class Quadrant:
    points: tuple[QuadrantPoint, ...]
    contribution_split: Decimal
    loyalty_split: Decimal


def quadrant(uow: UnitOfWork, month: date) -> Quadrant:
    """The value × loyalty scatter of the month's computed tiers, with the split lines they were cut at."""
    month = month_start(month)
    with uow:
        rows = uow.tiers.assignments_for(TierKind.VALUE_TIER, month)
        names = {s.customer_id: s.name for s in uow.tier_queries.shop_facts()}
    points, c_split, l_split = [], Decimal(0), Decimal(50)
    for cid, row in rows.items():
        if cid not in names or "contribution" not in row.inputs:
            continue
        points.append(QuadrantPoint(cid, names[cid], Decimal(row.inputs["contribution"]), Decimal(row.inputs["loyalty"]),
                                    ValueTier(row.value)))
        c_split = Decimal(row.inputs.get("contribution_split", c_split))
        l_split = Decimal(row.inputs.get("loyalty_split", l_split))
    return Quadrant(tuple(sorted(points, key=lambda p: p.customer_id)), c_split, l_split)


def distances(uow: UnitOfWork, month: date) -> dict[int, DistanceToNextGrade]:
    """Per shop, the yuan or cartons more over the grade scheme's months that lift it one grade."""
    with uow:
        return distances_in(uow, month)


def distances_in(uow: UnitOfWork, month: date) -> dict[int, DistanceToNextGrade]:
    """`distances` inside a unit of work the caller has open (the handbook reads them with its pages)."""
    month = month_start(month)
    scheme = uow.tiers.scheme(SchemeKind.GRADE)
    assert isinstance(scheme, GradeScheme)
    results, _ = _grade_results(uow, month, uow.tier_queries.shop_facts(), scheme)
    found = (distance_to_next_grade(cid, results, scheme) for cid in results)
    return {d.customer_id: d for d in found if d is not None}


def latest_order_month(uow: UnitOfWork) -> date | None:
    with uow:
        months = uow.tier_queries.order_months()
    return months[-1] if months else None


def recompute_batches(uow: UnitOfWork) -> list[RecomputeBatch]:
    with uow:
        return uow.tiers.batches()


@dataclass(frozen=True)
class StarPrefill:
    month: date  # the month of orders the points come from
    criteria: tuple[PrefilledCriterion, ...]


def star_prefill(uow: UnitOfWork, customer_id: int, on: date) -> StarPrefill | None:
    """The measurable star criteria from the shop's latest complete month of orders before `on`'s month
    (an evaluation during a month reads the month before: the current one is not over); None when it
    has no orders in the three months before."""
    with uow:
        scheme = uow.tiers.scheme(SchemeKind.STAR)
        assert isinstance(scheme, StarScheme)
        months = [m for m in uow.tier_queries.order_months() if m < month_start(on)]
        for month in reversed(months[-3:]):
            filled = prefill(uow.tier_queries.month_classes(customer_id, month), scheme)
            if filled:
                return StarPrefill(month, tuple(filled))
    return None
