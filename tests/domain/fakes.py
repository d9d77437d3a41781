"""An in-memory unit of work for service tests (cosmicpython's FakeUnitOfWork, with real rollback).

The committed state lives in a `FakeStore`. Entering the unit of work copies it; `commit()` makes
the copy the new state; leaving without commit throws the copy away, as the SQL unit of work does.
Repositories hand out copies, so changing a returned object changes nothing until `update()`.
"""
from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from domain.importing.table import Cell, RawTable
from domain.model.custom_fields import CustomField
from domain.model.customers import Customer, CustomerStatus, Segment
from domain.model.evaluations import ImprovementPlan, StarCriterion, StarEvaluation, SwotAnalysis
from domain.model.products import Product
from domain.model.sales import BatchStatus, ImportBatch, ImportKind, SalesLine
from domain.model.settings import WorkspaceSettings
from domain.model.visits import DayPlan, FollowUp, Visit
from domain.profit import ProductSales
from domain.read_models import (
    CustomerList,
    CustomerListRow,
    DeletionImpact,
    TimelineEntry,
    WorkspaceOverview,
)
from domain.workbook import SheetTable
from tests.domain.fake_analysis import FakeAnalysisQueries
from tests.domain.fake_care import FakeCareRepository
from tests.domain.fake_cultivation import FakeCultivationRepository
from tests.domain.fake_forecast import FakeForecastAdjustments, FakeForecastQueries
from tests.domain.fake_salons import FakeSalonRepository
from tests.domain.fake_tiers import FakeTierQueries, FakeTierRepository
from tests.domain.fake_visit_plans import FakeDayPlanRepository, FakeVisitPlanQueries
from tests.domain.fake_visit_records import FakeVisitQueries, FakeVisitRecordMethods


@dataclass
class FakeStore:
    """Everything a workspace holds, by kind: {kind: {id: object}}; plus the plain lists."""

    tables: dict[str, dict[int, Any]] = field(default_factory=dict)
    last_id: dict[str, int] = field(default_factory=dict)
    criteria: list[StarCriterion] = field(default_factory=list)
    settings: WorkspaceSettings | None = None
    sales_lines: list[SalesLine] = field(default_factory=list)

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

    def update(self, customer: Customer) -> None:
        assert customer.id in self._store.table("customers"), f"no customer {customer.id}"
        self._store.table("customers")[customer.id] = copy.deepcopy(customer)  # type: ignore[index]

    def set_status(self, customer_id: int, status: CustomerStatus) -> None:
        self._store.table("customers")[customer_id].status = status

    def delete(self, customer_id: int) -> None:
        del self._store.table("customers")[customer_id]

    def get_by_license(self, license_no: str) -> Customer | None:
        return next((c for c in self._store.rows("customers") if c.license_no == license_no), None)

    def get_many_by_license(self, license_nos: Iterable[str]) -> dict[str, Customer]:
        wanted = set(license_nos)
        return {c.license_no: c for c in self._store.rows("customers") if c.license_no in wanted}

    def count(self) -> int:
        return len(self._store.table("customers"))

    def id_keys(self) -> list[tuple[int, str, str]]:
        return [(c.id, c.license_no, c.customer_code) for c in self._store.table("customers").values()]


class FakeSegmentRepository(_Repo):
    def list(self) -> list[Segment]:
        return sorted(self._store.rows("segments"), key=lambda s: (s.sort_order, s.id))

    def add(self, segment: Segment) -> int:
        return self._store.add("segments", segment)

    def update(self, segment: Segment) -> None:
        assert segment.id in self._store.table("segments"), f"no segment {segment.id}"
        self._store.table("segments")[segment.id] = copy.deepcopy(segment)  # type: ignore[index]

    def move_customers(self, from_segment_id: int, to_segment_id: int) -> int:
        moved = [c for c in self._store.table("customers").values() if c.segment_id == from_segment_id]
        for c in moved:
            c.segment_id = to_segment_id
        return len(moved)

    def reassign(self, customer_ids: Sequence[int], segment_id: int | None) -> int:
        customers = self._store.table("customers")
        moved = [customers[i] for i in set(customer_ids) if i in customers and customers[i].segment_id != segment_id]
        for c in moved:
            c.segment_id = segment_id
        return len(moved)


