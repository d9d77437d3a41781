"""Use cases of the product catalogue (卷烟规格): list, create or edit, archive."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from domain.edits import apply_changes, changed_fields
from domain.errors import NotFound
from domain.model.products import Product
from domain.ports import UnitOfWork
from domain.product_rules import validate_product
from domain.validation import FieldError, ValidationFailed


def list_products(uow: UnitOfWork) -> list[Product]:
    with uow:
        return uow.products.list()


@dataclass(frozen=True)
class ProductChanges:
    """The product fields one editor changed, with their new values (see domain/edits.py)."""

    product_id: int
    values: Mapping[str, object] = field(default_factory=dict)


def _tidied(product: Product) -> Product:
    return replace(product, code=product.code.strip(), name=product.name.strip(),
                   manufacturer=product.manufacturer.strip())


def product_changes(loaded: Product, edited: Product) -> ProductChanges:
    """What the user changed in the form that loaded `loaded`, compared tidied."""
    assert loaded.id is not None, "a new product has no stored fields to change"
    return ProductChanges(loaded.id, changed_fields(_tidied(loaded), _tidied(edited)))


def save_product(uow: UnitOfWork, product: Product | ProductChanges) -> Product:
    """Create a product (no id), replace a whole one (an id), or apply an editor's changes onto the
    product as stored now, so that what an import wrote meanwhile stays."""
    with uow:
        if isinstance(product, ProductChanges):
            stored = uow.products.get(product.product_id)
            if stored is None:
                raise NotFound("Product", product.product_id)
            product = apply_changes(stored, product.values)
        product = _tidied(product)
        errors = validate_product(product)
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
