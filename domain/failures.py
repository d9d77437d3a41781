"""How a failed action is logged, the same from the window and the command line."""
from __future__ import annotations

import logging

from domain.errors import DomainError, WorkspaceError


def is_refusal(exc: BaseException) -> bool:
    """A rule said no, an import was rejected, the workspace file cannot be used: the user's business."""
    return isinstance(exc, (DomainError, WorkspaceError))


def log_failure(logger: logging.Logger, what: str, exc: BaseException) -> None:
    """A refusal was shown to the user: one INFO line. Anything else is a fault in the program: ERROR
    with its traceback, so that it can be found and fixed."""
    if is_refusal(exc):
        logger.info("%s refused: %s: %s", what, type(exc).__name__, exc)
    else:
        logger.error("%s failed", what, exc_info=(type(exc), exc, exc.__traceback__))
