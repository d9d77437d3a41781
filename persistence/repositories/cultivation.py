"""Brand cultivation (品牌培育): plans and their target shops; and the facts the stage and fit rules read,
one query each for all the shops asked about. The order and stock points join the targets to their
plan's product and start, so a plan of 500 shops is one indexed scan per kind, not 500 lookups."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import Select, and_, delete, func, insert, select, update
from sqlalchemy.orm import Session

from domain.cultivation.fit import ShopMix
from domain.cultivation.model import CultivationPlan, OrderPoint, StockPoint, TargetShop, TargetShopRow
from persistence.repositories.rows import insert_row
from persistence.tables.catalogue import ProductRow
from persistence.tables.cultivation import CultivationPlanRow, CultivationTargetRow
from persistence.tables.customers import CustomerRow
from persistence.tables.sales import SalesLineRow, SalesMonthRow
from persistence.tables.settings import SegmentRow
from persistence.tables.visits import InventoryCountRow, VisitRow


def _plan(r: CultivationPlanRow) -> CultivationPlan:
    return CultivationPlan(r.product_id, r.started_on, r.target_shops, r.target_cartons, r.target_by, r.note,
                           bool(r.closed), r.id)


def _values(p: CultivationPlan) -> dict[str, object]:
    return dict(product_id=p.product_id, started_on=p.started_on, target_shops=p.target_shops,
                target_cartons=p.target_cartons, target_by=p.target_by, note=p.note, closed=p.closed)


def _ids(ids: Iterable[int] | None) -> list[int] | None:
    """None: no filter; else the ids, once each (a day's handbook shops or one plan's: a short IN list)."""
    return None if ids is None else sorted(set(ids))


class SqlCultivationRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def plans(self) -> list[CultivationPlan]:
        rows = self._s.scalars(select(CultivationPlanRow).order_by(CultivationPlanRow.started_on.desc(),
                                                                   CultivationPlanRow.id.desc()))
        return [_plan(r) for r in rows]

    def get_plan(self, plan_id: int) -> CultivationPlan | None:
        row = self._s.get(CultivationPlanRow, plan_id)
        return None if row is None else _plan(row)

    def add_plan(self, plan: CultivationPlan) -> int:
        return insert_row(self._s, CultivationPlanRow, **_values(plan))

    def update_plan(self, plan: CultivationPlan) -> None:
        self._s.execute(update(CultivationPlanRow).where(CultivationPlanRow.id == plan.id).values(**_values(plan)))

    def targets(self, plan_ids: Iterable[int] | None = None,
                customer_ids: Iterable[int] | None = None) -> list[TargetShopRow]:
        t, c = CultivationTargetRow, CustomerRow
        plans = None if plan_ids is None else sorted(set(plan_ids))
        out: list[TargetShopRow] = []
        shops = _ids(customer_ids)
        q = (select(t.plan_id, t.customer_id, t.added_on, t.by_hand, c.name, c.license_no, SegmentRow.name,
                    c.route, c.search_pinyin)
             .join(c, c.id == t.customer_id).outerjoin(SegmentRow, SegmentRow.id == c.segment_id))
        if plans is not None:
            q = q.where(t.plan_id.in_(plans))
        if shops is not None:
            q = q.where(t.customer_id.in_(shops))
        for pid, cid, added, hand, name, lic, seg, route, pinyin in self._s.execute(q):
            out.append(TargetShopRow(TargetShop(pid, cid, added, bool(hand)), name, lic, seg or "", route, pinyin))
        return sorted(out, key=lambda r: (r.target.plan_id, r.pinyin, r.target.customer_id))

    def set_targets(self, plan_id: int, targets: Sequence[TargetShop]) -> None:
        self._s.execute(delete(CultivationTargetRow).where(CultivationTargetRow.plan_id == plan_id))
        if targets:
            self._s.execute(insert(CultivationTargetRow), [
                dict(plan_id=plan_id, customer_id=x.customer_id, added_on=x.added_on, by_hand=x.by_hand)
                for x in targets])

    def _targeted(self, q: Select[tuple[int, int, date, int]], plan_ids: Iterable[int],
                  shops: list[int] | None) -> Select[tuple[int, int, date, int]]:
        q = q.where(CultivationTargetRow.plan_id.in_(sorted(set(plan_ids))))
        return q if shops is None else q.where(CultivationTargetRow.customer_id.in_(shops))

    def order_points(self, plan_ids: Iterable[int], customer_ids: Iterable[int] | None = None) -> list[OrderPoint]:
        t, p, ln = CultivationTargetRow, CultivationPlanRow, SalesLineRow
        plans = list(plan_ids)
        shops = _ids(customer_ids)
        q = (select(t.plan_id, t.customer_id, ln.order_date, func.sum(ln.supplied_qty))
             .join(p, p.id == t.plan_id)
             .join(ln, and_(ln.customer_id == t.customer_id, ln.product_id == p.product_id,
                            ln.order_date >= p.started_on))
             .group_by(t.plan_id, t.customer_id, ln.order_date))
        q = self._targeted(q, plans, shops)
        return sorted((OrderPoint(pid, cid, on, int(qty)) for pid, cid, on, qty in self._s.execute(q)),
                      key=lambda o: (o.plan_id, o.customer_id, o.on))

    def stock_points(self, plan_ids: Iterable[int], customer_ids: Iterable[int] | None = None) -> list[StockPoint]:
        t, p, v, ic = CultivationTargetRow, CultivationPlanRow, VisitRow, InventoryCountRow
        plans = list(plan_ids)
        shops = _ids(customer_ids)
        q = (select(t.plan_id, t.customer_id, v.planned_on, ic.stock_qty)
             .join(p, p.id == t.plan_id)
             .join(v, and_(v.customer_id == t.customer_id, v.status == "done", v.planned_on >= p.started_on))
             .join(ic, and_(ic.visit_id == v.id, ic.product_id == p.product_id)))
        q = self._targeted(q, plans, shops)
        return sorted((StockPoint(pid, cid, on, stock) for pid, cid, on, stock in self._s.execute(q)),
                      key=lambda s: (s.plan_id, s.customer_id, s.on, s.stock))

    def shop_mixes(self, since: date, product_id: int | None = None,
                   customer_ids: Iterable[int] | None = None) -> list[ShopMix]:
        """From the monthly summaries: `since` is a month's first day, so whole months are summed."""
        m, c = SalesMonthRow, CustomerRow
        out: list[ShopMix] = []
        shops = _ids(customer_ids)
        sums = (select(m.customer_id, ProductRow.price_class, func.sum(m.supplied_qty), func.sum(m.amount_fen))
                .join(ProductRow, ProductRow.id == m.product_id).where(m.month >= since)
                .group_by(m.customer_id, ProductRow.price_class))
        if shops is not None:
            sums = sums.where(m.customer_id.in_(shops))
        classes: dict[int, list[int]] = {}
        amounts: dict[int, int] = {}
        for cid, cls, qty, fen in self._s.execute(sums):
            classes.setdefault(cid, [0, 0, 0, 0, 0])[int(cls) - 1] += int(qty)
            amounts[cid] = amounts.get(cid, 0) + int(fen)
        listing: set[int] = set()
        if product_id is not None:
            q = (select(m.customer_id).where(m.product_id == product_id, m.month >= since, m.supplied_qty > 0)
                 .distinct())
            if shops is not None:
                q = q.where(m.customer_id.in_(shops))
            listing = set(self._s.scalars(q))
        shop_q = (select(c.id, c.name, SegmentRow.name, c.route, c.search_pinyin)
                  .outerjoin(SegmentRow, SegmentRow.id == c.segment_id).where(c.status == "active"))
        if shops is not None:
            shop_q = shop_q.where(c.id.in_(shops))
        for cid, name, seg, route, pinyin in self._s.execute(shop_q):
            cls5 = classes.get(cid, [0, 0, 0, 0, 0])
            out.append(ShopMix(cid, name, seg or "", route, (cls5[0], cls5[1], cls5[2], cls5[3], cls5[4]),
                               amounts.get(cid, 0), cid in listing, pinyin))
        return sorted(out, key=lambda x: (x.pinyin, x.customer_id))
