"""The domain's messages (domain.messages.catalogue) spoken through Qt's translator, for the window."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from domain.errors import DomainError
from domain.messages import (
    QT_TRANSLATE_NOOP,  # noqa: F401 - re-exported for the GUI's marker lists
    catalogue,
)
from domain.messages.catalogue import DOMAIN_CONTEXT, DOMAIN_MESSAGES  # noqa: F401 - re-exported


def translate_domain(template: str, params: Mapping[str, object] | None = None) -> str:
    """A domain template in the user's language, filled with its parameters."""
    return catalogue.translate_domain(template, params, QCoreApplication.translate)


def describe_domain_error(exc: DomainError) -> str:
    return catalogue.describe_domain_error(exc, QCoreApplication.translate)
