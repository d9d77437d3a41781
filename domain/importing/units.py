"""Order quantities come in cartons (条); some exports count cases (件 or 箱, 1 件 = 50 条)."""
from __future__ import annotations

import unicodedata

CARTONS_PER_CASE = 50
# A line priced 40–60 times the catalogue's carton price is priced per case: its quantity is surely
# in cases too (an ¥8,500 line against an ¥85 carton), whatever the column says.
CASE_PRICE_RATIO = (40, 60)


def cartons_per_unit(header: str) -> int:
    """50 when a quantity column's header says it counts cases (件数, 订购量(件), 箱), else 1."""
    text = unicodedata.normalize("NFKC", header)
    if "条" in text:
        return 1
    return CARTONS_PER_CASE if ("件" in text or "箱" in text) else 1


def priced_per_case(price_fen: int, catalogue_fen: int) -> bool:
    low, high = CASE_PRICE_RATIO
    return catalogue_fen > 0 and low * catalogue_fen <= price_fen <= high * catalogue_fen
