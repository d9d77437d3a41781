"""Saving a form writes only the fields the user changed, onto the record as it is stored now, so that
what another screen wrote while the form was open (a star evaluation, an import) is kept."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.model.customers import Customer
from domain.model.products import PriceClass, Product
from domain.schemes import DEFAULT_STAR_CRITERIA
from domain.services.customers import CustomerChanges, customer_changes, get_customer, save_customer
from domain.services.evaluations import record_star_evaluation
from domain.services.products import ProductChanges, list_products, product_changes, save_product
from domain.validation import ValidationFailed
from tests.domain.fakes import FakeUnitOfWork

TODAY = date(2026, 11, 27)


def _five_star_shop(uow: FakeUnitOfWork) -> Customer:
    uow.store.criteria = list(DEFAULT_STAR_CRITERIA)
    shop = save_customer(uow, Customer("530102100001", "北环路烟酒店", phone="13800000000"), TODAY)
    full = {c.code: c.max_score for c in DEFAULT_STAR_CRITERIA}
    record_star_evaluation(uow, shop.id, date(2026, 5, 1), full, "A", 8)
    return get_customer(uow, shop.id)


def test_an_evaluation_recorded_while_the_form_is_open_survives_its_save() -> None:
    uow = FakeUnitOfWork()
    loaded = _five_star_shop(uow)
    assert (loaded.star_level, loaded.integrity_grade) == (5, "A")
    edited = Customer(**{**loaded.__dict__, "phone": "13900000000"})  # the form's copy, phone retyped

    low = {c.code: c.max_score / 2 for c in DEFAULT_STAR_CRITERIA}
    record_star_evaluation(uow, loaded.id, date(2026, 11, 1), low, "B", 5)  # meanwhile, elsewhere

    changes = customer_changes(loaded, edited)
    assert changes == CustomerChanges(loaded.id, {"phone": "13900000000"})
    saved = save_customer(uow, changes, TODAY)
    stored = get_customer(uow, loaded.id)
    assert (stored.phone, stored.star_level, stored.integrity_grade) == ("13900000000", 1, "B")
    assert saved == stored


def test_what_people_type_is_not_a_change_when_it_tidies_to_the_stored_value() -> None:
    uow = FakeUnitOfWork()
    loaded = save_customer(uow, Customer("530102100001", "北环路烟酒店", tags=["新店", "重点培育"]), TODAY)
    retyped = Customer(**{**loaded.__dict__, "name": " 北环路烟酒店 ", "tags": ["重点培育 ", "新店", ""]})
    assert customer_changes(loaded, retyped).values == {}


def test_changes_are_validated_against_the_stored_customer() -> None:
    uow = FakeUnitOfWork()
    loaded = _five_star_shop(uow)
    with pytest.raises(ValidationFailed) as caught:
        save_customer(uow, CustomerChanges(loaded.id, {"phone": "12345", "name": ""}), TODAY)
    assert {e.field for e in caught.value.errors} == {"phone", "name"}
    assert get_customer(uow, loaded.id).phone == "13800000000"


def test_a_change_must_name_a_field_of_the_dossier() -> None:
    uow = FakeUnitOfWork()
    loaded = _five_star_shop(uow)
    with pytest.raises(ValueError):
        save_customer(uow, CustomerChanges(loaded.id, {"id": 99}), TODAY)
    with pytest.raises(ValueError):
        save_customer(uow, CustomerChanges(loaded.id, {"stars": 3}), TODAY)


def test_a_product_edit_keeps_what_an_import_wrote_meanwhile() -> None:
    uow = FakeUnitOfWork()
    loaded = save_product(uow, Product("6901028001", "云烟(紫)", Decimal("51.50"), PriceClass.CLASS_3,
                                       retail_price=Decimal("58.00")))
    edited = Product(**{**loaded.__dict__, "is_scarce": True})  # the form's copy
    # meanwhile a product import sets a new wholesale price
    save_product(uow, Product(**{**loaded.__dict__, "wholesale_price": Decimal("53.00")}))

    changes = product_changes(loaded, edited)
    assert changes == ProductChanges(loaded.id, {"is_scarce": True})
    save_product(uow, changes)
    (stored,) = list_products(uow)
    assert (stored.is_scarce, stored.wholesale_price) == (True, Decimal("53.00"))
