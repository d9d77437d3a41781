"""The manager's adjustments of the forecast (预测调整), kept with their reasons and judged later.

A customer manager hears things the order history cannot show ("开发区扩建，打工人员增加"); they add or
take away cartons from one shop × product figure for one month, and must say why. Once the month's orders
are in, the adjustment is judged against what happened: did the adjusted figure come closer to the
actual than the model's own? The error is the backtest's (a cut month's supply is only a lower bound).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from domain.forecast.backtest import forecast_error
from domain.forecast.model import Adjustment, MonthQty, Pair
from domain.validation import FieldError

MAX_ADJUSTMENT = 9999  # cartons either way: beyond it the figure is a typing slip
MAX_REASON = 200


@dataclass(frozen=True)
class StoredAdjustment:
    month: date  # first day of the forecast month
    customer_id: int
    product_id: int
    cartons: int  # added to the model's figure; negative takes away
    reason: str
    updated_at: datetime | None = None  # UTC
    id: int | None = None

    @property
    def pair(self) -> Pair:
        return (self.customer_id, self.product_id)

    def as_adjustment(self) -> Adjustment:
        return Adjustment(float(self.cartons), self.reason)


def adjustment_errors(cartons: int, reason: str) -> list[FieldError]:
    """What is wrong with an adjustment as typed; empty when it can be kept."""
    errors = []
    if cartons == 0:
        errors.append(FieldError("cartons", "An adjustment of 0 cartons changes nothing; remove it instead."))
    elif abs(cartons) > MAX_ADJUSTMENT:
        errors.append(FieldError("cartons", "An adjustment is at most {max} cartons either way.",
                                 (("max", MAX_ADJUSTMENT),)))
    text = reason.strip()
    if not text:
        errors.append(FieldError("reason", "Say why: the reason is kept with the adjustment and judged later."))
    elif len(text) > MAX_REASON:
        errors.append(FieldError("reason", "The reason is at most {max} characters.", (("max", MAX_REASON),)))
    return errors


class Verdict(str, Enum):
    HELPED = "helped"  # the adjusted figure came closer to what happened
    HURT = "hurt"  # it went further away
    NO_DIFFERENCE = "no_difference"  # both as close (a cut month may not tell them apart)


@dataclass(frozen=True)
class JudgedAdjustment:
    adjustment: StoredAdjustment
    model: int  # the model's own figure, forecast from the data before the month
    adjusted: int  # model + adjustment, never negative
    supplied: int  # what the shop got in the month
    requested: int
    cut: bool  # supply was cut: the actual is only a lower bound
    verdict: Verdict


def judge(adjustment: StoredAdjustment, model: int, actual: MonthQty | None) -> JudgedAdjustment:
    adjusted = max(0, model + adjustment.cartons)
    before, after = forecast_error(float(model), actual), forecast_error(float(adjusted), actual)
    verdict = Verdict.HELPED if after < before else Verdict.HURT if after > before else Verdict.NO_DIFFERENCE
    return JudgedAdjustment(adjustment, model, adjusted, actual.supplied if actual else 0,
                            actual.requested if actual else 0, bool(actual and actual.cut), verdict)
