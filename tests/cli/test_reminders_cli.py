"""`main.py reminders` and `main.py calendar`: the lines they print, their exit codes, and the .ics file
read back with icalendar (event count, stable unique uids, the reminders' dates)."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from domain.model.care import Reminder, ReminderKind
from domain.model.customers import Birthday, CareNotes, Customer
from domain.services.workspace import ensure_defaults
from persistence.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[2]
SHANGHAI = ZoneInfo("Asia/Shanghai")


def local_today() -> date:
    return datetime.now(SHANGHAI).date()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reminders") / "care.db"
    today = local_today()
    soon = today + timedelta(days=2)
    ws = open_workspace(path, create=True)
    try:
        ensure_defaults(ws.uow())
        with ws.uow() as uow:
            a = uow.customers.add(Customer("530102100001", "北环路烟酒店", owner="张建国",
                                           care=CareNotes(Birthday(soon.month, soon.day, year=1971)),
                                           license_expiry=today + timedelta(days=20)))
            uow.care.add_reminder(Reminder(ReminderKind.OWN, "带最新一期《读者》", today, a))
            uow.commit()
    finally:
        ws.close()
    return path


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # the user's clock is China's: "today" is Shanghai's date even where this machine keeps UTC
    env = os.environ | {"FIELDBOOK_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen",
                        "TZ": "Asia/Shanghai", "LC_ALL": "C.UTF-8"}
    env.pop("LANG", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)


def test_reminders_are_listed_one_per_line_by_date(tmp_path: Path, workspace: Path) -> None:
    done = run(tmp_path, "--db", str(workspace), "--lang", "en", "reminders", "--days", "30")
    assert done.returncode == 0, done.stderr
    rows = [line.split("\t") for line in done.stdout.splitlines()]
    assert all(len(r) == 5 for r in rows)
    today = local_today()
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert [r[1] for r in rows] == ["Own reminder", "Birthday", "Licence expiry"]
    assert rows[0] == [today.isoformat(), "Own reminder", "530102100001", "北环路烟酒店", "带最新一期《读者》"]
    assert rows[1][0] == (today + timedelta(days=2)).isoformat() and "张建国" in rows[1][4]
    assert rows[2][4] == f"Licence expires on {today + timedelta(days=20)}, in 20 days"


def test_kind_narrows_and_days_zero_is_today(tmp_path: Path, workspace: Path) -> None:
    done = run(tmp_path, "--db", str(workspace), "reminders", "--kind", "license", "--days", "30")
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 1
    done = run(tmp_path, "--db", str(workspace), "--lang", "zh_CN", "reminders")
    assert done.returncode == 0
    # due today: the own reminder; the birthday comes up a week ahead (its default lead) and the licence
    # at 30 days before its expiry
    kinds = [line.split("\t")[1] for line in done.stdout.splitlines()]
    assert kinds == ["自定提醒", "生日", "许可证到期"]


@pytest.mark.parametrize("args", [
    ("reminders", "--kind", "parties"),
    ("reminders", "--days", "soon"),
    ("reminders", "--days", "-1"),
    ("calendar", "--out", "x.ics", "--from", "2026-13-01"),
    ("calendar", "--out", "no/such/folder/x.ics"),
    ("calendar", "--out", "x.ics", "--days", "0"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, workspace: Path, args: tuple[str, ...]) -> None:
    done = run(tmp_path, "--db", str(workspace), *args)
    assert done.returncode == 2, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and done.stdout == ""


def test_the_calendar_reads_back_with_stable_uids(tmp_path: Path, workspace: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    for target in (first, second):
        done = run(tmp_path, "--db", str(workspace), "calendar", "--out", str(target))
        assert done.returncode == 0, done.stderr
    events = [Calendar.from_ical(p.read_bytes()).walk("VEVENT") for p in (first, second)]
    uids = [[str(e["UID"]) for e in evs] for evs in events]
    assert uids[0] == uids[1] and len(set(uids[0])) == len(uids[0])
    today = local_today()
    starts = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in events[0]}
    birthday = next(v for k, v in starts.items() if "张建国" in k)
    assert birthday == today + timedelta(days=2)
    assert today + timedelta(days=20) in starts.values() and today in starts.values()
    # the birthday once a year over twelve months, the licence, the own reminder, the five festivals
    # (the one shop is every festival's audience but 重阳's, whose owner is not yet 60)
    assert sum("张建国" in k for k in starts) == 1
    assert len(events[0]) == len(uids[0]) >= 3
