"""What the commands share: the refusal they raise, the workspace they open, the lines they print."""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from persistence.workspace import Workspace

Out = Callable[[str], None]  # one line of output (stdout or stderr)

DONE, FAILED, REFUSED = 0, 1, 2  # the exit codes


class CommandFailed(Exception):
    """A one-line message for stderr, and the exit code."""

    def __init__(self, message: str, code: int = FAILED) -> None:
        super().__init__(message)
        self.code = code


def refusal(exc: BaseException) -> CommandFailed:
    """A domain refusal (no orders that month, no such event …) as the one line and exit 2 it ends in."""
    from domain.messages.errors import describe_error

    return CommandFailed(describe_error(exc, QCoreApplication.translate), REFUSED)


def whole_number(text: str, what: str, least: int, most: int) -> int:
    """`text` as a whole number in [least, most]; anything else is refused with one line naming `what`."""
    try:
        n = int(text.strip())
    except ValueError:
        n = least - 1
    if not least <= n <= most:
        raise CommandFailed(QCoreApplication.translate(
            "CommandLine", "{text} is not {what}; write a whole number from {least} to {most}.").format(
            text=text, what=what, least=least, most=most), REFUSED)
    return n


def open_ready_workspace(db: Path | None, url: str | None, *, create: bool = False,
                         tell: Callable[[str], None] | None = None) -> Workspace:
    """The workspace with its shipped defaults; a missing file is created only with `create`. What the
    open did on its own (a foreign -wal set aside) is told, translated: on stderr unless `tell` is given."""
    from domain.services.workspace import ensure_defaults
    from persistence.workspace import open_workspace

    workspace = open_workspace(db, url, create=create)
    for notice in opening_notices(workspace):
        (tell or _on_stderr)(notice)
    if workspace.read_only_reason is None:  # a read-only one is used as it is
        try:
            ensure_defaults(workspace.uow())
        except BaseException:
            workspace.close()
            raise
    return workspace


def opening_notices(workspace: Workspace) -> list[str]:
    if workspace.set_aside_wal is None:
        return []
    return [QCoreApplication.translate(
        "CommandLine",
        "A -wal file beside the workspace did not belong to it and was not folded in: it was set aside as "
        "{name}. The workspace opened as its file holds it.").format(name=workspace.set_aside_wal)]


def _on_stderr(text: str) -> None:
    print(f"main.py: {text}", file=sys.stderr)


def unsupported_database(url: str | None) -> str | None:
    """Why Fieldbook refuses to open `url`, or None. Checked before any connection, so that a refused
    URL leaves nothing behind: the schema uses SQLite triggers and has no twin for other databases yet."""
    if url is None:
        return None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError:
        return QCoreApplication.translate("CommandLine", "Not a database URL: {url}").format(url=url)
    if backend == "sqlite":
        return None
    return QCoreApplication.translate(
        "CommandLine",
        "{name} databases are not supported yet; Fieldbook works on SQLite only "
        "(a file with --db PATH or a sqlite:/// URL).",
    ).format(name=backend)
