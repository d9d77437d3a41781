"""The star scheme's measurable criteria from a month's orders: cartons a month, class-1 share, value
per carton, each given the points of the first band it reaches. The manager can change them; the
evaluation keeps what was prefilled."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from domain.tiers.model import MonthClasses
from domain.tiers.schemes import StarBand, StarScheme


@dataclass(frozen=True)
class PrefilledCriterion:
    code: str
    measure: Decimal  # cartons, per cent, or yuan a carton
    points: Decimal


def points_for(measure: Decimal, bands: tuple[StarBand, ...]) -> Decimal:
    for band in sorted(bands, key=lambda b: -b.at_least):
        if measure >= band.at_least:
            return band.points
    return Decimal(0)


def measures(month: MonthClasses) -> dict[str, Decimal]:
    share = Decimal(month.class1_cartons * 100) / month.cartons if month.cartons else Decimal(0)
    value = Decimal(month.amount_fen) / 100 / month.cartons if month.cartons else Decimal(0)
    return {
        "monthly_cartons": Decimal(month.cartons),
        "class1_share": share.quantize(Decimal("0.1"), ROUND_HALF_UP),
        "avg_carton_value": value.quantize(Decimal("0.01"), ROUND_HALF_UP),
    }


def prefill(month: MonthClasses, scheme: StarScheme) -> list[PrefilledCriterion]:
    """Only the criteria the scheme has bands for; a month without orders prefills nothing."""
    if month.cartons <= 0:
        return []
    out = []
    for code, value in measures(month).items():
        bands = scheme.bands_of(code)
        if bands:
            out.append(PrefilledCriterion(code, value, points_for(value, bands)))
    return out
