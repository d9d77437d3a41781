"""Figures the Chinese way: ¥ and thousands separators, 万 for large amounts, signed changes."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from domain.analysis.changes import change_pct as change_of
from domain.money import format_wan, format_yuan
from domain.percentages import format_pct, signed


def money(amount: Decimal | None) -> str:
    """¥1,425.28, spelt as the printed reports spell it (domain.money)."""
    return "" if amount is None else format_yuan(amount)


def whole_money(amount: Decimal | None) -> str:
    """¥17,816: whole yuan, where space is short."""
    return "" if amount is None else format_yuan(amount, 0)


def big_money(amount: Decimal | None) -> str:
    """¥1,781,600.00 reads better as ¥178.16万 on a card (in Chinese; whole yuan otherwise)."""
    if amount is None:
        return ""
    wan = format_wan(amount)
    if wan is None:
        return money(amount)
    return wan if QLocale().language() == QLocale.Language.Chinese else whole_money(amount)


def count(n: int | None) -> str:
    return "" if n is None else f"{n:,}"


def change_pct(current: Decimal | int, previous: Decimal | int | None) -> str:
    """The domain's relative change (domain.analysis.changes), shown: "" when it has none."""
    return signed_percent(change_of(current, previous))


def day(d: date | None) -> str:
    return "" if d is None else d.isoformat()


def month(d: date | None) -> str:
    if d is None:
        return ""
    return QCoreApplication.translate("Formatting", "{year}-{month:02d}").format(year=d.year, month=d.month)


def percent(value: Decimal | None, places: int = 1) -> str:
    """12.34 → "12.3%": the exact percentage rounded once, half-up (domain.percentages)."""
    return format_pct(value, places)


def _signed(value: Decimal) -> str:
    """One decimal with its sign, a true minus, and no "−0.0"."""
    return signed(value)


def signed_percent(value: Decimal | None) -> str:
    """A relative change: "+12.3%", "−4.0%"; "" when there is nothing to compare with."""
    return "" if value is None else f"{_signed(value)}%"


def signed_points(value: Decimal | None) -> str:
    """A change of a percentage in percentage points: "+1.2 pp" (个百分点)."""
    if value is None:
        return ""
    return QCoreApplication.translate("Formatting", "{value} pp").format(value=_signed(value))


def short_month(d: date) -> str:
    """A month on a chart's axis: "25-11"."""
    return f"{d:%y}-{d.month:02d}"
