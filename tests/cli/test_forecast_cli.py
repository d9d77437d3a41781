"""`main.py forecast --month` and `forecast backtest --months`: output format and exit codes."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from domain.demo.generator import DemoSpec
from domain.services.demo import build_demo
from domain.services.workspace import ensure_defaults
from persistence.workspace import open_workspace

TODAY = date(2026, 11, 27)  # the demo's orders run to October 2026


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("forecast") / "demo.db"
    ws = open_workspace(path, create=True)
    try:
        ensure_defaults(ws.uow())
        build_demo(ws.uow(), DemoSpec(customers=12, months=8, today=TODAY))
    finally:
        ws.close()
    return path


def test_the_forecast_prints_one_line_per_product(run_cli, demo: Path) -> None:
    done = run_cli("--db", str(demo), "forecast", "--month", "2026-11")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines
    for line in lines:
        code, name, cartons, supplied, requested = line.split("\t")
        assert code and name
        assert int(cartons) >= 0 and int(supplied) >= 0 and int(requested) >= int(supplied)


def test_the_backtest_prints_months_and_the_mean(run_cli, demo: Path) -> None:
    done = run_cli("--db", str(demo), "forecast", "backtest", "--months", "3")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [ln.split("\t")[0] for ln in lines[:-1]] == ["2026-08", "2026-09", "2026-10"]
    for line in lines[:-1]:
        assert re.fullmatch(r"\d{4}-\d{2}(\t\d+\.\d){3}", line), line
    assert re.fullmatch(r"mean: \d+\.\d \d+\.\d \d+\.\d", lines[-1]), lines[-1]


@pytest.mark.parametrize("args", [
    ("forecast", "--month", "2026/11"),
    ("forecast", "--month", "2026-13"),
    ("forecast", "--month", "2020-01"),  # no orders before it
    ("forecast",),
    ("forecast", "backtest", "--months", "0"),
    ("forecast", "backtest", "--months", "25"),
    ("forecast", "backtest", "--months", "x"),
    ("forecast", "backtest", "--months", "8"),  # the first month tested has no orders before it
])
def test_bad_input_is_one_line_and_exit_2(run_cli, demo: Path, args: tuple[str, ...]) -> None:
    done = run_cli("--db", str(demo), *args)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert len(done.stderr.strip().splitlines()) == 1
    assert done.stdout == ""
