"""The forecast adjustments on a real SQLite file behave as the fake's: one per month × shop × product,
a second save replaces the first, a removed one is gone, a deleted shop takes its adjustments along."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from domain.forecast.adjustments import StoredAdjustment
from domain.model.customers import Customer
from domain.model.products import PriceClass, Product
from domain.ports import UnitOfWork
from domain.services.workspace import ensure_defaults
from persistence.workspace import Workspace
from tests.domain.fakes import FakeUnitOfWork

AUG, SEP = date(2026, 8, 1), date(2026, 9, 1)
WHEN = datetime(2026, 7, 28, 9, 30)


def _story(uow: UnitOfWork) -> list[StoredAdjustment]:
    ensure_defaults(uow)
    with uow:
        shops = uow.customers.add_many([Customer("530102300001", "甲店"), Customer("530102300002", "乙店")])
        products = uow.products.add_many([Product("C1", "紧俏烟", Decimal(500), PriceClass.CLASS_1),
                                          Product("C2", "常销烟", Decimal(100), PriceClass.CLASS_3)])
        save = uow.forecast_adjustments.save_adjustment
        first = save(StoredAdjustment(AUG, shops[0], products[0], 3, "开发区扩建", WHEN))
        again = save(StoredAdjustment(AUG, shops[0], products[0], -2, "工地停工", WHEN))
        assert again == first
        save(StoredAdjustment(AUG, shops[1], products[1], 4, "新开超市", WHEN))
        save(StoredAdjustment(SEP, shops[0], products[1], 1, "节前备货", WHEN))
        assert uow.forecast_adjustments.delete_adjustment(SEP, shops[0], products[1])
        assert not uow.forecast_adjustments.delete_adjustment(SEP, shops[0], products[1])
        uow.commit()
    with uow:
        return uow.forecast_adjustments.adjustments(AUG, date(2026, 10, 1))


def test_adjustments_on_sqlite_answer_as_the_fake(workspace: Workspace) -> None:
    sql, fake = _story(workspace.uow()), _story(FakeUnitOfWork())

    def plain(kept: list[StoredAdjustment]) -> list[StoredAdjustment]:
        return [replace(a, id=None) for a in kept]

    assert plain(sql) == plain(fake) == [StoredAdjustment(AUG, 1, 1, -2, "工地停工", WHEN),
                                         StoredAdjustment(AUG, 2, 2, 4, "新开超市", WHEN)]
    uow = workspace.uow()
    with uow:
        uow.customers.delete(1)
        uow.commit()
    with uow:
        assert [a.customer_id for a in uow.forecast_adjustments.adjustments(AUG, SEP)] == [2]
