"""Which shops a cultivation plan proposes for its product, by fit: shops that do not list it yet,
whose price-class mix holds the product's class and whose average carton value (条均值) is near its
price, in the segments and routes asked for. The facts come in one query for all shops
(ports.CultivationRepository.shop_mixes); the choice is made here, so the fake and SQLite agree.

A rationed (紧俏) product is never proposed: the company cannot supply more of it, so pushing it only
inflates stated demand (docs/domain.md, "Demand inflation (虚报)")."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from domain.cultivation.model import TargetShop
from domain.errors import DomainError
from domain.model.products import PriceClass, Product
from domain.money import from_fen

MIX_MONTHS = 3  # the price-class mix and the 条均值 are of the last three months of orders
MIN_SCORE = 30  # below this a shop is not proposed
CLASS_WEIGHT = Decimal("0.6")  # of the score: the product's class in the shop's mix …
VALUE_WEIGHT = Decimal("0.4")  # … and its price near the shop's 条均值
DEFAULT_PROPOSED = 20  # ticked when the plan sets no shop target


class ProductRationed(DomainError):
    def __init__(self, product: str) -> None:
        super().__init__("{product} is rationed (紧俏): a cultivation plan pushes only products the company "
                         "can supply, so no shops are proposed for it.", product=product)


@dataclass(frozen=True)
class ShopMix:
    """A shop's orders of the last MIX_MONTHS months, by price class."""

    customer_id: int
    shop: str
    segment: str = ""
    route: str = ""
    class_cartons: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)  # 一类 … 五类
    amount_fen: int = 0
    lists_product: bool = False  # bought the plan's product in those months
    pinyin: str = ""

    @property
    def cartons(self) -> int:
        return sum(self.class_cartons)

    @property
    def avg_carton_value(self) -> Decimal | None:
        return from_fen(self.amount_fen) / self.cartons if self.cartons else None

    def class_share(self, cls: PriceClass) -> Decimal:
        """The share (0–1) of the shop's cartons in `cls`."""
        return Decimal(self.class_cartons[cls - 1]) / self.cartons if self.cartons else Decimal(0)


@dataclass(frozen=True)
class FitFilter:
    """Empty sets accept every shop."""

    segments: frozenset[str] = frozenset()
    routes: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Candidate:
    shop: ShopMix
    score: int  # 0–100
    class_share: Decimal  # 0–1: the product's class in the shop's mix
    value_gap: Decimal | None  # (条均值 − price) ÷ price; None for a shop without orders


def fit(shop: ShopMix, product: Product) -> Candidate:
    """The product's class counts in full, its neighbouring classes by half (a 二类 shop takes a 一类
    product more easily than a 五类 one); the price counts by how near it is to the shop's 条均值."""
    cls = product.price_class
    near = sum((shop.class_share(PriceClass(c)) for c in (cls - 1, cls + 1) if 1 <= c <= 5), Decimal(0))
    class_part = min(Decimal(1), shop.class_share(cls) + near / 2)
    acv, price = shop.avg_carton_value, product.wholesale_price
    gap = (acv - price) / price if acv is not None and price > 0 else None
    value_part = max(Decimal(0), 1 - abs(gap)) if gap is not None else Decimal(0)
    score = int((100 * (CLASS_WEIGHT * class_part + VALUE_WEIGHT * value_part)).to_integral_value())
    return Candidate(shop, score, shop.class_share(cls), gap)


def propose(shops: Iterable[ShopMix], product: Product, flt: FitFilter = FitFilter()) -> list[Candidate]:
    """The shops that fit, best first (then by pinyin). Refused for a rationed product."""
    if product.is_scarce:
        raise ProductRationed(product.name)
    found = []
    for s in shops:
        if s.lists_product or not s.cartons:
            continue
        if (flt.segments and s.segment not in flt.segments) or (flt.routes and s.route not in flt.routes):
            continue
        c = fit(s, product)
        if c.score >= MIN_SCORE:
            found.append(c)
    return sorted(found, key=lambda c: (-c.score, c.shop.pinyin, c.shop.customer_id))


@dataclass(frozen=True)
class ProposalRow:
    """One shop of the editable proposal: ticked ones become the plan's targets when it is saved."""

    customer_id: int
    shop: str
    candidate: Candidate | None  # None: not proposed by fit (added by hand, or kept from the plan)
    ticked: bool
    by_hand: bool
    on_plan: bool  # a target of the saved plan already


def merge_proposal(candidates: Sequence[Candidate], targets: Sequence[TargetShop], names: dict[int, str],
                   hand_added: Iterable[int] = (), wanted: int | None = None) -> list[ProposalRow]:
    """The proposal as the user edits it: the plan's targets first (ticked, they are the plan), then the
    shops added by hand (ticked), then the candidates, the best `wanted` ticked. A shop on the plan or
    added by hand is never dropped, whether or not it still fits."""
    by_id = {c.shop.customer_id: c for c in candidates}
    rows: list[ProposalRow] = []
    seen: set[int] = set()
    for t in targets:
        rows.append(ProposalRow(t.customer_id, names.get(t.customer_id, ""), by_id.get(t.customer_id), True,
                                t.by_hand, True))
        seen.add(t.customer_id)
    for cid in hand_added:
        if cid not in seen:
            rows.append(ProposalRow(cid, names.get(cid, ""), by_id.get(cid), True, True, False))
            seen.add(cid)
    room = max(0, (wanted if wanted is not None else DEFAULT_PROPOSED) - len(rows))
    for c in candidates:
        if c.shop.customer_id in seen:
            continue
        rows.append(ProposalRow(c.shop.customer_id, c.shop.shop, c, room > 0, False, False))
        room -= 1
        seen.add(c.shop.customer_id)
    return rows
