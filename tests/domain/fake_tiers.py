"""The tier repository and the recompute's queries of the fake unit of work: the same answers as
persistence/repositories/tiers.py and persistence/tier_queries.py, computed the slow, obvious way from
the in-memory store (schemes, batches and assignments in its tables; sums from its order lines)."""
from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from domain.model.customers import CustomerStatus, ValueTier
from domain.money import to_fen
from domain.periods import month_start
from domain.profit import NO_SALES, SalesSums
from domain.tiers.model import (
    GradeSums,
    InForce,
    MonthClasses,
    RecomputeBatch,
    ShopFacts,
    StarStep,
    TierAssignment,
    TierKind,
)
from domain.tiers.schemes import (
    GradeScheme,
    Scheme,
    SchemeKind,
    ValueTierScheme,
    from_dict,
    template,
    to_dict,
)

EPOCH = datetime(2026, 1, 1, tzinfo=UTC)  # the fake has no clock: stored times it must invent


def _kind_of(scheme: Scheme) -> SchemeKind:
    if isinstance(scheme, GradeScheme):
        return SchemeKind.GRADE
    return SchemeKind.VALUE_TIER if isinstance(scheme, ValueTierScheme) else SchemeKind.STAR


class FakeTierRepository:
    """Schemes are kept in their stored form (to_dict), so that a round trip is the real one."""

    def __init__(self, store: Any) -> None:
        self._store = store

    def _versions(self, kind: SchemeKind) -> dict[int, tuple[dict[str, Any], datetime]]:
        return self._store.table(f"tier_schemes:{kind.value}")

    def scheme(self, kind: SchemeKind) -> Scheme:
        versions = self._versions(kind)
        if not versions:
            return template(kind)
        newest = max(versions)
        return from_dict(kind, copy.deepcopy(versions[newest][0]), newest)

    def save_scheme(self, scheme: Scheme) -> int:
        versions = self._versions(_kind_of(scheme))
        version = max(versions, default=0) + 1
        versions[version] = (to_dict(scheme), EPOCH)
        return version

    def scheme_version(self, kind: SchemeKind, version: int) -> Scheme | None:
        if version == 0:
            return template(kind)
        stored = self._versions(kind).get(version)
        return None if stored is None else from_dict(kind, copy.deepcopy(stored[0]), version)

    def scheme_versions(self, kind: SchemeKind) -> list[tuple[int, datetime]]:
        return sorted(((v, when) for v, (_, when) in self._versions(kind).items()), reverse=True)

    def add_batch(self, batch: RecomputeBatch) -> int:
        new_id = self._store.last_id.get("tier_batches", 0) + 1
        self._store.last_id["tier_batches"] = new_id
        self._store.table("tier_batches")[new_id] = replace(batch, id=new_id)
        return int(new_id)

    def get_batch(self, batch_id: int) -> RecomputeBatch | None:
        batch: RecomputeBatch | None = self._store.table("tier_batches").get(batch_id)
        return batch

    def batches(self) -> list[RecomputeBatch]:
        return sorted(self._store.table("tier_batches").values(), key=lambda b: (b.created_at, b.id), reverse=True)

    def mark_batch_undone(self, batch_id: int, when: datetime) -> None:
        table = self._store.table("tier_batches")
        table[batch_id] = replace(table[batch_id], undone_at=when)

    def add_assignments(self, assignments: Iterable[TierAssignment], batch_id: int | None = None,
                        created_at: datetime | None = None) -> None:
        table = self._store.table("tier_assignments")
        for a in assignments:
            if batch_id is not None or created_at is not None:
                a = replace(a, batch_id=batch_id if batch_id is not None else a.batch_id,
                            created_at=created_at or a.created_at)
            new_id = self._store.last_id.get("tier_assignments", 0) + 1
            self._store.last_id["tier_assignments"] = new_id
            table[new_id] = replace(a, month=a.month.replace(day=1), inputs=dict(a.inputs),
                                    created_at=a.created_at or EPOCH, id=new_id)

    def _all(self) -> list[TierAssignment]:
        return sorted(self._store.table("tier_assignments").values(), key=lambda a: a.id)

    def batch_assignments(self, batch_id: int) -> list[TierAssignment]:
        return [a for a in self._all() if a.batch_id == batch_id]

    def delete_batch_assignments(self, batch_id: int) -> int:
        table = self._store.table("tier_assignments")
        gone = [i for i, a in table.items() if a.batch_id == batch_id]
        for i in gone:
            del table[i]
        return len(gone)

    def assignments_of(self, customer_id: int) -> list[TierAssignment]:
        return sorted((a for a in self._all() if a.customer_id == customer_id), key=lambda a: (a.month, a.id))

    def assignments_for(self, kind: TierKind, month: date) -> dict[int, TierAssignment]:
        found: dict[int, TierAssignment] = {}
        for a in sorted(self._all(), key=lambda a: (a.month, a.id)):  # later rows overwrite earlier ones
            if a.kind is kind and a.month <= month:
                found[a.customer_id] = a
        return dict(sorted(found.items()))

    def values_in_force(self, kind: TierKind, month: date) -> dict[int, InForce]:
        return {cid: InForce(a.value, a.pinned) for cid, a in self.assignments_for(kind, month).items()}

    def with_later_rows(self, kind: TierKind, month: date) -> set[int]:
        return {a.customer_id for a in self._all() if a.kind is kind and a.month > month}

    def set_pinned(self, assignment_id: int, pinned: bool) -> None:
        table = self._store.table("tier_assignments")
        table[assignment_id] = replace(table[assignment_id], pinned=pinned)

    def set_current(self, kind: TierKind, values: Mapping[int, str | None]) -> None:
        customers = self._store.table("customers")
        for customer_id, value in values.items():
            c = customers[customer_id]
            if kind is TierKind.GRADE:
                c.grade = None if value is None else int(value)
            else:
                c.value_tier = None if value is None else ValueTier(value)


