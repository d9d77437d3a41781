"""Fault scenario 4's rotation and issue 11's "thinning rules by hypothesis over random backup
histories": which backups domain.backup_thinning keeps, over random histories, and a simulated year of
daily work staying under a bounded number of files."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.backup_thinning import PRE_OPERATION_KEPT, keep
from domain.backups import BackupEntry, BackupReason

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def _entry(i: int, age: timedelta, reason: BackupReason, verified: bool = True, failed: bool = False) -> BackupEntry:
    return BackupEntry(f"w-{i:05d}-{reason.value}.db", NOW - age, reason, 1000, verified, failed_operation=failed)


entries = st.lists(
    st.builds(
        lambda age, reason, verified, failed: (age, reason, verified, failed),
        st.integers(min_value=0, max_value=500 * 24 * 60).map(lambda m: timedelta(minutes=m)),
        st.sampled_from(list(BackupReason)),
        st.booleans() | st.just(True),
        st.booleans(),
    ),
    max_size=80,
).map(lambda rows: [_entry(i, *row) for i, row in enumerate(rows)])


@settings(max_examples=300, deadline=None)
@given(entries)
def test_the_rules_hold_over_random_histories(history: list[BackupEntry]) -> None:
    kept = keep(history, NOW)
    names = {e.name for e in history}
    assert kept <= names
    newest_first = sorted(history, key=lambda e: (e.taken_at, e.name), reverse=True)
    verified = [e for e in newest_first if e.verified]
    good = [e for e in verified if not e.failed_operation]
    # the newest verified backup always survives (the newest good one too)
    if verified:
        assert verified[0].name in kept
    if good:
        assert good[0].name in kept
    # nothing known of an unverified one: only the user throws it away
    assert {e.name for e in history if not e.verified} <= kept
    # a failed operation's backup goes once a newer good backup exists, and stays until then
    for e in verified:
        if e.failed_operation:
            newer_good = any(g.taken_at > e.taken_at for g in good)
            assert (e.name in kept) is (not newer_good), e
    # the last ten good pre-operation backups stay, whatever their age
    pre_operation = [e for e in good if e.reason.before_an_operation][:PRE_OPERATION_KEPT]
    assert {e.name for e in pre_operation} <= kept
    # every good backup of the last two days stays
    assert {e.name for e in good if NOW - e.taken_at <= timedelta(days=2)} <= kept


@settings(max_examples=100, deadline=None)
@given(entries)
def test_thinning_twice_removes_nothing_more(history: list[BackupEntry]) -> None:
    kept = keep(history, NOW)
    assert keep([e for e in history if e.name in kept], NOW) == kept


def test_the_daily_weekly_and_monthly_steps() -> None:
    # one good scheduled backup every 6 hours for 400 days
    history = [_entry(i, timedelta(hours=6 * i), BackupReason.SCHEDULED) for i in range(400 * 4)]
    kept = [e for e in history if e.name in keep(history, NOW)]
    ages = sorted((NOW - e.taken_at) for e in kept)
    recent = [a for a in ages if a <= timedelta(days=2)]
    assert len(recent) == 9  # 0, 6, …, 48 hours
    daily = [a for a in ages if timedelta(days=2) < a <= timedelta(days=14)]
    assert 11 <= len(daily) <= 13  # one per calendar day
    weekly = [a for a in ages if timedelta(days=14) < a <= timedelta(days=14 + 70)]
    assert 10 <= len(weekly) <= 12
    monthly = [a for a in ages if timedelta(days=84) < a]
    assert 8 <= len(monthly) <= 10
    assert max(ages) < timedelta(days=84 + 31 * 10)


BOUND = 80  # measured: 74 at most (36 of the last two days, 12 daily, 11 weekly, 10 monthly, older pre-operation ones)


def test_a_year_of_daily_work_stays_under_a_bounded_count() -> None:
    """16 scheduled backups a working day, an at-close one, 2 imports (each with its pre-import
    backup) and every tenth day an undo and a failed import; thinned after every backup, as
    WorkspaceBackups does. The folder never holds more than BOUND files."""
    start = NOW - timedelta(days=365)
    kept: list[BackupEntry] = []
    n = 0
    most = 0
    for day in range(365):
        morning = start + timedelta(days=day, hours=8)
        for slot in range(20):
            moment = morning + timedelta(minutes=30 * slot)
            reason = BackupReason.SCHEDULED
            failed = False
            if slot in (3, 12):
                reason = BackupReason.PRE_IMPORT
            elif slot == 19:
                reason = BackupReason.AT_CLOSE
            elif day % 10 == 0 and slot == 7:
                reason = BackupReason.PRE_UNDO
            elif day % 10 == 0 and slot == 8:
                reason, failed = BackupReason.PRE_IMPORT, True
            elif slot >= 16:
                continue
            n += 1
            kept.append(BackupEntry(f"w-{n:06d}.db", moment, reason, 1000, True, failed_operation=failed))
            names = keep(kept, moment)
            kept = [e for e in kept if e.name in names]
            most = max(most, len(kept))
    assert n > 365 * 16
    assert most <= BOUND, most
