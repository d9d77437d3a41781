"""`main.py report cultivation --product CODE --out FILE.pdf`: the PDF written; an unknown product, a
product without a plan or a path that cannot be written is one line on stderr, exit 2, and no file."""
from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from domain.demo.generator import DemoSpec
from domain.services.demo import build_demo
from domain.services.workspace import ensure_defaults
from persistence.workspace import open_workspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cultivation") / "demo.db"
    ws = open_workspace(path, create=True)
    try:
        ensure_defaults(ws.uow())
        build_demo(ws.uow(), DemoSpec(customers=40, months=4, today=date.today()))
    finally:
        ws.close()
    return path


def _codes(db: Path) -> tuple[str, str]:
    with sqlite3.connect(db) as conn:
        (planned,) = conn.execute("SELECT p.code FROM cultivation_plans c JOIN products p ON p.id = c.product_id"
                                  ).fetchone()
        (other,) = conn.execute("SELECT code FROM products WHERE id NOT IN (SELECT product_id FROM cultivation_plans)"
                                " ORDER BY code LIMIT 1").fetchone()
    return planned, other


def test_the_report_is_written(run_cli, demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "培育.pdf"
    done = run_cli("--db", str(demo), "report", "cultivation", "--product", _codes(demo)[0], "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF") and done.stdout.strip() == str(out)


@pytest.mark.parametrize("which", ["unknown", "no plan", "unwritable"])
def test_refusals_are_one_line_exit_2_and_no_file(run_cli, demo: Path, tmp_path: Path, which: str) -> None:
    planned, other = _codes(demo)
    code = {"unknown": "NO-SUCH-CODE", "no plan": other, "unwritable": planned}[which]
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    out = blocker / "x.pdf" if which == "unwritable" else tmp_path / "x.pdf"
    done = run_cli("--db", str(demo), "report", "cultivation", "--product", code, "--out", str(out))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert not out.exists()
    if which == "unknown":
        assert "NO-SUCH-CODE" in done.stderr
