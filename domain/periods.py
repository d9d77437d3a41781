"""Calendar months as half-open date ranges, and month arithmetic."""
from __future__ import annotations

from datetime import date, timedelta


def month_index(day: date) -> int:
    """A month as one whole number (year × 12 + month − 1): month arithmetic in tight loops."""
    return day.year * 12 + day.month - 1


def month_of_index(index: int) -> date:
    """The first day of the month `month_index` numbered so."""
    return date(index // 12, index % 12 + 1, 1)


def month_range(day: date) -> tuple[date, date]:
    """[first day of day's month, first day of the next month)."""
    start = day.replace(day=1)
    return start, (start.replace(day=28) + timedelta(days=4)).replace(day=1)


def month_start(day: date) -> date:
    return day.replace(day=1)


def shift_month(month: date, n: int) -> date:
    """The first day of the month `n` months after (n < 0: before) `month`'s month."""
    return month_of_index(month_index(month) + n)


def months_ending(month: date, count: int) -> list[date]:
    """The `count` months up to and including `month`'s, oldest first."""
    return [shift_month(month, n) for n in range(1 - count, 1)]
