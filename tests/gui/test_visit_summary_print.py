"""The 拜访总结 printed from the app: the day summary tab (day and week) and one visit from the history."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

import main
from domain.demo.generator import DemoSpec
from domain.services.demo import build_demo
from gui.visits.day_summary_view import DaySummaryView
from gui.visits.history_view import VisitHistoryView
from gui.workers import TaskRunner

TODAY = date(2026, 11, 27)


@pytest.fixture
def ctx(tmp_path: Path):
    context = main.open_context(tmp_path / "w.db", None, tmp_path, tmp_path / "f.log", create=True)
    context.today = lambda: TODAY
    build_demo(context.uow(), DemoSpec(customers=30, months=3, today=TODAY))
    yield context
    context.close()


def _saved(monkeypatch: pytest.MonkeyPatch, folder: Path) -> tuple[list[str], list[str]]:
    """(the names the save dialog suggested, the files the message then said were written)."""
    suggested: list[str] = []
    told: list[str] = []
    monkeypatch.setattr("gui.common.report_files.QFileDialog.getSaveFileName",
                        lambda parent, title, name, filters: suggested.append(name)
                        or (str(folder / Path(name).name), ""))
    monkeypatch.setattr("gui.common.pdf_output.ask_after_saving", lambda parent, title, path: told.append(str(path)))
    return suggested, told


def test_print_the_week_from_the_day_summary(qtbot, ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    suggested, opened = _saved(monkeypatch, tmp_path)
    runner = TaskRunner()
    view = DaySummaryView(ctx, runner)
    qtbot.addWidget(view)
    view.set_day(date(2026, 11, 25))
    view.print_summary(week=True)
    qtbot.waitUntil(lambda: bool(opened), timeout=15000)
    assert Path(opened[0]).name == "Visit summary-week-2026-11-23.pdf" == Path(suggested[0]).name
    text = "".join(page.extract_text() for page in PdfReader(opened[0]).pages)
    assert "拜访" in text and Path(opened[0]).stat().st_size > 1000
    runner.wait()


def test_a_day_without_visits_says_so(qtbot, ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    suggested, _ = _saved(monkeypatch, tmp_path)
    told: list[str] = []
    monkeypatch.setattr("gui.visits.day_summary_view.QMessageBox.information", lambda *a: told.append(a[2]))
    runner = TaskRunner()
    view = DaySummaryView(ctx, runner)
    qtbot.addWidget(view)
    view.set_day(date(2030, 1, 1))
    view.print_summary(week=False)
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert "2030-01-01" in told[0] and list(tmp_path.glob("*.pdf")) == []
    assert suggested == []  # said before any save dialog
    runner.wait()


def test_print_one_visit_from_the_history(qtbot, ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    suggested, opened = _saved(monkeypatch, tmp_path)
    runner = TaskRunner()
    view = VisitHistoryView(ctx, runner)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.refresh()
    row = next(n for n, r in enumerate(view.model.rows) if r.visit_id is not None and r.status == "done")
    view.view.setCurrentIndex(view.model.index(row, 0))
    view.print_current()
    qtbot.waitUntil(lambda: bool(opened), timeout=15000)
    assert PdfReader(opened[0]).pages
    chosen = view.model.rows[row]
    assert Path(opened[0]).name == f"Visit summary-{chosen.customer_name}-{chosen.planned_on.isoformat()}.pdf"
    runner.wait()
