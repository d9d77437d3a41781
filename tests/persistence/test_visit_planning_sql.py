"""The visit planning use cases on a real SQLite workspace: the same tests as on the fake unit of work
(tests/domain/test_visit_planning.py), with `uow` a SQL unit of work; plus the SQL-only checks."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from domain.demo.spec import DemoSpec
from domain.ports import UnitOfWork
from domain.services.demo import build_demo
from domain.services.visit_planning import due_customers, get_day_plan
from domain.services.workspace import ensure_defaults
from persistence.workspace import Workspace
from tests.domain.test_visit_planning import *  # noqa: F403 - the shared tests, collected here too


@pytest.fixture
def uow(workspace: Workspace) -> UnitOfWork:  # overrides the fake of the imported tests
    return workspace.uow()


def test_the_due_list_uses_the_visits_index(workspace: Workspace) -> None:
    with workspace.engine.connect() as conn:
        plan = " ".join(r[3] for r in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT v.planned_on FROM visits v WHERE v.customer_id = 1 "
            "AND v.status = 'done' AND v.planned_on <= '2026-11-27' ORDER BY v.planned_on DESC LIMIT 1"
        )))
    assert "ix_visits_customer_date" in plan and "TEMP B-TREE" not in plan


def test_demo_workspace_due_list_and_plans(workspace: Workspace) -> None:
    today = date(2026, 11, 27)
    ensure_defaults(workspace.uow())
    build_demo(workspace.uow(), DemoSpec(customers=30, months=2, today=today))
    rows = due_customers(workspace.uow(), today)
    assert 20 <= len(rows) <= 30  # the active ones
    plan = get_day_plan(workspace.uow(), today)
    assert plan.stops and all(s.status == "planned" for s in plan.stops)
    planned = {r.customer_id for r in rows if r.planned_here}
    assert planned == set(plan.customer_ids)
    assert all(r.next_planned == today for r in rows if r.planned_here)
    assert any(r.last_done is not None for r in rows)
