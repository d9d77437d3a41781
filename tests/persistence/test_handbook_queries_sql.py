"""The handbook's queries for many shops at once on a real workspace file give the fake's answers: the
supply per product, the latest visit with a stock count, the latest store check with its notes; and the
suggested orders and handbook facts built on them agree between the two."""
from __future__ import annotations

from datetime import date

from domain.model.visits import (
    EntryKind,
    InventoryCount,
    StoreCheck,
    Visit,
    VisitEntry,
    VisitStatus,
    VisitStep,
)
from domain.ports import UnitOfWork
from domain.services.handbook_facts import handbook_facts
from domain.services.order_suggestions import order_suggestions
from persistence.workspace import Workspace
from tests.domain.fakes import FakeUnitOfWork
from tests.visit_data import TODAY, build_shop


def _visits(uow: UnitOfWork, cid: int, pids: dict[str, int]) -> None:
    """Three done visits and a planned one: the latest counted is 13 Nov (20 Nov counted nothing), the
    latest store check 20 Nov (2 labels missing, one named in an entry)."""
    with uow:
        uow.visits.add(Visit(cid, date(2026, 11, 6), VisitStatus.DONE, inventory=[InventoryCount(pids["A"], 9)]))
        uow.visits.add(Visit(cid, date(2026, 11, 13), VisitStatus.DONE, inventory=[
            InventoryCount(pids["B"], 6, 10, 8), InventoryCount(pids["A"], 2, 3, None)]))
        uow.visits.add(Visit(cid, date(2026, 11, 20), VisitStatus.DONE,
                             store_check=StoreCheck(price_labels_complete=False, price_labels_missing=2,
                                                    note="价签旧了"),
                             entries=[VisitEntry(VisitStep.STORE_CHECK, EntryKind.NOTE, "红河(硬)缺价签"),
                                      VisitEntry(VisitStep.RECORD, EntryKind.NEED, "云烟(软珍品)多要")]))
        uow.visits.add(Visit(cid, date(2026, 11, 27), VisitStatus.PLANNED, inventory=[InventoryCount(pids["A"], 0)]))
        uow.commit()


def _both(workspace: Workspace) -> list[tuple[UnitOfWork, int]]:
    out: list[tuple[UnitOfWork, int]] = []
    for uow in (workspace.uow(), FakeUnitOfWork()):
        cid, products = build_shop(uow)
        _visits(uow, cid, {k: p.id for k, p in products.items() if p.id is not None})
        out.append((uow, cid))
    return out


def test_many_shop_queries_give_the_fakes_answers(workspace: Workspace) -> None:
    answers = []
    for uow, cid in _both(workspace):
        with uow:
            q = uow.visit_queries
            lines = q.shops_product_lines([cid, cid + 1], date(2026, 9, 4), date(2026, 10, 31))
            answers.append((
                {c: sorted(lines[c], key=lambda p: p.product_id) for c in lines},
                q.last_counts([cid, cid + 1], TODAY), q.last_store_checks([cid, cid + 1], TODAY),
                q.last_counts([cid], date(2026, 11, 13))))
    sql, fake = answers
    assert sql == fake
    lines, counts, checks, earlier = sql
    assert list(lines) == [1]  # the shop without orders is left out
    # nine Fridays, 4 Sep – 30 Oct
    assert {p.name: p.cartons for p in lines[1]} == {"云烟(软珍品)": 18, "红河(硬)": 36, "新品乙": 3, "紧俏丙": 3}
    counted = counts[1]
    assert counted.on == date(2026, 11, 13)  # 20 Nov counted nothing; the planned visit does not count
    assert [(c.stock_qty, c.suggested_qty, c.ordered_qty) for c in counted.counts] == [(2, 3, None), (6, 10, 8)]
    check = checks[1]
    assert (check.on, check.price_labels_complete, check.price_labels_missing) == (date(2026, 11, 20), False, 2)
    assert check.notes == ("价签旧了", "红河(硬)缺价签")  # the store check's, not the record's
    assert earlier[1].on == date(2026, 11, 6)  # strictly before the day asked


def test_suggestions_and_handbook_facts_agree_on_sql_and_fake(workspace: Workspace) -> None:
    results = []
    for uow, cid in _both(workspace):
        results.append((order_suggestions(uow, [cid], TODAY).of(cid), handbook_facts(uow, [cid], TODAY, TODAY)[cid]))
    (sql_orders, sql_facts), (fake_orders, fake_facts) = results
    assert sql_orders == fake_orders and sql_orders
    assert sql_facts == fake_facts
    assert sql_facts.label_products == ("红河(硬)",) and sql_facts.labels_missing == 2
    assert sql_facts.last_order is not None and sql_facts.last_order[0] == date(2026, 10, 30)
    assert [s.name for s in sql_facts.shortages] == ["紧俏丙"]  # asked 5, got 1, in Sep and Oct
