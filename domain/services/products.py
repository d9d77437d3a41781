"""Use cases of the product catalogue (卷烟规格): list, create or edit, archive."""
from __future__ import annotations

from dataclasses import replace

from domain.errors import NotFound
from domain.model.products import Product
from domain.ports import UnitOfWork
from domain.product_rules import validate_product
from domain.validation import FieldError, ValidationFailed


def list_products(uow: UnitOfWork) -> list[Product]:
    with uow:
        return uow.products.list()


def save_product(uow: UnitOfWork, product: Product) -> Product:
    product = replace(product, code=product.code.strip(), name=product.name.strip(),
                      manufacturer=product.manufacturer.strip())
    errors = validate_product(product)
    with uow:
        holder = uow.products.get_by_code(product.code) if product.code else None
        if holder is not None and holder.id != product.id:
            errors.append(FieldError("code", "Product code {code} already belongs to {name}.",
                                     (("code", product.code), ("name", holder.name))))
        if errors:
            raise ValidationFailed(errors)
        if product.id is None:
            uow.products.add_many([product])
        else:
            if uow.products.get(product.id) is None:
                raise NotFound("Product", product.id)
            uow.products.update(product)
        uow.commit()
    return product
