"""A small demo workspace for the dossier tab tests, built once per session and copied for each test.

Import the fixtures into a test module: `from tests.gui.dossier_demo import demo_ctx, demo_file, runner,
worked_example_id  # noqa: F401`."""
from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

import main
from domain.demo.generator import DemoSpec
from domain.demo.worked_example import LICENSE_NO
from domain.services.demo import build_demo
from gui.context import AppContext
from gui.workers import TaskRunner

TODAY = date(2026, 11, 27)
_built: dict[str, Path] = {}


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if "demo" not in _built:
        folder = tmp_path_factory.mktemp("dossier_demo")
        ctx = main.open_context(folder / "demo.db", None, folder, folder / "demo.log")
        build_demo(ctx.uow(), DemoSpec(customers=30, months=4, today=TODAY))
        ctx.close()
        _built["demo"] = folder / "demo.db"
    return _built["demo"]


@pytest.fixture
def demo_ctx(demo_file: Path, tmp_path: Path) -> Iterator[AppContext]:
    for suffix in ("", "-wal", "-shm"):
        source = demo_file.with_name(demo_file.name + suffix)
        if source.exists():
            shutil.copy(source, tmp_path / f"w.db{suffix}")
    ctx = main.open_context(tmp_path / "w.db", None, tmp_path, tmp_path / "fieldbook.log")
    ctx.today = lambda: TODAY
    yield ctx
    ctx.close()


@pytest.fixture
def runner(demo_ctx: AppContext) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait()


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


@pytest.fixture
def worked_example_id(demo_ctx: AppContext) -> int:
    with demo_ctx.uow() as uow:
        customer = uow.customers.get_by_license(LICENSE_NO)
    assert customer is not None and customer.id is not None
    return customer.id
