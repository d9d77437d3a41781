"""A cultivation plan and its target shops, as stored; and the facts the stage rules read. The stage of
a shop is never stored: it is worked out from the orders and stock counts each time (domain/cultivation/
stages.py), so an import or an undo moves it by itself."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum


@dataclass(frozen=True)
class CultivationPlan:
    """品牌培育计划 of one product: from `started_on`, aiming at `target_shops` shops listing it and
    `target_cartons` cartons a month by `target_by` (each target optional)."""

    product_id: int
    started_on: date
    target_shops: int | None = None
    target_cartons: int | None = None  # cartons a month, all target shops together
    target_by: date | None = None
    note: str = ""
    closed: bool = False
    id: int | None = None


@dataclass(frozen=True)
class TargetShop:
    """A shop a plan works on. `by_hand`: the user added it (not from the proposal); such a shop is
    never dropped by a new proposal."""

    plan_id: int
    customer_id: int
    added_on: date
    by_hand: bool = False


@dataclass(frozen=True)
class TargetShopRow:
    """A target shop with what the lists show of it, read in one query for a plan."""

    target: TargetShop
    shop: str
    license_no: str = ""
    segment: str = ""
    route: str = ""
    pinyin: str = ""


class Stage(IntEnum):
    """In order: a shop at a stage has passed every stage before it."""

    RECOMMENDED = 0  # 推荐
    LISTED = 1  # 上柜: the first order of the product since the plan started
    MOVING = 2  # 动销: it sells through
    REORDERED = 3  # 复购: a second order on a later day
    STEADY = 4  # 稳定: ordered in most of the last months


# the trade's words for the stages, as the printed pages say them
STAGE_NAMES = {Stage.RECOMMENDED: "推荐", Stage.LISTED: "上柜", Stage.MOVING: "动销", Stage.REORDERED: "复购",
               Stage.STEADY: "稳定"}


@dataclass(frozen=True)
class OrderPoint:
    """Cartons of the plan's product supplied to a target shop on one day (lines summed)."""

    plan_id: int
    customer_id: int
    on: date
    supplied: int


@dataclass(frozen=True)
class StockPoint:
    """Cartons of the plan's product counted on the shelf at a done visit of a target shop."""

    plan_id: int
    customer_id: int
    on: date
    stock: int
