"""The retailer's side of the numbers: cartons, purchase amount, gross profit, margin, class structure.

Gross profit is Σ cartons × (retail − wholesale), i.e. retail value minus what the shop paid. Where a
product has no suggested retail price, the workspace's default margin rate is applied to the purchase
amount, as seed 1 does (17,816 yuan at 8% → 1,425.28 yuan). Margin % is gross profit ÷ retail sales.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from domain.money import yuan

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class ProductSales:
    """One product's order lines of one customer (or territory) in one period, summed."""

    price_class: int
    cartons: int
    amount: Decimal
    retail_price: Decimal | None  # per carton


@dataclass(frozen=True)
class PeriodFigures:
    start: date
    cartons: int
    amount: Decimal
    gross_profit: Decimal
    class_1_2_cartons: int

    @property
    def retail_sales(self) -> Decimal:
        return self.amount + self.gross_profit

    @property
    def margin_pct(self) -> Decimal | None:
        if not self.retail_sales:
            return None
        return (self.gross_profit / self.retail_sales * HUNDRED).quantize(Decimal("0.01"))

    @property
    def class_1_2_share_pct(self) -> Decimal | None:
        if not self.cartons:
            return None
        return (Decimal(self.class_1_2_cartons) / self.cartons * HUNDRED).quantize(Decimal("0.01"))

    @property
    def avg_carton_value(self) -> Decimal | None:
        return yuan(self.amount / self.cartons) if self.cartons else None


def gross_profit_of(p: ProductSales, default_margin_rate: Decimal) -> Decimal:
    if p.retail_price is None:
        return yuan(p.amount * default_margin_rate)
    return yuan(p.retail_price * p.cartons - p.amount)


def period_figures(start: date, sales: Iterable[ProductSales], default_margin_rate: Decimal) -> PeriodFigures:
    cartons, amount, profit, class_1_2 = 0, Decimal(0), Decimal(0), 0
    for p in sales:
        cartons += p.cartons
        amount += p.amount
        profit += gross_profit_of(p, default_margin_rate)
        if p.price_class <= 2:
            class_1_2 += p.cartons
    return PeriodFigures(start, cartons, yuan(amount), yuan(profit), class_1_2)
