"""What a recompute reads and writes: each shop's measures, the assignments it proposes or keeps,
and the batch that applied them (so that it can be undone)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import NamedTuple

from domain.model.customers import Market


class TierKind(str, Enum):
    GRADE = "grade"  # 档位, an integer 1..grades
    VALUE_TIER = "value_tier"  # 价值分层, a ValueTier value


class AssignmentReason(str, Enum):
    COMPUTED = "computed"  # by a recompute from the orders
    MANUAL = "manual"  # set by the manager, with a note; pinned until the next recompute or unpinned
    NEW_SHOP = "new_shop"  # placed by market type and shop area: under the scheme's months of orders


@dataclass(frozen=True)
class TierAssignment:
    """One history row: from `month` on, the shop's grade or tier is `value`, and why."""

    customer_id: int
    kind: TierKind
    month: date  # first day of the month the assignment is for
    value: str  # the grade as digits ("28") or a ValueTier value ("key")
    reason: AssignmentReason
    score: Decimal | None = None  # the grade's weighted score, 0–100; for a tier, the contribution
    rank: int | None = None  # 1 = best of the territory that month
    inputs: dict[str, str] = field(default_factory=dict)  # the measures behind it, as shown ("amount": "17816.00")
    note: str = ""  # a manual override's reason
    pinned: bool = False  # manual: kept by recomputes until unpinned
    scheme_version: int = 0
    batch_id: int | None = None
    previous: str | None = None  # the value before this row (what an undo puts back)
    created_at: datetime | None = None
    id: int | None = None


class InForce(NamedTuple):
    """What a recompute needs of the row in force for a shop: far lighter than the whole assignment."""

    value: str
    pinned: bool


@dataclass(frozen=True)
class RecomputeBatch:
    """The assignments one recompute applied, together, so that one undo takes them all back."""

    month: date
    created_at: datetime
    assignments: int = 0
    summary: str = ""
    undone_at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True)
class ShopMeasures:
    """What the schemes score a shop by, summed over the months the schemes read (money in fen)."""

    customer_id: int
    amount_fen: int = 0  # over the grade scheme's months
    cartons: int = 0
    low_tar_cartons: int = 0  # of products at or below the scheme's low-tar bound
    months_with_orders: int = 0  # over the grade scheme's months: under its new-shop months, placed
    contribution: Decimal = Decimal(0)  # value-tier contribution over its months (yuan or cartons)
    ordering_months: int = 0  # months with orders in the value-tier window: the regularity
    tenure_months: int = 0  # months since the first order (or the shop's opening), up to the month
    integrity_grade: str = ""
    market: Market | None = None
    shop_area_m2: int | None = None

    @property
    def low_tar_share(self) -> Decimal:
        """Per cent of cartons, 0–100."""
        return Decimal(self.low_tar_cartons * 100) / self.cartons if self.cartons else Decimal(0)


# --- what storage returns, one query per measure -----------------------------------------------

@dataclass(frozen=True)
class GradeSums:
    """One shop's orders over the grade scheme's months (money in fen)."""

    amount_fen: int = 0
    cartons: int = 0
    low_tar_cartons: int = 0
    months_with_orders: int = 0


@dataclass(frozen=True)
class ShopFacts:
    """What a recompute knows of a shop besides its orders (active and suspended shops only)."""

    customer_id: int
    license_no: str
    name: str
    market: Market | None = None
    shop_area_m2: int | None = None
    integrity_grade: str = ""
    opened_on: date | None = None
    segment_id: int | None = None
    grade: int | None = None  # the current values the lists show
    value_tier: str | None = None


@dataclass(frozen=True)
class MonthClasses:
    """A shop's month for the star scheme's measurable criteria."""

    cartons: int = 0
    class1_cartons: int = 0
    amount_fen: int = 0


class StarStep(NamedTuple):
    """A shop's latest star evaluation in a month and the one before it (any month)."""

    customer_id: int
    evaluated_on: date
    stars: int
    total_score: Decimal
    previous_on: date
    previous_stars: int
    previous_total: Decimal
