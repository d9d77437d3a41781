"""build_demo into a real workspace file: counts, the worked example in SQL, all or nothing."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from domain.demo.generator import DemoSpec
from domain.model.customers import ValueTier
from domain.services.demo import Cancelled, SegmentsMissing, WorkspaceNotEmpty, build_demo
from domain.services.tier_report import star_drops
from domain.services.workspace import ensure_defaults, load_settings
from domain.tiers.model import AssignmentReason, TierKind
from persistence.workspace import open_workspace

SPEC = DemoSpec(customers=60, months=6, today=date(2026, 11, 27))
TABLES = (
    "customers", "products", "sales_lines", "import_batches", "visits", "day_plans", "day_plan_stops",
    "follow_ups", "reminders", "events", "invitations", "star_evaluations", "swot_analyses",
    "improvement_plans", "tier_assignments",
)


def counts(engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one() for t in TABLES}


def test_build_demo_writes_the_territory(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "w.db", create=True)
    try:
        ensure_defaults(ws.uow())
        calls: list[tuple[int, int]] = []
        summary = build_demo(ws.uow(), SPEC, lambda done, total: calls.append((done, total)) or True)
        n = counts(ws.engine)
        assert n["customers"] == summary.customers == 60
        assert n["products"] == summary.products == 60
        assert n["sales_lines"] == summary.sales_lines > 5000
        assert n["visits"] == summary.visits and n["reminders"] == summary.reminders
        assert n["events"] == summary.events == 3 and n["invitations"] == summary.invitations > 30
        assert n["day_plans"] == summary.day_plans and n["follow_ups"] == summary.follow_ups
        assert n["import_batches"] == 1 and n["swot_analyses"] == 1 and n["improvement_plans"] == 1
        assert calls[-1][0] == calls[-1][1] and len(calls) > 10
        with ws.engine.connect() as conn:
            sql = conn.exec_driver_sql
            assert sql(
                "SELECT count(*) FROM sales_lines s JOIN import_batches b ON b.id = s.batch_id "
                "WHERE b.kind = 'demo'"
            ).scalar_one() == summary.sales_lines
            assert sql("SELECT count(*) FROM customers WHERE segment_id IS NULL").scalar_one() == 0
            cartons, fen = sql(
                "SELECT sum(s.supplied_qty), sum(s.amount_fen) FROM sales_lines s "
                "JOIN customers c ON c.id = s.customer_id WHERE c.license_no = '530102100001' "
                "AND s.order_date >= '2026-10-01' AND s.order_date < '2026-11-01'"
            ).one()
            assert (cartons, fen) == (346, 1781600)
            assert sql(
                "SELECT e.result_code FROM star_evaluations e JOIN customers c ON c.id = e.customer_id "
                "WHERE c.license_no = '530102100001'"
            ).scalar_one() == "5A8"
            assert sql(
                "SELECT count(*) FROM day_plan_stops s JOIN day_plans p ON p.id = s.plan_id "
                "WHERE p.plan_date = '2026-11-27' AND s.visit_id IS NOT NULL"
            ).scalar_one() >= 6
            assert sql("PRAGMA foreign_key_check").all() == []
            by_kind = dict(sql("SELECT kind, count(*) FROM tier_assignments GROUP BY kind ORDER BY kind").all())
            # every month of the history recomputed: one grade and one tier per shop and month
            assert summary.recomputed_months == SPEC.months
            assert by_kind["grade"] == by_kind["value_tier"] == 60 * SPEC.months
        with ws.uow() as uow:  # the worked example's grade and tier are computed, and it is a key shop
            shop = uow.customers.get_by_license("530102100001")
            assert shop is not None and shop.id is not None
            grade = uow.tiers.assignments_for(TierKind.GRADE, date(2026, 11, 1))[shop.id]
            tier = uow.tiers.assignments_for(TierKind.VALUE_TIER, date(2026, 11, 1))[shop.id]
            assert (grade.value, grade.reason) == (str(shop.grade), AssignmentReason.COMPUTED)
            assert (tier.value, tier.reason) == (ValueTier.KEY.value, AssignmentReason.COMPUTED)
            assert shop.value_tier is ValueTier.KEY and shop.star_level == 5
        # some shops were evaluated half a year before too, a star apart: the month has its 掉星
        drops = star_drops(ws.uow(), date(2026, 11, 1))
        assert drops and all(d.previous_stars == d.stars + 1 for d in drops)
        assert load_settings(ws.uow()).owner_name == "李明"
    finally:
        ws.close()


def test_building_twice_is_refused(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "w.db", create=True)
    try:
        ensure_defaults(ws.uow())
        build_demo(ws.uow(), DemoSpec(customers=10, months=1, today=SPEC.today))
        before = counts(ws.engine)
        with pytest.raises(WorkspaceNotEmpty):
            build_demo(ws.uow(), DemoSpec(customers=10, months=1, seed=8, today=SPEC.today))
        assert counts(ws.engine) == before
    finally:
        ws.close()


@pytest.mark.parametrize("cancel_at", [0, 40, 90, 130])
def test_a_cancelled_build_writes_nothing(tmp_path: Path, cancel_at: int) -> None:
    """Cancelled at the first call, after the customers (done = 60), halfway through the sales, and at
    the very last call, after everything was written but before the commit."""
    ws = open_workspace(tmp_path / "w.db", create=True)
    try:
        ensure_defaults(ws.uow())
        with pytest.raises(Cancelled):
            build_demo(ws.uow(), SPEC, lambda done, total: done < cancel_at)
        assert set(counts(ws.engine).values()) == {0}
        # and the workspace is still usable afterwards
        assert build_demo(ws.uow(), DemoSpec(customers=5, months=1, today=SPEC.today)).customers == 5
    finally:
        ws.close()


def test_segments_are_needed(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "w.db", create=True)
    try:
        with pytest.raises(SegmentsMissing):
            build_demo(ws.uow(), SPEC)
        assert counts(ws.engine)["customers"] == 0
    finally:
        ws.close()
