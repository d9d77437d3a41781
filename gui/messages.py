"""Errors in the user's language (domain.messages.errors), spoken through Qt's translator."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.messages import errors
from gui.domain_messages import QT_TRANSLATE_NOOP, describe_domain_error  # noqa: F401 - re-exported

CONTEXT = errors.CONTEXT


def describe_error(exc: BaseException) -> str:
    return errors.describe_error(exc, QCoreApplication.translate)
