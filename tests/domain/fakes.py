"""An in-memory unit of work for service tests (cosmicpython's FakeUnitOfWork, with real rollback).

The committed state lives in a `FakeStore`. Entering the unit of work copies it; `commit()` makes
the copy the new state; leaving without commit throws the copy away, as the SQL unit of work does.
Repositories hand out copies, so changing a returned object changes nothing until `update()`.
"""
from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from types import TracebackType
from typing import Any, Self

from domain.model.care import Event, Invitation, Reminder
from domain.model.customers import Customer, GradeAssignment, Segment, ValueTierAssignment
from domain.model.evaluations import ImprovementPlan, StarCriterion, StarEvaluation, SwotAnalysis
from domain.model.products import Product
from domain.model.sales import ImportBatch, SalesLine
from domain.model.settings import WorkspaceSettings
from domain.model.visits import DayPlan, FollowUp, Visit
from domain.read_models import WorkspaceOverview


@dataclass
class FakeStore:
    """Everything a workspace holds, by kind: {kind: {id: object}}; plus the plain lists."""

    tables: dict[str, dict[int, Any]] = field(default_factory=dict)
    last_id: dict[str, int] = field(default_factory=dict)
    criteria: list[StarCriterion] = field(default_factory=list)
    settings: WorkspaceSettings | None = None
    sales_lines: list[SalesLine] = field(default_factory=list)
    grade_assignments: list[GradeAssignment] = field(default_factory=list)
    value_tier_assignments: list[ValueTierAssignment] = field(default_factory=list)

    def table(self, kind: str) -> dict[int, Any]:
        return self.tables.setdefault(kind, {})

    def add(self, kind: str, obj: Any) -> int:
        new_id = self.last_id.get(kind, 0) + 1
        self.last_id[kind] = new_id
        obj.id = new_id
        self.table(kind)[new_id] = copy.deepcopy(obj)
        return new_id

    def rows(self, kind: str) -> list[Any]:
        return [copy.deepcopy(o) for o in self.table(kind).values()]


class _Repo:
    def __init__(self, store: FakeStore) -> None:
        self._store = store


class FakeCustomerRepository(_Repo):
    def add(self, customer: Customer) -> int:
        return self._store.add("customers", customer)

    def add_many(self, customers: Sequence[Customer]) -> list[int]:
        return [self.add(c) for c in customers]

    def get(self, customer_id: int) -> Customer | None:
        return copy.deepcopy(self._store.table("customers").get(customer_id))

    def get_by_license(self, license_no: str) -> Customer | None:
        return next((c for c in self._store.rows("customers") if c.license_no == license_no), None)

    def count(self) -> int:
        return len(self._store.table("customers"))

    def add_grade_assignments(self, assignments: Iterable[GradeAssignment]) -> None:
        self._store.grade_assignments.extend(assignments)

    def add_value_tier_assignments(self, assignments: Iterable[ValueTierAssignment]) -> None:
        self._store.value_tier_assignments.extend(assignments)


class FakeSegmentRepository(_Repo):
    def list(self) -> list[Segment]:
        return sorted(self._store.rows("segments"), key=lambda s: (s.sort_order, s.id))

    def add(self, segment: Segment) -> int:
        return self._store.add("segments", segment)

    def update(self, segment: Segment) -> None:
        assert segment.id in self._store.table("segments"), f"no segment {segment.id}"
        self._store.table("segments")[segment.id] = copy.deepcopy(segment)  # type: ignore[index]


class FakeProductRepository(_Repo):
    def add_many(self, products: Sequence[Product]) -> list[int]:
        return [self._store.add("products", p) for p in products]

    def get_by_code(self, code: str) -> Product | None:
        return next((p for p in self._store.rows("products") if p.code == code), None)

    def list(self) -> list[Product]:
        return sorted(self._store.rows("products"), key=lambda p: p.code)


