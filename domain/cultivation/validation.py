"""What a cultivation plan must have before it is saved."""
from __future__ import annotations

from domain.cultivation.model import CultivationPlan
from domain.validation import FieldError

NOTE_MAX = 500
MOST_SHOPS = 10_000
MOST_CARTONS = 1_000_000


def plan_problems(p: CultivationPlan) -> list[FieldError]:
    problems: list[FieldError] = []
    if p.target_shops is not None and not 1 <= p.target_shops <= MOST_SHOPS:
        problems.append(FieldError("target_shops", "The shop target must be between 1 and {max}.",
                                   (("max", MOST_SHOPS),)))
    if p.target_cartons is not None and not 1 <= p.target_cartons <= MOST_CARTONS:
        problems.append(FieldError("target_cartons", "The cartons target must be between 1 and {max} a month.",
                                   (("max", MOST_CARTONS),)))
    if p.target_by is not None and p.target_by <= p.started_on:
        problems.append(FieldError("target_by", "The target date must come after the plan's start."))
    if len(p.note) > NOTE_MAX:
        problems.append(FieldError("note", "The note is longer than {max} characters.", (("max", NOTE_MAX),)))
    return problems
