"""The cultivation repository of the fake unit of work: plans and targets in the store; the order and
stock points and the shop mixes computed the slow, obvious way from the store's order lines, visits and
products — the answers persistence/repositories/cultivation.py gives."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from domain.cultivation.fit import ShopMix
from domain.cultivation.model import CultivationPlan, OrderPoint, StockPoint, TargetShop, TargetShopRow
from domain.model.customers import CustomerStatus
from domain.model.visits import VisitStatus
from domain.money import to_fen


class FakeCultivationRepository:
    def __init__(self, store: Any) -> None:
        self._store = store

    def _plans(self) -> dict[int, CultivationPlan]:
        return self._store.table("cultivation_plans")  # type: ignore[no-any-return]

    def _targets(self) -> dict[int, list[TargetShop]]:
        return self._store.__dict__.setdefault("cultivation_targets", {})  # type: ignore[no-any-return]

    def plans(self) -> list[CultivationPlan]:
        return sorted(self._plans().values(), key=lambda p: (p.started_on, p.id or 0), reverse=True)

    def get_plan(self, plan_id: int) -> CultivationPlan | None:
        return self._plans().get(plan_id)

    def add_plan(self, plan: CultivationPlan) -> int:
        new_id = int(self._store.last_id.get("cultivation_plans", 0)) + 1
        self._store.last_id["cultivation_plans"] = new_id
        self._plans()[new_id] = replace(plan, id=new_id)
        return new_id

    def update_plan(self, plan: CultivationPlan) -> None:
        assert plan.id in self._plans(), f"no plan {plan.id}"
        self._plans()[plan.id] = plan  # type: ignore[index]

    def targets(self, plan_ids: Iterable[int] | None = None,
                customer_ids: Iterable[int] | None = None) -> list[TargetShopRow]:
        plans = None if plan_ids is None else set(plan_ids)
        shops = None if customer_ids is None else set(customer_ids)
        customers = self._store.table("customers")
        segments = self._store.table("segments")
        out = []
        for pid, targets in self._targets().items():
            if plans is not None and pid not in plans:
                continue
            for t in targets:
                if shops is not None and t.customer_id not in shops:
                    continue
                c = customers[t.customer_id]
                seg = segments.get(c.segment_id)
                out.append(TargetShopRow(t, c.name, c.license_no, seg.name if seg else "", c.route, c.name))
        return sorted(out, key=lambda r: (r.target.plan_id, r.pinyin, r.target.customer_id))

    def set_targets(self, plan_id: int, targets: Sequence[TargetShop]) -> None:
        self._targets()[plan_id] = list(targets)

    def _pairs(self, plan_ids: Iterable[int], customer_ids: Iterable[int] | None) -> dict[tuple[int, int], list[int]]:
        """(customer, product) → the plans that target that shop for that product."""
        shops = None if customer_ids is None else set(customer_ids)
        out: dict[tuple[int, int], list[int]] = {}
        for pid in plan_ids:
            plan = self._plans()[pid]
            for t in self._targets().get(pid, ()):
                if shops is None or t.customer_id in shops:
                    out.setdefault((t.customer_id, plan.product_id), []).append(pid)
        return out

    def order_points(self, plan_ids: Iterable[int], customer_ids: Iterable[int] | None = None) -> list[OrderPoint]:
        pairs = self._pairs(plan_ids, customer_ids)
        sums: dict[tuple[int, int, date], int] = {}
        for ln in self._store.sales_lines:
            for pid in pairs.get((ln.customer_id, ln.product_id), ()):
                if ln.order_date >= self._plans()[pid].started_on:
                    key = (pid, ln.customer_id, ln.order_date)
                    sums[key] = sums.get(key, 0) + ln.supplied_qty
        return [OrderPoint(p, c, d, q) for (p, c, d), q in sorted(sums.items())]

    def stock_points(self, plan_ids: Iterable[int], customer_ids: Iterable[int] | None = None) -> list[StockPoint]:
        pairs = self._pairs(plan_ids, customer_ids)
        out = []
        for v in self._store.table("visits").values():
            if v.status is not VisitStatus.DONE:
                continue
            for count in v.inventory:
                for pid in pairs.get((v.customer_id, count.product_id), ()):
                    if v.planned_on >= self._plans()[pid].started_on:
                        out.append(StockPoint(pid, v.customer_id, v.planned_on, count.stock_qty))
        return sorted(out, key=lambda s: (s.plan_id, s.customer_id, s.on, s.stock))

    def shop_mixes(self, since: date, product_id: int | None = None,
                   customer_ids: Iterable[int] | None = None) -> list[ShopMix]:
        shops = None if customer_ids is None else set(customer_ids)
        products = self._store.table("products")
        classes: dict[int, list[int]] = {}
        amounts: dict[int, int] = {}
        listing: set[int] = set()
        for ln in self._store.sales_lines:
            if ln.order_date < since:
                continue
            per = classes.setdefault(ln.customer_id, [0, 0, 0, 0, 0])
            per[int(products[ln.product_id].price_class) - 1] += ln.supplied_qty
            amounts[ln.customer_id] = amounts.get(ln.customer_id, 0) + to_fen(ln.amount)
            if ln.product_id == product_id and ln.supplied_qty > 0:
                listing.add(ln.customer_id)
        segments = self._store.table("segments")
        out = []
        for cid, c in self._store.table("customers").items():
            if c.status is not CustomerStatus.ACTIVE or (shops is not None and cid not in shops):
                continue
            seg = segments.get(c.segment_id)
            cls = classes.get(cid, [0, 0, 0, 0, 0])
            out.append(ShopMix(cid, c.name, seg.name if seg else "", c.route,
                               (cls[0], cls[1], cls[2], cls[3], cls[4]), amounts.get(cid, 0), cid in listing, c.name))
        return sorted(out, key=lambda m: (m.pinyin, m.customer_id))
