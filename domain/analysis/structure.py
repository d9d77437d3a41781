"""Price-class structure (卷烟结构): each class's share of a month's cartons and of its gross profit."""
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import NamedTuple

from domain.money import from_fen
from domain.percentages import ratio_pct
from domain.profit import NO_SALES, ProfitScale, SalesSums, gross_profit, total

PRICE_CLASSES = (1, 2, 3, 4, 5)


class ClassShare(NamedTuple):
    price_class: int  # 1 = 一类 … 5 = 五类
    cartons: int
    amount: Decimal
    gross_profit: Decimal
    cartons_share_pct: Decimal | None  # None when the month has no cartons at all
    profit_share_pct: Decimal | None  # None when the month's gross profit is zero


def share_pct(part: int, whole: int) -> Decimal | None:
    """Exact, rounded only where shown (domain.percentages)."""
    return ratio_pct(part, whole)


def class_structure(by_class: Mapping[int, SalesSums], default_margin_rate: Decimal) -> tuple[ClassShare, ...]:
    """One row per class 一类–五类, classes without orders included as zeros. Profit shares are
    taken of the exact profits, before any rounding to the fen."""
    scale = ProfitScale(default_margin_rate)
    whole = total(by_class.values())
    whole_profit = scale(whole)
    rows = []
    for cls in PRICE_CLASSES:
        sums = by_class.get(cls, NO_SALES)
        rows.append(ClassShare(
            price_class=cls,
            cartons=sums.cartons,
            amount=from_fen(sums.amount_fen),
            gross_profit=gross_profit(sums, default_margin_rate),
            cartons_share_pct=share_pct(sums.cartons, whole.cartons),
            profit_share_pct=share_pct(scale(sums), whole_profit),
        ))
    return tuple(rows)


def class_1_2_profit_share_pct(structure: tuple[ClassShare, ...]) -> Decimal | None:
    shares = [c.profit_share_pct for c in structure if c.price_class in (1, 2)]
    known = [s for s in shares if s is not None]
    if len(known) < len(shares):
        return None
    return sum(known, Decimal(0))
