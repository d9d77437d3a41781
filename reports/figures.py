"""The printed words beside figures, shared by the reports: a margin's basis, a shop's status, and
what a rule says when the history is too short for it."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from domain.model.customers import CustomerStatus
from domain.percentages import chart_value
from domain.profit import MarginBasis

TOO_LITTLE_HISTORY = "历史不足三个月"
_SMALL_NUMBERS = "零一二三四五六七八九十"
CLASS_NAMES = {1: "一类", 2: "二类", 3: "三类", 4: "四类", 5: "五类"}  # 价类, by PriceClass value
_BASIS = {MarginBasis.PURCHASE: "毛利÷进货额", MarginBasis.RETAIL: "毛利÷零售额"}
_STATUS = {CustomerStatus.SUSPENDED: "（停业）", CustomerStatus.ARCHIVED: "（已归档）"}


def basis_label(basis: MarginBasis) -> str:
    return _BASIS[basis]


def margin_title(basis: MarginBasis) -> str:
    """毛利率（毛利÷进货额）: every printed margin says what it divides by."""
    return f"毛利率（{_BASIS[basis]}）"


def shop_name(name: str, status: CustomerStatus) -> str:
    """某某店（停业）: a suspended or archived shop is marked wherever it is listed."""
    return name + _STATUS.get(status, "")


def chart_shares(shares: Sequence[Decimal | None]) -> list[float]:
    """Per-cent shares as the class chart takes them (ratios), from the figures the tables print, so
    that a bar's label and its table cell read the same."""
    return [chart_value(s) / 100 for s in shares]


def small_number(n: int) -> str:
    """3 → 三, as a count reads in a printed sentence (连续至少三次); digits from 11 on."""
    return _SMALL_NUMBERS[n] if 0 <= n < len(_SMALL_NUMBERS) else str(n)


WEEKDAYS = "一二三四五六日"


def day_text(day: date) -> str:
    """"2026年12月10日（星期四）": a day as the printed reports name it."""
    return f"{day.year}年{day.month}月{day.day}日（星期{WEEKDAYS[day.weekday()]}）"
