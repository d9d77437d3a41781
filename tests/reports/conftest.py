"""Reports fixtures: a demo workspace of the size a test module needs, built once for the module."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest

from domain.demo.generator import DemoSpec
from domain.services.demo import build_demo
from domain.services.workspace import ensure_defaults
from persistence.workspace import Workspace, open_workspace

TODAY = date(2026, 11, 27)  # the demo's today: a Friday, with plans for today and Monday


@pytest.fixture(scope="module")
def open_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[int, int], Workspace]]:
    """open_demo(customers, months): a demo workspace of that size on TODAY, closed after the module."""
    opened: list[Workspace] = []

    def make(customers: int, months: int) -> Workspace:
        ws = open_workspace(tmp_path_factory.mktemp("reports") / "demo.db", create=True)
        ensure_defaults(ws.uow())
        build_demo(ws.uow(), DemoSpec(customers=customers, months=months, today=TODAY))
        opened.append(ws)
        return ws

    yield make
    for ws in opened:
        ws.close()
