"""Database work off the GUI thread, one task at a time, results delivered back by signal."""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from domain.failures import log_failure

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], bool]


class _Signals(QObject):
    finished = Signal(object, object)  # task, result
    failed = Signal(object, object)  # task, exception
    progressed = Signal(int, int)


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self.fn = fn
        self.with_progress = with_progress
        self.signals = _Signals()
        self.cancelled = False
        self.setAutoDelete(False)  # the runner keeps it until its signal has been handled

    def report(self, done: int, total: int) -> bool:
        self.signals.progressed.emit(done, total)
        return not self.cancelled

    def run(self) -> None:
        try:
            result = self.fn(self.report) if self.with_progress else self.fn()
        except BaseException as exc:  # delivered to the GUI thread, which decides what to show
            log_failure(log, "background task", exc)
            self._deliver(self.signals.failed, exc)
        else:
            self._deliver(self.signals.finished, result)

    def _deliver(self, signal: Any, payload: object) -> None:
        try:
            signal.emit(self, payload)
        except RuntimeError:
            # the window closed while this ran, taking the receiver with it: nobody is left to tell
            log.info("background task finished after its window closed")


class TaskHandle:
    def __init__(self, task: _Task) -> None:
        self._task = task
        self.progressed = task.signals.progressed

    def cancel(self) -> None:
        self._task.cancelled = True


def _receiver_gone(callback: Callable[..., Any]) -> bool:
    """A widget's method whose widget was deleted while the task ran (its page closed): nobody to show
    the result to, and calling it would only raise."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


class TaskRunner(QObject):
    """Runs callables on one background thread: SQLite has one writer, so DB work is serialised."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._callbacks: dict[_Task, tuple[Callable[[Any], None] | None, Callable[[BaseException], None] | None]] = {}

    def submit(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        with_progress: bool = False,
    ) -> TaskHandle:
        task = _Task(fn, with_progress)
        self._callbacks[task] = (on_done, on_error)
        # bound methods of this GUI-thread object: Qt queues the calls onto the GUI thread
        task.signals.finished.connect(self._on_finished)
        task.signals.failed.connect(self._on_failed)
        self._pool.start(task)
        return TaskHandle(task)

    def _on_finished(self, task: _Task, result: Any) -> None:
        on_done, _ = self._callbacks.pop(task, (None, None))
        if on_done is not None and not _receiver_gone(on_done):
            on_done(result)

    def _on_failed(self, task: _Task, exc: BaseException) -> None:
        _, on_error = self._callbacks.pop(task, (None, None))
        if on_error is not None and _receiver_gone(on_error):
            return
        if on_error is None:
            raise exc  # reaches the global exception hook: logged and shown
        on_error(exc)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
