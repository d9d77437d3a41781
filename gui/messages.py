"""Errors in the user's language (domain.messages.errors), spoken through Qt's translator."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.messages import errors
from domain.validation import ValidationFailed
from gui.common.field_errors import describe_validation
from gui.domain_messages import QT_TRANSLATE_NOOP, describe_domain_error  # noqa: F401 - re-exported

CONTEXT = errors.CONTEXT


def describe_error(exc: BaseException) -> str:
    return errors.describe_error(exc, QCoreApplication.translate)


def error_text(exc: BaseException) -> str:
    """What a page shows when a worker's task failed: every field's problem of a refused input, or the
    error in one sentence."""
    return describe_validation(exc) if isinstance(exc, ValidationFailed) else describe_error(exc)
