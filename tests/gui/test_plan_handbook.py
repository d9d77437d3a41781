"""The plan tab's "Print visit handbook": rendered on the task runner to a temp file, then opened."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from gui.visits import plan_tab as plan_tab_module
from gui.visits.plan_tab import PlanTab
from tests.gui.test_visits_plan import demo, plan_demo_file, recorder, tab  # noqa: F401 - fixtures


def test_print_handbook_saves_the_pdf_under_its_day_and_opens_it(qtbot, tab: PlanTab, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    suggested: list[str] = []
    monkeypatch.setattr("gui.common.pdf_output.QFileDialog.getSaveFileName",
                        lambda parent, title, name, filters: suggested.append(name) or (str(tmp_path / "h.pdf"), ""))
    monkeypatch.setattr("gui.common.pdf_output.ask_after_saving", lambda parent, title, path: "open")
    opened: list[str] = []
    monkeypatch.setattr("gui.common.pdf_output.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    assert tab.handbook_button.isVisible()
    with qtbot.waitSignal(tab.handbook_written, timeout=20000) as signal:
        tab.handbook_button.click()
    path = Path(signal.args[0])
    assert Path(suggested[0]).name == f"Visit handbook-{tab.on.isoformat()}.pdf"
    assert path == tmp_path / "h.pdf" and path.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: opened == [str(path)], timeout=5000)
    assert tab.handbook_button.isEnabled()


def test_print_handbook_without_a_plan_says_so(qtbot, tab: PlanTab, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr("gui.common.pdf_output.QFileDialog.getSaveFileName", lambda *a: pytest.fail("nothing to save"))
    sunday = date(2026, 11, 29)
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.go_to(sunday)
    tab.handbook_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "2026-11-29" in shown[0]
    assert tab.handbook_button.isEnabled()
