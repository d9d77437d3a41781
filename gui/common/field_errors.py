"""A domain FieldError in the user's language (its English source text goes through translation)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.validation import FieldError, ValidationFailed


def describe_field_error(error: FieldError) -> str:
    return QCoreApplication.translate("Messages", error.message).format(**error.format_args())


def describe_validation(exc: ValidationFailed) -> str:
    return "\n".join(describe_field_error(e) for e in exc.errors)
