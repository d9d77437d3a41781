"""How the four default segments (区域类型) differ in the demo: where shops are, what they sell, how much."""
from __future__ import annotations

from dataclasses import dataclass

from domain.model.customers import BusinessType, Market

B = BusinessType


@dataclass(frozen=True)
class SegmentProfile:
    name: str  # as in domain.schemes.DEFAULT_SEGMENTS
    weight: int  # share of the territory's shops
    market: Market
    business_types: tuple[tuple[BusinessType, int], ...]
    monthly_cartons: float  # an ordinary shop of this segment in an ordinary month
    class_weights: tuple[float, float, float, float, float]  # pull of price classes 1–5
    portfolio: tuple[int, int]  # how many products a shop lists (上柜), min and max
    area_m2: tuple[int, int]
    order_every_days: int
    roadside: bool = False

    @property
    def rural(self) -> bool:
        return self.market is Market.RURAL


CITY, TOWN, ROAD, VILLAGE = "城区商圈", "乡镇主街", "公路沿线", "边远村屯"

PROFILES: tuple[SegmentProfile, ...] = (
    SegmentProfile(
        CITY, 25, Market.TOWN,
        ((B.TOBACCO_LIQUOR, 35), (B.CONVENIENCE, 25), (B.SUPERMARKET, 15), (B.ENTERTAINMENT, 10),
         (B.GROCERY, 10), (B.MALL, 5)),
        170.0, (0.9, 1.3, 1.2, 0.6, 0.25), (12, 22), (20, 120), 7,
    ),
    SegmentProfile(
        TOWN, 30, Market.TOWN,
        ((B.GROCERY, 35), (B.TOBACCO_LIQUOR, 25), (B.SUPERMARKET, 15), (B.CONVENIENCE, 15),
         (B.ENTERTAINMENT, 5), (B.MALL, 5)),
        110.0, (0.35, 0.9, 1.4, 0.9, 0.5), (10, 18), (15, 80), 7,
    ),
    SegmentProfile(
        ROAD, 20, Market.RURAL,
        ((B.GROCERY, 50), (B.CONVENIENCE, 20), (B.TOBACCO_LIQUOR, 15), (B.OTHER, 15)),
        70.0, (0.25, 0.7, 1.4, 1.0, 0.6), (8, 15), (15, 60), 7, True,
    ),
    SegmentProfile(
        VILLAGE, 25, Market.RURAL,
        ((B.GROCERY, 80), (B.OTHER, 10), (B.CONVENIENCE, 10)),
        35.0, (0.08, 0.35, 1.2, 1.2, 1.0), (5, 11), (10, 40), 14,
    ),
)

BY_NAME: dict[str, SegmentProfile] = {p.name: p for p in PROFILES}

# How the business type moves volume: a tobacco-and-liquor shop sells more cigarettes than a
# teahouse of the same size.
BUSINESS_VOLUME: dict[BusinessType, float] = {
    B.TOBACCO_LIQUOR: 1.3, B.SUPERMARKET: 1.2, B.MALL: 1.4, B.CONVENIENCE: 1.0,
    B.GROCERY: 0.85, B.ENTERTAINMENT: 0.6, B.OTHER: 0.7,
}
