"""Who is due for a visit (docs/domain.md, "Segments and visit frequencies"): plain rules over dates, `on` passed in.

A customer is visited every `every_days` days: its own override (`Customer.visit_every_days`) if set,
else its value tier's care-plan override, else its segment's (城区商圈 and 乡镇主街 weekly, 公路沿线 fortnightly, 边远村屯 monthly), else monthly.
The clock starts at the last *done* visit, in person or by phone (a planned or missed visit does not
count): the next visit is due `every_days` days later. A customer never visited is due now.

Categories, for the day `on` being looked at (today, or the date being planned):
- overdue        the due date is before `on`;
- due today      the due date is `on`, or the customer was never visited (due now);
- due this week  the due date is after `on` and no later than the Sunday of `on`'s week;
- later          the due date is after that Sunday.

Weekends and holidays. The rules use calendar days only and never move a due date: a customer due on
a Saturday or on a holiday is due *from* that day, is listed as due this week before it and as overdue
after it, until a done visit resets the clock. So a non-working day can make a customer show up a day
or two overdue, but can never make a visit disappear from the list ("skip"). Planning around the days
off is the manager's call: the list on a Friday shows the weekend's customers as due this week.

Every function is total over `datetime.date`: near `date.max` a due date that would overflow is
`date.max` itself.
"""
from __future__ import annotations

from datetime import date, timedelta
from enum import Enum
from typing import NamedTuple

FALLBACK_VISIT_EVERY_DAYS = 30  # no override and no segment: monthly, like the remotest segment
MIN_VISIT_EVERY_DAYS = 1
MAX_VISIT_EVERY_DAYS = 365


class DueCategory(str, Enum):
    """Most urgent first; `rank` orders them."""

    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    DUE_THIS_WEEK = "due_this_week"
    LATER = "later"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @property
    def is_due(self) -> bool:
        """Overdue, due today or due this week: what the due list shows by default."""
        return self is not DueCategory.LATER


_RANK = {c: n for n, c in enumerate(DueCategory)}


def effective_every_days(override: int | None, segment_every_days: int | None,
                         tier_every_days: int | None = None) -> int:
    """The customer's own frequency if set, else its value tier's care plan's, else its segment's, else
    FALLBACK_VISIT_EVERY_DAYS; always within 1–365 days (a stored value outside that range is clamped,
    never trusted)."""
    for days in (override, tier_every_days, segment_every_days):
        if days is not None:
            return min(max(days, MIN_VISIT_EVERY_DAYS), MAX_VISIT_EVERY_DAYS)
    return FALLBACK_VISIT_EVERY_DAYS


def add_days(day: date, days: int) -> date:
    """`day + days`, held within date.min…date.max instead of raising OverflowError."""
    if days >= 0:
        return day + timedelta(days=days) if (date.max - day).days >= days else date.max
    return day + timedelta(days=days) if (day - date.min).days >= -days else date.min


def next_due_on(last_done: date | None, every_days: int) -> date | None:
    """The day the next visit is due: the last done visit + the frequency. None: never visited,
    due now."""
    if last_done is None:
        return None
    return add_days(last_done, max(every_days, MIN_VISIT_EVERY_DAYS))


def week_end(day: date) -> date:
    """The Sunday of `day`'s week (weeks run Monday–Sunday, as in China)."""
    return add_days(day, 6 - day.weekday())


def next_working_day(day: date) -> date:
    """The next Monday–Friday after `day`, for "plan the next working day" (holidays are not known)."""
    day = add_days(day, 1)
    while day.weekday() >= 5 and day != date.max:
        day = add_days(day, 1)
    return day


def due_category(next_due: date | None, on: date) -> DueCategory:
    if next_due is None or next_due == on:
        return DueCategory.DUE_TODAY
    if next_due < on:
        return DueCategory.OVERDUE
    if next_due <= week_end(on):
        return DueCategory.DUE_THIS_WEEK
    return DueCategory.LATER


def days_since(last_done: date | None, on: date) -> int | None:
    """Days from the last done visit to `on` ("not visited for N days"); None if never visited."""
    return None if last_done is None else (on - last_done).days


def days_overdue(next_due: date | None, on: date) -> int:
    """Days past the due date on `on`; 0 when not overdue or never visited."""
    return 0 if next_due is None else max(0, (on - next_due).days)


class DueStatus(NamedTuple):
    """A NamedTuple: the due list builds one per active customer (10,000) on every refresh."""

    every_days: int
    last_done: date | None
    next_due: date | None  # None: never visited, due now
    category: DueCategory
    days_since: int | None
    days_overdue: int

    @property
    def never_visited(self) -> bool:
        return self.last_done is None

    @property
    def urgency(self) -> tuple[int, int, date]:
        """Sorts the most urgent first: category, then the longest overdue, then the earliest due."""
        return (self.category.rank, -self.days_overdue, self.next_due or date.min)


def due_status(last_done: date | None, every_days: int, on: date, *, sunday: date | None = None) -> DueStatus:
    """Where a customer stands on `on`, given its last done visit (on or before `on`) and frequency.
    `sunday`: week_end(on), when the caller has it already (the due list computes it once)."""
    every = max(every_days, MIN_VISIT_EVERY_DAYS)
    if last_done is None:
        return DueStatus(every, None, None, DueCategory.DUE_TODAY, None, 0)
    due = add_days(last_done, every)
    if due < on:
        category = DueCategory.OVERDUE
    elif due == on:
        category = DueCategory.DUE_TODAY
    elif due <= (sunday or week_end(on)):
        category = DueCategory.DUE_THIS_WEEK
    else:
        category = DueCategory.LATER
    return DueStatus(every, last_done, due, category, (on - last_done).days, max(0, (on - due).days))