class FakeSalesRepository(_Repo):
    def add_batch(self, batch: ImportBatch) -> int:
        return self._store.add("import_batches", batch)

    def add_lines(self, lines: Iterable[SalesLine]) -> int:
        before = len(self._store.sales_lines)
        self._store.sales_lines.extend(lines)
        return len(self._store.sales_lines) - before

    def set_batch_row_count(self, batch_id: int, row_count: int) -> None:
        self._store.table("import_batches")[batch_id].row_count = row_count


class FakeEvaluationRepository(_Repo):
    def criteria(self) -> list[StarCriterion]:
        return sorted(self._store.criteria, key=lambda c: c.sort_order)

    def set_criteria(self, criteria: Sequence[StarCriterion]) -> None:
        self._store.criteria = list(criteria)

    def add_star_evaluation(self, evaluation: StarEvaluation) -> int:
        return self._store.add("star_evaluations", evaluation)

    def add_swot(self, swot: SwotAnalysis) -> int:
        return self._store.add("swot_analyses", swot)

    def add_plan(self, plan: ImprovementPlan) -> int:
        return self._store.add("improvement_plans", plan)


class FakeVisitRepository(_Repo):
    def add(self, visit: Visit) -> int:
        return self._store.add("visits", visit)

    def add_follow_up(self, follow_up: FollowUp) -> int:
        return self._store.add("follow_ups", follow_up)

    def add_day_plan(self, plan: DayPlan) -> int:
        return self._store.add("day_plans", plan)


class FakeCareRepository(_Repo):
    def add_reminder(self, reminder: Reminder) -> int:
        return self._store.add("reminders", reminder)

    def add_event(self, event: Event) -> int:
        return self._store.add("events", event)

    def add_invitation(self, invitation: Invitation) -> int:
        return self._store.add("invitations", invitation)


class FakeSettingsRepository(_Repo):
    def load(self) -> WorkspaceSettings:
        stored = self._store.settings
        return WorkspaceSettings() if stored is None else replace(stored)

    def save(self, settings: WorkspaceSettings) -> None:
        self._store.settings = replace(settings)


class FakeWorkspaceQueries(_Repo):
    def overview(self, today: date) -> WorkspaceOverview:
        # Counts only: the SQL version (tests/persistence/test_queries.py) owns the month figures.
        customers = self._store.rows("customers")
        return WorkspaceOverview(
            active_customers=sum(c.status.value != "archived" for c in customers),
            archived_customers=sum(c.status.value == "archived" for c in customers),
            products=len(self._store.rows("products")),
            sales_lines=len(self._store.sales_lines),
            visits_done=sum(v.status.value == "done" for v in self._store.rows("visits")),
            open_follow_ups=sum(f.status.value == "open" for f in self._store.rows("follow_ups")),
            latest_month=None,
            previous_month=None,
            segments=(),
            upcoming_reminders=(),
            planned_today=0,
            events_upcoming=0,
        )


class FakeUnitOfWork:
    """Implements domain.ports.UnitOfWork. `commits` counts commit() calls; `committed` says
    whether there was any."""

    def __init__(self, store: FakeStore | None = None) -> None:
        self.store = store if store is not None else FakeStore()
        self.commits = 0
        self.rollbacks = 0
        self._work: FakeStore | None = None

    @property
    def committed(self) -> bool:
        return self.commits > 0

    def __enter__(self) -> Self:
        self._begin()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._work = None  # whatever was not committed is gone

    def commit(self) -> None:
        assert self._work is not None, "commit() outside a `with uow:` block"
        self.store = copy.deepcopy(self._work)
        self.commits += 1

    def rollback(self) -> None:
        assert self._work is not None, "rollback() outside a `with uow:` block"
        self.rollbacks += 1
        self._begin()

    def _begin(self) -> None:
        work = self._work = copy.deepcopy(self.store)
        self.customers = FakeCustomerRepository(work)
        self.segments = FakeSegmentRepository(work)
        self.products = FakeProductRepository(work)
        self.sales = FakeSalesRepository(work)
        self.evaluations = FakeEvaluationRepository(work)
        self.visits = FakeVisitRepository(work)
        self.care = FakeCareRepository(work)
        self.settings = FakeSettingsRepository(work)
        self.queries = FakeWorkspaceQueries(work)
