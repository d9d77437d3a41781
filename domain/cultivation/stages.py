"""Where a target shop stands with the plan's product, worked out from what happened since the plan
started: the orders (sales lines summed per day) and the stock counts of done visits.

- 推荐 recommended: no order yet.
- 上柜 listed: the first order with cartons supplied.
- 动销 moving: the product sells through. Seen on the shelf: a stock count after the first order finds
  fewer cartons than the previous count (or the first order) plus what was supplied since. A shelf is
  counted before the visit's order is placed, so an order of the count's day comes after it. A second
  order proves it too (the shop would not reorder what does not sell).
- 复购 reordered: an order on a later day than the first.
- 稳定 steady: reordered, and ordered in at least STEADY_MONTHS of the last STEADY_WINDOW calendar months
  (today's month included).

Points after `today` are not looked at."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from domain.cultivation.model import Stage
from domain.percentages import ratio_pct
from domain.periods import month_start, months_ending

STEADY_MONTHS = 3
STEADY_WINDOW = 4


@dataclass(frozen=True)
class Progress:
    """A target shop's stage and the day it reached each one (None: not reached)."""

    stage: Stage = Stage.RECOMMENDED
    listed_on: date | None = None
    moving_on: date | None = None
    reordered_on: date | None = None
    last_order_on: date | None = None
    cartons: int = 0  # supplied since the plan started
    order_days: int = 0
    sold_seen: int = 0  # cartons seen sold between stock counts


def progress(orders: Iterable[tuple[date, int]], counts: Iterable[tuple[date, int]], today: date) -> Progress:
    """The stage of one shop from its orders (day, cartons supplied) and stock counts (day, cartons)."""
    supplied: dict[date, int] = {}
    for on, qty in orders:
        if on <= today and qty > 0:
            supplied[on] = supplied.get(on, 0) + qty
    counted: dict[date, list[int]] = {}
    for on, stock in counts:
        if on <= today:
            counted.setdefault(on, []).append(max(stock, 0))
    listed_on = moving_on = None
    basis: int | None = None  # cartons the shelf should hold if nothing sold since the last point
    sold = 0
    for day in sorted(supplied.keys() | counted.keys()):
        for stock in counted.get(day, ()):
            if listed_on is not None and basis is not None and basis > stock:
                sold += basis - stock
                moving_on = moving_on or day
            basis = stock
        if day in supplied:
            basis = (basis or 0) + supplied[day]
            listed_on = listed_on or day
    days = sorted(supplied)
    if not days:
        return Progress()
    reordered_on = days[1] if len(days) > 1 else None
    if reordered_on is not None and (moving_on is None or reordered_on < moving_on):
        moving_on = reordered_on
    stage = Stage.LISTED
    if moving_on is not None:
        stage = Stage.MOVING
    if reordered_on is not None:
        stage = Stage.REORDERED
        window = set(months_ending(today, STEADY_WINDOW))
        if len({month_start(d) for d in days} & window) >= STEADY_MONTHS:
            stage = Stage.STEADY
    return Progress(stage, listed_on, moving_on, reordered_on, days[-1], sum(supplied.values()), len(days), sold)


@dataclass(frozen=True)
class Funnel:
    """How many target shops stand at each stage (`at`, indexed by Stage) and have reached it."""

    at: tuple[int, ...] = (0, 0, 0, 0, 0)

    @property
    def shops(self) -> int:
        return sum(self.at)

    def reached(self, stage: Stage) -> int:
        return sum(self.at[stage:])

    @property
    def reorder_rate(self) -> Decimal | None:
        """复购率: shops that ordered again ÷ shops that listed it, in per cent, unrounded; None before any
        shop listed it."""
        return ratio_pct(self.reached(Stage.REORDERED), self.reached(Stage.LISTED))


def funnel_of(stages: Sequence[Stage]) -> Funnel:
    at = [0] * len(Stage)
    for s in stages:
        at[s] += 1
    return Funnel(tuple(at))
