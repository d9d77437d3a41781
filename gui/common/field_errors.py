"""A domain FieldError in the user's language (its English source text goes through translation)."""
from __future__ import annotations

from domain.validation import FieldError, ValidationFailed
from gui.domain_messages import translate_domain


def describe_field_error(error: FieldError) -> str:
    return translate_domain(error.message, error.format_args())


def describe_validation(exc: ValidationFailed) -> str:
    return "\n".join(describe_field_error(e) for e in exc.errors)
