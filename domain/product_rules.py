"""What makes a product (卷烟规格) record valid."""
from __future__ import annotations

import re
from decimal import Decimal

from domain.model.products import Product
from domain.validation import FieldError

CODE_PATTERN = re.compile(r"^[0-9A-Za-z-]{2,32}$")
MAX_CARTON_PRICE = Decimal("20000")


def validate_product(p: Product) -> list[FieldError]:
    errors: list[FieldError] = []

    def fail(field: str, message: str) -> None:
        errors.append(FieldError(field, message))

    if not p.code.strip():
        fail("code", "The product code is required.")
    elif not CODE_PATTERN.match(p.code):
        fail("code", "A product code is 2 to 32 letters or digits.")
    if not p.name.strip():
        fail("name", "The product name is required.")
    if not Decimal(0) < p.wholesale_price <= MAX_CARTON_PRICE:
        fail("wholesale_price", "The wholesale price per carton must be above 0 and at most 20,000 yuan.")
    if p.retail_price is not None:
        if not Decimal(0) < p.retail_price <= MAX_CARTON_PRICE:
            fail("retail_price", "The retail price per carton must be above 0 and at most 20,000 yuan.")
        elif p.retail_price < p.wholesale_price:
            fail("retail_price", "The suggested retail price is below the wholesale price.")
    if not 1 <= p.packs_per_carton <= 50:
        fail("packs_per_carton", "Packs per carton must be between 1 and 50.")
    if p.tar_mg is not None and not Decimal(0) <= p.tar_mg <= Decimal(30):
        fail("tar_mg", "Tar must be between 0 and 30 mg.")
    return errors