class FakeTierQueries:
    def __init__(self, store: Any) -> None:
        self._store = store

    def _product(self, product_id: int) -> Any:
        return self._store.table("products")[product_id]

    def _lines_between(self, first: date, last: date) -> Iterable[Any]:
        return (ln for ln in self._store.sales_lines if first <= month_start(ln.order_date) <= last)

    def shop_facts(self) -> list[ShopFacts]:
        return [
            ShopFacts(c.id, c.license_no, c.name, c.market, c.environment.shop_area_m2, c.integrity_grade,
                      c.opened_on, c.segment_id, c.grade, c.value_tier.value if c.value_tier else None)
            for c in sorted(self._store.table("customers").values(), key=lambda c: c.id)
            if c.status is not CustomerStatus.ARCHIVED
        ]

    def grade_sums(self, first: date, last: date, low_tar_max_mg: Decimal) -> dict[int, GradeSums]:
        sums: dict[int, list[int]] = {}
        months: dict[int, set[date]] = {}
        for ln in self._lines_between(first, last):
            tar = self._product(ln.product_id).tar_mg
            s = sums.setdefault(ln.customer_id, [0, 0, 0])
            s[0] += to_fen(ln.amount) or 0
            s[1] += ln.supplied_qty
            s[2] += ln.supplied_qty if tar is not None and tar <= low_tar_max_mg else 0
            if ln.supplied_qty > 0:
                months.setdefault(ln.customer_id, set()).add(month_start(ln.order_date))
        return {c: GradeSums(a, n, low, len(months.get(c, ()))) for c, (a, n, low) in sorted(sums.items())}

    def tier_sums(self, first: date, last: date) -> dict[int, tuple[SalesSums, int]]:
        from tests.domain.fake_analysis import FakeAnalysisQueries

        priced = FakeAnalysisQueries()
        priced._store = self._store
        out: dict[int, SalesSums] = {}
        months: dict[int, set[date]] = {}
        for ln in self._lines_between(first, last):
            out[ln.customer_id] = out.get(ln.customer_id, NO_SALES).plus(priced._sums(ln))
            if ln.supplied_qty > 0:
                months.setdefault(ln.customer_id, set()).add(month_start(ln.order_date))
        return {c: (s, len(months.get(c, ()))) for c, s in sorted(out.items())}

    def first_order_months(self) -> dict[int, date]:
        first: dict[int, date] = {}
        for ln in self._store.sales_lines:
            m = month_start(ln.order_date)
            first[ln.customer_id] = min(first.get(ln.customer_id, m), m)
        return dict(sorted(first.items()))

    def month_classes(self, customer_id: int, month: date) -> MonthClasses:
        cartons = class1 = amount = 0
        for ln in self._store.sales_lines:
            if ln.customer_id == customer_id and month_start(ln.order_date) == month_start(month):
                cartons += ln.supplied_qty
                class1 += ln.supplied_qty if int(self._product(ln.product_id).price_class) == 1 else 0
                amount += to_fen(ln.amount) or 0
        return MonthClasses(cartons, class1, amount)

    def order_months(self) -> list[date]:
        return sorted({month_start(ln.order_date) for ln in self._store.sales_lines})

    def star_steps(self, first: date, after: date) -> list[StarStep]:
        by_shop: dict[int, list[Any]] = {}
        for e in sorted(self._store.rows("star_evaluations"), key=lambda e: (e.evaluated_on, e.id)):
            by_shop.setdefault(e.customer_id, []).append(e)
        steps = []
        for cid, evaluations in sorted(by_shop.items()):
            in_month = [i for i, e in enumerate(evaluations) if first <= e.evaluated_on < after and i > 0]
            if in_month:
                e, p = evaluations[in_month[-1]], evaluations[in_month[-1] - 1]
                steps.append(StarStep(cid, e.evaluated_on, e.star_level, e.total_score,
                                      p.evaluated_on, p.star_level, p.total_score))
        return steps
