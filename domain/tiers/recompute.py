"""One month's recompute: every shop's proposed grade and value tier with its score and inputs, the
pinned overrides it keeps, and what moves. Nothing here writes; the service applies a proposal as one
batch."""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from domain.model.customers import ValueTier
from domain.tiers.grading import GradeResult
from domain.tiers.model import AssignmentReason, InForce, ShopFacts, TierAssignment, TierKind
from domain.tiers.schemes import GradeMeasure, LoyaltyMeasure
from domain.tiers.value_tiers import Split, TierResult

# from the most valuable down: a move to the left is "up"
TIER_ORDER: tuple[ValueTier, ...] = (ValueTier.KEY, ValueTier.AT_RISK, ValueTier.POTENTIAL, ValueTier.ORDINARY)



UP, DOWN, SAME, NEW = "up", "down", "same", "new"


def direction(kind: TierKind, before: str | None, after: str) -> str:
    if before is None:
        return NEW
    if before == after:
        return SAME
    if kind is TierKind.GRADE:
        return UP if int(after) > int(before) else DOWN
    order = [t.value for t in TIER_ORDER]
    return UP if order.index(after) < order.index(before) else DOWN


@dataclass(frozen=True)
class ProposedChange:
    shop: ShopFacts
    kind: TierKind
    before: str | None  # the value in force before this month's recompute
    after: str
    assignment: TierAssignment | None  # None: a pinned override kept as it is
    kept_pinned: bool = False

    @property
    def moved(self) -> str:
        return direction(self.kind, self.before, self.after)


@dataclass(frozen=True)
class Proposal:
    month: date
    grade_version: int
    tier_version: int
    changes: tuple[ProposedChange, ...]
    split: Split | None = None
    counts: dict[TierKind, Counter[str]] = field(default_factory=dict)  # up / down / same / new

    def of(self, kind: TierKind) -> list[ProposedChange]:
        return [c for c in self.changes if c.kind is kind]

    def moved(self, kind: TierKind | None = None) -> list[ProposedChange]:
        return [c for c in self.changes if c.moved in (UP, DOWN) and (kind is None or c.kind is kind)]

    def assignments(self) -> list[TierAssignment]:
        return [c.assignment for c in self.changes if c.assignment is not None]

    def distribution(self, kind: TierKind) -> Counter[str]:
        return Counter(c.after for c in self.of(kind))


def _money(v: Decimal) -> str:
    # a custom field's value may have up to four places: kept as typed, so the record shows what was split
    return f"{v:.2f}" if v == v.quantize(Decimal("0.01")) else str(v)


def grade_inputs(result: GradeResult, months_with_orders: int) -> dict[str, str]:
    m = result.measures
    return {
        "amount": _money(m[GradeMeasure.AMOUNT]),
        "cartons": f"{m[GradeMeasure.CARTONS]:.0f}",
        "low_tar_share": f"{m[GradeMeasure.LOW_TAR_SHARE]:.1f}",
        "months_with_orders": str(months_with_orders),
    }


def tier_inputs(result: TierResult, split: Split) -> dict[str, str]:
    return {
        "contribution": _money(result.contribution),
        "loyalty": f"{result.loyalty:.2f}",
        "regularity": f"{result.loyalty_parts[LoyaltyMeasure.REGULARITY]:.1f}",
        "tenure": f"{result.loyalty_parts[LoyaltyMeasure.TENURE]:.1f}",
        "integrity": f"{result.loyalty_parts[LoyaltyMeasure.INTEGRITY]:.0f}",
        "contribution_split": _money(split.contribution),
        "loyalty_split": f"{split.loyalty:.2f}",
    }


def propose(month: date, shops: Sequence[ShopFacts], grades: Mapping[int, GradeResult],
            months_with_orders: Mapping[int, int], tiers: Mapping[int, TierResult], split: Split,
            in_force: Mapping[TierKind, Mapping[int, InForce]], grade_version: int, tier_version: int) -> Proposal:
    """`in_force`: per kind, the row in force for each shop before this recompute (a pinned manual row
    is kept). A shop's value "before" is that row's, or the value on its record when it has none."""
    changes: list[ProposedChange] = []
    for shop in shops:
        cid = shop.customer_id
        g, t = grades[cid], tiers[cid]
        for kind, value, reason, score, rank, inputs, version in (
            (TierKind.GRADE, str(g.grade), AssignmentReason.NEW_SHOP if g.new_shop else AssignmentReason.COMPUTED,
             g.score, g.rank, grade_inputs(g, months_with_orders.get(cid, 0)), grade_version),
            (TierKind.VALUE_TIER, t.tier.value, AssignmentReason.COMPUTED, t.contribution, None,
             tier_inputs(t, split), tier_version),
        ):
            row = in_force.get(kind, {}).get(cid)
            current = shop.grade if kind is TierKind.GRADE else shop.value_tier
            before = row.value if row is not None else (None if current is None else str(current))
            if row is not None and row.pinned:
                changes.append(ProposedChange(shop, kind, before, row.value, None, kept_pinned=True))
                continue
            changes.append(ProposedChange(shop, kind, before, value, TierAssignment(
                customer_id=cid, kind=kind, month=month, value=value, reason=reason, score=score, rank=rank,
                inputs=inputs, scheme_version=version, previous=before)))
    counts = {kind: Counter(c.moved for c in changes if c.kind is kind) for kind in TierKind}
    return Proposal(month, grade_version, tier_version, tuple(changes), split, counts)