class FakeCustomFieldRepository(_Repo):
    def list(self) -> list[CustomField]:
        return sorted(self._store.rows("custom_fields"), key=lambda f: (f.sort_order, f.id))

    def add(self, custom_field: CustomField) -> int:
        # frozen: the store keeps a copy with its id
        new_id = len(self._store.table("custom_fields")) + 1
        self._store.table("custom_fields")[new_id] = replace(custom_field, id=new_id)  # type: ignore[index]
        return new_id

    def update(self, custom_field: CustomField) -> None:
        assert custom_field.id in self._store.table("custom_fields"), f"no custom field {custom_field.id}"
        self._store.table("custom_fields")[custom_field.id] = custom_field  # type: ignore[index]

    def values(self, field_id: int) -> dict[int, Decimal]:
        return {c.id: c.custom_values[field_id] for c in self._store.table("customers").values()
                if field_id in c.custom_values}


class FakeProductRepository(_Repo):
    def add_many(self, products: Sequence[Product]) -> list[int]:
        return [self._store.add("products", p) for p in products]

    def get_by_code(self, code: str) -> Product | None:
        return next((p for p in self._store.rows("products") if p.code == code), None)

    def get(self, product_id: int) -> Product | None:
        return copy.deepcopy(self._store.table("products").get(product_id))

    def update(self, product: Product) -> None:
        assert product.id in self._store.table("products"), f"no product {product.id}"
        self._store.table("products")[product.id] = copy.deepcopy(product)  # type: ignore[index]

    def list(self) -> list[Product]:
        return sorted(self._store.rows("products"), key=lambda p: p.code)

    def get_many_by_code(self, codes: Iterable[str]) -> dict[str, Product]:
        wanted = set(codes)
        return {p.code: p for p in self._store.rows("products") if p.code in wanted}


class FakeSalesRepository(_Repo):
    def add_batch(self, batch: ImportBatch) -> int:
        return self._store.add("import_batches", batch)

    def add_lines(self, lines: Iterable[SalesLine]) -> int:
        before = len(self._store.sales_lines)
        self._store.sales_lines.extend(lines)
        return len(self._store.sales_lines) - before

    def add_line_values(self, lines: Iterable[tuple[date, int, int, int, int, int, int]], batch_id: int | None) -> int:
        from domain.money import from_fen

        return self.add_lines(
            SalesLine(d, c, p, r, s, from_fen(price), from_fen(amount), batch_id)  # type: ignore[arg-type]
            for d, c, p, r, s, price, amount in lines
        )

    def set_batch_row_count(self, batch_id: int, row_count: int) -> None:
        self._store.table("import_batches")[batch_id].row_count = row_count

    def get_batch(self, batch_id: int) -> ImportBatch | None:
        return copy.deepcopy(self._store.table("import_batches").get(batch_id))

    def list_batches(self) -> list[ImportBatch]:
        return sorted(self._store.rows("import_batches"), key=lambda b: (b.imported_at, b.id), reverse=True)

    def find_batch(self, kind: ImportKind, file_sha256: str) -> ImportBatch | None:
        return next((b for b in sorted(self._store.rows("import_batches"), key=lambda b: b.id)
                     if b.kind == kind and b.file_sha256 == file_sha256 and b.status == BatchStatus.COMMITTED), None)

    def update_batch(self, batch: ImportBatch) -> None:
        assert batch.id in self._store.table("import_batches"), f"no batch {batch.id}"
        self._store.table("import_batches")[batch.id] = copy.deepcopy(batch)  # type: ignore[index]

    def line_keys(self, first: date, last: date) -> Counter[tuple[date, int, int, int, int, int]]:
        from domain.money import to_fen

        return Counter((ln.order_date, ln.customer_id, ln.product_id, ln.requested_qty, ln.supplied_qty,
                        to_fen(ln.amount)) for ln in self._store.sales_lines if first <= ln.order_date <= last)

    def batch_line_months(self, batch_id: int) -> dict[str, int]:
        months = Counter(ln.order_date.isoformat()[:7] for ln in self._store.sales_lines if ln.batch_id == batch_id)
        return dict(sorted(months.items()))

    def delete_batch_lines(self, batch_id: int) -> int:
        before = len(self._store.sales_lines)
        self._store.sales_lines = [ln for ln in self._store.sales_lines if ln.batch_id != batch_id]
        return before - len(self._store.sales_lines)


