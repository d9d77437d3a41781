"""`report handbook` and `report visit` on the command line: the path and exit 0, or one line and exit 2."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from domain.demo.generator import DemoSpec
from domain.services.demo import build_demo
from domain.services.workspace import ensure_defaults
from persistence.workspace import open_workspace

TODAY = date(2026, 11, 27)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    ws = open_workspace(path, create=True)
    ensure_defaults(ws.uow())
    build_demo(ws.uow(), DemoSpec(customers=12, months=3, today=TODAY))
    ws.close()
    return path


def test_handbook_and_visit_summary(run_cli, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "hb.pdf"
    result = run_cli("--db", str(demo_db), "report", "handbook", "--date", TODAY.isoformat(), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert out.read_bytes().startswith(b"%PDF")

    out = tmp_path / "week.pdf"
    result = run_cli("report", "visit", "--db", str(demo_db), "--date", "2026-11-26", "--week", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_a_date_without_a_plan_or_visits_exits_2(run_cli, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = run_cli("--db", str(demo_db), "report", "handbook", "--date", "2026-11-29", "--out", str(out))
    assert result.returncode == 2
    assert "2026-11-29" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    result = run_cli("--db", str(demo_db), "report", "visit", "--date", "2026-11-29", "--out", str(out))
    assert result.returncode == 2
    assert "2026-11-29" in result.stderr
    assert not out.exists()
    result = run_cli("--db", str(demo_db), "report", "handbook", "--date", "29.11.2026", "--out", str(out))
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_one_visit(run_cli, demo_db: Path, tmp_path: Path) -> None:
    import sqlite3

    with sqlite3.connect(demo_db) as conn:
        (visit_id,) = conn.execute("SELECT id FROM visits WHERE status = 'done' ORDER BY id LIMIT 1").fetchone()
    out = tmp_path / "one.pdf"
    result = run_cli("--db", str(demo_db), "report", "visit", "--visit", str(visit_id), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    result = run_cli("--db", str(demo_db), "report", "visit", "--visit", "999999", "--out", str(out))
    assert result.returncode == 2 and "999999" in result.stderr
