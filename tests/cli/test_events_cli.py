"""`main.py events list` and `report invitations|signin|event`: output, exit codes, nothing written when refused."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from domain.demo.generator import DemoSpec
from domain.salons.model import EventKind
from domain.services.demo import build_demo
from domain.services.salons import EventSummary, list_events
from domain.services.workspace import ensure_defaults
from persistence.workspace import open_workspace

KINDS = {EventKind.TASTING: "Tasting", EventKind.MEETING: "Retailer meeting", EventKind.TRAINING: "Training",
         EventKind.FINANCE: "Finance salon", EventKind.OTHER: "Other event"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[EventSummary]]:
    """A demo workspace built on the real today, so that `events list` (which runs on today) orders its
    events the same way; and its events as the service lists them."""
    path = tmp_path_factory.mktemp("events") / "demo.db"
    ws = open_workspace(path, create=True)
    try:
        ensure_defaults(ws.uow())
        build_demo(ws.uow(), DemoSpec(customers=30, months=2, today=date.today()))
        return path, list_events(ws.uow(), date.today())
    finally:
        ws.close()


def test_events_list_prints_one_tab_separated_line_per_event_upcoming_first(run_cli, demo) -> None:
    db, events = demo
    assert len(events) == 3
    done = run_cli("--db", str(db), "events", "list")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == len(events)
    for line, s in zip(lines, events):
        e, f = s.event, s.funnel
        assert line.split("\t") == [str(e.id), e.on.isoformat(), KINDS[e.kind], e.theme, str(f.invited),
                                    str(f.confirmed), str(f.attended)]
    first = lines[0].split("\t")
    assert date.fromisoformat(first[1]) >= date.today()  # the coming tasting before the two held events
    assert [int(line.split("\t")[6]) > 0 for line in lines] == [False, True, True]


def test_the_three_salon_reports_write_a_pdf(run_cli, demo, tmp_path: Path) -> None:
    db, events = demo
    event_id = str(events[1].event.id)
    for report in ("invitations", "signin", "event"):
        out = tmp_path / "out" / f"{report}.pdf"
        done = run_cli("--db", str(db), "report", report, "--event", event_id, "--out", str(out))
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == str(out)
        assert out.read_bytes().startswith(b"%PDF")


def test_an_unknown_event_is_one_line_and_exit_2_with_nothing_written(run_cli, demo, tmp_path: Path) -> None:
    db, _events = demo
    for report, event in (("invitations", "999"), ("event", "abc")):
        out = tmp_path / f"{report}.pdf"
        done = run_cli("--db", str(db), "report", report, "--event", event, "--out", str(out))
        assert done.returncode == 2, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and event in done.stderr
        assert not out.exists()


def test_an_unwritable_path_is_one_line_and_exit_2(run_cli, demo, tmp_path: Path) -> None:
    db, events = demo
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    target = blocker / "signin.pdf"  # a folder that is a file: refused even when the tests run as root
    done = run_cli("--db", str(db), "report", "signin", "--event", str(events[0].event.id), "--out", str(target))
    assert done.returncode == 2, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and str(target) in done.stderr
    assert blocker.read_text() == "not a folder"
