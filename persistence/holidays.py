"""China's official public holidays (法定节假日) from the chinese-calendar library, for the forecast's
season (domain.forecast.model.HolidayCalendar). The library's data stop at a year (2026 in 1.11): beyond
it a month has no answer (None) and the forecast falls back to the order history alone, saying so."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from domain.periods import month_range


@lru_cache(maxsize=512)
def _holiday_weekdays(month: date) -> int | None:
    import chinese_calendar

    first, after = month_range(month)
    try:
        days = chinese_calendar.get_holidays(first, after.fromordinal(after.toordinal() - 1), include_weekends=False)
    except NotImplementedError:  # "no available data for year …"
        return None
    return len(days)


class ChineseHolidays:
    def holiday_days(self, month: date) -> int | None:
        return _holiday_weekdays(month.replace(day=1))
