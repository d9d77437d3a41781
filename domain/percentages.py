"""Percentages: computed exactly, rounded once, shown the same everywhere.

The rules keep each percentage as the exact ratio (`ratio_pct`), never rounded on the way; whatever
shows one — a table cell, a key-figure card, a chart's bar, a printed page — rounds it here, once,
half-up (`rounded_pct`, `format_pct`). Rounding a figure already rounded to 0.01 again to 0.1 is how
34.046% had become 34.1%, and a chart rounding a binary float where its table rounded the Decimal is
how 33.65% had read 33.6% beside 33.7%.
"""
from __future__ import annotations

from decimal import Decimal, localcontext
from fractions import Fraction

HUNDRED = Decimal(100)
PLACES = 1  # what the user reads: 12.3%


def ratio_pct(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """part ÷ whole in per cent, unrounded (to Decimal's 40 significant digits); None when whole is 0."""
    if not whole:
        return None
    with localcontext() as ctx:
        ctx.prec = 40
        return Decimal(part) * HUNDRED / Decimal(whole)


def points(current: Decimal | None, previous: Decimal | None) -> Decimal | None:
    """The difference of two percentages in percentage points, unrounded."""
    if current is None or previous is None:
        return None
    with localcontext() as ctx:
        ctx.prec = 40
        return current - previous


def rounded_pct(value: Decimal | int | None, places: int = PLACES) -> Decimal | None:
    """The one rounding of a percentage: half-up to `places` decimals (34.046 → 34.0, 33.65 → 33.7)."""
    if value is None:
        return None
    exact = Fraction(Decimal(value))  # exact: the tie test must not see a float's 33.649999…
    step = Fraction(1, 10 ** places)
    units, rest = divmod(abs(exact), step)
    if 2 * rest >= step:
        units += 1
    shown = Decimal(int(units)).scaleb(-places)
    return -shown if exact < 0 and shown else shown


def format_pct(value: Decimal | int | None, places: int = PLACES, none: str = "") -> str:
    """12.345 → "12.3%"; `none` when there is no figure."""
    shown = rounded_pct(value, places)
    return none if shown is None else f"{shown:.{places}f}%"


def signed(value: Decimal | int | None, places: int = PLACES) -> str:
    """A change with its sign and a true minus, no "−0.0": "+1.2", "−4.0"; "" for None."""
    shown = rounded_pct(value, places)
    if shown is None:
        return ""
    return f"{shown:+.{places}f}".replace("-", "−") if shown else f"+{abs(shown):.{places}f}"


def chart_value(value: Decimal | int | None, places: int = PLACES) -> float:
    """A percentage as a chart draws it: the rounded figure, so that its label reads as the table does."""
    shown = rounded_pct(value, places)
    return 0.0 if shown is None else float(shown)
