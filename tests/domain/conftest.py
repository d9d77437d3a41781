"""Domain fixtures: the in-memory unit of work the services run on (no database)."""
from __future__ import annotations

import pytest

from tests.domain.fakes import FakeUnitOfWork


@pytest.fixture
def uow() -> FakeUnitOfWork:
    """An empty in-memory workspace; a test module that needs one stocked defines its own `uow`."""
    return FakeUnitOfWork()
