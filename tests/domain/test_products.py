from __future__ import annotations

from decimal import Decimal

import pytest

from domain.model.products import PriceClass, Product
from domain.services.products import list_products, save_product
from domain.validation import ValidationFailed
from tests.domain.fakes import FakeUnitOfWork


def _product(**kw: object) -> Product:
    values = {"code": "6901028001", "name": "云烟(紫)", "wholesale_price": Decimal("51.50"),
              "price_class": PriceClass.CLASS_3, "retail_price": Decimal("58.00")} | kw
    return Product(**values)  # type: ignore[arg-type]


def test_save_and_edit_a_product() -> None:
    uow = FakeUnitOfWork()
    saved = save_product(uow, _product(name="  云烟(紫) "))
    assert saved.id is not None and saved.name == "云烟(紫)"
    save_product(uow, _product(id=saved.id, is_scarce=True))
    (stored,) = list_products(uow)
    assert stored.is_scarce


def test_rules_are_all_reported() -> None:
    uow = FakeUnitOfWork()
    save_product(uow, _product())
    with pytest.raises(ValidationFailed) as caught:
        save_product(uow, _product(name="", wholesale_price=Decimal("0"), retail_price=Decimal("-1"),
                                   packs_per_carton=0, tar_mg=Decimal("40")))
    fields = {e.field for e in caught.value.errors}
    assert fields == {"code", "name", "wholesale_price", "retail_price", "packs_per_carton", "tar_mg"}
    assert len(list_products(uow)) == 1


def test_retail_below_wholesale_is_refused() -> None:
    with pytest.raises(ValidationFailed) as caught:
        save_product(FakeUnitOfWork(), _product(retail_price=Decimal("50")))
    assert caught.value.errors[0].field == "retail_price"
