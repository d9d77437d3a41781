"""Brand cultivation on a real SQLite file gives the in-memory fake's answers: the same 黄鹤楼 territory
(tests/domain/cultivation/territory.py), the same stages, funnel, volume, proposal and handbook pushes;
plans round-trip; a shop deleted leaves its plans; the stages are read in a fixed number of queries."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import event

from domain.cultivation.fit import FitFilter, ProposalRow
from domain.cultivation.model import CultivationPlan, TargetShop
from domain.model.customers import Customer
from domain.model.visits import InventoryCount, Visit, VisitStatus
from domain.ports import UnitOfWork
from domain.services import cultivation as cv
from domain.services.workspace import ensure_defaults
from persistence.workspace import Workspace
from tests.domain.cultivation.territory import TODAY, Territory, build
from tests.domain.fakes import FakeUnitOfWork


def _both(workspace: Workspace) -> list[tuple[UnitOfWork, Territory]]:
    ensure_defaults(workspace.uow())
    fake = FakeUnitOfWork()
    ensure_defaults(fake)
    return [(fake, build(fake)), (workspace.uow(), build(workspace.uow()))]


def _plain(rows: Sequence[ProposalRow]) -> list[ProposalRow]:
    """By shop, without the pinyin (the fake sorts by the name itself)."""
    out = [replace(r, candidate=replace(r.candidate, shop=replace(r.candidate.shop, pinyin="")))
           if r.candidate else r for r in rows]
    return sorted(out, key=lambda r: r.customer_id)


def _detail(uow: UnitOfWork, t: Territory) -> tuple[object, ...]:
    d = cv.plan_detail(uow, t.plan, TODAY)
    s = d.summary
    shops = sorted((x.row.shop, x.row.segment, x.row.route, x.row.target.by_hand, x.progress) for x in d.targets)
    return s.plan, s.product, s.funnel, s.month, s.month_cartons, s.total_cartons, shops


def test_sqlite_gives_the_fake_s_stages_funnel_and_volume(workspace: Workspace) -> None:
    (fake, ft), (sql, st) = _both(workspace)
    assert _detail(sql, st) == _detail(fake, ft)
    assert [s.funnel for s in cv.list_plans(sql, TODAY)] == [s.funnel for s in cv.list_plans(fake, TODAY)]


def test_sqlite_gives_the_fake_s_proposals(workspace: Workspace) -> None:
    (fake, ft), (sql, st) = _both(workspace)
    for code in ("HHL", "YX", "HT", "JS"):
        for flt in (FitFilter(), FitFilter(segments=frozenset({"乡镇"})), FitFilter(routes=frozenset({"一线", "三线"}))):
            a = cv.propose_shops(fake, ft.products[code], flt, TODAY, ft.plan if code == "HHL" else None,
                                 hand_added=[ft.shops["辛店"]])
            b = cv.propose_shops(sql, st.products[code], flt, TODAY, st.plan if code == "HHL" else None,
                                 hand_added=[st.shops["辛店"]])
            assert _plain(a.rows) == _plain(b.rows)
            assert a.left_out_listing == b.left_out_listing


def test_sqlite_gives_the_fake_s_handbook_pushes(workspace: Workspace) -> None:
    (fake, ft), (sql, st) = _both(workspace)
    ids = sorted(ft.shops.values())

    def pushes(uow: UnitOfWork, shops: list[int]) -> dict[int, list[tuple[object, ...]]]:
        return {c: [(p.product.code, p.plan_id, p.stage, p.fit and (p.fit.score, p.fit.class_share, p.fit.value_gap))
                    for p in found] for c, found in cv.cultivation_products_for(uow, shops, TODAY).items()}

    assert pushes(sql, ids) == pushes(fake, ids)
    assert sum(map(len, pushes(sql, ids).values())) == 4  # 乙 丙 丁 戊: 甲 is steady, the others are no targets
    assert pushes(sql, ids[:2]) == pushes(fake, ids[:2])


def test_a_plan_round_trips_and_its_shops_are_replaced(workspace: Workspace) -> None:
    ensure_defaults(workspace.uow())
    t = build(workspace.uow())
    plan = cv.save_plan(workspace.uow(), CultivationPlan(t.products["YX"], TODAY, 3, 40, date(2027, 6, 30), "试点"),
                        [t.shops["壬店"], t.shops["辛店"]], TODAY, by_hand=[t.shops["辛店"]])
    assert plan.id is not None
    with workspace.uow() as uow:
        assert uow.cultivation.get_plan(plan.id) == plan
    cv.save_plan(workspace.uow(), replace(plan, closed=True), [t.shops["辛店"]], date(2027, 1, 2))
    rows = cv.plan_detail(workspace.uow(), plan.id, TODAY).targets
    assert [(r.row.shop, r.row.target.by_hand, r.row.target.added_on) for r in rows] == [("辛店", True, TODAY)]
    assert cv.list_plans(workspace.uow(), TODAY)[-1].plan.closed


def test_a_deleted_shop_leaves_its_plans(workspace: Workspace) -> None:
    ensure_defaults(workspace.uow())
    t = build(workspace.uow())
    with workspace.uow() as uow:
        new = uow.customers.add(Customer("530102300010", "癸店"))
        uow.cultivation.set_targets(t.plan, [*(r.target for r in uow.cultivation.targets([t.plan])),
                                             TargetShop(t.plan, new, TODAY, True)])
        uow.commit()
    with workspace.uow() as uow:
        uow.customers.delete(new)  # no orders, no visits: it may go
        uow.commit()
    shops = {r.row.shop for r in cv.plan_detail(workspace.uow(), t.plan, TODAY).targets}
    assert shops == {"甲店", "乙店", "丙店", "丁店", "戊店"}


def test_the_stages_of_many_shops_take_the_same_few_queries(workspace: Workspace) -> None:
    ensure_defaults(workspace.uow())
    t = build(workspace.uow())
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    def queries() -> int:
        statements.clear()
        event.listen(workspace.engine, "before_cursor_execute", count)
        try:
            cv.plan_detail(workspace.uow(), t.plan, TODAY)
        finally:
            event.remove(workspace.engine, "before_cursor_execute", count)
        return len(statements)

    few = queries()
    with workspace.uow() as uow:
        targets = [r.target for r in uow.cultivation.targets([t.plan])]
        more = [replace(targets[0], customer_id=c) for c in (t.shops["壬店"], t.shops["辛店"], t.shops["己店"])]
        uow.cultivation.set_targets(t.plan, targets + more)
        for c in (t.shops["壬店"], t.shops["辛店"]):
            uow.visits.add(Visit(c, date(2026, 11, 30), VisitStatus.DONE, inventory=[InventoryCount(t.products["HHL"], 1)]))
        uow.commit()
    assert queries() == few
