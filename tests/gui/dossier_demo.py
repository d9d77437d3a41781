"""What the tests on the demo workspace share besides their fixtures (those live in tests/gui/conftest.py):
the demo's today, and how a widget that used the task runner is let go."""
from __future__ import annotations

import gc
from datetime import date

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

from gui.workers import TaskRunner

TODAY = date(2026, 11, 27)


def dispose(widget: QWidget, runner: TaskRunner) -> None:
    """Let the worker finish, deliver its answers, then delete the widget here on the GUI thread.

    Left to the garbage collector, a widget caught in a reference cycle may be collected on the
    worker's thread the next time a task allocates there, and Qt widgets must die on the GUI thread."""
    while True:
        runner.wait()
        QApplication.processEvents()
        if not runner.busy:
            break
    widget.close()
    shiboken6.delete(widget)
    gc.collect()
