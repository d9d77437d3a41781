"""Errors named after the rule they guard. Messages are English source strings; the GUI translates them."""
from __future__ import annotations


class DomainError(Exception):
    """A business rule refused an action."""


class DuplicateLicenseNo(DomainError):
    def __init__(self, license_no: str) -> None:
        super().__init__(f"A customer with license number {license_no} already exists.")
        self.license_no = license_no


class NotFound(DomainError):
    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"{what} {key} was not found.")
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
