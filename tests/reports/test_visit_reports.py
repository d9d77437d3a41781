"""拜访手册 and 拜访总结 built on the demo workspace and read back with pypdf."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from domain.demo.worked_example import LICENSE_NO
from domain.services.report_data import NoDayPlan, NoVisits, handbook_data, visit_summary_data
from domain.services.visit_planning import add_to_plan, get_day_plan
from reports.handbook import render_handbook
from reports.visit_summary import render_visit_summary
from tests.reports.pdf_text import embedded_fonts, page_texts

TODAY = date(2026, 11, 27)  # a Friday
YESTERDAY = date(2026, 11, 26)
WORKED_EXAMPLE_DAY = date(2026, 12, 9)  # only this test plans that day


@pytest.fixture(scope="module")
def workspace(open_demo):
    return open_demo(40, 4)


def test_handbook_has_a_cover_and_one_page_per_customer(workspace) -> None:
    plan = get_day_plan(workspace.uow(), TODAY)
    assert len(plan.stops) >= 5
    data = handbook_data(workspace.uow(), TODAY, TODAY)
    pdf = render_handbook(data)
    assert pdf.startswith(b"%PDF")
    pages = page_texts(pdf)
    assert len(pages) == 1 + len(plan.stops)

    cover = pages[0]
    assert "拜访手册" in cover and "拜访顺序" in cover and "2026年11月27日" in cover
    for stop in plan.stops:
        assert stop.name in cover and stop.phone in cover
    for n, (stop, text) in enumerate(zip(plan.stops, pages[1:]), 2):
        assert f"{stop.position}. {stop.name}" in text
        for heading in ("近三个月经营", "上次拜访与待办", "客情关怀", "沟通要点", "现场记录", "拜访八步", "库存"):
            assert heading in text, (stop.name, heading)
        assert f"第 {n} 页 / 共 {len(pages)} 页" in text
    assert "第 1 页 / 共" in cover
    assert embedded_fonts(pdf), "the CJK font is embedded"


def test_handbook_prints_the_worked_example_plan(workspace) -> None:
    """The worked example carries an open improvement plan (¥1,425.28 at 8%): put it on a day of its own
    so the handbook has its page whatever today's demo plan holds."""
    with workspace.uow() as uow:
        customer = uow.customers.get_by_license(LICENSE_NO)
    assert customer is not None and customer.id is not None
    add_to_plan(workspace.uow(), WORKED_EXAMPLE_DAY, [customer.id])
    data = handbook_data(workspace.uow(), WORKED_EXAMPLE_DAY, TODAY)
    page = next(c for c in data.customers if c.stop.customer_id == customer.id)
    assert page.plan_targets, "the worked example's improvement plan is open"
    text = "\n".join(page_texts(render_handbook(data)))
    assert "提升目标" in text and "¥1,425.28" in text
    lift = page.next_grade
    assert lift is not None and lift.more_cartons > 0, "the handbook says how far the next grade is"
    assert f"升档差距第{lift.grade}档 → 第{lift.next_grade}档：近3个月再多订 {lift.more_cartons:,} 条" in text.replace("\n", "")


def test_the_distance_to_the_next_grade_reads_as_a_talking_point() -> None:
    from decimal import Decimal

    from domain.tiers.distance import DistanceToNextGrade
    from reports.handbook import next_grade_text

    assert next_grade_text(DistanceToNextGrade(1, 12, 13, Decimal("2.35"), Decimal(8200), 41)) == \
        "第12档 → 第13档：近3个月再多订 41 条（约 ¥8,200，差 2.4 分）"
    assert next_grade_text(DistanceToNextGrade(1, 12, 13, Decimal(0), Decimal(210), 1, 2)) == \
        "第12档 → 第13档：近2个月再多订 1 条（约 ¥210，差 0.0 分）"


def test_no_plan_is_refused(workspace) -> None:
    with pytest.raises(NoDayPlan):
        handbook_data(workspace.uow(), date(2026, 11, 29), TODAY)


def test_visit_summary_of_a_day(workspace) -> None:
    data = visit_summary_data(workspace.uow(), YESTERDAY, TODAY)
    assert data.done > 0
    pages = page_texts(render_visit_summary(data))
    text = "\n".join(pages)
    for heading in ("拜访总结", "拜访情况", "发现与约定", "跟进事项", "当日总结", "2026年11月26日"):
        assert heading in text
    day = data.days[0]
    for visit in day.visits:
        assert visit.customer_name in text
    assert day.summary, "the demo writes a summary for each day with visits"
    assert day.summary.splitlines()[0][:10] in text
    assert f"第 1 页 / 共 {len(pages)} 页" in pages[0]


def test_visit_summary_of_a_week(workspace) -> None:
    data = visit_summary_data(workspace.uow(), YESTERDAY, TODAY, week=True)
    assert data.first == date(2026, 11, 23) and data.last == date(2026, 11, 29)
    assert len(data.days) >= 2
    text = "\n".join(page_texts(render_visit_summary(data)))
    assert "每日概况" in text
    for day in data.days:
        assert f"{day.day.year}年{day.day.month}月{day.day.day}日" in text


def test_no_visits_is_refused(workspace) -> None:
    with pytest.raises(NoVisits):
        visit_summary_data(workspace.uow(), date(2026, 11, 29), TODAY)


def test_handbook_written_to_a_file(workspace, tmp_path: Path) -> None:
    out = tmp_path / "hb.pdf"
    out.write_bytes(render_handbook(handbook_data(workspace.uow(), date(2026, 11, 30), TODAY)))
    assert len(PdfReader(out).pages) >= 2


def test_one_visit(workspace) -> None:
    from domain.services.report_data import one_visit_data
    from reports.visit_summary import render_one_visit

    day = visit_summary_data(workspace.uow(), YESTERDAY, TODAY).days[0]
    visit = next(v for v in day.visits if v.status == "done")
    assert visit.visit_id is not None
    data = one_visit_data(workspace.uow(), visit.visit_id, TODAY)
    text = "\n".join(page_texts(render_one_visit(data)))
    for heading in ("拜访总结", visit.customer_name, "店面检查", "发现与约定", "库存与订货", "拜访小结"):
        assert heading in text
    for entry in data.form.record.kept_entries():
        assert entry.text[:8] in text
