"""The demand-inflation queries read one customer's orders of one product from its covering index, found by
the planner itself: the SQL names no index (no SQLite-only INDEXED BY), so it stays portable."""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from domain.demo.spec import DemoSpec
from domain.services.demo import build_demo
from domain.services.workspace import ensure_defaults
from persistence.analysis_queries import SqlAnalysisQueries
from persistence.workspace import Workspace

TODAY = date(2026, 11, 27)
INDEX = "ix_sales_lines_customer_product"


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    ensure_defaults(workspace.uow())
    build_demo(workspace.uow(), DemoSpec(customers=30, months=3, today=TODAY))
    return workspace


def _plans(ws: Workspace, monkeypatch: pytest.MonkeyPatch, ask: str) -> list[str]:
    """The query plan of every statement the asked query runs."""
    plans: list[str] = []
    rows = SqlAnalysisQueries._rows

    def explained(self: SqlAnalysisQueries, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        plans.append(" | ".join(str(r[3]) for r in rows(self, "EXPLAIN QUERY PLAN " + sql, params)))
        return rows(self, sql, params)

    monkeypatch.setattr(SqlAnalysisQueries, "_rows", explained)
    with ws.uow() as uow:
        if ask == "short supply":
            uow.queries.short_supply_orders(TODAY, 3)
        else:
            pairs = [(c, p) for c, p in uow.session.execute(text(
                "SELECT DISTINCT customer_id, product_id FROM sales_lines ORDER BY 1, 2 LIMIT 20"))]
            uow.queries.order_history(pairs, TODAY, 8)
    return plans


@pytest.mark.parametrize("ask", ["short supply", "order history"])
def test_order_runs_are_read_from_the_customer_product_index(ws: Workspace, monkeypatch: pytest.MonkeyPatch,
                                                             ask: str) -> None:
    plans = _plans(ws, monkeypatch, ask)
    assert plans, "the query ran no SQL"
    for plan in plans:
        # each order-run search of sales_lines goes through the index; none scans the table
        searches = [step for step in plan.split(" | ") if " l " in f" {step} "]
        assert searches and all(f"COVERING INDEX {INDEX}" in step for step in searches), plan
        assert "SCAN l" not in plan, plan


def test_the_order_runs_sql_names_no_index() -> None:
    from persistence import analysis_queries

    assert "INDEXED BY" not in analysis_queries._ORDERS.upper()
    assert "CROSS JOIN" not in analysis_queries._ORDERS.upper()  # with ON: a syntax error on PostgreSQL
