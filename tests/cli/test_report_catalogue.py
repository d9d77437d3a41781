"""Every report of the catalogue can be made from the command line (`report …`), through its entry,
and builds a PDF on the demo workspace. A report added to the catalogue without its subcommand fails here."""
from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from cli import reports as report_commands
from cli.app import build_parser
from cli.common import CommandFailed
from domain.demo.generator import DemoSpec
from domain.report_catalogue import ReportCatalogue
from domain.services.demo import build_demo
from domain.services.workspace import ensure_defaults
from persistence.workspace import open_workspace
from reports.catalogue import report_catalogue

TODAY = date(2026, 11, 27)


class RecordingCatalogue(ReportCatalogue):
    def __init__(self) -> None:
        super().__init__(report_catalogue())
        self.requests: list[object] = []

    def pdf(self, uow, request):
        self.requests.append(request)
        return super().pdf(uow, request)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, int, str]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    ws = open_workspace(path, create=True)
    ensure_defaults(ws.uow())
    build_demo(ws.uow(), DemoSpec(customers=12, months=3, today=TODAY))
    with ws.uow() as uow:
        license_no = uow.customers.id_keys()[0][1]
    ws.close()
    with sqlite3.connect(path) as conn:
        (visit_id,) = conn.execute("SELECT id FROM visits WHERE status = 'done' ORDER BY id LIMIT 1").fetchone()
        (day,) = conn.execute("SELECT max(plan_date) FROM day_plans").fetchone()
    return path, license_no, visit_id, day


def test_every_catalogue_entry_is_reachable_from_the_report_command(demo, tmp_path: Path) -> None:
    db, license_no, visit_id, day = demo
    with sqlite3.connect(db) as conn:
        (code,) = conn.execute("SELECT p.code FROM cultivation_plans c JOIN products p ON p.id = c.product_id").fetchone()
        (month,) = conn.execute("SELECT substr(max(order_date), 1, 7) FROM sales_lines").fetchone()
        (done_day,) = conn.execute("SELECT max(planned_on) FROM visits WHERE status = 'done'").fetchone()
    commands = [
        ["handbook", "--date", day],
        ["visit", "--date", done_day],
        ["visit", "--date", done_day, "--week"],
        ["visit", "--visit", str(visit_id)],
        ["monthly", "--month", month],
        ["dossier", "--customer", license_no],
        ["tiers", "--month", month],
        ["festival", "--festival", "春节"],
        ["invitations", "--event", "1"],
        ["signin", "--event", "1"],
        ["event", "--event", "1"],
        ["cultivation", "--product", code],
    ]
    catalogue = RecordingCatalogue()
    written: list[str] = []
    for n, words in enumerate(commands):
        out = tmp_path / f"{n}.pdf"
        args = build_parser().parse_args(["report", *words, "--db", str(db), "--out", str(out)])
        try:
            code = report_commands.command_report(args, db, None, written.append, catalogue=catalogue)
        except CommandFailed as exc:
            pytest.fail(f"report {' '.join(words)}: {exc}")
        assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert written == [str(tmp_path / f"{n}.pdf") for n in range(len(commands))]
    assert {type(r) for r in catalogue.requests} == {e.request for e in report_catalogue()}
    assert set(report_commands.REQUESTS) == set(build_parser()._subparsers._group_actions[0].choices["report"]  # type: ignore[union-attr]
                                               ._subparsers._group_actions[0].choices)


def test_a_festival_is_named_by_its_name_or_key_and_an_unknown_one_lists_the_festivals(demo) -> None:
    db = demo[0]
    ws = open_workspace(db)
    try:
        parse = build_parser().parse_args
        by_name = report_commands.festival_request(
            parse(["report", "festival", "--festival", "中秋节", "--year", "2027", "--out", "x.pdf"]), ws.uow, TODAY)
        assert (by_name.festival_key, by_name.year, by_name.festival) == ("mid_autumn", 2027, "中秋节")
        coming = report_commands.festival_request(
            parse(["report", "festival", "--festival", "spring", "--out", "x.pdf"]), ws.uow, TODAY)
        assert (coming.festival_key, coming.year) == ("spring", 2027)  # 春节 2026 (Feb 17) is past on Nov 27
        with pytest.raises(CommandFailed) as refused:
            report_commands.festival_request(
                parse(["report", "festival", "--festival", "圣诞节", "--out", "x.pdf"]), ws.uow, TODAY)
        assert "圣诞节" in str(refused.value) and "中秋节" in str(refused.value)
    finally:
        ws.close()
