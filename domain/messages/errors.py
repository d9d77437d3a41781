"""Errors in the user's language: a domain error by its template (domain.messages.catalogue), the
workspace file's faults and unexpected ones in words chosen here ("Messages")."""
from __future__ import annotations

from domain.errors import (
    DomainError,
    NotAWorkspace,
    WorkspaceDamaged,
    WorkspaceDamagedSetAside,
    WorkspaceError,
    WorkspaceLocked,
    WorkspaceMissing,
    WorkspaceNotFound,
    WorkspaceReadOnly,
    WorkspaceTooNew,
)
from domain.messages import QT_TRANSLATE_NOOP, Translate  # noqa: F401 - marks this module for lupdate
from domain.messages.catalogue import describe_domain_error

CONTEXT = "Messages"

# the reasons a workspace is read-only, translated where they are shown
READ_ONLY_REASONS = (
    QT_TRANSLATE_NOOP("Messages", "file is read-only"),
    QT_TRANSLATE_NOOP("Messages", "folder is read-only"),
    QT_TRANSLATE_NOOP("Messages", "backups folder is read-only"),
)


def describe_error(exc: BaseException, translate: Translate) -> str:
    if isinstance(exc, WorkspaceTooNew):
        return translate("Messages",
            "This workspace was written by a newer version of Fieldbook (schema {rev}). "
            "It was left untouched; please update Fieldbook to open it."
        ).format(rev=exc.revision)
    if isinstance(exc, WorkspaceLocked):
        return translate("Messages", "The workspace {path} is already open in another Fieldbook window.").format(
            path=exc.path
        )
    if isinstance(exc, WorkspaceMissing):
        return translate("Messages", "The folder of workspace {path} does not exist; nothing was created.").format(
            path=exc.path
        )
    if isinstance(exc, NotAWorkspace):
        return translate("Messages", "{path} is a database, but not a Fieldbook workspace; it was left untouched.").format(
            path=exc.path
        )
    if isinstance(exc, WorkspaceNotFound):
        return translate("Messages", "There is no workspace at {path}; nothing was created. "
            "Open it where it is now, restore a backup (main.py restore --latest) or create one (main.py new)."
        ).format(path=exc.path)
    if isinstance(exc, WorkspaceDamagedSetAside):
        return translate("Messages",
            "The workspace {path} is damaged; it was set aside unchanged as {copy}. Restore the newest backup "
            "with main.py restore --latest or 文件 ▸ 从备份恢复…"
        ).format(path=exc.path, copy=exc.damaged_copy)
    if isinstance(exc, WorkspaceReadOnly):
        return translate("Messages", "The workspace {path} is read-only ({reason}); nothing was changed.").format(
            path=exc.path, reason=translate("Messages", exc.reason)
        )
    if isinstance(exc, WorkspaceDamaged):
        return translate("Messages", "The workspace {path} cannot be read ({detail}); it was left untouched.").format(
            path=exc.path, detail=exc.detail
        )
    if isinstance(exc, DomainError):
        return describe_domain_error(exc, translate)
    if isinstance(exc, WorkspaceError):
        return translate("Messages", str(exc))
    return translate("Messages", "Unexpected error: {detail}").format(detail=str(exc) or type(exc).__name__)
