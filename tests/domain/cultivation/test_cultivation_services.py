"""The cultivation services on the in-memory workspace (the 黄鹤楼 territory): the funnel moved by the
orders and the visits, the reorder rate, the volume, the proposal, saving, closing, and what the visit
handbook pushes at each shop."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from domain.cultivation.fit import FitFilter, ProductRationed
from domain.cultivation.model import CultivationPlan, Stage
from domain.model.sales import SalesLine
from domain.model.visits import InventoryCount, Visit, VisitStatus
from domain.services import cultivation as cv
from domain.validation import ValidationFailed
from tests.domain.cultivation.territory import START, TODAY, Territory, build
from tests.domain.fakes import FakeUnitOfWork


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def t(uow: FakeUnitOfWork) -> Territory:
    return build(uow)


def _stages(uow: FakeUnitOfWork, t: Territory) -> dict[str, Stage]:
    by_id = {v: k for k, v in t.shops.items()}
    return {by_id[x.row.target.customer_id]: x.progress.stage for x in cv.plan_detail(uow, t.plan, TODAY).targets}


def test_each_target_shop_stands_where_its_orders_and_visits_put_it(uow: FakeUnitOfWork, t: Territory) -> None:
    assert _stages(uow, t) == {"甲店": Stage.STEADY, "乙店": Stage.REORDERED, "丙店": Stage.MOVING,
                               "丁店": Stage.LISTED, "戊店": Stage.RECOMMENDED}


def test_the_funnel_reorder_rate_and_volume(uow: FakeUnitOfWork, t: Territory) -> None:
    s = cv.plan_detail(uow, t.plan, TODAY).summary
    assert s.funnel.at == (1, 1, 1, 1, 1)
    assert s.listed == 4 and s.funnel.reached(Stage.REORDERED) == 2
    assert s.funnel.reorder_rate == Decimal(50)
    # November, the last complete month: 甲 2, 乙 2, 丙 1, 丁 1; 甲's September carton came before the plan
    assert (s.month, s.month_cartons, s.total_cartons) == (date(2026, 11, 1), 6, 13)
    assert [p.plan.id for p in cv.list_plans(uow, TODAY)] == [t.plan]


def test_an_order_imported_later_moves_the_shop_on(uow: FakeUnitOfWork, t: Territory) -> None:
    with uow:
        uow.sales.add_lines([SalesLine(date(2026, 12, 3), t.shops["丁店"], t.products["HHL"], 2, 2,
                                       Decimal(200), Decimal(400))])
        uow.commit()
    assert _stages(uow, t)["丁店"] is Stage.REORDERED


def test_a_done_visit_s_stock_count_moves_the_shop_on(uow: FakeUnitOfWork, t: Territory) -> None:
    with uow:
        uow.visits.add(Visit(t.shops["丁店"], date(2026, 12, 4), VisitStatus.DONE,
                             inventory=[InventoryCount(t.products["HHL"], 0)]))
        uow.commit()
    assert _stages(uow, t)["丁店"] is Stage.MOVING


def test_the_proposal_passes_over_listing_cheap_and_archived_shops(uow: FakeUnitOfWork, t: Territory) -> None:
    p = cv.propose_shops(uow, t.products["HHL"], FitFilter(), TODAY)
    assert [r.shop for r in p.rows] == ["壬店", "戊店"]  # 甲乙丙丁己 list it, 辛 sells 五类, 庚 archived
    assert all(r.ticked for r in p.rows) and p.left_out_listing == 5
    routes = cv.propose_shops(uow, t.products["HHL"], FitFilter(routes=frozenset({"二线"})), TODAY)
    assert [r.shop for r in routes.rows] == ["壬店"]


def test_the_proposal_keeps_the_plan_s_shops_and_those_added_by_hand(uow: FakeUnitOfWork, t: Territory) -> None:
    p = cv.propose_shops(uow, t.products["HHL"], FitFilter(routes=frozenset({"三线"})), TODAY, plan_id=t.plan,
                         hand_added=[t.shops["辛店"]])
    assert {r.shop for r in p.rows[:5]} == {"甲店", "乙店", "丙店", "丁店", "戊店"}  # the plan's, first
    assert p.rows[5].shop == "辛店" and p.rows[5].by_hand  # added by hand, though it does not fit
    assert all(r.ticked for r in p.rows)
    assert {r.shop for r in p.rows if r.by_hand} == {"戊店", "辛店"}


def test_a_rationed_product_gets_no_proposal_and_no_plan(uow: FakeUnitOfWork, t: Territory) -> None:
    with pytest.raises(ProductRationed):
        cv.propose_shops(uow, t.products["ZH"], FitFilter(), TODAY)
    with pytest.raises(ProductRationed):
        cv.save_plan(uow, CultivationPlan(t.products["ZH"], TODAY), [t.shops["壬店"]], TODAY)
    assert not any(p.product_id == t.products["ZH"] for p in FakeUnitOfWork(uow.store).store.table(
        "cultivation_plans").values())


def test_saving_a_new_plan_and_editing_its_shops(uow: FakeUnitOfWork, t: Territory) -> None:
    plan = cv.save_plan(uow, CultivationPlan(t.products["YX"], TODAY, target_shops=3), [t.shops["辛店"]], TODAY,
                        by_hand=[t.shops["辛店"]])
    assert plan.id is not None
    cv.save_plan(uow, replace(plan, note="加壬店"), [t.shops["辛店"], t.shops["壬店"]], date(2026, 12, 9))
    rows = {r.row.shop: r.row.target for r in cv.plan_detail(uow, plan.id, TODAY).targets}
    assert rows["辛店"].by_hand and rows["辛店"].added_on == TODAY  # kept as it was added
    assert not rows["壬店"].by_hand and rows["壬店"].added_on == date(2026, 12, 9)
    assert cv.plan_shop_ids(uow, plan.id) == {t.shops["辛店"], t.shops["壬店"]}


def test_a_second_open_plan_of_a_product_is_refused_a_closed_one_is_not(uow: FakeUnitOfWork, t: Territory) -> None:
    with pytest.raises(cv.PlanAlreadyOpen):
        cv.save_plan(uow, CultivationPlan(t.products["HHL"], TODAY), [], TODAY)
    cv.set_closed(uow, t.plan, True)
    assert cv.save_plan(uow, CultivationPlan(t.products["HHL"], TODAY), [], TODAY).id is not None
    assert [s.plan.closed for s in cv.list_plans(uow, TODAY)] == [False, True]  # open first


def test_field_problems_are_refused_at_once(uow: FakeUnitOfWork, t: Territory) -> None:
    bad = CultivationPlan(t.products["YX"], TODAY, target_shops=0, target_cartons=-1, target_by=START)
    with pytest.raises(ValidationFailed) as err:
        cv.save_plan(uow, bad, [], TODAY)
    assert {e.field for e in err.value.errors} == {"target_shops", "target_cartons", "target_by"}
    assert not uow.committed or len(uow.store.table("cultivation_plans")) == 1


def test_the_report_finds_the_plan_by_product_code(uow: FakeUnitOfWork, t: Territory) -> None:
    plan_id, name = cv.plan_of_product(uow, " HHL ")
    assert plan_id == t.plan and cv.plan_detail(uow, plan_id, TODAY).summary.product.name == name
    with pytest.raises(cv.UnknownProduct):
        cv.plan_of_product(uow, "NOPE")
    with pytest.raises(cv.NoCultivationPlan):
        cv.plan_of_product(uow, "HT")


def test_the_handbook_pushes_open_plans_not_yet_steady_rationed_left_out(uow: FakeUnitOfWork, t: Territory) -> None:
    ids = [t.shops[n] for n in ("甲店", "丙店", "戊店", "壬店")]
    found = cv.cultivation_products_for(uow, ids, TODAY)
    assert set(found) == set(ids)
    assert found[t.shops["甲店"]] == []  # steady: nothing left to push
    assert found[t.shops["壬店"]] == []  # not a target
    pushed = found[t.shops["丙店"]]
    assert [(p.product.code, p.stage) for p in pushed] == [("HHL", Stage.MOVING)]
    assert pushed[0].fit is not None and pushed[0].fit.score > 90
    with uow:  # a product that became rationed is not pushed any more
        hhl = uow.products.get(t.products["HHL"])
        assert hhl is not None
        uow.products.update(replace(hhl, is_scarce=True))
        uow.commit()
    assert cv.cultivation_products_for(uow, ids, TODAY)[t.shops["戊店"]] == []
    cv.set_closed(uow, t.plan, True)
    assert cv.cultivation_products_for(uow, [], TODAY) == {}


def test_a_salon_screening_can_start_from_a_plan_s_shops(uow: FakeUnitOfWork, t: Territory) -> None:
    from domain.errors import NotFound
    from domain.salons.model import Event, EventKind
    from domain.salons.screening import Criteria
    from domain.services import salons

    with uow:
        tasting = uow.salons.add_event(Event("黄鹤楼品鉴会", EventKind.TASTING, date(2026, 12, 20)))
        uow.commit()
    everyone = salons.screen_shops(uow, tasting, Criteria(follow_tier_plans=False), TODAY)
    from_plan = salons.screen_shops(uow, tasting, Criteria(follow_tier_plans=False, cultivation_plan=t.plan), TODAY)
    assert {s.customer_id for s in from_plan.chosen} == cv.plan_shop_ids(uow, t.plan)
    assert len(everyone.chosen) > len(from_plan.chosen)
    town = salons.screen_shops(uow, tasting, Criteria(segments=frozenset({"乡镇"}), follow_tier_plans=False,
                                                     cultivation_plan=t.plan), TODAY)
    assert [s.shop for s in town.chosen] == ["丁店"]  # the other criteria still apply
    with pytest.raises(NotFound):
        salons.screen_shops(uow, tasting, Criteria(cultivation_plan=999), TODAY)


def test_the_handbook_shape_of_the_pushes_and_the_leaflets(uow: FakeUnitOfWork, t: Territory) -> None:
    ids = [t.shops[n] for n in ("甲店", "乙店", "丁店")]
    pushes = cv.handbook_pushes(uow, ids, TODAY)
    assert pushes[t.shops["甲店"]] == ()
    (push,) = pushes[t.shops["乙店"]]
    assert (push.product_id, push.name, push.stage) == (t.products["HHL"], "黄鹤楼(硬峡谷情)", "复购")
    assert push.note.startswith("匹配度 ")
    assert pushes[t.shops["丁店"]][0].stage == "上柜"
    assert cv.handbook_leaflets(pushes) == ("黄鹤楼(硬峡谷情)",)
