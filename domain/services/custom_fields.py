"""Custom fields: define, rename and archive the numbers kept on every shop (设置 → 自定义字段)."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from decimal import Decimal

from domain.errors import NotFound
from domain.importing.customers import is_builtin_column
from domain.model.custom_fields import NAME_MAX, UNIT_MAX, VALUE_MAX, VALUE_PLACES, CustomField
from domain.ports import UnitOfWork
from domain.services.ordered_records import add_or_update
from domain.tiers.schemes import ContributionMeasure, ValueTierScheme
from domain.validation import FieldError, ValidationFailed


def custom_fields(uow: UnitOfWork, include_archived: bool = False) -> list[CustomField]:
    with uow:
        return [f for f in uow.custom_fields.list() if include_archived or not f.archived]


def custom_fields_in_use(uow: UnitOfWork) -> list[tuple[CustomField, int]]:
    """Every field, archived ones too, with how many shops have a value in it."""
    with uow:
        return [(f, len(uow.custom_fields.values(f.id))) for f in uow.custom_fields.list() if f.id is not None]


def _field_errors(custom_field: CustomField, others: Iterable[CustomField]) -> list[FieldError]:
    errors = []
    if not custom_field.name:
        errors.append(FieldError("name", "A custom field needs a name."))
    elif len(custom_field.name) > NAME_MAX:
        errors.append(FieldError("name", "A field name has at most {count} characters.", (("count", NAME_MAX),)))
    elif is_builtin_column(custom_field.name):
        errors.append(FieldError("name", "{name} is already a column of the dossier; choose another name.",
                                 (("name", custom_field.name),)))
    elif any(o.name == custom_field.name and o.id != custom_field.id for o in others):
        errors.append(FieldError("name", "There is already a custom field called {name}.",
                                 (("name", custom_field.name),)))
    if len(custom_field.unit) > UNIT_MAX:
        errors.append(FieldError("unit", "A unit has at most {count} characters.", (("count", UNIT_MAX),)))
    return errors


def save_custom_field(uow: UnitOfWork, custom_field: CustomField) -> CustomField:
    """Add (no id) or update one field's name and unit; a rename keeps every shop's value."""
    cleaned = replace(custom_field, name=custom_field.name.strip(), unit=custom_field.unit.strip())
    with uow:
        existing = uow.custom_fields.list()
        errors = _field_errors(cleaned, existing)
        if errors:
            raise ValidationFailed(errors)
        cleaned = add_or_update(cleaned, existing, uow.custom_fields.add, uow.custom_fields.update, "Custom field")
        uow.commit()
    return cleaned


def set_custom_field_archived(uow: UnitOfWork, field_id: int, archived: bool) -> None:
    """Archived fields leave the forms and imports; the values stay, so restoring brings them back."""
    with uow:
        found = next((f for f in uow.custom_fields.list() if f.id == field_id), None)
        if found is None:
            raise NotFound("Custom field", field_id)
        uow.custom_fields.update(replace(found, archived=archived))
        uow.commit()


def contribution_field(uow: UnitOfWork, scheme: ValueTierScheme) -> CustomField | None:
    """The custom field a value-tier scheme measures contribution by (None for the order measures, or
    when the field is gone). Call inside an open unit of work."""
    if scheme.contribution is not ContributionMeasure.CUSTOM:
        return None
    return next((f for f in uow.custom_fields.list() if f.id == scheme.contribution_field_id), None)


def value_errors(values: Mapping[int, Decimal], fields: Iterable[CustomField]) -> list[FieldError]:
    """A shop's custom values against the workspace's fields: known fields, finite, within range,
    at most four decimal places (what the database keeps exactly)."""
    names = {f.id: f.name for f in fields}
    errors = []
    for field_id, value in values.items():
        where = f"custom.{field_id}"
        if field_id not in names:
            errors.append(FieldError(where, "Custom field {key} was not found.", (("key", field_id),)))
        elif not value.is_finite() or abs(value) >= VALUE_MAX:
            errors.append(FieldError(where, "{name} must be a number below a billion billion.",
                                     (("name", names[field_id]),)))
        elif value != value.quantize(Decimal(1).scaleb(-VALUE_PLACES)):
            errors.append(FieldError(where, "{name} has at most {places} decimal places.",
                                     (("name", names[field_id]), ("places", VALUE_PLACES))))
    return errors
