"""Cigarette products (卷烟规格) and their price classes (价类)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum

# Lower bound (yuan per carton, ex-tax allocation price) of classes 1–4; below the last is class 5.
PRICE_CLASS_FLOORS: tuple[tuple[int, Decimal], ...] = (
    (1, Decimal("100")),
    (2, Decimal("70")),
    (3, Decimal("30")),
    (4, Decimal("16.5")),
)


class PriceClass(IntEnum):
    CLASS_1 = 1
    CLASS_2 = 2
    CLASS_3 = 3
    CLASS_4 = 4
    CLASS_5 = 5


def price_class_for(wholesale_price: Decimal) -> PriceClass:
    """一类 ≥100 元, 二类 70–100, 三类 30–70, 四类 16.5–30, 五类 <16.5 (per carton)."""
    for cls, floor in PRICE_CLASS_FLOORS:
        if wholesale_price >= floor:
            return PriceClass(cls)
    return PriceClass.CLASS_5


@dataclass
class Product:
    code: str
    name: str
    wholesale_price: Decimal  # per carton
    price_class: PriceClass
    retail_price: Decimal | None = None  # suggested retail per carton
    manufacturer: str = ""
    packs_per_carton: int = 10
    tar_mg: Decimal | None = None
    is_new: bool = False
    is_scarce: bool = False
    archived: bool = False
    id: int | None = None
