"""The retailer's side of the numbers: cartons, purchase amount, gross profit, margin, class structure.

Gross profit is Σ cartons × (retail − wholesale), i.e. retail value minus what the shop paid. Where a
product has no suggested retail price, the workspace's default margin rate is applied to the purchase
amount, as seed 1 does (17,816 yuan at 8% → 1,425.28 yuan). Margin % is gross profit ÷ retail sales.

Storage sums order lines in integer fen (`SalesSums`); the profit of any set of lines — one shop's
month, a price class, the whole territory — is then `known + rate × unpriced`, rounded half-up to the
fen once, for the figure as a whole. Rounding once per figure (not per product or per line) is what
makes a figure the same whichever way the lines were grouped on the way.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from functools import lru_cache
from typing import NamedTuple

from domain.money import from_fen, to_fen, yuan
from domain.percentages import ratio_pct

HUNDRED = Decimal(100)
CLASS_1_2 = (1, 2)  # 一二类烟: the price classes whose share the structure targets speak of


class MarginBasis(str, Enum):
    """What gross profit is divided by to give the margin (毛利率), a workspace setting."""

    PURCHASE = "purchase"  # 毛利 ÷ 进货额: profit as a rate of what the shop paid, as seed 1 reckons
    RETAIL = "retail"  # 毛利 ÷ 零售额: profit as a rate of the shop's takings at retail prices


def margin_pct(gross_profit: Decimal, amount: Decimal, basis: MarginBasis) -> Decimal | None:
    """The exact margin in per cent on `basis`; None when there is nothing to divide by."""
    return ratio_pct(gross_profit, amount if basis is MarginBasis.PURCHASE else amount + gross_profit)


@dataclass(frozen=True)
class ProductSales:
    """One product's order lines of one customer (or territory) in one period, summed."""

    price_class: int
    cartons: int
    amount: Decimal
    retail_price: Decimal | None  # per carton


class SalesSums(NamedTuple):
    """Order lines added up, money in fen: all a figure needs, and all storage has to return.

    known_profit_fen: Σ cartons × retail − amount over the lines whose product has a retail price;
    unpriced_amount_fen: the amount of the lines whose product has none (the default margin applies).
    """

    cartons: int = 0  # supplied (订足量)
    amount_fen: int = 0
    known_profit_fen: int = 0
    unpriced_amount_fen: int = 0
    requested: int = 0  # stated demand (需求量)
    class_1_2_cartons: int = 0

    def plus(self, other: SalesSums) -> SalesSums:
        return SalesSums(*(a + b for a, b in zip(self, other)))


NO_SALES = SalesSums()


def total(sums: Iterable[SalesSums]) -> SalesSums:
    out = [0] * len(SalesSums._fields)
    for s in sums:
        for i, v in enumerate(s):
            out[i] += v
    return SalesSums(*out)


class ProfitScale:
    """Gross profit as an exact integer (fen × the rate's denominator), for comparing thousands of
    figures without Decimal arithmetic: a > b here exactly when a's gross profit exceeds b's."""

    def __init__(self, default_margin_rate: Decimal) -> None:
        self.numerator, self.denominator = default_margin_rate.as_integer_ratio()

    def __call__(self, sums: SalesSums) -> int:
        return sums.known_profit_fen * self.denominator + sums.unpriced_amount_fen * self.numerator

    def fen(self, sums: SalesSums) -> int:
        """The gross profit in fen, rounded half away from zero (as domain.money.yuan rounds)."""
        exact = self(sums)
        whole, rest = divmod(abs(exact), self.denominator)
        if 2 * rest >= self.denominator:
            whole += 1
        return whole if exact >= 0 else -whole


@lru_cache(maxsize=8)
def _scale(rate: Decimal) -> ProfitScale:
    return ProfitScale(rate)


def gross_profit(sums: SalesSums, default_margin_rate: Decimal) -> Decimal:
    """known + rate × unpriced, in yuan, rounded once (17,816.00 yuan unpriced at 8% → 1,425.28).
    Integer arithmetic: a territory month prices 10,000 shops."""
    return Decimal(_scale(default_margin_rate).fen(sums)).scaleb(-2)


@dataclass(frozen=True)
class PeriodFigures:
    start: date
    cartons: int
    amount: Decimal
    gross_profit: Decimal
    class_1_2_cartons: int
    requested: int = 0  # 0 when the lines carried no stated demand
    margin_basis: MarginBasis = MarginBasis.PURCHASE

    @property
    def retail_sales(self) -> Decimal:
        return self.amount + self.gross_profit

    @property
    def margin_pct(self) -> Decimal | None:
        """Exact; shown through domain.percentages."""
        return margin_pct(self.gross_profit, self.amount, self.margin_basis)

    @property
    def class_1_2_share_pct(self) -> Decimal | None:
        return ratio_pct(self.class_1_2_cartons, self.cartons)

    @property
    def avg_carton_value(self) -> Decimal | None:
        return yuan(self.amount / self.cartons) if self.cartons else None

    @property
    def fill_rate_pct(self) -> Decimal | None:
        """订足率: cartons supplied ÷ cartons asked for."""
        return ratio_pct(self.cartons, self.requested)


def figures_of(start: date, sums: SalesSums, default_margin_rate: Decimal,
               basis: MarginBasis = MarginBasis.PURCHASE) -> PeriodFigures:
    return PeriodFigures(
        start=start,
        cartons=sums.cartons,
        amount=from_fen(sums.amount_fen),
        gross_profit=gross_profit(sums, default_margin_rate),
        class_1_2_cartons=sums.class_1_2_cartons,
        requested=sums.requested,
        margin_basis=basis,
    )


def sums_of(p: ProductSales) -> SalesSums:
    amount = to_fen(p.amount) or 0
    retail = to_fen(p.retail_price)
    return SalesSums(
        cartons=p.cartons,
        amount_fen=amount,
        known_profit_fen=0 if retail is None else retail * p.cartons - amount,
        unpriced_amount_fen=amount if retail is None else 0,
        class_1_2_cartons=p.cartons if p.price_class in CLASS_1_2 else 0,
    )


def gross_profit_of(p: ProductSales, default_margin_rate: Decimal) -> Decimal:
    return gross_profit(sums_of(p), default_margin_rate)


def period_figures(start: date, sales: Iterable[ProductSales], default_margin_rate: Decimal,
                   basis: MarginBasis = MarginBasis.PURCHASE) -> PeriodFigures:
    return figures_of(start, total(sums_of(p) for p in sales), default_margin_rate, basis)
