"""Shortcuts that belong to a page: they work as soon as the page is shown, whatever has focus."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Keys = QKeySequence | QKeySequence.StandardKey | str


def page_shortcut(keys: Keys, page: QWidget, slot: Callable[[], object]) -> QShortcut:
    """A window-wide shortcut owned by `page`. A focus-bound context (WidgetWithChildrenShortcut) would
    stay dead after the user clicked the sidebar to get here; window-wide is safe because Qt ignores the
    shortcuts of hidden widgets, so only the page (and tab) in front answers."""
    sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
    return QShortcut(sequence, page, slot, context=Qt.ShortcutContext.WindowShortcut)
