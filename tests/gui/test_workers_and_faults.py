from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from gui.app import install_fault_dialog
from gui.workers import TaskRunner


def test_results_come_back_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    seen: dict[str, object] = {}

    def work() -> str:
        seen["worker"] = threading.current_thread()
        return "done"

    def on_done(result: str) -> None:
        seen["result"] = result
        seen["callback"] = threading.current_thread()

    runner.submit(work, on_done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=3000)
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()
    assert not runner.busy


def test_progress_and_cancel(qtbot) -> None:
    runner = TaskRunner()
    gate = threading.Event()
    outcome: dict[str, object] = {}

    def work(progress) -> int:
        gate.wait(2)
        for n in range(1, 1000):
            if not progress(n, 1000):
                return n
        return 1000

    handle = runner.submit(work, lambda n: outcome.setdefault("stopped_at", n), with_progress=True)
    handle.cancel()
    gate.set()
    qtbot.waitUntil(lambda: "stopped_at" in outcome, timeout=3000)
    assert outcome["stopped_at"] == 1


def test_errors_reach_the_error_callback(qtbot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []
    runner.submit(lambda: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_unhandled_exception_is_logged_and_shown(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text() + "\n" + box.informativeText()))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_fault_dialog(tmp_path / "fieldbook.log", lambda: None)
    try:
        raise ValueError("broken widget")
    except ValueError:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert shown and "broken widget" in shown[0] and "fieldbook.log" in shown[0]
    assert "broken widget" in caplog.text


def test_a_task_finishing_after_its_window_closed_is_only_logged(qtbot, caplog) -> None:
    import shiboken6

    from gui.workers import _Task

    called: list[object] = []
    task = _Task(lambda: "late", with_progress=False)
    task.signals.finished.connect(called.append)
    shiboken6.delete(task.signals)  # what closing the window does to the receiver side
    with caplog.at_level(logging.INFO, logger="gui.workers"):
        task.run()  # must not raise: a raise here reaches the fault hook off the GUI thread
    assert called == []
    assert "after its window closed" in caplog.text


def test_a_fault_off_the_gui_thread_is_logged_never_shown(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_fault_dialog(tmp_path / "fieldbook.log", lambda: None)

    def fault_in_worker() -> None:
        try:
            raise ValueError("worker fault")
        except ValueError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]

    with caplog.at_level(logging.ERROR):
        worker = threading.Thread(target=fault_in_worker)
        worker.start()
        worker.join(5)
    assert shown == []
    assert "worker fault" in caplog.text and "off the GUI thread" in caplog.text
