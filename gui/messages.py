"""Errors in the user's language. Domain errors carry English source text and their parameters;
the wording shown is chosen here so that it goes through Qt's translation."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.services.report_data import NoDayPlan, NoVisits
from domain.errors import (
    DomainError,
    NotAWorkspace,
    NotFound,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceLocked,
    WorkspaceMissing,
    WorkspaceTooNew,
)

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# Fixed domain messages, listed so that lupdate extracts them.
FIXED_MESSAGES = (
    QT_TRANSLATE_NOOP("Messages", "The default margin rate must be between 0% and 100%."),
    QT_TRANSLATE_NOOP("Messages", "The number of grades must be between 1 and 60."),
    QT_TRANSLATE_NOOP("Messages", "A visit frequency must be between 1 and 365 days."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The demo territory can only be built into an empty workspace; "
        "this one already has customers or products.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The workspace has no segments yet; set up the default schemes before building the demo.",
    ),
    QT_TRANSLATE_NOOP("Messages", "The demo build was cancelled; nothing was written."),
    QT_TRANSLATE_NOOP("Messages", "A demo territory has between 1 and 100000 customers."),
    QT_TRANSLATE_NOOP("Messages", "A demo history covers between 1 and 120 months."),
    QT_TRANSLATE_NOOP("Messages", "License number {license_no} already belongs to {name}."),
    QT_TRANSLATE_NOOP(
        "Messages", "This customer has visits, orders or invitations; archive it instead of deleting it."
    ),
)


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
    if isinstance(exc, NoDayPlan):
        return QCoreApplication.translate("Messages", "There is no visit plan for {date}.").format(
            date=exc.day.isoformat())
    if isinstance(exc, NoVisits):
        if exc.first == exc.last:
            return QCoreApplication.translate("Messages", "There are no done visits on {date}.").format(
                date=exc.first.isoformat())
        return QCoreApplication.translate("Messages", "There are no done visits from {first} to {last}.").format(
            first=exc.first.isoformat(), last=exc.last.isoformat())
    if isinstance(exc, NotFound):
        return QCoreApplication.translate("Messages", "{what} {key} was not found.").format(what=exc.what, key=exc.key)
    if isinstance(exc, NotAWorkspace):
        return QCoreApplication.translate("Messages", "{path} is a database, but not a Fieldbook workspace; it was left untouched.").format(
            path=exc.path
        )
    if isinstance(exc, WorkspaceDamaged):
        return QCoreApplication.translate("Messages", "The workspace {path} cannot be read ({detail}); it was left untouched.").format(
            path=exc.path, detail=exc.detail
        )
    if isinstance(exc, (DomainError, WorkspaceError)):
        return QCoreApplication.translate("Messages", str(exc))
    return QCoreApplication.translate("Messages", "Unexpected error: {detail}").format(detail=str(exc) or type(exc).__name__)
