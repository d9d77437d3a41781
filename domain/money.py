"""Money: exact yuan amounts in the domain, integer fen in storage."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

FEN_PER_YUAN = 100
CENT = Decimal("0.01")


def yuan(value: Decimal | int | str | float) -> Decimal:
    """A yuan amount rounded to the fen, the way the order system rounds."""
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def to_fen(amount: Decimal | None) -> int | None:
    if amount is None:
        return None
    return int((Decimal(amount) * FEN_PER_YUAN).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_fen(fen: int | None) -> Decimal | None:
    if fen is None:
        return None
    return (Decimal(fen) / FEN_PER_YUAN).quantize(CENT)