class FakeEvaluationRepository(_Repo):
    def criteria(self) -> list[StarCriterion]:
        return sorted(self._store.criteria, key=lambda c: c.sort_order)

    def set_criteria(self, criteria: Sequence[StarCriterion]) -> None:
        self._store.criteria = list(criteria)

    def add_star_evaluation(self, evaluation: StarEvaluation) -> int:
        return self._store.add("star_evaluations", evaluation)

    def star_evaluations(self, customer_id: int) -> list[StarEvaluation]:
        return self._of("star_evaluations", customer_id, "evaluated_on")

    def delete_star_evaluation(self, evaluation_id: int) -> None:
        self._store.table("star_evaluations").pop(evaluation_id, None)

    def add_swot(self, swot: SwotAnalysis) -> int:
        return self._store.add("swot_analyses", swot)

    def update_swot(self, swot: SwotAnalysis) -> None:
        self._store.table("swot_analyses")[swot.id] = copy.deepcopy(swot)  # type: ignore[index]

    def swots(self, customer_id: int) -> list[SwotAnalysis]:
        return self._of("swot_analyses", customer_id, "analysed_on")

    def delete_swot(self, swot_id: int) -> None:
        self._store.table("swot_analyses").pop(swot_id, None)

    def add_plan(self, plan: ImprovementPlan) -> int:
        return self._store.add("improvement_plans", plan)

    def update_plan(self, plan: ImprovementPlan) -> None:
        self._store.table("improvement_plans")[plan.id] = copy.deepcopy(plan)  # type: ignore[index]

    def plans(self, customer_id: int) -> list[ImprovementPlan]:
        return self._of("improvement_plans", customer_id, "created_on")

    def delete_plan(self, plan_id: int) -> None:
        self._store.table("improvement_plans").pop(plan_id, None)

    def _of(self, kind: str, customer_id: int, dated: str) -> list[Any]:
        rows = [r for r in self._store.rows(kind) if r.customer_id == customer_id]
        return sorted(rows, key=lambda r: (getattr(r, dated), r.id))


class FakeVisitRepository(FakeVisitRecordMethods, _Repo):
    def add(self, visit: Visit) -> int:
        return self._store.add("visits", visit)

    def add_follow_up(self, follow_up: FollowUp) -> int:
        return self._store.add("follow_ups", follow_up)

    def add_day_plan(self, plan: DayPlan) -> int:
        return self._store.add("day_plans", plan)


class FakeSettingsRepository(_Repo):
    def load(self) -> WorkspaceSettings:
        stored = self._store.settings
        return WorkspaceSettings() if stored is None else replace(stored)

    def save(self, settings: WorkspaceSettings) -> None:
        self._store.settings = replace(settings)


