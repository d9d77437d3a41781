"""Which backups are kept: dense for the recent past, sparse further back (like Anki's), so that a year
of daily work stays at a bounded number of files and the copy from before each operation is there.

The rule, applied to the backups of one workspace at `now`:
- every backup of the last 2 days;
- then the newest one of each calendar day for 12 more days, of each week for 10 weeks, and of each
  month for 9 months;
- the 10 newest backups taken before an operation (import, undo, migration, restore, recompute) whose
  operation did not fail;
- a failed operation's backup only until a newer good, verified backup exists;
- the newest verified backup, however old;
- an unverified backup (also one without a manifest, from an older Fieldbook) is never removed: nothing
  is known of it, so only the user may throw it away.
Times are UTC, and so are the calendar days, weeks and months.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from datetime import datetime, timedelta

from domain.backups import BackupEntry

RECENT = timedelta(days=2)
DAILY_DAYS = 12
WEEKLY_WEEKS = 10
MONTHLY_MONTHS = 9
PRE_OPERATION_KEPT = 10


def keep(entries: Sequence[BackupEntry], now: datetime) -> set[str]:
    """The names of the backups to keep; the others may be deleted."""
    newest_first = sorted(entries, key=lambda e: (e.taken_at, e.name), reverse=True)
    kept = {e.name for e in newest_first if not e.verified}
    good = [e for e in newest_first if e.verified and not e.failed_operation]
    if good:
        kept.add(good[0].name)
    elif verified := [e for e in newest_first if e.verified]:
        kept.add(verified[0].name)  # only failed ones: the newest of them is still the best copy there is
    newest_good = good[0].taken_at if good else None
    for e in newest_first:
        if e.verified and e.failed_operation and (newest_good is None or e.taken_at >= newest_good):
            kept.add(e.name)
    kept.update(e.name for e in good if e.taken_at >= now - RECENT)
    kept.update(e.name for e in [e for e in good if e.reason.before_an_operation][:PRE_OPERATION_KEPT])

    daily_from = now - RECENT - timedelta(days=DAILY_DAYS)
    weekly_from = daily_from - timedelta(weeks=WEEKLY_WEEKS)
    monthly_from = _months_before(weekly_from, MONTHLY_MONTHS)
    older = [e for e in good if e.taken_at < now - RECENT]
    kept.update(_newest_per(
        [e for e in older if e.taken_at >= daily_from], lambda t: t.date()))
    kept.update(_newest_per(
        [e for e in older if weekly_from <= e.taken_at < daily_from], lambda t: t.isocalendar()[:2]))
    kept.update(_newest_per(
        [e for e in older if monthly_from <= e.taken_at < weekly_from], lambda t: (t.year, t.month)))
    return kept


def _newest_per(newest_first: Sequence[BackupEntry], bucket: Callable[[datetime], Hashable]) -> set[str]:
    seen: set[Hashable] = set()
    names: set[str] = set()
    for e in newest_first:
        key = bucket(e.taken_at)
        if key not in seen:
            seen.add(key)
            names.add(e.name)
    return names


def _months_before(moment: datetime, months: int) -> datetime:
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    # the first of that month: a month bucket counts whole calendar months
    return moment.replace(year=year, month=month + 1, day=1, hour=0, minute=0, second=0, microsecond=0)
