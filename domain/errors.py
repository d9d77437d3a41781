"""Errors named after the rule they guard. Each keeps its English source template and the values that
fill it apart, so that the GUI and the command line can translate the template first."""
from __future__ import annotations


class DomainError(Exception):
    """A business rule refused an action. `template` is English source text with {placeholders};
    `params` fill it; str() is the filled English text (logs, tests)."""

    def __init__(self, template: str = "", **params: object) -> None:
        super().__init__(template.format(**params) if params else template)
        self.template = template
        self.params = params


class NotFound(DomainError):
    """`what` is the English name of the kind of record ("Customer", "Visit"); it is translated too."""

    def __init__(self, what: str, key: object) -> None:
        super().__init__("{what} {key} was not found.", what=what, key=key)
        self.what = what
        self.key = key


class WorkspaceError(Exception):
    """The workspace file cannot be used as it is (locked, too new, damaged, missing)."""


class WorkspaceTooNew(WorkspaceError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            f"This workspace was written by a newer version of Fieldbook (schema {revision}); "
            "it was left untouched. Please update Fieldbook to open it."
        )
        self.revision = revision


class WorkspaceLocked(WorkspaceError):
    def __init__(self, path: str) -> None:
        super().__init__(f"The workspace {path} is already open in another Fieldbook window.")
        self.path = path


class WorkspaceMissing(WorkspaceError):
    def __init__(self, path: str) -> None:
        super().__init__(f"The folder of workspace {path} does not exist.")
        self.path = path


class NotAWorkspace(WorkspaceError):
    def __init__(self, path: str) -> None:
        super().__init__(f"{path} is a database, but not a Fieldbook workspace; it was left untouched.")
        self.path = path


class WorkspaceDamaged(WorkspaceError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"The workspace {path} cannot be read ({detail}); it was left untouched.")
        self.path = path
        self.detail = detail


class WorkspaceNotFound(WorkspaceError):
    """The folder is there but the file is not: never replaced by a new empty workspace behind the
    user's back (only `demo` and an explicit `new` create one)."""

    def __init__(self, path: str) -> None:
        super().__init__(f"There is no workspace at {path}; nothing was created.")
        self.path = path


class WorkspaceDamagedSetAside(WorkspaceError):
    """The open found the file damaged and renamed it, so that nothing writes into it; the copy is
    kept for a specialist, the user restores a backup."""

    def __init__(self, path: str, detail: str, damaged_copy: str) -> None:
        super().__init__(f"The workspace {path} is damaged ({detail}); it was set aside as {damaged_copy}.")
        self.path = path
        self.detail = detail
        self.damaged_copy = damaged_copy


class WorkspaceReadOnly(WorkspaceError):
    """A write was attempted on a workspace opened read-only (`reason` says why it was)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"The workspace {path} is open read-only ({reason}); nothing was changed.")
        self.path = path
        self.reason = reason


class DiskFull(WorkspaceError):
    def __init__(self, path: str, needed_bytes: int, free_bytes: int) -> None:
        super().__init__(
            f"Not enough free space for {path}: {needed_bytes:,} bytes needed, {free_bytes:,} free; nothing was changed."
        )
        self.path = path
        self.needed_bytes = needed_bytes
        self.free_bytes = free_bytes


class BackupNotFound(WorkspaceError):
    def __init__(self, name: str) -> None:
        super().__init__(f"There is no backup named {name}.")
        self.name = name
