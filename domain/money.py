"""Money: exact yuan amounts in the domain, integer fen in storage."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import overload

FEN_PER_YUAN = 100
CENT = Decimal("0.01")


def yuan(value: Decimal | int | str | float) -> Decimal:
    """A yuan amount rounded to the fen, the way the order system rounds."""
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


@overload
def to_fen(amount: Decimal) -> int: ...
@overload
def to_fen(amount: None) -> None: ...
def to_fen(amount: Decimal | None) -> int | None:
    if amount is None:
        return None
    return int((Decimal(amount) * FEN_PER_YUAN).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@overload
def from_fen(fen: int) -> Decimal: ...
@overload
def from_fen(fen: None) -> None: ...
def from_fen(fen: int | None) -> Decimal | None:
    if fen is None:
        return None
    return (Decimal(fen) / FEN_PER_YUAN).quantize(CENT)


# --- amounts as people read them: the one spelling the screens and the printed reports share --------

WAN = Decimal(10_000)
WAN_FROM = Decimal(100_000)  # from here on a sum reads better in 万 (¥178.16万 rather than ¥1,781,600.00)
MINUS = "−"  # a true minus sign, as printed figures use it


def format_yuan(amount: Decimal | int, places: int = 2, *, drop_zero_fen: bool = False) -> str:
    """¥1,425.28: thousands separators, `places` decimals rounded half up, a negative sum as −¥12.00.
    drop_zero_fen: a whole sum without its decimals (¥17,816), others with two."""
    value = Decimal(amount)
    sign = MINUS if value < 0 else ""
    value = abs(value)
    if drop_zero_fen and value == value.to_integral_value():
        places = 0
    step = Decimal(1).scaleb(-places)
    return f"{sign}¥{value.quantize(step, rounding=ROUND_HALF_UP):,.{places}f}"


def format_wan(amount: Decimal | int) -> str | None:
    """A large sum in 万 to the hundredth, half up (¥178.16万); None below WAN_FROM, where the caller
    shows the sum in yuan its own way."""
    value = Decimal(amount)
    if abs(value) < WAN_FROM:
        return None
    sign = MINUS if value < 0 else ""
    return f"{sign}¥{(abs(value) / WAN).quantize(CENT, rounding=ROUND_HALF_UP):,.2f}万"
