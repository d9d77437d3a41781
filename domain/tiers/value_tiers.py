"""价值分层: contribution × loyalty, each split high or low (at the territory's median, or at fixed
thresholds): both high 重点, high contribution only 流失风险 (worth keeping, not yet loyal), high loyalty
only 潜力, both low 普通."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from domain.model.customers import ValueTier
from domain.profit import ProfitScale, SalesSums
from domain.tiers.schemes import (
    INTEGRITY_POINTS,
    TENURE_FULL_MONTHS,
    UNKNOWN_INTEGRITY_POINTS,
    ContributionMeasure,
    LoyaltyMeasure,
    SplitMethod,
    ValueTierScheme,
)

POINTS = Decimal("0.01")


@dataclass(frozen=True)
class LoyaltyInputs:
    ordering_months: int  # months with orders in the scheme's window
    tenure_months: int
    integrity_grade: str


@dataclass(frozen=True)
class TierResult:
    customer_id: int
    tier: ValueTier
    contribution: Decimal  # in the measure's unit (yuan or cartons)
    loyalty: Decimal  # points 0–100
    contribution_high: bool
    loyalty_high: bool
    loyalty_parts: dict[LoyaltyMeasure, Decimal]  # each part's points 0–100 before weighting


def contribution_of(sums: SalesSums, scheme: ValueTierScheme, margin: ProfitScale,
                    custom_value: Decimal | None = None) -> Decimal:
    """The shop's contribution in the measure's unit; a custom field's value as the manager keeps it
    (a shop without one contributes 0, so it is never high)."""
    if scheme.contribution is ContributionMeasure.CUSTOM:
        return custom_value if custom_value is not None else Decimal(0)
    if scheme.contribution is ContributionMeasure.GROSS_PROFIT:
        return Decimal(margin.fen(sums)) / 100
    if scheme.contribution is ContributionMeasure.AMOUNT:
        return Decimal(sums.amount_fen) / 100
    return Decimal(sums.cartons)


def loyalty_parts(inputs: LoyaltyInputs, scheme: ValueTierScheme) -> dict[LoyaltyMeasure, Decimal]:
    regular = Decimal(min(inputs.ordering_months, scheme.months) * 100) / scheme.months if scheme.months else Decimal(0)
    tenure = Decimal(min(inputs.tenure_months, TENURE_FULL_MONTHS) * 100) / TENURE_FULL_MONTHS
    integrity = Decimal(INTEGRITY_POINTS.get(inputs.integrity_grade, UNKNOWN_INTEGRITY_POINTS))
    return {LoyaltyMeasure.REGULARITY: regular, LoyaltyMeasure.TENURE: tenure, LoyaltyMeasure.INTEGRITY: integrity}


def loyalty_of(parts: Mapping[LoyaltyMeasure, Decimal], scheme: ValueTierScheme) -> Decimal:
    weight = sum((w for _, w in scheme.loyalty_weights), Decimal(0)) or Decimal(1)
    raw = sum((w * parts[m] for m, w in scheme.loyalty_weights), Decimal(0))
    return (raw / weight).quantize(POINTS, ROUND_HALF_UP)


def median(values: Sequence[Decimal]) -> Decimal:
    ordered = sorted(values)
    if not ordered:
        return Decimal(0)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def tier_of(contribution_high: bool, loyalty_high: bool) -> ValueTier:
    if contribution_high:
        return ValueTier.KEY if loyalty_high else ValueTier.AT_RISK
    return ValueTier.POTENTIAL if loyalty_high else ValueTier.ORDINARY


@dataclass(frozen=True)
class Split:
    contribution: Decimal
    loyalty: Decimal  # at or above each is high


def compute_tiers(contributions: Mapping[int, Decimal], loyalty: Mapping[int, LoyaltyInputs],
                  scheme: ValueTierScheme) -> tuple[dict[int, TierResult], Split]:
    parts = {cid: loyalty_parts(loyalty[cid], scheme) for cid in contributions}
    points = {cid: loyalty_of(parts[cid], scheme) for cid in contributions}
    if scheme.split is SplitMethod.FIXED:
        split = Split(scheme.contribution_threshold, scheme.loyalty_threshold)
    else:
        split = Split(median(list(contributions.values())), median(list(points.values())))
    out: dict[int, TierResult] = {}
    for cid, value in contributions.items():
        # a shop that contributed nothing is never high, even when most shops contributed nothing
        high_c = value >= split.contribution and value > 0
        high_l = points[cid] >= split.loyalty
        out[cid] = TierResult(cid, tier_of(high_c, high_l), value, points[cid], high_c, high_l, parts[cid])
    return out, split