class FakeWorkspaceQueries(FakeAnalysisQueries, FakeVisitPlanQueries, _Repo):
    """Answers from the in-memory store; the SQL versions are tested in tests/persistence."""

    def customer_list(self) -> CustomerList:
        rows = tuple(
            CustomerListRow(
                id=c.id, license_no=c.license_no, name=c.name, owner=c.owner, phone=c.phone,
                route=c.route, segment="", grade=c.grade, star_level=c.star_level,
                integrity_grade=c.integrity_grade, value_tier=c.value_tier.value if c.value_tier else None,
                status=c.status.value, last_visit=None, month_cartons=None, tags=tuple(c.tags),
            )
            for c in self._store.rows("customers")
        )
        return CustomerList(rows, None)

    def customer_timeline(self, customer_id: int) -> list[TimelineEntry]:
        return []

    def deletion_impact(self, customer_id: int) -> DeletionImpact:
        def n(kind: str) -> int:
            return sum(r.customer_id == customer_id for r in self._store.rows(kind))

        return DeletionImpact(
            star_evaluations=n("star_evaluations"), swot_analyses=n("swot_analyses"),
            improvement_plans=n("improvement_plans"), reminders=n("reminders"),
            follow_ups=n("follow_ups"), tags=0, visits=n("visits"),
            sales_lines=sum(ln.customer_id == customer_id for ln in self._store.sales_lines),
            invitations=n("invitations"), day_plan_stops=0,
        )

    def customer_product_sales(self, customer_id: int, start: date, end: date) -> list[ProductSales]:
        products = self._store.table("products")
        return [
            ProductSales(int(products[ln.product_id].price_class), ln.supplied_qty, ln.amount,
                         products[ln.product_id].retail_price)
            for ln in self._store.sales_lines
            if ln.customer_id == customer_id and start <= ln.order_date < end
        ]

    def latest_order_date(self, customer_id: int | None = None) -> date | None:
        dates = [ln.order_date for ln in self._store.sales_lines
                 if customer_id is None or ln.customer_id == customer_id]
        return max(dates, default=None)

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
        self.custom_fields = FakeCustomFieldRepository(work)
        self.products = FakeProductRepository(work)
        self.sales = FakeSalesRepository(work)
        self.evaluations = FakeEvaluationRepository(work)
        self.visits = FakeVisitRepository(work)
        self.day_plans = FakeDayPlanRepository(work)
        self.care = FakeCareRepository(work)
        self.salons = FakeSalonRepository(work)
        self.cultivation = FakeCultivationRepository(work)
        self.settings = FakeSettingsRepository(work)
        self.tiers = FakeTierRepository(work)
        self.tier_queries = FakeTierQueries(work)
        self.queries = FakeWorkspaceQueries(work)
        self.visit_queries = FakeVisitQueries(work)
        self.forecast_queries = FakeForecastQueries(work)
        self.forecast_adjustments = FakeForecastAdjustments(work)


class FakeTabularFiles:
    """Implements domain.ports.TabularFiles in memory: `tables` are what read_table returns by
    path, `written` what write_xlsx was given, `workbooks` what write_workbook was."""

    def __init__(self, tables: dict[Path, RawTable] | None = None) -> None:
        self.tables = dict(tables or {})
        self.written: dict[Path, tuple[list[str], list[list[Cell]]]] = {}
        self.workbooks: dict[Path, list[SheetTable]] = {}  # what write_workbook was given, rows as lists

    def read_table(self, path: Path, encoding: str | None = None, *, large: bool = False) -> RawTable:
        return self.tables[Path(path)]

    def write_xlsx(self, path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
        body = [list(r) for r in rows]
        self.written[Path(path)] = (list(headers), body)
        return len(body)

    def write_workbook(self, path: Path, sheets: Sequence[SheetTable]) -> tuple[int, ...]:
        bodies = [[list(r) for r in s.rows] for s in sheets]
        self.workbooks[Path(path)] = [SheetTable(s.name, list(s.headers), body, list(s.title_lines), list(s.widths))
                                      for s, body in zip(sheets, bodies, strict=True)]
        return tuple(len(body) for body in bodies)


@dataclass
class FakeBackups:
    """The Backups port: records each reason a service asked for, in order; there is no file."""

    taken: list[Any] = field(default_factory=list)

    failed: list[Path] = field(default_factory=list)

    def take(self, reason: Any) -> Path | None:
        self.taken.append(reason)
        return None

    def take_if_changed(self, reason: Any) -> Path | None:
        return self.take(reason)

    def mark_failed(self, backup: Path) -> None:
        self.failed.append(backup)
