"""Shared fixtures for the persistence tests: real SQLite files in `tmp_path`, closed after use."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from persistence.workspace import Workspace, open_workspace


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "fieldbook.db"


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(db_path, create=True)
    try:
        yield ws
    finally:
        ws.close()
