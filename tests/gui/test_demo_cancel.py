"""Cancelling the first-run demo build: the build stops and the workspace is left without demo data."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

import main
from domain.demo.generator import DemoSpec
from domain.services.demo import build_demo
from gui.main_window import MainWindow


def test_cancel_stops_the_demo_build_and_leaves_no_data(qtbot, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = main.open_context(tmp_path / "demo.db", None, tmp_path, tmp_path / "fieldbook.log", is_demo=True, create=True)
    ctx.today = lambda: date(2026, 11, 27)
    calls: list[int] = []
    answers: list[bool] = []

    def small_demo(c, progress):
        def watched(done: int, total: int) -> bool:
            calls.append(done)
            answer = progress(done, total)
            answers.append(answer)
            return answer
        return build_demo(c.uow(), DemoSpec(customers=200, months=12, today=c.today()), watched)

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(str(a[-1])))
    window = MainWindow(ctx, main.RESOURCES / "icons", demo_builder=small_demo,
                        settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.build_demo_if_needed()
    dialog = window.findChild(QProgressDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: len(calls) >= 2, timeout=20000)
    button = dialog.findChild(QPushButton)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the user's 取消, not the slot
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30000)
    window.runner.wait()
    assert False in answers, "the build was never told to stop"
    assert answers.index(False) == len(answers) - 1, "the build went on after it was told to stop"
    with ctx.uow() as uow:
        assert uow.customers.count() == 0 and uow.products.list() == []
    assert ctx.needs_demo_data
    assert warnings == []  # a cancel the user chose is not an error
    assert "cancel" in window.statusBar().currentMessage().lower()
    ctx.close()
