"""The forecast's queries on a real SQLite file give the in-memory fake's answers (the fake is what the
forecast's domain tests run on): month × shop × product sums with the cut lines counted (all, or the
odd ones before a detail month), the shops' month sums, the pairs ordered, the distinct order days, the
stock counts with the supply between them, the latest month — each bounded by [first, before)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.model.customers import Customer
from domain.model.products import PriceClass, Product
from domain.model.sales import SalesLine
from domain.model.visits import InventoryCount, Visit, VisitStatus
from domain.ports import UnitOfWork
from domain.services.workspace import ensure_defaults
from persistence.workspace import Workspace
from tests.domain.fakes import FakeUnitOfWork

LINES = [  # day, shop, product, asked, supplied
    ("2026-08-03", 0, 0, 5, 3), ("2026-08-03", 0, 1, 2, 2), ("2026-08-17", 0, 0, 7, 3),
    ("2026-09-01", 0, 0, 9, 3), ("2026-09-01", 1, 1, 4, 4), ("2026-09-15", 1, 1, 4, 4),
    ("2026-09-30", 1, 0, 1, 1), ("2026-10-05", 0, 1, 3, 3), ("2026-10-05", 1, 1, 6, 2),
    ("2026-11-02", 1, 0, 2, 2),
]
VISITS = [  # day, shop, status, [(product, stock)]
    ("2026-08-03", 0, VisitStatus.DONE, [(0, 4), (1, 2)]), ("2026-08-24", 0, VisitStatus.DONE, [(0, 1)]),
    ("2026-09-07", 0, VisitStatus.MISSED, [(0, 9)]), ("2026-09-14", 0, VisitStatus.DONE, [(0, 2), (1, 0)]),
    ("2026-09-14", 1, VisitStatus.DONE, [(1, 5)]), ("2026-10-05", 1, VisitStatus.DONE, [(1, 3), (0, 1)]),
    ("2026-11-02", 1, VisitStatus.DONE, [(1, 6)]),
]


def _fill(uow: UnitOfWork) -> None:
    with uow:
        shops = uow.customers.add_many([Customer("530102300001", "甲店"), Customer("530102300002", "乙店")])
        products = uow.products.add_many([Product("C1", "紧俏烟", Decimal(500), PriceClass.CLASS_1),
                                          Product("C2", "常销烟", Decimal(100), PriceClass.CLASS_3)])
        uow.sales.add_lines([SalesLine(date.fromisoformat(d), shops[s], products[p], asked, got, Decimal(100),
                                       Decimal(100 * got)) for d, s, p, asked, got in LINES])
        for d, s, status, counts in VISITS:
            uow.visits.add(Visit(shops[s], date.fromisoformat(d), status,
                                 inventory=[InventoryCount(products[p], stock) for p, stock in counts]))
        uow.commit()


@pytest.mark.parametrize(("first", "before"), [
    (date(2026, 8, 1), date(2026, 12, 1)),
    (date(2026, 9, 1), date(2026, 10, 1)),  # one month: the 30th in, October out
    (date(2026, 12, 1), date(2027, 1, 1)),  # nothing
])
def test_the_forecast_queries_on_sqlite_answer_as_the_fake(workspace: Workspace, first: date, before: date) -> None:
    fake = FakeUnitOfWork()
    for uow in (fake, workspace.uow()):
        ensure_defaults(uow)
        _fill(uow)
    sql = workspace.uow()
    with sql, fake:
        assert sorted(sql.forecast_queries.order_months(first, before), key=repr) == \
            sorted(fake.forecast_queries.order_months(first, before), key=repr)
        assert sql.forecast_queries.order_days(first, before) == fake.forecast_queries.order_days(first, before)
        for detail in (date(2026, 9, 1), date(2026, 10, 1)):
            assert sorted(sql.forecast_queries.order_months(first, before, detail), key=repr) == \
                sorted(fake.forecast_queries.order_months(first, before, detail), key=repr)
        assert sorted(sql.forecast_queries.shop_supplied(first, before)) == \
            sorted(fake.forecast_queries.shop_supplied(first, before))
        assert sorted(sql.forecast_queries.earlier_pairs(first, before)) == \
            sorted(fake.forecast_queries.earlier_pairs(first, before))
        counts = sql.forecast_queries.stock_counts(first, before)
        assert counts == fake.forecast_queries.stock_counts(first, before)
        assert sql.forecast_queries.latest_order_month() == fake.forecast_queries.latest_order_month() == \
            date(2026, 11, 1)
        august = [m for m in sql.forecast_queries.order_months(first, before)
                  if m.month == date(2026, 8, 1) and m.product_id == 1]
    if first == date(2026, 8, 1):  # two cut lines of 紧俏烟 for 甲店 in August: 12 asked, 6 got
        assert [(m.requested, m.supplied, m.short_lines, m.cut) for m in august] == [(12, 6, 2, True)]
        # 甲店's 紧俏烟 counted 4, 1, (a missed visit's 9 not), 2: got 3 + 3 between the first two, 3 (1 Sept) next
        first_shop = [(c.previous_on.isoformat(), c.counted_on.isoformat(), c.previous_stock, c.stock, c.supplied, c.sold)
                      for c in counts if c.product_id == counts[0].product_id and c.customer_id == counts[0].customer_id]
        assert first_shop == [("2026-08-03", "2026-08-24", 4, 1, 6, 9), ("2026-08-24", "2026-09-14", 1, 2, 3, 2)]
