"""Message wording both front ends use, in plain Python: each function takes the translator it is to
speak through (`Translate`: context, English source → the user's language). The window binds Qt's
QCoreApplication.translate in gui/, the command line binds the same in cli/; the calls keep their literal
context and source text, so lupdate extracts them from here."""
from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a text for the catalogue where it is written; it is translated later, through a variable."""
    return text


def untranslated(context: str, text: str) -> str:
    """A translator that keeps the English source: for tests and logs."""
    return text
