"""分层分级 storage on real SQLite files: the versioned schemes, batches, the assignment history and
the current values (persistence/repositories/tiers.py), the recompute's queries against a small
territory with hand-computed sums (persistence/tier_queries.py), segments' new columns, and migration
0002 carrying the old grade and value-tier rows over."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from domain.model.customers import Customer, CustomerStatus, Market, Segment, ShopEnvironment, ValueTier
from domain.model.products import PriceClass, Product
from domain.model.sales import SalesLine
from domain.profit import SalesSums
from domain.services.workspace import ensure_defaults
from domain.tiers.model import (
    AssignmentReason,
    GradeSums,
    MonthClasses,
    RecomputeBatch,
    ShopFacts,
    TierAssignment,
    TierKind,
)
from domain.tiers.schemes import GradeScheme, SchemeKind, StarScheme, ValueTierScheme, template
from persistence import schema
from persistence.db import make_engine, sqlite_url
from persistence.workspace import Workspace, open_workspace
from tests.persistence.helpers import sql

AUG, SEP, OCT, NOV = date(2026, 8, 1), date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1)
WHEN = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def _customers(ws: Workspace, n: int) -> list[int]:
    with ws.uow() as uow:
        ids = uow.customers.add_many([Customer(f"53010210{i:04d}", f"店{i}") for i in range(1, n + 1)])
        uow.commit()
    return ids


def _grade(customer_id: int, month: date, value: str, **kw: Any) -> TierAssignment:
    return TierAssignment(customer_id, TierKind.GRADE, month, value, AssignmentReason.COMPUTED, **kw)


# --- schemes ---------------------------------------------------------------------------------------


def test_no_scheme_stored_reads_the_template(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        for kind in SchemeKind:
            assert uow.tiers.scheme(kind) == template(kind)
            assert uow.tiers.scheme(kind).version == 0
            assert uow.tiers.scheme_versions(kind) == []
            assert uow.tiers.scheme_version(kind, 0) == template(kind)
            assert uow.tiers.scheme_version(kind, 1) is None


def test_each_save_is_a_new_version_and_the_newest_is_in_force(workspace: Workspace) -> None:
    first = GradeScheme(grades=16, low_tar_max_mg=Decimal("7.5"))
    second = replace(first, months=6)
    with workspace.uow() as uow:
        assert uow.tiers.save_scheme(first) == 1
        assert uow.tiers.save_scheme(second) == 2
        assert uow.tiers.save_scheme(ValueTierScheme(months=6)) == 1  # versions count per kind
        uow.commit()
    with workspace.uow() as uow:
        assert uow.tiers.scheme(SchemeKind.GRADE) == replace(second, version=2)
        assert uow.tiers.scheme_version(SchemeKind.GRADE, 1) == replace(first, version=1)
        assert uow.tiers.scheme(SchemeKind.VALUE_TIER) == ValueTierScheme(months=6, version=1)
        assert uow.tiers.scheme(SchemeKind.STAR) == StarScheme()
        versions = uow.tiers.scheme_versions(SchemeKind.GRADE)
        assert [v for v, _ in versions] == [2, 1]
        assert all(when.tzinfo is UTC for _, when in versions)


def test_the_scheme_body_is_readable_json(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        uow.tiers.save_scheme(ValueTierScheme())
        uow.commit()
    with workspace.engine.connect() as conn:
        body = conn.exec_driver_sql("SELECT body FROM tier_schemes WHERE kind = 'value_tier'").scalar_one()
    assert "重点维护" in body  # ensure_ascii=False: the care plans' Chinese as written


# --- batches and assignments -----------------------------------------------------------------------


def test_assignments_round_trip_exactly(workspace: Workspace) -> None:
    (cid,) = _customers(workspace, 1)
    full = TierAssignment(
        cid, TierKind.GRADE, OCT, "28", AssignmentReason.MANUAL, score=Decimal("87.50"), rank=3,
        inputs={"amount": "17816.00", "低焦油占比": "12.5"}, note="经理调整：新店开业", pinned=True,
        scheme_version=2, previous="26", created_at=WHEN,
    )
    bare = TierAssignment(cid, TierKind.VALUE_TIER, date(2026, 10, 17), ValueTier.KEY.value, AssignmentReason.NEW_SHOP)
    with workspace.uow() as uow:
        uow.tiers.add_assignments([full, bare])
        uow.commit()
    with workspace.uow() as uow:
        got_full, got_bare = uow.tiers.assignments_of(cid)
    assert got_full == replace(full, id=got_full.id)
    assert str(got_full.score) == "87.50"  # the Decimal as given, not a float's 87.5
    assert got_bare.month == OCT  # stored as the first of its month
    assert (got_bare.score, got_bare.rank, got_bare.inputs, got_bare.pinned, got_bare.previous) == (
        None, None, {}, False, None)
    assert got_bare.created_at is not None and got_bare.created_at.tzinfo is UTC


def test_a_shops_history_is_oldest_first_and_goes_with_the_shop(workspace: Workspace) -> None:
    a, b = _customers(workspace, 2)
    with workspace.uow() as uow:
        uow.tiers.add_assignments([_grade(a, OCT, "12"), _grade(a, AUG, "10"), _grade(b, AUG, "5"),
                                   _grade(a, OCT, "13")])
        uow.commit()
    with workspace.uow() as uow:
        assert [x.value for x in uow.tiers.assignments_of(a)] == ["10", "12", "13"]  # (month, id)
        uow.customers.delete(a)
        uow.commit()
    with workspace.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT customer_id FROM tier_assignments").scalars().all() == [b]


def test_assignments_for_picks_the_row_in_force_for_each_shop(workspace: Workspace) -> None:
    a, b, c, d = _customers(workspace, 4)
    with workspace.uow() as uow:
        uow.tiers.add_assignments([
            _grade(a, AUG, "10"), _grade(a, SEP, "11"), _grade(a, NOV, "14"),  # NOV is after the month asked
            _grade(b, OCT, "20"), _grade(b, OCT, "21"),  # the same month twice: the later row wins
            _grade(c, NOV, "5"),  # nothing in force yet in October
            TierAssignment(d, TierKind.VALUE_TIER, AUG, "key", AssignmentReason.COMPUTED),  # another kind
        ])
        uow.commit()
    with workspace.uow() as uow:
        in_force = uow.tiers.assignments_for(TierKind.GRADE, OCT)
        assert {k: v.value for k, v in in_force.items()} == {a: "11", b: "21"}
        assert list(in_force) == sorted(in_force)
        assert {k: v.value for k, v in uow.tiers.assignments_for(TierKind.GRADE, NOV).items()} == {
            a: "14", b: "21", c: "5"}
        assert {k: v.value for k, v in uow.tiers.assignments_for(TierKind.VALUE_TIER, date(2026, 8, 31)).items()} == {
            d: "key"}
        assert uow.tiers.assignments_for(TierKind.GRADE, date(2026, 7, 1)) == {}


def test_a_batch_and_its_undo(workspace: Workspace) -> None:
    a, b = _customers(workspace, 2)
    with workspace.uow() as uow:
        earlier = uow.tiers.add_batch(RecomputeBatch(SEP, datetime(2026, 10, 1, tzinfo=UTC), 1, "九月"))
        batch_id = uow.tiers.add_batch(RecomputeBatch(OCT, WHEN, 2, "十月：2 户变动"))
        uow.tiers.add_assignments([_grade(a, SEP, "9", batch_id=earlier), _grade(a, OCT, "10", batch_id=batch_id),
                                   _grade(b, OCT, "3", batch_id=batch_id), _grade(b, SEP, "2")])
        uow.commit()
    with workspace.uow() as uow:
        assert [x.id for x in uow.tiers.batches()] == [batch_id, earlier]  # newest first
        assert uow.tiers.get_batch(batch_id) == RecomputeBatch(OCT, WHEN, 2, "十月：2 户变动", None, batch_id)
        assert [(x.customer_id, x.value) for x in uow.tiers.batch_assignments(batch_id)] == [(a, "10"), (b, "3")]
        assert uow.tiers.delete_batch_assignments(batch_id) == 2
        uow.tiers.mark_batch_undone(batch_id, datetime(2026, 11, 3, tzinfo=UTC))
        uow.commit()
    with workspace.uow() as uow:
        assert uow.tiers.batch_assignments(batch_id) == []
        assert {k: v.value for k, v in uow.tiers.assignments_for(TierKind.GRADE, OCT).items()} == {a: "9", b: "2"}
        undone = uow.tiers.get_batch(batch_id)
        assert undone is not None and undone.undone_at == datetime(2026, 11, 3, tzinfo=UTC)
        assert len(uow.tiers.batches()) == 2  # an undone batch stays listed
        assert uow.tiers.get_batch(999) is None


def test_pinning(workspace: Workspace) -> None:
    (a,) = _customers(workspace, 1)
    with workspace.uow() as uow:
        uow.tiers.add_assignments([replace(_grade(a, OCT, "7"), reason=AssignmentReason.MANUAL, pinned=True)])
        (row,) = uow.tiers.assignments_of(a)
        assert row.id is not None and row.pinned
        uow.tiers.set_pinned(row.id, False)
        assert not uow.tiers.assignments_of(a)[0].pinned


def test_set_current_writes_the_lists_values(workspace: Workspace) -> None:
    a, b, c = _customers(workspace, 3)
    with workspace.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE customers SET updated_at = '2024-01-01 00:00:00', grade = 4, value_tier = 'key'")
    with workspace.uow() as uow:
        before = uow.customers.get(a)  # loaded first: the update must not leave it stale
        assert before is not None and before.grade == 4
        uow.tiers.set_current(TierKind.GRADE, {a: "28", b: None})
        uow.tiers.set_current(TierKind.VALUE_TIER, {a: "at_risk", c: None})
        uow.tiers.set_current(TierKind.GRADE, {})
        got = {i: uow.customers.get(i) for i in (a, b, c)}
        uow.commit()
    assert [(x.grade, x.value_tier) for x in got.values() if x is not None] == [
        (28, ValueTier.AT_RISK), (None, ValueTier.KEY), (4, None)]
    with workspace.engine.connect() as conn:
        touched = conn.exec_driver_sql("SELECT id FROM customers WHERE updated_at > '2025-01-01' ORDER BY id")
        assert touched.scalars().all() == [a, b, c]


def test_ten_thousand_assignments_go_in_one_statement(workspace: Workspace) -> None:
    ids = _customers(workspace, 100)
    statements: list[str] = []
    rows = [_grade(ids[i % 100], OCT, str(i % 30 + 1), score=Decimal(i) / 100, inputs={"n": str(i)})
            for i in range(10_000)]
    with workspace.uow() as uow:
        event.listen(uow.session.connection(), "before_cursor_execute",
                     lambda *args: statements.append(args[2]) if "tier_assignments" in args[2] else None)
        uow.tiers.add_assignments(rows)
        uow.commit()
    assert len(statements) == 1
    with workspace.uow() as uow:
        assert len(uow.tiers.assignments_for(TierKind.GRADE, OCT)) == 100


# --- segments' new columns -------------------------------------------------------------------------


def test_segments_keep_checklist_colour_and_archived(workspace: Workspace) -> None:
    ids = _customers(workspace, 3)
    with workspace.uow() as uow:
        town = uow.segments.add(Segment("城区商圈", 7, "重陈列", 1, ("看陈列", "查价签"), "#C0392B"))
        rural = uow.segments.add(Segment("乡村", 30, sort_order=2))
        uow.commit()
    with workspace.uow() as uow:
        assert uow.segments.list() == [
            Segment("城区商圈", 7, "重陈列", 1, ("看陈列", "查价签"), "#C0392B", False, town),
            Segment("乡村", 30, sort_order=2, id=rural),
        ]
        assert uow.segments.reassign(ids, rural) == 3
        assert uow.segments.reassign([ids[0], ids[0], 999], rural) == 0  # already there; no such shop
        assert uow.segments.reassign([ids[2]], None) == 1
        assert uow.segments.move_customers(rural, town) == 2  # merging 乡村 into 城区商圈
        uow.segments.update(replace(uow.segments.list()[1], archived=True, checklist=("问库存",)))
        uow.commit()
    with workspace.uow() as uow:
        assert [(s.name, s.archived, s.checklist) for s in uow.segments.list()] == [
            ("城区商圈", False, ("看陈列", "查价签")), ("乡村", True, ("问库存",))]
        assert [uow.customers.get(i).segment_id for i in ids] == [town, town, None]


# --- the recompute's queries -----------------------------------------------------------------------


@pytest.fixture
def territory(workspace: Workspace) -> tuple[Workspace, dict[str, int]]:
    """Four shops, four products, orders from July to October 2026.

    P1 class 1, ¥500, retail ¥600, tar 10 | P2 class 3, ¥100, retail ¥120, tar 8 (at the bound)
    P3 class 5, ¥50, no retail, no tar    | P4 class 2, ¥300, retail ¥350, tar 6.5
    A (active):    Jul P1 2 | Aug P1 2 (asked 3), P2 10 | Sep P2 0 (asked 5) | Oct P3 4, P4 1, P1 1
    B (suspended): Oct P2 3 | C (archived): Oct P1 1 | D (active): no orders
    """
    ensure_defaults(workspace.uow())
    with workspace.uow() as uow:
        segment = uow.segments.list()[0].id
        a, b, c, d = uow.customers.add_many([
            Customer("530102100001", "甲店", market=Market.TOWN, integrity_grade="AA", opened_on=date(2020, 3, 1),
                     segment_id=segment, grade=20, value_tier=ValueTier.KEY,
                     environment=ShopEnvironment(shop_area_m2=60)),
            Customer("530102100002", "乙店", market=Market.RURAL, status=CustomerStatus.SUSPENDED),
            Customer("530102100003", "丙店", status=CustomerStatus.ARCHIVED),
            Customer("530102100004", "丁店"),
        ])
        p1, p2, p3, p4 = uow.products.add_many([
            Product("P1", "一类", Decimal(500), PriceClass.CLASS_1, Decimal(600), tar_mg=Decimal(10)),
            Product("P2", "三类", Decimal(100), PriceClass.CLASS_3, Decimal(120), tar_mg=Decimal(8)),
            Product("P3", "五类", Decimal(50), PriceClass.CLASS_5),
            Product("P4", "二类", Decimal(300), PriceClass.CLASS_2, Decimal(350), tar_mg=Decimal("6.5")),
        ])
        price = {p1: 500, p2: 100, p3: 50, p4: 300}

        def line(day: str, shop: int, product: int, asked: int, supplied: int) -> SalesLine:
            return SalesLine(date.fromisoformat(day), shop, product, asked, supplied, Decimal(price[product]),
                             Decimal(price[product] * supplied))

        uow.sales.add_lines([
            line("2026-07-10", a, p1, 2, 2),
            line("2026-08-05", a, p1, 3, 2), line("2026-08-05", a, p2, 10, 10),
            line("2026-09-05", a, p2, 5, 0),
            line("2026-10-05", a, p3, 4, 4), line("2026-10-05", a, p4, 1, 1), line("2026-10-20", a, p1, 1, 1),
            line("2026-10-06", b, p2, 3, 3),
            line("2026-10-07", c, p1, 1, 1),
        ])
        uow.commit()
    return workspace, {"a": a, "b": b, "c": c, "d": d, "segment": segment or 0}


def test_shop_facts_are_the_active_and_suspended_shops(territory) -> None:
    ws, ids = territory
    with ws.uow() as uow:
        facts = uow.tier_queries.shop_facts()
    assert facts == [
        ShopFacts(ids["a"], "530102100001", "甲店", Market.TOWN, 60, "AA", date(2020, 3, 1), ids["segment"], 20, "key"),
        ShopFacts(ids["b"], "530102100002", "乙店", Market.RURAL),
        ShopFacts(ids["d"], "530102100004", "丁店"),
    ]


def test_grade_sums_over_the_window(territory) -> None:
    ws, ids = territory
    with ws.uow() as uow:
        sums = uow.tier_queries.grade_sums(AUG, OCT, Decimal(8))
        strict = uow.tier_queries.grade_sums(AUG, OCT, Decimal(7))
        october = uow.tier_queries.grade_sums(OCT, OCT, Decimal(8))
    # A: ¥1000 + ¥1000 + ¥200 + ¥300 + ¥500 = ¥3000; 2 + 10 + 4 + 1 + 1 = 18 cartons; low tar: P2 10 + P4 1;
    # months with cartons: August and October (September was asked for, not supplied); July is outside
    assert sums == {ids["a"]: GradeSums(300_000, 18, 11, 2), ids["b"]: GradeSums(30_000, 3, 3, 1),
                    ids["c"]: GradeSums(50_000, 1, 0, 1)}
    assert strict[ids["a"]] == GradeSums(300_000, 18, 1, 2) and strict[ids["b"]].low_tar_cartons == 0
    assert october[ids["a"]] == GradeSums(100_000, 6, 1, 1)


def test_tier_sums_over_the_window(territory) -> None:
    ws, ids = territory
    with ws.uow() as uow:
        sums = uow.tier_queries.tier_sums(AUG, OCT)
    # A's profit: P1 3 × ¥600 − ¥1500 = ¥300, P2 10 × ¥120 − ¥1000 = ¥200, P4 ¥350 − ¥300 = ¥50 → ¥550;
    # P3 has no retail price: its ¥200 is unpriced; asked 3 + 10 + 5 + 4 + 1 + 1 = 24; classes 1–2: 2 + 1 + 1
    assert sums[ids["a"]] == (SalesSums(18, 300_000, 55_000, 20_000, 24, 4), 2)
    assert sums[ids["b"]] == (SalesSums(3, 30_000, 6_000, 0, 3, 0), 1)
    assert ids["d"] not in sums


def test_first_order_months_order_months_and_a_months_classes(territory) -> None:
    ws, ids = territory
    with ws.uow() as uow:
        assert uow.tier_queries.first_order_months() == {ids["a"]: date(2026, 7, 1), ids["b"]: OCT, ids["c"]: OCT}
        assert uow.tier_queries.order_months() == [date(2026, 7, 1), AUG, SEP, OCT]
        assert uow.tier_queries.month_classes(ids["a"], OCT) == MonthClasses(6, 1, 100_000)
        assert uow.tier_queries.month_classes(ids["a"], date(2026, 10, 15)) == MonthClasses(6, 1, 100_000)
        assert uow.tier_queries.month_classes(ids["a"], SEP) == MonthClasses(0, 0, 0)
        assert uow.tier_queries.month_classes(ids["d"], OCT) == MonthClasses()


def test_the_queries_say_their_order(territory) -> None:
    """With SQLite returning unordered rows in reverse, every list still comes out in its order."""
    ws, ids = territory
    ws.engine.dispose()

    @event.listens_for(ws.engine, "connect")
    def _reverse(dbapi_connection, _record) -> None:
        dbapi_connection.execute("PRAGMA reverse_unordered_selects = ON")

    with ws.uow() as uow:
        uow.tiers.add_assignments([_grade(ids["d"], OCT, "3"), _grade(ids["a"], OCT, "9"), _grade(ids["a"], OCT, "8")])
        assert [f.customer_id for f in uow.tier_queries.shop_facts()] == [ids["a"], ids["b"], ids["d"]]
        assert uow.tier_queries.order_months() == [date(2026, 7, 1), AUG, SEP, OCT]
        assert [x.value for x in uow.tiers.assignments_of(ids["a"])] == ["9", "8"]
        assert {k: v.value for k, v in uow.tiers.assignments_for(TierKind.GRADE, OCT).items()} == {
            ids["a"]: "8", ids["d"]: "3"}


# --- migration 0002 ------------------------------------------------------------------------------


DEMO_GRADE = "按近三个月加权得分定档（金额70%、条数20%、低焦油占比10%）"


def test_migrating_a_0001_file_carries_the_old_history_over(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(sqlite_url(path))
    try:
        schema.upgrade(engine, "0001")
    finally:
        engine.dispose()
    sql(
        path,
        "INSERT INTO segments (id, name, visit_every_days) VALUES (1, '城区商圈', 7)",
        "INSERT INTO customers (id, license_no, name, segment_id, grade, value_tier, created_at, updated_at) "
        "VALUES (1, '530102100001', '甲店', 1, 28, 'key', '2026-01-01 00:00:00', '2026-01-01 00:00:00'), "
        "(2, '530102100002', '乙店', 1, NULL, NULL, '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
        f"INSERT INTO grade_assignments (customer_id, grade, effective_on, score, reason) VALUES "
        f"(1, 26, '2026-05-01', 85.37, '{DEMO_GRADE}'), (1, 28, '2026-11-01', 92.4, '{DEMO_GRADE}'), "
        f"(2, 6, '2026-10-15', NULL, '新店，经理定档')",
        "INSERT INTO value_tier_assignments (customer_id, tier, effective_on, reason) VALUES "
        "(1, 'key', '2026-11-01', '近12个月毛利贡献 × 忠诚度，按中位数划分'), (2, 'potential', '2026-10-20', '')",
    )

    ws = open_workspace(path)  # backs up, then upgrades
    try:
        assert ws.schema.previous == "0001"
        with ws.uow() as uow:
            first = uow.tiers.assignments_of(1)
            second = uow.tiers.assignments_of(2)
            segment = uow.segments.list()[0]
        with ws.engine.connect() as conn:
            tables = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars())
    finally:
        ws.close()

    assert [(a.kind, a.month, a.value, a.reason, a.score, a.previous, a.note) for a in first] == [
        (TierKind.GRADE, date(2026, 5, 1), "26", AssignmentReason.COMPUTED, Decimal("85.37"), None, DEMO_GRADE),
        (TierKind.GRADE, NOV, "28", AssignmentReason.COMPUTED, Decimal("92.4"), "26", DEMO_GRADE),
        (TierKind.VALUE_TIER, NOV, "key", AssignmentReason.COMPUTED, None, None, "近12个月毛利贡献 × 忠诚度，按中位数划分"),
    ]
    assert [(a.kind, a.month, a.value, a.reason, a.note, a.pinned) for a in second] == [
        (TierKind.GRADE, OCT, "6", AssignmentReason.MANUAL, "新店，经理定档", False),
        (TierKind.VALUE_TIER, OCT, "potential", AssignmentReason.MANUAL, "", False),
    ]
    assert {"grade_assignments", "value_tier_assignments"} & tables == set()
    assert (segment.checklist, segment.colour, segment.archived) == ((), "", False)


def test_downgrading_0002_puts_the_rows_back(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "w.db"))
    try:
        schema.upgrade(engine, "head")
        with engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO customers (id, license_no, name, created_at, updated_at) "
                                 "VALUES (1, 'L1', '甲店', '2026-01-01', '2026-01-01')")
            conn.exec_driver_sql(
                "INSERT INTO tier_assignments (customer_id, kind, month, value, reason, score, note, created_at) "
                "VALUES (1, 'grade', '2026-10-01', '12', 'manual', '40.5', '手调', '2026-11-01'), "
                "(1, 'value_tier', '2026-10-01', 'ordinary', 'computed', NULL, '', '2026-11-01')")
        schema.downgrade(engine, "0001")
        with engine.connect() as conn:
            grades = conn.exec_driver_sql("SELECT customer_id, grade, effective_on, score, reason "
                                          "FROM grade_assignments").all()
            tiers = conn.exec_driver_sql("SELECT customer_id, tier, effective_on FROM value_tier_assignments").all()
        assert grades == [(1, 12, "2026-10-01", 40.5, "手调")]
        assert tiers == [(1, "ordinary", "2026-10-01")]
    finally:
        engine.dispose()
