"""Salons on a real SQLite file give the same answers as the in-memory fake: the same territory
(tests/domain/salons/territory.py) screened with the same criteria, the same steps taken, the same
invitees, stages, follow-ups and funnel read back; events with their times, budget, products and
materials round-trip."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from decimal import Decimal

import pytest

from domain.ports import UnitOfWork
from domain.salons.model import Channel, Event, EventKind, Material, Outcome, Reply
from domain.salons.screening import Criteria
from domain.services import salon_steps as steps
from domain.services import salons
from domain.services.workspace import ensure_defaults
from persistence.workspace import Workspace
from tests.domain.fakes import FakeUnitOfWork
from tests.domain.salons.territory import TODAY, Territory, build

DAY = date(2026, 12, 24)
CRITERIA = [
    Criteria(),
    Criteria(follow_tier_plans=False),
    Criteria(segments=frozenset({"城区", "乡镇"}), lacking_featured=True),
    Criteria(grade_min=10, grade_max=21, follow_tier_plans=False),
    Criteria(value_tiers=frozenset({"key", "at_risk"}), routes=frozenset({"二线"})),
    Criteria(tags=frozenset({"夫妻店", "烟酒店"}), not_visited_days=30),
    Criteria(stars=frozenset({2, 3}), attended_before=False, follow_tier_plans=False),
    Criteria(attended_before=True),
]


def _both(workspace: Workspace) -> list[tuple[UnitOfWork, Territory]]:
    ensure_defaults(workspace.uow())
    fake = FakeUnitOfWork()
    ensure_defaults(fake)
    return [(fake, build(fake)), (workspace.uow(), build(workspace.uow()))]


def _shape(result: salons.Screening, t: Territory) -> tuple[object, ...]:
    by_id = {v: k for k, v in t.shops.items()}
    return (sorted(by_id[f.customer_id] for f in result.chosen), result.left_out_do_not_invite,
            result.left_out_tier_plan, result.over_capacity)


@pytest.mark.parametrize("criteria", CRITERIA)
def test_screening_on_sqlite_chooses_what_the_fake_chooses(workspace: Workspace, criteria: Criteria) -> None:
    (fake, t_fake), (sql, t_sql) = _both(workspace)
    assert _shape(salons.screen_shops(sql, t_sql.tasting, criteria, TODAY), t_sql) == \
        _shape(salons.screen_shops(fake, t_fake.tasting, criteria, TODAY), t_fake)


def _run_the_tasting(uow: UnitOfWork, t: Territory) -> list[tuple[object, ...]]:
    chosen = salons.screen_shops(uow, t.tasting, Criteria(segments=frozenset({"城区", "乡镇"}),
                                                          lacking_featured=True), TODAY).chosen
    salons.save_target_list(uow, t.tasting, [f.customer_id for f in chosen])
    ids = {i.shop: i.invitation.id or 0 for i in salons.event_with_invitees(uow, t.tasting).invitees}
    steps.invite(uow, [ids["乙店"], ids["丙店"], ids["辛店"]], Channel.VISIT, TODAY)
    steps.record_reply(uow, [ids["乙店"], ids["丙店"]], Reply.CONFIRMED, TODAY + timedelta(days=2))
    steps.record_reply(uow, [ids["辛店"]], Reply.DECLINED, TODAY + timedelta(days=2), "外出")
    steps.record_attendance(uow, [ids["乙店"]], True, DAY)
    steps.record_attendance(uow, [ids["丙店"]], False, DAY)
    walk = steps.add_walk_in(uow, t.tasting, t.shops["甲店"], DAY)
    steps.record_outcome(uow, [ids["乙店"]], Outcome.LISTED, "上架", interested=True)
    steps.record_seating(uow, ids["乙店"], " 甲店 ")
    steps.record_attendance(uow, [ids["丙店"]], False, DAY)  # again: no second follow-up
    assert walk.walk_in
    seen = salons.event_with_invitees(uow, t.tasting).invitees
    return [(i.shop, i.owner, i.segment, i.value_tier, i.invitation.stage, i.invitation.follow_up.value,
             i.invitation.outcome.value, i.invitation.seated_with, i.invitation.reply_reason) for i in seen]


def test_the_same_steps_read_back_the_same_on_sqlite_and_the_fake(workspace: Workspace) -> None:
    (fake, t_fake), (sql, t_sql) = _both(workspace)
    on_fake, on_sql = _run_the_tasting(fake, t_fake), _run_the_tasting(sql, t_sql)
    assert sorted(on_sql) == sorted(on_fake)
    assert ("丙店", "张三", "乡镇", "at_risk", "absent", "pending", "none", "", "") in on_sql
    funnels = [next(s for s in salons.list_events(u, TODAY) if s.event.id == t.tasting).funnel
               for u, t in ((fake, t_fake), (sql, t_sql))]
    assert funnels[0] == funnels[1]
    with sql:  # the 拜访 ▸ 跟进 list shows them, with no visit behind them
        due = [f for f in sql.visit_queries.follow_up_items() if f.text.startswith("沙龙回访")]
    assert sorted(f.customer_id for f in due) == sorted([t_sql.shops["乙店"], t_sql.shops["丙店"]])


def test_an_event_round_trips_with_its_times_budget_products_and_materials(workspace: Workspace) -> None:
    ensure_defaults(workspace.uow())
    event = Event("陈列培训", EventKind.TRAINING, date(2027, 1, 12), time(9, 0), time(11, 30), "会议室", 20,
                  Decimal("860.50"), (), (Material("价签样板", "小王", True), Material("投影仪")), "带样板",
                  follow_up_days=5)
    saved = salons.save_event(workspace.uow(), event)
    assert salons.event_with_invitees(workspace.uow(), saved.id or 0).event == saved
    changed = salons.save_event(workspace.uow(), replace(saved, feedback="样板不够", materials=()))
    assert salons.event_with_invitees(workspace.uow(), saved.id or 0).event == changed
