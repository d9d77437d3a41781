"""Errors in the user's language: a domain error by its template (gui.domain_messages), the workspace
file's faults and unexpected ones in words chosen here."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.errors import (
    DomainError,
    NotAWorkspace,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceLocked,
    WorkspaceMissing,
    WorkspaceTooNew,
)
from gui.domain_messages import QT_TRANSLATE_NOOP, describe_domain_error  # noqa: F401 - re-exported

CONTEXT = "Messages"  # this module's own wording; the domain's messages are in gui.domain_messages


def describe_error(exc: BaseException) -> str:
    if isinstance(exc, WorkspaceTooNew):
        return QCoreApplication.translate("Messages", 
            "This workspace was written by a newer version of Fieldbook (schema {rev}). "
            "It was left untouched; please update Fieldbook to open it."
        ).format(rev=exc.revision)
    if isinstance(exc, WorkspaceLocked):
        return QCoreApplication.translate("Messages", "The workspace {path} is already open in another Fieldbook window.").format(
            path=exc.path
        )
    if isinstance(exc, WorkspaceMissing):
        return QCoreApplication.translate("Messages", "The folder of workspace {path} does not exist; nothing was created.").format(
            path=exc.path
        )
    if isinstance(exc, NotAWorkspace):
        return QCoreApplication.translate("Messages", "{path} is a database, but not a Fieldbook workspace; it was left untouched.").format(
            path=exc.path
        )
    if isinstance(exc, WorkspaceDamaged):
        return QCoreApplication.translate("Messages", "The workspace {path} cannot be read ({detail}); it was left untouched.").format(
            path=exc.path, detail=exc.detail
        )
    if isinstance(exc, DomainError):
        return describe_domain_error(exc)
    if isinstance(exc, WorkspaceError):
        return QCoreApplication.translate("Messages", str(exc))
    return QCoreApplication.translate("Messages", "Unexpected error: {detail}").format(detail=str(exc) or type(exc).__name__)
