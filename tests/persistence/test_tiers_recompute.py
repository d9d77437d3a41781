"""A month's recompute of grades and value tiers against real SQLite: the preview writes nothing, the
apply is one batch, the undo puts every shop back exactly, a pinned override survives a recompute."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from domain.model.customers import Customer, Market, ValueTier
from domain.model.products import PriceClass, Product
from domain.services import tiers
from domain.services.tier_schemes import load_scheme, save_scheme
from domain.tiers.model import AssignmentReason, TierKind
from domain.tiers.recompute import DOWN, UP
from domain.tiers.schemes import GradeScheme, SchemeKind
from domain.validation import ValidationFailed
from persistence.workspace import Workspace
from tests.persistence.helpers import counts

NOW = datetime(2026, 12, 3, 9, 0)
MONTHS = [date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1)]


def _territory(ws: Workspace, shops: int = 12) -> list[int]:
    """`shops` shops, the n-th ordering n cartons a day on the 5th of each month; shop 1 only in November
    (a new shop); a low-tar product for the even shops."""
    with ws.uow() as uow:
        ids = uow.customers.add_many([
            Customer(f"5301021000{n:02d}", f"店{n}", market=Market.TOWN if n % 2 else Market.RURAL,
                     integrity_grade="A", opened_on=date(2024, 1, 1)) for n in range(1, shops + 1)])
        normal, light = uow.products.add_many([
            Product("P1", "黄山(硬)", Decimal(120), PriceClass(3), tar_mg=Decimal(10)),
            Product("P2", "黄山(细支)", Decimal(200), PriceClass(2), tar_mg=Decimal(6)),
        ])
        lines = []
        for n, cid in enumerate(ids, start=1):
            for month in MONTHS if n > 1 else MONTHS[-1:]:
                product, price = (light, 20000) if n % 2 == 0 else (normal, 12000)
                lines.append((month.replace(day=5), cid, product, n, n, price, n * price))
        uow.sales.add_line_values(lines, None)
        uow.commit()
    return ids


def _grades(ws: Workspace) -> dict[int, int | None]:
    with ws.uow() as uow:
        return {s.customer_id: s.grade for s in uow.tier_queries.shop_facts()}


def test_the_preview_writes_nothing_and_the_apply_is_one_batch(workspace: Workspace) -> None:
    ids = _territory(workspace)
    before = counts(workspace.engine, "tier_assignments", "tier_batches")
    proposal = tiers.preview_recompute(workspace.uow(), MONTHS[-1])
    assert counts(workspace.engine, "tier_assignments", "tier_batches") == before
    grades = {c.shop.customer_id: int(c.after) for c in proposal.of(TierKind.GRADE)}
    assert grades[ids[-1]] == 30  # the biggest shop tops the grades
    assert grades[ids[0]] == 10  # the November-only shop is placed (town, no area)
    assert next(c for c in proposal.of(TierKind.GRADE) if c.shop.customer_id == ids[0]).assignment.reason \
        is AssignmentReason.NEW_SHOP

    batch, _ = tiers.apply_recompute(workspace.uow(), MONTHS[-1], NOW)
    assert batch.assignments == 2 * len(ids)
    assert counts(workspace.engine, "tier_assignments")["tier_assignments"] == 2 * len(ids)
    assert _grades(workspace) == grades
    listed = tiers.tier_list(workspace.uow(), MONTHS[-1])
    assert [r.license_no for r in listed] == sorted(r.license_no for r in listed)
    top = next(r for r in listed if r.customer_id == ids[-1])
    assert top.grade is not None and top.grade.score == Decimal("100.0000") and top.grade.rank == 1
    assert top.tier is not None and top.tier.value == ValueTier.KEY.value


def test_undo_restores_the_previous_assignments_exactly(workspace: Workspace) -> None:
    ids = _territory(workspace)
    tiers.apply_recompute(workspace.uow(), MONTHS[-1], NOW)
    first = _grades(workspace)
    save_scheme(workspace.uow(), GradeScheme(grades=16))
    batch, proposal = tiers.apply_recompute(workspace.uow(), MONTHS[-1], NOW)
    assert proposal.counts[TierKind.GRADE][DOWN] > 0 and _grades(workspace)[ids[-1]] == 16
    tiers.undo_recompute(workspace.uow(), batch.id, NOW)
    assert _grades(workspace) == first
    with pytest.raises(tiers.NothingToUndo):
        tiers.undo_recompute(workspace.uow(), batch.id, NOW)


def test_a_pinned_override_survives_a_recompute_and_needs_a_note(workspace: Workspace) -> None:
    ids = _territory(workspace)
    tiers.apply_recompute(workspace.uow(), MONTHS[-1], NOW)
    with pytest.raises(ValidationFailed):
        tiers.override(workspace.uow(), ids[2], TierKind.GRADE, "25", MONTHS[-1], "  ", NOW)
    with pytest.raises(ValidationFailed):
        tiers.override(workspace.uow(), ids[2], TierKind.GRADE, "31", MONTHS[-1], "新店装修", NOW)
    tiers.override(workspace.uow(), ids[2], TierKind.GRADE, "25", MONTHS[-1], "店面扩建，经理核定", NOW)
    assert _grades(workspace)[ids[2]] == 25
    _, proposal = tiers.apply_recompute(workspace.uow(), MONTHS[-1], NOW)
    kept = next(c for c in proposal.of(TierKind.GRADE) if c.shop.customer_id == ids[2])
    assert kept.kept_pinned and _grades(workspace)[ids[2]] == 25
    pinned = [a for a in tiers.history(workspace.uow(), ids[2]) if a.reason is AssignmentReason.MANUAL]
    assert pinned[0].note == "店面扩建，经理核定" and pinned[0].pinned
    tiers.set_pinned(workspace.uow(), pinned[0].id, False)
    tiers.apply_recompute(workspace.uow(), MONTHS[-1], NOW)
    assert _grades(workspace)[ids[2]] != 25


def test_movements_compare_with_the_month_before(workspace: Workspace) -> None:
    ids = _territory(workspace)
    tiers.apply_recompute(workspace.uow(), MONTHS[1], NOW)
    tiers.apply_recompute(workspace.uow(), MONTHS[2], NOW)
    moved = tiers.movements(workspace.uow(), MONTHS[2])
    assert all(m.direction in (UP, DOWN) for m in moved)
    grade_moves = {m.customer_id: m for m in moved if m.kind is TierKind.GRADE}
    # in October the window (Aug–Oct) held two months of orders: every shop was placed as new; in
    # November three: scored and ranked, so the biggest shop climbs to the top grade
    assert grade_moves[ids[-1]].before == "6" and grade_moves[ids[-1]].after == "30"
    assert grade_moves[ids[-1]].direction == UP
    assert ids[0] not in grade_moves  # only November's orders: placed both months, at the same grade


def test_a_month_without_orders_is_refused(workspace: Workspace) -> None:
    _territory(workspace)
    with pytest.raises(tiers.NoOrdersInMonth):
        tiers.preview_recompute(workspace.uow(), date(2025, 1, 1))
    assert counts(workspace.engine, "tier_batches")["tier_batches"] == 0


def test_schemes_are_versioned(workspace: Workspace) -> None:
    assert load_scheme(workspace.uow(), SchemeKind.GRADE).version == 0
    saved = save_scheme(workspace.uow(), GradeScheme(grades=16))
    assert saved.version == 1 and load_scheme(workspace.uow(), SchemeKind.GRADE) == saved
    with workspace.uow() as uow:
        assert uow.settings.load().grade_count == 16
    with pytest.raises(ValidationFailed):
        save_scheme(workspace.uow(), GradeScheme(grades=1))


def test_the_months_star_drops_come_from_one_query(workspace: Workspace) -> None:
    from domain.model.evaluations import StarEvaluation
    from domain.services.tier_report import tier_month

    ids = _territory(workspace, shops=3)
    with workspace.uow() as uow:
        uow.evaluations.set_criteria([])
        for cid, steps in ((ids[0], [(date(2026, 5, 2), 5), (date(2026, 11, 3), 4), (date(2026, 11, 20), 3)]),
                           (ids[1], [(date(2026, 8, 1), 3), (date(2026, 11, 9), 4)]),
                           (ids[2], [(date(2026, 11, 9), 2)])):
            for on, stars in steps:
                uow.evaluations.add_star_evaluation(StarEvaluation(cid, on, {}, Decimal(50 + 10 * stars), stars))
        uow.commit()
    tiers.apply_recompute(workspace.uow(), MONTHS[-1], NOW)
    with workspace.uow() as uow:
        steps = uow.tier_queries.star_steps(date(2026, 11, 1), date(2026, 12, 1))
    # the latest of November against the one just before it (November's own first one, for shop 1)
    assert [(s.customer_id, s.previous_stars, s.stars) for s in steps] == [(ids[0], 4, 3), (ids[1], 3, 4)]
    drops = tier_month(workspace.uow(), MONTHS[-1]).star_drops
    assert [(d.customer_id, d.previous_stars, d.stars) for d in drops] == [(ids[0], 4, 3)]


def test_distance_to_the_next_grade_comes_from_the_months_orders(workspace: Workspace) -> None:
    ids = _territory(workspace)
    found = tiers.distances(workspace.uow(), MONTHS[-1])
    assert ids[-1] not in found  # the top shop has no grade above it
    assert ids[0] not in found  # a placed new shop has no score to lift
    second = found[ids[-2]]
    assert second.next_grade > second.grade and second.months == 3
    assert second.more_cartons > 0 and second.more_yuan == second.more_cartons * 120  # its ¥120 cartons
    with workspace.uow() as uow:  # the shop orders what the distance names: it lands a grade up
        product = uow.products.list()[0].id
        k = second.more_cartons
        uow.sales.add_line_values([(date(2026, 11, 20), ids[-2], product, k, k, 12000, k * 12000)], None)
        uow.commit()
    lifted = {c.shop.customer_id: int(c.after) for c in tiers.preview_recompute(workspace.uow(), MONTHS[-1]).of(TierKind.GRADE)}
    assert lifted[ids[-2]] >= second.next_grade
    rows = {r.customer_id: r for r in tiers.tier_list(workspace.uow(), MONTHS[-1])}
    assert rows[ids[-2]].distance is None  # the list alone does not grade; the page asks for distances


def test_the_newest_months_star_drops_run_up_to_today(workspace: Workspace) -> None:
    from domain.model.evaluations import StarEvaluation
    from domain.services.tier_report import star_drops

    ids = _territory(workspace, shops=2)
    with workspace.uow() as uow:
        uow.evaluations.set_criteria([])
        for on, stars in ((date(2026, 6, 2), 4), (date(2026, 12, 3), 3)):  # November evaluated on 3 December
            uow.evaluations.add_star_evaluation(StarEvaluation(ids[1], on, {}, Decimal(50 + 10 * stars), stars))
        uow.commit()
    assert star_drops(workspace.uow(), MONTHS[-1]) == []
    assert [(d.previous_stars, d.stars) for d in star_drops(workspace.uow(), MONTHS[-1], date.max)] == [(4, 3)]
