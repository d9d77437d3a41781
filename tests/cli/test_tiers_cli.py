"""`main.py tiers recompute|list` and `report tiers`: exit codes, what they print, and that a dry run or a
refused month writes nothing."""
from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from domain.demo.generator import DemoSpec
from domain.services.demo import build_demo
from domain.services.workspace import ensure_defaults
from persistence.workspace import open_workspace

TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tiers") / "demo.db"
    ws = open_workspace(path, create=True)
    try:
        ensure_defaults(ws.uow())
        build_demo(ws.uow(), DemoSpec(customers=12, months=4, today=TODAY))
    finally:
        ws.close()
    return path


def _assignments(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM tier_assignments").fetchone()[0]


def _shops(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM customers WHERE status IN ('active', 'suspended')").fetchone()[0]


def test_a_dry_run_prints_the_counts_and_writes_nothing(run_cli, demo: Path) -> None:
    before = _assignments(demo)
    done = run_cli("--db", str(demo), "tiers", "recompute", "--month", "2026-10", "--dry-run")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Recompute of 2026-10 (dry run: nothing was written)"
    assert lines[1].startswith("Grades: up ") and "unchanged" in lines[1] and "new" in lines[1]
    assert lines[2].startswith("Value tiers: up ")
    assert _assignments(demo) == before


def test_recompute_applies_one_batch_and_lists_the_moved_shops(run_cli, demo: Path) -> None:
    before = _assignments(demo)
    done = run_cli("--db", str(demo), "tiers", "recompute", "--month", "2026-09")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Recompute of 2026-09 applied as recompute no. ")
    assert _assignments(demo) == before + 2 * _shops(demo)  # a grade and a tier for every shop
    done = run_cli("--db", str(demo), "tiers", "recompute", "--month", "2026-10")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    grades = next(line for line in lines if line.startswith("Grades: "))
    up, down = (int(grades.split(f"{w} ")[1].split(",")[0]) for w in ("up", "down"))
    moved = [line.split("\t") for line in lines if line.count("\t") == 4]
    assert len([m for m in moved if m[2] == "grade"]) == up + down
    for license_no, name, kind, change, way in moved:
        assert license_no.isdigit() and name and kind in ("grade", "value tier") and " → " in change
        assert way in ("up", "down")
    if moved:
        assert f"Shops that move: {len(moved)}" in lines


def test_list_prints_one_line_per_shop(run_cli, demo: Path) -> None:
    run_cli("--db", str(demo), "tiers", "recompute", "--month", "2026-10")
    done = run_cli("--db", str(demo), "tiers", "list", "--month", "2026-10")
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.splitlines()
    assert header.split("\t") == ["License", "Name", "Grade", "Value tier", "Score"]
    assert len(rows) == _shops(demo)
    licenses = [r.split("\t")[0] for r in rows]
    assert licenses == sorted(licenses)
    for row in rows:
        license_no, name, grade, tier, score = row.split("\t")
        assert 1 <= int(grade) <= 30 and tier in ("Key", "Potential", "Ordinary", "At risk")
        assert score == "—" or 0 <= float(score) <= 100


def test_report_tiers_writes_the_pdf(run_cli, demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "tiers.pdf"
    done = run_cli("--db", str(demo), "report", "tiers", "--month", "2026-10", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out) and out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("month", ["2026-13", "2026/11", "2020-01", "11-2026"])
@pytest.mark.parametrize("command", [["tiers", "recompute"], ["tiers", "recompute", "--dry-run"], ["tiers", "list"],
                                     ["report", "tiers"]])
def test_a_bad_month_is_one_line_exit_2_and_writes_nothing(run_cli, demo: Path, tmp_path: Path, month: str,
                                                           command: list[str]) -> None:
    before = _assignments(demo)
    out = tmp_path / "refused.pdf"
    extra = ["--out", str(out)] if command[0] == "report" else []
    done = run_cli("--db", str(demo), *command, "--month", month, *extra)
    assert done.returncode == 2, done.stdout + done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and month in done.stderr
    assert done.stdout == ""
    assert _assignments(demo) == before and not out.exists()


def test_the_output_speaks_the_language_asked_for(run_cli, demo: Path) -> None:
    # the tiers' names are the window's ("Labels"), already translated: 重点 / 潜力 / 普通 / 流失风险
    done = run_cli("--db", str(demo), "--lang", "zh_CN", "tiers", "list", "--month", "2026-10")
    assert done.returncode == 0, done.stderr
    tiers = {row.split("\t")[3] for row in done.stdout.splitlines()[1:]}
    assert tiers and tiers <= {"重点", "潜力", "普通", "流失风险"}
