"""拜访总结 about outcomes, on the demo workspace, read back with pypdf: per visit the times, suggested vs
agreed cartons and next visit; problems apart from information; repeated themes with their shop count;
the 未建跟进 flag; "—" for a phone visit's store check; days counted only when visits were done."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from domain.services.report_data import VisitSummaryData, visit_summary_data
from domain.visits.record_views import DayVisit
from domain.visits.summary_rules import VisitOutcome
from reports.visit_summary import render_visit_summary
from tests.reports.pdf_text import flat_text

TODAY = date(2026, 11, 27)  # a Friday: today's visits are planned, not done
YESTERDAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def workspace(open_demo):
    return open_demo(40, 4)


@pytest.fixture(scope="module")
def week(workspace) -> tuple[VisitSummaryData, str]:
    data = visit_summary_data(workspace.uow(), YESTERDAY, TODAY, week=True)
    return data, flat_text(render_visit_summary(data))


def _row(v: DayVisit, o: VisitOutcome) -> str:
    """The middle of a visit's row as flat text: time, store check, suggested/agreed, next visit."""
    times = f"{o.started_at.astimezone():%H:%M}-{o.ended_at.astimezone():%H:%M}" if o.started_at and o.ended_at \
        else "—"
    cartons = "—" if o.suggested is None and o.agreed is None else f"{o.suggested}/{o.agreed}"
    nxt = f"{o.next_visit_on.month}月{o.next_visit_on.day}日" if o.next_visit_on else "—"
    return f"{times}{{check}}{cartons}{nxt}"


def test_each_done_visit_shows_times_cartons_and_next_visit(week) -> None:
    data, text = week
    assert "建议/约定" in text and "下次拜访" in text
    seen_in_person = seen_phone = 0
    for day in data.days:
        outcomes = data.outcomes_of(day.day)
        for v in day.visits:
            if v.status != "done":
                assert outcomes.outcome(v.visit_id) is None
                continue
            o = outcomes.outcome(v.visit_id)
            assert o is not None and o.started_at is not None and o.next_visit_on is not None
            row = _row(v, o)
            if v.visit_type == "phone":
                # no store check and no count on the phone: dashes, never blanks or zeros
                assert o.suggested is None and o.agreed is None
                assert row.format(check="—") in text, (v.customer_name, row)
                seen_phone += 1
            else:
                assert o.suggested is not None and o.agreed is not None
                assert row.format(check="") in text or any(row.format(check=c) in text for c in _checks(v)), \
                    (v.customer_name, row)
                seen_in_person += 1
    assert seen_in_person > 5
    assert seen_phone > 0, "the demo week has a phone visit"


def _checks(v: DayVisit) -> list[str]:
    parts = (["未亮证"] if v.license_shown is False else []) + \
        ([f"缺价签{v.price_labels_missing}个"] if v.price_labels_missing else
         (["价签不全"] if v.price_labels_complete is False else []))
    return ["、".join(parts) or "正常"]


def test_problems_apart_from_information_with_the_unfollowed_flag(week) -> None:
    data, text = week
    assert "问题与需求" in text and "信息与市场动态" in text
    problems = [p for o in data.outcomes for p in o.problems]
    information = [p for o in data.outcomes for p in o.information]
    assert problems and information
    assert {p.kind for p in problems} <= {"price_labels", "license", "complaint", "opinion", "need"}
    assert {p.kind for p in information} <= {"market_info", "competitor_info"}
    unfollowed = [p for p in problems if p.unfollowed]
    assert unfollowed, "the demo leaves problems without follow-ups"
    assert text.count("未建跟进") >= len(unfollowed)
    assert f"未建跟进{len(unfollowed)}条" in text  # the week's total in the overview
    # the flag follows the follow-ups: a flagged problem's visit has none
    followed = {f.visit_id for d in data.days for f in d.follow_ups}
    assert all(p.visit_id not in followed for p in unfollowed)
    assert all(p.visit_id in followed for p in problems if not p.unfollowed and p.kind in ("complaint", "need"))


def test_repeated_themes_with_their_shop_count(week) -> None:
    data, text = week
    assert "本周重复出现的问题" in text
    assert data.themes, "the demo repeats problems across shops"
    top = data.themes[0]
    assert top.shops >= 2
    assert [t.shops for t in data.themes] == sorted((t.shops for t in data.themes), reverse=True)
    shops = {p.customer_id for o in data.outcomes for p in o.problems if p.text.strip() == top.text}
    assert top.shops == len(shops)
    for n, theme in enumerate(data.themes, 1):
        assert f"{n}.{theme.text}{theme.shops}户" in text


def test_days_are_counted_only_when_visits_were_done(week) -> None:
    data, text = week
    planned_only = [d for d in data.days if d.done == 0]
    assert planned_only and planned_only[0].day == TODAY, "today's visits are only planned"
    assert data.days_visited == len(data.days) - len(planned_only)
    assert f"拜访天数{data.days_visited}天" in text
    assert f"另有{len(planned_only)}天只有计划" in text


def test_a_day_summary_shows_the_outcomes_too(workspace) -> None:
    data = visit_summary_data(workspace.uow(), YESTERDAY, TODAY)
    text = flat_text(render_visit_summary(data))
    assert "建议/约定" in text and "问题与需求" in text and "信息与市场动态" in text
    assert data.days_visited == 1 and data.outcomes and data.outcomes[0].visits


def test_the_cartons_are_the_stored_counts_and_none_stored_shows_none(open_demo) -> None:
    ws = open_demo(12, 3)
    day = visit_summary_data(ws.uow(), YESTERDAY, TODAY).days[0]
    v = next(v for v in day.visits if v.status == "done" and v.visit_type == "in_person")
    assert v.visit_id is not None
    with ws.uow() as uow:
        visit = uow.visits.get(v.visit_id)
        assert visit is not None and visit.inventory
        stored = visit.inventory
        visit.inventory = [replace(c, suggested_qty=None) for c in stored]
        uow.visits.update(visit)
        uow.commit()
    o = visit_summary_data(ws.uow(), YESTERDAY, TODAY).outcomes_of(YESTERDAY).outcome(v.visit_id)
    assert o is not None
    assert o.suggested is None  # nothing suggested was kept: nothing is made up at print time
    assert o.agreed == sum(c.ordered_qty or 0 for c in stored)
