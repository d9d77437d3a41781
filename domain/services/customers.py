"""Use cases of the customer dossier: list, read, create or update, archive and restore, delete."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from domain.customer_rules import normalize_license_no, normalize_phone, validate_customer
from domain.edits import apply_changes, changed_fields
from domain.errors import DomainError, NotFound
from domain.model.customers import Customer, CustomerStatus
from domain.ports import UnitOfWork
from domain.read_models import CustomerList, DeletionImpact, TimelineEntry
from domain.services.custom_fields import value_errors
from domain.validation import FieldError, ValidationFailed


class CustomerHasHistory(DomainError):
    """Visits, orders and invitations are history: such a customer is archived, never deleted."""

    def __init__(self, impact: DeletionImpact) -> None:
        super().__init__("This customer has visits, orders or invitations; archive it instead of deleting it.")
        self.impact = impact


def list_customers(uow: UnitOfWork) -> CustomerList:
    with uow:
        return uow.queries.customer_list()


def get_customer(uow: UnitOfWork, customer_id: int) -> Customer:
    with uow:
        customer = uow.customers.get(customer_id)
    if customer is None:
        raise NotFound("Customer", customer_id)
    return customer


def normalized(customer: Customer) -> Customer:
    """Tidy what people type: full-width digits, spaces in numbers, +86, stray blanks, duplicate tags."""
    return replace(
        customer,
        license_no=normalize_license_no(customer.license_no),
        name=customer.name.strip(),
        owner=customer.owner.strip(),
        phone=normalize_phone(customer.phone),
        phone2=normalize_phone(customer.phone2),
        address=customer.address.strip(),
        route=customer.route.strip(),
        customer_code=customer.customer_code.strip(),
        tags=sorted({t.strip() for t in customer.tags if t.strip()}),
    )


def check_customer(uow: UnitOfWork, customer: Customer, today: date) -> list[FieldError]:
    """Every problem with `customer` as it would be saved, including a license number already taken.
    Call inside an open unit of work."""
    errors = validate_customer(customer, today)
    if customer.custom_values:
        errors += value_errors(customer.custom_values, uow.custom_fields.list())
    if customer.license_no and not any(e.field == "license_no" for e in errors):
        holder = uow.customers.get_by_license(customer.license_no)
        if holder is not None and holder.id != customer.id:
            errors.append(FieldError(
                "license_no", "License number {license_no} already belongs to {name}.",
                (("license_no", customer.license_no), ("name", holder.name)),
            ))
    return errors


@dataclass(frozen=True)
class CustomerChanges:
    """The dossier fields one editor changed, with their new values (see domain/edits.py)."""

    customer_id: int
    values: Mapping[str, object] = field(default_factory=dict)


def customer_changes(loaded: Customer, edited: Customer) -> CustomerChanges:
    """What the user changed in the form that loaded `loaded`: compared tidied, so that a stray blank
    or another tag order is not a change that would overwrite the stored value."""
    assert loaded.id is not None, "a new customer has no stored fields to change"
    changes = changed_fields(normalized(loaded), normalized(edited))
    if "custom_values" in changes:
        # only the values this form changed (None: emptied), so that one an import wrote meanwhile stays
        before, after = loaded.custom_values, edited.custom_values
        changes["custom_values"] = {k: after.get(k) for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    return CustomerChanges(loaded.id, changes)


def save_customer(uow: UnitOfWork, customer: Customer | CustomerChanges, today: date) -> Customer:
    """Create a customer (no id), replace a whole one (an id), or apply an editor's changes onto the
    customer as stored now. Returns the customer as saved; raises ValidationFailed with every field's
    problem."""
    with uow:
        if isinstance(customer, CustomerChanges):
            stored = uow.customers.get(customer.customer_id)
            if stored is None:
                raise NotFound("Customer", customer.customer_id)
            values = dict(customer.values)
            if "custom_values" in values:
                changed = values["custom_values"]
                assert isinstance(changed, Mapping)
                merged = stored.custom_values | dict(changed)
                values["custom_values"] = {k: v for k, v in merged.items() if v is not None}
            customer = apply_changes(stored, values)
        customer = normalized(customer)
        errors = check_customer(uow, customer, today)
        if errors:
            raise ValidationFailed(errors)
        if customer.id is None:
            uow.customers.add(customer)
        else:
            if uow.customers.get(customer.id) is None:
                raise NotFound("Customer", customer.id)
            uow.customers.update(customer)
        uow.commit()
    return customer


def set_customer_status(uow: UnitOfWork, customer_id: int, status: CustomerStatus) -> CustomerStatus:
    """Archive, suspend or restore; returns the previous status so the caller can undo."""
    with uow:
        customer = uow.customers.get(customer_id)
        if customer is None:
            raise NotFound("Customer", customer_id)
        uow.customers.set_status(customer_id, status)
        uow.commit()
    return customer.status


def deletion_impact(uow: UnitOfWork, customer_id: int) -> DeletionImpact:
    with uow:
        return uow.queries.deletion_impact(customer_id)


def delete_customer(uow: UnitOfWork, customer_id: int) -> DeletionImpact:
    """Delete a customer without history, with its evaluations, SWOTs, plans, reminders and tags."""
    with uow:
        if uow.customers.get(customer_id) is None:
            raise NotFound("Customer", customer_id)
        impact = uow.queries.deletion_impact(customer_id)
        if impact.blocked:
            raise CustomerHasHistory(impact)
        uow.customers.delete(customer_id)
        uow.commit()
    return impact


def customer_timeline(uow: UnitOfWork, customer_id: int) -> list[TimelineEntry]:
    with uow:
        return uow.queries.customer_timeline(customer_id)
