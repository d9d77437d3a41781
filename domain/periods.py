"""Calendar months as half-open date ranges."""
from __future__ import annotations

from datetime import date, timedelta


def month_range(day: date) -> tuple[date, date]:
    """[first day of day's month, first day of the next month)."""
    start = day.replace(day=1)
    return start, (start.replace(day=28) + timedelta(days=4)).replace(day=1)
