"""The plan tab's "Print visit handbook": rendered on the task runner to a temp file, then opened."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from gui.visits.plan_tab import PlanTab


def test_print_handbook_saves_the_pdf_under_its_day_and_opens_it(qtbot, plan_tab: PlanTab, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    suggested: list[str] = []
    monkeypatch.setattr("gui.common.report_files.QFileDialog.getSaveFileName",
                        lambda parent, title, name, filters: suggested.append(name) or (str(tmp_path / "h.pdf"), ""))
    monkeypatch.setattr("gui.common.pdf_output.ask_after_saving", lambda parent, title, path: "open")
    opened: list[str] = []
    monkeypatch.setattr("gui.common.pdf_output.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    assert plan_tab.handbook_button.isVisible()
    with qtbot.waitSignal(plan_tab.handbook_written, timeout=20000) as signal:
        plan_tab.handbook_button.click()
    path = Path(signal.args[0])
    assert Path(suggested[0]).name == f"Visit handbook-{plan_tab.on.isoformat()}.pdf"
    assert path == tmp_path / "h.pdf" and path.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: opened == [str(path)], timeout=5000)
    assert plan_tab.handbook_button.isEnabled()


def test_print_handbook_without_a_plan_says_so(qtbot, plan_tab: PlanTab, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr("gui.common.report_files.QFileDialog.getSaveFileName", lambda *a: pytest.fail("nothing to save"))
    sunday = date(2026, 11, 29)
    with qtbot.waitSignal(plan_tab.loaded, timeout=10000):
        plan_tab.go_to(sunday)
    plan_tab.handbook_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "2026-11-29" in shown[0]
    assert plan_tab.handbook_button.isEnabled()
