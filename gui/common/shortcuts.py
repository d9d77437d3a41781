"""Shortcuts that belong to a page: they work as soon as the page is shown, whatever has focus."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Keys = QKeySequence | QKeySequence.StandardKey | str


def shortcut(keys: Keys, parent: QWidget, slot: Callable[[], object], context: Qt.ShortcutContext) -> QShortcut:
    """A shortcut calling `slot` in `context`. The context is set afterwards: PySide6's constructor that
    takes a slot drops its context argument (the shortcut stays window-wide)."""
    sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
    made = QShortcut(sequence, parent, slot)
    made.setContext(context)
    return made


def page_shortcut(keys: Keys, page: QWidget, slot: Callable[[], object]) -> QShortcut:
    """A window-wide shortcut owned by `page`. A focus-bound context (WidgetWithChildrenShortcut) would
    stay dead after the user clicked the sidebar to get here; window-wide is safe because Qt ignores the
    shortcuts of hidden widgets, so only the page (and tab) in front answers."""
    return shortcut(keys, page, slot, Qt.ShortcutContext.WindowShortcut)
