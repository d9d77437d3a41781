"""One month per customer and per product: the rows of the rankings, the product list and the fill
rates (订足率 = supplied ÷ requested)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import NamedTuple

from domain.model.customers import CustomerStatus
from domain.model.products import Product
from domain.money import from_fen
from domain.percentages import ratio_pct
from domain.profit import MarginBasis, SalesSums, gross_profit, margin_pct


def fill_rate_pct(supplied: int, requested: int) -> Decimal | None:
    return ratio_pct(supplied, requested)


def pct(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """Exact, rounded only where shown (domain.percentages)."""
    return ratio_pct(part, whole)


class CustomerMonth(NamedTuple):
    """One customer's month. A NamedTuple: a territory month builds one per ordering shop."""

    customer_id: int
    name: str
    cartons: int
    amount: Decimal
    gross_profit: Decimal
    requested: int
    class_1_2_cartons: int
    previous_cartons: int | None  # the month before; None when it had no orders
    margin_basis: MarginBasis = MarginBasis.PURCHASE
    status: CustomerStatus = CustomerStatus.ACTIVE  # suspended and archived shops are marked in lists

    @property
    def margin_pct(self) -> Decimal | None:
        return margin_pct(self.gross_profit, self.amount, self.margin_basis)

    @property
    def class_1_2_share_pct(self) -> Decimal | None:
        return pct(self.class_1_2_cartons, self.cartons)

    @property
    def fill_rate_pct(self) -> Decimal | None:
        return fill_rate_pct(self.cartons, self.requested)

    @property
    def cartons_change_pct(self) -> Decimal | None:
        if not self.previous_cartons:
            return None
        return pct(self.cartons - self.previous_cartons, self.previous_cartons)


def customer_month(customer_id: int, name: str, sums: SalesSums, previous: SalesSums | None,
                   default_margin_rate: Decimal, basis: MarginBasis = MarginBasis.PURCHASE,
                   status: CustomerStatus = CustomerStatus.ACTIVE) -> CustomerMonth:
    return CustomerMonth(
        customer_id, name, sums.cartons, from_fen(sums.amount_fen),
        gross_profit(sums, default_margin_rate), sums.requested, sums.class_1_2_cartons,
        previous.cartons if previous is not None and previous.cartons else None, basis, status,
    )


class ProductSums(NamedTuple):
    """What storage returns per product for a month: its sums and how many shops ordered it."""

    product_id: int
    customers: int
    sums: SalesSums


class ProductMonth(NamedTuple):
    product_id: int
    code: str
    name: str
    price_class: int
    is_new: bool
    is_scarce: bool
    cartons: int
    amount: Decimal
    gross_profit: Decimal
    requested: int
    customers: int  # shops that ordered it in the month (动销户数)
    cartons_share_pct: Decimal | None  # of all cartons in the month

    @property
    def fill_rate_pct(self) -> Decimal | None:
        return fill_rate_pct(self.cartons, self.requested)

    @property
    def short(self) -> bool:
        """Supplied less than asked for."""
        return self.cartons < self.requested


def product_months(rows: Iterable[ProductSums], products: Mapping[int, Product],
                   default_margin_rate: Decimal) -> tuple[ProductMonth, ...]:
    """Every product ordered in the month, most cartons first (then by code)."""
    rows = list(rows)
    all_cartons = sum(r.sums.cartons for r in rows)
    out = []
    for r in rows:
        p = products.get(r.product_id)
        out.append(ProductMonth(
            r.product_id, p.code if p else "", p.name if p else f"#{r.product_id}",
            int(p.price_class) if p else 0, bool(p and p.is_new), bool(p and p.is_scarce),
            r.sums.cartons, from_fen(r.sums.amount_fen),
            gross_profit(r.sums, default_margin_rate), r.sums.requested, r.customers,
            pct(r.sums.cartons, all_cartons),
        ))
    out.sort(key=lambda p: (-p.cartons, p.code))
    return tuple(out)


def short_supplied(products: Sequence[ProductMonth]) -> tuple[ProductMonth, ...]:
    """The products supplied below demand, lowest fill rate first."""
    short = [p for p in products if p.short]
    short.sort(key=lambda p: (p.fill_rate_pct, p.code))
    return tuple(short)


Key = Callable[[CustomerMonth], Decimal | int]
BY_CARTONS: Key = lambda c: c.cartons  # noqa: E731
BY_PROFIT: Key = lambda c: c.gross_profit  # noqa: E731


def top(customers: Sequence[CustomerMonth], key: Key, n: int) -> list[CustomerMonth]:
    """The n highest, ties by customer id so that the order is stable."""
    return sorted(customers, key=lambda c: (-key(c), c.customer_id))[:n]


def bottom(customers: Sequence[CustomerMonth], key: Key, n: int) -> list[CustomerMonth]:
    """The n lowest among the customers who ordered in the month."""
    return sorted(customers, key=lambda c: (key(c), c.customer_id))[:n]


def lowest_fill_rates(customers: Sequence[CustomerMonth], n: int) -> list[CustomerMonth]:
    short = [c for c in customers if c.cartons < c.requested]
    return sorted(short, key=lambda c: (c.fill_rate_pct, c.customer_id))[:n]
