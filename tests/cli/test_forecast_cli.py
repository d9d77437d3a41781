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


# --- the 需求采集本 workbook ----------------------------------------------------------------------------


def _sheet_rows(sheet) -> list[list[object]]:  # noqa: ANN001
    return [[c.value for c in row] for row in sheet.iter_rows()]


def test_out_writes_the_demand_book_that_adds_up_to_the_forecast(run_cli, demo: Path, tmp_path: Path) -> None:
    import openpyxl

    from domain.services.demand_book import SHOP_HEADERS, TERRITORY_HEADERS
    from domain.services.forecast import territory_forecast
    from persistence.holidays import ChineseHolidays

    target = tmp_path / "需求采集本-2026-11.xlsx"
    done = run_cli("--db", str(demo), "forecast", "--month", "2026-11", "--out", str(target))
    assert done.returncode == 0, done.stderr
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == ["需求采集本", "片区汇总"]
    shops, territory = (_sheet_rows(workbook[n]) for n in workbook.sheetnames)
    assert "需求采集本" in shops[0][0] and "2026年11月" in shops[0][0] and "2026年10月" in shops[1][0]
    assert tuple(shops[2]) == SHOP_HEADERS and tuple(territory[2]) == TERRITORY_HEADERS
    body = shops[3:]
    lines = done.stdout.splitlines()
    assert len(lines) == 1 and str(target) in lines[0] and f"{len(body)} rows" in lines[0]

    ws = open_workspace(demo)
    try:
        expected = territory_forecast(ws.uow(), date(2026, 11, 1), ChineseHolidays())
    finally:
        ws.close()
    assert territory[3:] == [[p.code, p.name, p.cartons, p.last_supplied, p.last_requested] for p in expected.products]
    sums: dict[str, list[int]] = {}
    for row in body:
        assert isinstance(row[0], str) and len(row[0]) == 12  # the license number stays text
        s = sums.setdefault(row[3], [0, 0, 0])
        for k, col in enumerate((5, 6, 7)):
            s[k] += row[col]
    assert sums == {p.code: [p.cartons, p.last_supplied, p.last_requested] for p in expected.products}
    assert len(body) >= len(expected.shops)
    from domain.visits.planning_views import route_key

    keys = [(route_key(r[2] or ""), r[0], r[3]) for r in body]
    assert keys == sorted(keys)  # by route (线路二 before 线路十), license, product code


@pytest.mark.parametrize("where", ["folder", "under_a_file", "missing_folder"])
def test_a_path_that_cannot_be_written_is_one_line_exit_2_and_no_file(run_cli, demo: Path, tmp_path: Path,
                                                                     where: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "a_file").write_text("x")
    target = {"folder": out, "under_a_file": out / "a_file" / "b.xlsx", "missing_folder": out / "no" / "b.xlsx"}[where]
    done = run_cli("--db", str(demo), "forecast", "--month", "2026-11", "--out", str(target))
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert len(done.stderr.strip().splitlines()) == 1 and "Cannot write" in done.stderr
    assert done.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == ["a_file"]  # no temporary file left either


@pytest.mark.parametrize("args", [
    ("forecast", "--month", "2026/11"),
    ("forecast", "--month", "2020-01"),  # no orders before it
    ("forecast", "backtest", "--months", "3"),  # a backtest writes no workbook
])
def test_a_refused_demand_book_leaves_no_file(run_cli, demo: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    target = tmp_path / "book.xlsx"
    extra: tuple[str, ...] = ("--out", str(target))
    if args[1] == "backtest":
        args = ("forecast", *extra, *args[1:])
        extra = ()
    done = run_cli("--db", str(demo), *args, *extra)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert len(done.stderr.strip().splitlines()) == 1
    assert not target.exists()
