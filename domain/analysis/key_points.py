"""The few things a month's analysis should say first (要点), chosen from what its rules found: how the
territory moved, the shop that rose most and the one that fell most, the shops that stopped ordering
(suspended ones named as such), the product whose supply fell furthest short, and how well the month
was forecast from the data before it. Each point carries its numbers, not its wording: the printed
report words them in Chinese, a screen in the user's language."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from domain.analysis.reports import StoppedCustomer, TerritoryMonthAnalysis
from domain.forecast.backtest import Wape
from domain.model.customers import CustomerStatus

MAX_POINTS = 5
NAMED_STOPPED = 3  # the stopped shops named in the point; the rest are counted


class PointKind(str, Enum):
    TERRITORY = "territory"
    RISER = "riser"
    FALLER = "faller"
    STOPPED = "stopped"
    SHORT_SUPPLY = "short_supply"
    FORECAST_ACCURACY = "forecast_accuracy"


@dataclass(frozen=True)
class KeyPoint:
    kind: PointKind
    name: str = ""  # the shop or product it is about
    cartons: int = 0  # this month
    previous_cartons: int = 0
    change_pct: Decimal | None = None  # cartons against the month before, as the comparison rounds it
    requested: int = 0  # SHORT_SUPPLY: asked for; cartons is what was supplied
    fill_rate_pct: Decimal | None = None
    stopped: tuple[StoppedCustomer, ...] = ()  # STOPPED: the shops named
    count: int = 0  # STOPPED: how many in all
    accuracy: Wape | None = None  # FORECAST_ACCURACY: the month's WAPE, by shop × product, and the baselines'

    @property
    def change(self) -> int:
        return self.cartons - self.previous_cartons


def key_points(a: TerritoryMonthAnalysis, accuracy: Wape | None = None) -> tuple[KeyPoint, ...]:
    """Up to five points: the territory always; each other only where the month has one. `accuracy` is
    domain.services.forecast.month_accuracy of the month (None: not known, no point)."""
    f, before = a.figures, a.comparison.previous
    points = [KeyPoint(PointKind.TERRITORY, cartons=f.cartons, previous_cartons=before.cartons if before else 0,
                       change_pct=a.comparison.month_over_month.cartons_pct)]
    # only shops that ordered both months move; a first order is a new listing, not a rise
    moved = [c for c in a.customers if c.previous_cartons is not None and c.cartons != c.previous_cartons]
    if moved:
        up = max(moved, key=lambda c: (c.cartons - (c.previous_cartons or 0), -c.customer_id))
        if up.cartons > (up.previous_cartons or 0):
            points.append(KeyPoint(PointKind.RISER, up.name, up.cartons, up.previous_cartons or 0))
        down = min(moved, key=lambda c: (c.cartons - (c.previous_cartons or 0), c.customer_id))
        if down.cartons < (down.previous_cartons or 0):
            points.append(KeyPoint(PointKind.FALLER, down.name, down.cartons, down.previous_cartons or 0))
    stopped = a.stopped
    if stopped:
        # the suspended first (the manager knows why), then the biggest losses
        ordered = sorted(stopped, key=lambda s: (s.status is not CustomerStatus.SUSPENDED, -s.previous_cartons,
                                                 s.customer_id))
        points.append(KeyPoint(PointKind.STOPPED, stopped=tuple(ordered[:NAMED_STOPPED]), count=len(stopped),
                               previous_cartons=sum(s.previous_cartons for s in stopped)))
    short = [p for p in a.short_supplied if p.requested > p.cartons]
    if short:
        worst = max(short, key=lambda p: (p.requested - p.cartons, -p.product_id))
        points.append(KeyPoint(PointKind.SHORT_SUPPLY, worst.name, worst.cartons, requested=worst.requested,
                               fill_rate_pct=worst.fill_rate_pct))
    if accuracy is not None and accuracy.forecast is not None:
        points.append(KeyPoint(PointKind.FORECAST_ACCURACY, accuracy=accuracy))
    if len(points) > MAX_POINTS:  # the riser gives way first: a fall, a stop or a shortfall asks for action
        points = [p for p in points if p.kind is not PointKind.RISER]
    return tuple(points[:MAX_POINTS])
