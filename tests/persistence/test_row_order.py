"""Row order is a rule, not luck: with SQLite told to return unordered results in reverse
(PRAGMA reverse_unordered_selects), every analysis whose rule reads rows in order still comes out
the same, because every such query says ORDER BY."""
from __future__ import annotations

import pytest
from sqlalchemy import event

from domain.services.workspace import ensure_defaults
from persistence.workspace import Workspace
from tests.domain.test_analysis_services import (
    check_declining,
    check_inflation,
    check_tiny_territory,
    check_worked_example,
)


@pytest.fixture
def reversed_ws(workspace: Workspace) -> Workspace:
    ensure_defaults(workspace.uow())
    workspace.engine.dispose()  # the pragma is set on each new connection

    @event.listens_for(workspace.engine, "connect")
    def _reverse(dbapi_connection, _record) -> None:
        dbapi_connection.execute("PRAGMA reverse_unordered_selects = ON")

    return workspace


def test_the_pragma_is_on(reversed_ws: Workspace) -> None:
    with reversed_ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA reverse_unordered_selects").scalar_one() == 1


def test_demand_inflation_runs_read_in_date_order(reversed_ws: Workspace) -> None:
    check_inflation(reversed_ws.uow())


def test_declining_customers_in_any_row_order(reversed_ws: Workspace) -> None:
    check_declining(reversed_ws.uow())


def test_the_tiny_territory_in_any_row_order(reversed_ws: Workspace) -> None:
    check_tiny_territory(reversed_ws.uow())


def test_the_worked_example_in_any_row_order(reversed_ws: Workspace) -> None:
    check_worked_example(reversed_ws.uow())


def test_the_order_runs_are_read_with_an_order_by() -> None:
    """A GROUP BY alone gives no order (PostgreSQL hashes it): the inflation rule reads each pair's
    orders oldest first, so the query must say so."""
    import re

    from persistence import analysis_queries

    sql = " ".join(analysis_queries._ORDERS.split())
    assert re.search(r"ORDER BY cand\.c, cand\.p, l\.order_date\s*$", sql), sql
