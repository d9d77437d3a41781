"""What a page remembers between sessions in QSettings that is not a widget's own state."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings


def remembered_month(settings: QSettings, key: str) -> date | None:
    """The month last chosen under `key`; None when never chosen or written by hand in another form."""
    stored = settings.value(key)
    try:
        return date.fromisoformat(str(stored)) if stored else None
    except ValueError:
        return None
