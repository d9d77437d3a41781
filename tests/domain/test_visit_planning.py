"""Visit planning use cases (domain/services/visit_planning.py) on the fake unit of work.

tests/persistence/test_visit_planning_sql.py runs these same tests on a real SQLite workspace by
overriding the `uow` fixture, so the fake and the SQL repositories are held to one behaviour.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from domain.errors import NotFound
from domain.model.customers import Customer, CustomerStatus
from domain.model.visits import FollowUp, Visit, VisitStatus, VisitType
from domain.ports import UnitOfWork
from domain.services.visit_planning import (
    EmptyPlan,
    NotPlannable,
    PlanChanged,
    SameDate,
    StopIsMarked,
    TargetHasPlan,
    VisitNotYetDue,
    add_route_due,
    add_to_plan,
    copy_plan,
    delete_plan,
    due_customers,
    get_day_plan,
    mark_stop,
    remove_from_plan,
    reorder_plan,
    stop_visit_id,
)
from domain.services.workspace import ensure_defaults
from domain.visits.due import DueCategory

TODAY = date(2026, 11, 27)  # Friday
TOMORROW = TODAY + timedelta(days=1)
MONDAY = TODAY + timedelta(days=3)


@dataclass
class Territory:
    ids: dict[str, int]  # shop name → customer id


@pytest.fixture
def shops(uow: UnitOfWork) -> Territory:
    """Six shops; last done visits chosen so that each lands in a different category on TODAY."""
    ensure_defaults(uow)
    with uow:
        seg = {s.name: s.id for s in uow.segments.list()}
        specs = [
            # name, route, segment, override, last done visit (days before TODAY), address
            ("北环路烟酒店", "线路一", "城区商圈", None, 10, "北环路12号"),  # weekly: 3 days overdue
            ("兴旺便利店", "线路一", "城区商圈", None, 7, "北环路3号"),  # due today
            ("老街小卖部", "线路二", "公路沿线", None, 12, "老街5号"),  # fortnightly: due Sunday
            ("山村代销点", "线路三", "边远村屯", None, 3, "山村1组"),  # monthly: later
            ("新开超市", "线路二", "乡镇主街", None, None, "新街1号"),  # never visited: due now
            ("加密小店", "线路三", "边远村屯", 7, 9, "山村2组"),  # override weekly: 2 days overdue
        ]
        customers = [
            Customer(f"5301021000{n:02d}", name, route=route, segment_id=seg[segment], visit_every_days=override,
                     address=address, phone=f"1380000{n:04d}")
            for n, (name, route, segment, override, _, address) in enumerate(specs)
        ]
        ids = uow.customers.add_many(customers)
        for cid, (*_, ago, _address) in zip(ids, specs):
            if ago is not None:
                uow.visits.add(Visit(cid, TODAY - timedelta(days=ago), VisitStatus.DONE))
                uow.visits.add(Visit(cid, TODAY - timedelta(days=ago + 7), VisitStatus.DONE))
        gone = uow.customers.add(Customer("530102100099", "已销户", route="线路一", segment_id=seg["城区商圈"],
                                          status=CustomerStatus.ARCHIVED))
        uow.commit()
    return Territory({c.name: i for c, i in zip(customers, ids)} | {"已销户": gone})


def _due(uow: UnitOfWork, on: date = TODAY) -> dict[str, object]:
    return {r.name: r for r in due_customers(uow, TODAY, on)}


# --- the due list ---------------------------------------------------------------------------------


def test_due_list_categories_most_urgent_first(uow: UnitOfWork, shops: Territory) -> None:
    rows = due_customers(uow, TODAY)
    assert [(r.name, r.category, r.days_overdue) for r in rows] == [
        ("北环路烟酒店", DueCategory.OVERDUE, 3),
        ("加密小店", DueCategory.OVERDUE, 2),
        ("新开超市", DueCategory.DUE_TODAY, 0),  # never visited sorts before due today (no due date)
        ("兴旺便利店", DueCategory.DUE_TODAY, 0),
        ("老街小卖部", DueCategory.DUE_THIS_WEEK, 0),
        ("山村代销点", DueCategory.LATER, 0),
    ]
    by_name = {r.name: r for r in rows}
    assert by_name["加密小店"].every_days == 7  # the override beats the segment's 30
    assert by_name["老街小卖部"].next_due == TODAY + timedelta(days=2)
    assert by_name["北环路烟酒店"].days_since == 10
    assert by_name["北环路烟酒店"].segment == "城区商圈"
    assert by_name["新开超市"].last_done is None and by_name["新开超市"].days_since is None
    assert "已销户" not in by_name


def test_due_list_for_another_day_counts_from_that_day(uow: UnitOfWork, shops: Territory) -> None:
    rows = _due(uow, MONDAY)
    assert rows["老街小卖部"].category is DueCategory.OVERDUE  # due Sunday, looked at on Monday
    assert rows["老街小卖部"].days_overdue == 1
    assert rows["山村代销点"].days_since == 6


def test_a_done_visit_after_the_day_looked_at_does_not_count(uow: UnitOfWork, shops: Territory) -> None:
    with uow:
        uow.visits.add(Visit(shops.ids["北环路烟酒店"], TOMORROW, VisitStatus.DONE))
        uow.commit()
    assert _due(uow, TODAY)["北环路烟酒店"].category is DueCategory.OVERDUE
    assert _due(uow, TOMORROW)["北环路烟酒店"].category is DueCategory.LATER


def test_planned_and_missed_visits_do_not_reset_the_clock(uow: UnitOfWork, shops: Territory) -> None:
    with uow:
        uow.visits.add(Visit(shops.ids["北环路烟酒店"], TODAY - timedelta(days=1), VisitStatus.MISSED))
        uow.visits.add(Visit(shops.ids["北环路烟酒店"], TODAY, VisitStatus.PLANNED))
        uow.commit()
    assert _due(uow)["北环路烟酒店"].days_since == 10


def test_a_phone_visit_counts_as_a_visit(uow: UnitOfWork, shops: Territory) -> None:
    with uow:
        uow.visits.add(Visit(shops.ids["山村代销点"], TODAY, VisitStatus.DONE, VisitType.PHONE))
        uow.commit()
    row = _due(uow)["山村代销点"]
    assert (row.last_done, row.last_type, row.next_due) == (TODAY, "phone", TODAY + timedelta(days=30))


# --- planning a day -------------------------------------------------------------------------------


def test_plan_a_day_from_the_due_list(uow: UnitOfWork, shops: Territory) -> None:
    due = [r for r in due_customers(uow, TODAY, TOMORROW) if r.category.is_due]
    view = add_to_plan(uow, TOMORROW, [r.customer_id for r in due])
    assert [s.name for s in view.stops] == [r.name for r in due]
    assert [s.position for s in view.stops] == list(range(1, len(due) + 1))
    assert all(s.status == "planned" and s.visit_id is not None for s in view.stops)
    assert view.route == "线路一、线路三、线路二"
    assert get_day_plan(uow, TOMORROW) == view
    # the planned customers are flagged on the due list of that day, and still due (not visited)
    again = _due(uow, TOMORROW)
    assert all(again[r.name].planned_here for r in due)
    assert not again["山村代销点"].planned_here
    assert _due(uow, TODAY)["北环路烟酒店"].next_planned == TOMORROW
    # each stop has its own planned visit for that date
    with uow:
        statuses = uow.day_plans.visit_statuses([s.visit_id for s in view.stops])  # type: ignore[misc]
    assert set(statuses.values()) == {VisitStatus.PLANNED}


def test_adding_again_keeps_the_first_place(uow: UnitOfWork, shops: Territory) -> None:
    a, b, c = (shops.ids[n] for n in ("北环路烟酒店", "兴旺便利店", "老街小卖部"))
    add_to_plan(uow, TODAY, [a, b])
    view = add_to_plan(uow, TODAY, [c, a, c])
    assert view.customer_ids == [a, b, c]


def test_archived_or_unknown_customers_cannot_be_planned(uow: UnitOfWork, shops: Territory) -> None:
    with pytest.raises(NotPlannable):
        add_to_plan(uow, TODAY, [shops.ids["北环路烟酒店"], shops.ids["已销户"]])
    with pytest.raises(NotFound):
        add_to_plan(uow, TODAY, [9999])
    assert get_day_plan(uow, TODAY).stops == ()  # nothing half-done


def test_add_every_due_customer_of_a_route(uow: UnitOfWork, shops: Territory) -> None:
    view = add_route_due(uow, TODAY, "线路一", TODAY)
    assert [s.name for s in view.stops] == ["兴旺便利店", "北环路烟酒店"]  # by address along the road
    view = add_route_due(uow, TODAY, "线路三", TODAY)
    assert [s.name for s in view.stops][2:] == ["加密小店"]  # 山村代销点 is not due this week


def test_reorder_rewrites_positions_and_keeps_visits(uow: UnitOfWork, shops: Territory) -> None:
    ids = [shops.ids[n] for n in ("北环路烟酒店", "兴旺便利店", "老街小卖部", "新开超市")]
    before = add_to_plan(uow, TODAY, ids)
    visit_of = {s.customer_id: s.visit_id for s in before.stops}
    new_order = [ids[2], ids[0], ids[3], ids[1]]
    view = reorder_plan(uow, TODAY, new_order)
    assert view.customer_ids == new_order
    assert [s.position for s in view.stops] == [1, 2, 3, 4]
    assert {s.customer_id: s.visit_id for s in view.stops} == visit_of
    assert view.route == "线路二、线路一"
    assert get_day_plan(uow, TODAY).customer_ids == new_order


def test_reorder_refuses_an_order_that_is_not_the_plan(uow: UnitOfWork, shops: Territory) -> None:
    ids = [shops.ids[n] for n in ("北环路烟酒店", "兴旺便利店", "老街小卖部")]
    add_to_plan(uow, TODAY, ids)
    for wrong in (ids[:2], ids + [shops.ids["新开超市"]], [ids[0], ids[0], ids[1]]):
        with pytest.raises(PlanChanged):
            reorder_plan(uow, TODAY, wrong)
    assert get_day_plan(uow, TODAY).customer_ids == ids


def test_mark_visited_moves_the_customer_off_the_due_list(uow: UnitOfWork, shops: Territory) -> None:
    a = shops.ids["北环路烟酒店"]
    add_to_plan(uow, TODAY, [a, shops.ids["兴旺便利店"]])
    view = mark_stop(uow, TODAY, a, VisitStatus.DONE, TODAY)
    assert (view.stops[0].status, view.stops[0].visit_type) == ("done", "in_person")
    row = _due(uow)["北环路烟酒店"]
    assert (row.category, row.last_done, row.next_due) == (DueCategory.LATER, TODAY, TODAY + timedelta(days=7))
    assert row.next_planned is None  # visited: no longer waiting on a plan
    view = mark_stop(uow, TODAY, shops.ids["兴旺便利店"], VisitStatus.DONE, TODAY, VisitType.PHONE)
    assert view.stops[1].visit_type == "phone"
    assert _due(uow)["兴旺便利店"].last_type == "phone"


def test_mark_missed_and_back_to_planned(uow: UnitOfWork, shops: Territory) -> None:
    a = shops.ids["北环路烟酒店"]
    add_to_plan(uow, TODAY, [a])
    assert mark_stop(uow, TODAY, a, VisitStatus.MISSED, TODAY).stops[0].status == "missed"
    assert _due(uow)["北环路烟酒店"].category is DueCategory.OVERDUE  # a miss is not a visit
    assert mark_stop(uow, TODAY, a, VisitStatus.PLANNED, TODAY).stops[0].status == "planned"


def test_a_day_to_come_cannot_be_marked_visited(uow: UnitOfWork, shops: Territory) -> None:
    a = shops.ids["北环路烟酒店"]
    add_to_plan(uow, TOMORROW, [a])
    with pytest.raises(VisitNotYetDue):
        mark_stop(uow, TOMORROW, a, VisitStatus.DONE, TODAY)
    with pytest.raises(NotFound):
        mark_stop(uow, TOMORROW, shops.ids["兴旺便利店"], VisitStatus.PLANNED, TODAY)
    with pytest.raises(ValueError):
        mark_stop(uow, TOMORROW, a, VisitStatus.CANCELLED, TODAY)


def test_a_stop_that_lost_its_visit_gets_a_new_one(uow: UnitOfWork, shops: Territory) -> None:
    a = shops.ids["北环路烟酒店"]
    visit_id = add_to_plan(uow, TODAY, [a]).stops[0].visit_id
    with uow:
        uow.day_plans.delete_visits([visit_id])  # type: ignore[list-item]
        uow.commit()
    assert get_day_plan(uow, TODAY).stops[0].visit_id is None
    new_id = stop_visit_id(uow, TODAY, a)  # (SQLite may hand out the deleted id again)
    assert get_day_plan(uow, TODAY).stops[0].visit_id == new_id
    with uow:
        assert uow.day_plans.visit_statuses([new_id]) == {new_id: VisitStatus.PLANNED}
    assert stop_visit_id(uow, TODAY, a) == new_id
    with uow:
        uow.day_plans.delete_visits([new_id])
        uow.commit()
    view = mark_stop(uow, TODAY, a, VisitStatus.DONE, TODAY)
    assert view.stops[0].status == "done" and view.stops[0].visit_id is not None


def test_remove_stops_deletes_their_unrecorded_visits(uow: UnitOfWork, shops: Territory) -> None:
    ids = [shops.ids[n] for n in ("北环路烟酒店", "兴旺便利店", "老街小卖部")]
    before = add_to_plan(uow, TODAY, ids)
    view = remove_from_plan(uow, TODAY, [ids[0]])
    assert view.customer_ids == ids[1:]
    assert [s.position for s in view.stops] == [1, 2]
    assert view.route == "线路一、线路二"
    with uow:
        assert uow.day_plans.visit_statuses([s.visit_id for s in before.stops]) == {  # type: ignore[misc]
            s.visit_id: VisitStatus.PLANNED for s in before.stops[1:]
        }


def test_a_marked_stop_is_not_removed(uow: UnitOfWork, shops: Territory) -> None:
    ids = [shops.ids[n] for n in ("北环路烟酒店", "兴旺便利店")]
    add_to_plan(uow, TODAY, ids)
    mark_stop(uow, TODAY, ids[1], VisitStatus.MISSED, TODAY)
    with pytest.raises(StopIsMarked):
        remove_from_plan(uow, TODAY, ids)
    assert get_day_plan(uow, TODAY).customer_ids == ids


# --- copy and delete ------------------------------------------------------------------------------


def test_copy_a_plan_to_another_date(uow: UnitOfWork, shops: Territory) -> None:
    ids = [shops.ids[n] for n in ("老街小卖部", "北环路烟酒店", "兴旺便利店")]
    source = add_to_plan(uow, TODAY, ids)
    mark_stop(uow, TODAY, ids[0], VisitStatus.DONE, TODAY)
    result = copy_plan(uow, TODAY, MONDAY)
    assert (result.copied, result.already_there, result.not_plannable) == (3, 0, 0)
    assert result.view.customer_ids == ids
    assert all(s.status == "planned" for s in result.view.stops)  # new visits, all planned
    assert not {s.visit_id for s in result.view.stops} & {s.visit_id for s in source.stops}
    assert get_day_plan(uow, TODAY).stops[0].status == "done"  # the source is untouched


def test_copy_onto_a_planned_date_is_refused_unless_merging(uow: UnitOfWork, shops: Territory) -> None:
    a, b, c = (shops.ids[n] for n in ("北环路烟酒店", "兴旺便利店", "老街小卖部"))
    add_to_plan(uow, TODAY, [a, b])
    add_to_plan(uow, MONDAY, [c, a])
    with pytest.raises(TargetHasPlan) as refused:
        copy_plan(uow, TODAY, MONDAY)
    assert refused.value.stops == 2
    result = copy_plan(uow, TODAY, MONDAY, merge=True)
    assert result.view.customer_ids == [c, a, b]
    assert (result.copied, result.already_there) == (1, 1)


def test_copy_leaves_out_customers_archived_since(uow: UnitOfWork, shops: Territory) -> None:
    a, b = shops.ids["北环路烟酒店"], shops.ids["兴旺便利店"]
    add_to_plan(uow, TODAY, [a, b])
    with uow:
        uow.customers.set_status(a, CustomerStatus.SUSPENDED)
        uow.commit()
    result = copy_plan(uow, TODAY, MONDAY)
    assert result.view.customer_ids == [b] and result.not_plannable == 1


def test_copy_needs_a_plan_and_another_date(uow: UnitOfWork, shops: Territory) -> None:
    with pytest.raises(EmptyPlan):
        copy_plan(uow, TODAY, MONDAY)
    add_to_plan(uow, TODAY, [shops.ids["北环路烟酒店"]])
    with pytest.raises(SameDate):
        copy_plan(uow, TODAY, TODAY)


def test_delete_a_plan_keeps_recorded_visits(uow: UnitOfWork, shops: Territory) -> None:
    ids = [shops.ids[n] for n in ("北环路烟酒店", "兴旺便利店", "老街小卖部", "新开超市")]
    view = add_to_plan(uow, TODAY, ids)
    visit = {s.customer_id: s.visit_id for s in view.stops}
    mark_stop(uow, TODAY, ids[0], VisitStatus.DONE, TODAY)
    mark_stop(uow, TODAY, ids[1], VisitStatus.MISSED, TODAY)
    with uow:  # a follow-up written on the third visit: recorded, kept
        uow.visits.add_follow_up(FollowUp(ids[2], "送价签", visit_id=visit[ids[2]]))
        uow.commit()
    result = delete_plan(uow, TODAY)
    assert (result.removed_visits, result.kept_visits) == (1, 3)
    assert get_day_plan(uow, TODAY).plan_id is None
    with uow:
        kept = uow.day_plans.visit_statuses(visit.values())  # type: ignore[arg-type]
    assert kept == {visit[ids[0]]: VisitStatus.DONE, visit[ids[1]]: VisitStatus.MISSED,
                    visit[ids[2]]: VisitStatus.PLANNED}
    assert _due(uow)["北环路烟酒店"].last_done == TODAY  # the done visit still counts
    with pytest.raises(NotFound):
        delete_plan(uow, TODAY)


def test_delete_a_plan_keeps_the_days_summary(uow: UnitOfWork, shops: Territory) -> None:
    add_to_plan(uow, TODAY, [shops.ids["北环路烟酒店"]])
    with uow:
        plan = uow.day_plans.get(TODAY)
        assert plan is not None
        uow.day_plans.delete(plan.id)  # type: ignore[arg-type]
        plan.summary = "今日拜访1户"
        plan.id = None
        uow.day_plans.add(plan)
        uow.commit()
    assert delete_plan(uow, TODAY).removed_visits == 1
    with uow:
        kept = uow.day_plans.get(TODAY)
    assert kept is not None and kept.summary == "今日拜访1户" and kept.stops == [] and kept.route == ""
    assert get_day_plan(uow, TODAY).stops == ()


def test_due_filters() -> None:
    from domain.visits.planning_views import DueFilter, DueShow, due_haystack, filter_due

    def row(name: str, category: DueCategory, days: int | None, route: str = "线路一", planned: bool = False):
        from domain.visits.planning_views import DueRow

        return DueRow(len(name), "5301", name, "王", "138", "北环路", route, "城区商圈", 7,
                      None if days is None else TODAY - timedelta(days=days), "in_person", None, category,
                      days, 0, planned, None, "", "")

    rows = [row("甲", DueCategory.OVERDUE, 40), row("乙乙", DueCategory.DUE_TODAY, None),
            row("丙丙丙", DueCategory.DUE_THIS_WEEK, 5, "线路二"), row("丁丁丁丁", DueCategory.LATER, 1),
            row("戊戊戊戊戊", DueCategory.OVERDUE, 9, planned=True)]
    hays = [due_haystack(r) for r in rows]

    def names(**kw: object) -> list[str]:
        return [r.name for r in filter_due(rows, hays, DueFilter(**kw))]  # type: ignore[arg-type]

    assert names() == ["甲", "乙乙", "丙丙丙"]  # the planned one never shows
    assert names(show=DueShow.DUE_NOW) == ["甲", "乙乙"]
    assert names(show=DueShow.OVERDUE) == ["甲"]
    assert names(show=DueShow.NOT_VISITED, not_visited_days=30) == ["甲", "乙乙"]  # never visited counts
    assert names(show=DueShow.ALL, route="线路一") == ["甲", "乙乙", "丁丁丁丁"]
    assert names(show=DueShow.ALL, text="丁") == ["丁丁丁丁"]
