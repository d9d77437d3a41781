from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.model.customers import Customer
from domain.schemes import DEFAULT_STAR_CRITERIA
from domain.services.customers import get_customer, save_customer
from domain.services.evaluations import delete_star_evaluation, record_star_evaluation
from tests.domain.fakes import FakeUnitOfWork

TODAY = date(2026, 11, 27)


def test_deleting_the_latest_evaluation_restores_the_earlier_star_level() -> None:
    uow = FakeUnitOfWork()
    uow.store.criteria = list(DEFAULT_STAR_CRITERIA)
    customer = save_customer(uow, Customer("530102100001", "北环路烟酒店"), TODAY)
    full = {c.code: c.max_score for c in DEFAULT_STAR_CRITERIA}
    record_star_evaluation(uow, customer.id, date(2026, 5, 1), full, "A", 8)
    low = {c.code: c.max_score / 2 for c in DEFAULT_STAR_CRITERIA}
    latest = record_star_evaluation(uow, customer.id, date(2026, 11, 1), low, "B", 5)
    assert get_customer(uow, customer.id).star_level == 1
    delete_star_evaluation(uow, customer.id, latest.id)
    restored = get_customer(uow, customer.id)
    assert (restored.star_level, restored.integrity_grade) == (5, "A")
    assert latest.total_score == Decimal(50)
