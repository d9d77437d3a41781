"""A read-only workspace: the buttons that would write are disabled, and kept disabled when a page
enables them again (after a selection, say). Viewing, exporting and printing stay as they are; a write
that gets through anyway is refused by the workspace with its one-line message."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QDialog, QWidget

# the attribute names the pages give their writing buttons (gui/customers, gui/products, gui/visits,
# gui/settings, gui/analysis, gui/today): new, save, delete, archive, import, the import history (its undo), and
# the visit plan's and follow-ups' changes
EDIT_BUTTONS = frozenset({
    "new_button", "save_button", "delete_button", "archive_button", "import_button", "history_button",
    "undo_button", "add_button", "add_all_button", "done_button", "missed_button", "remove_button",
    "copy_button", "record_button", "draft_button", "add_photos", "remove_photo", "recommend_button",
    "recompute_button", "adjust_button", "unpin_button",
    # the 今日 page and its festival sitting: acting on a reminder writes its state
    "snooze_button", "plan_button", "sent_button", "unsent_button",
})
LOCKED = "fieldbook_read_only"


class _KeepDisabled(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget) and watched.isEnabled():
            watched.setEnabled(False)
        return False


class DialogGuard(QObject):
    """Installed on the application while a read-only workspace is open: a dialog shown then (a visit
    record opened to read, say) gets its writing buttons disabled too."""

    def __init__(self, reason: str, window: QWidget) -> None:
        super().__init__(window)
        self.reason = reason
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # only the dialogs of this workspace's window: another window may hold a writable workspace
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and self._owns(watched):
            lock_edits(watched, self.reason)
        return False

    def _owns(self, dialog: QDialog) -> bool:
        parent = dialog.parentWidget()
        while parent is not None:
            if parent is self._window:
                return True
            parent = parent.parentWidget()
        return False


_FILTER: list[_KeepDisabled] = []


def _keeper() -> _KeepDisabled:
    if not _FILTER:
        _FILTER.append(_KeepDisabled())
    return _FILTER[0]


def edit_buttons(root: QWidget) -> list[QAbstractButton]:
    """The writing buttons of `root` and its children, found by the attribute names above."""
    found: list[QAbstractButton] = []
    for widget in [root, *root.findChildren(QWidget)]:
        for name, value in getattr(widget, "__dict__", {}).items():
            if name in EDIT_BUTTONS and isinstance(value, QAbstractButton) and value not in found:
                found.append(value)
    return found


_EDIT_KEYS = (QKeySequence.StandardKey.New, QKeySequence.StandardKey.Save, QKeySequence.StandardKey.Undo)


def _lock_shortcuts(root: QWidget) -> None:
    """Ctrl+N, Ctrl+S, Ctrl+Z reach the same slots as the buttons."""
    keys = {key.toString() for std in _EDIT_KEYS for key in QKeySequence.keyBindings(std)}
    for shortcut in root.findChildren(QShortcut):
        if shortcut.key().toString() in keys:
            shortcut.setEnabled(False)


def lock_edits(root: QWidget, reason: str) -> list[QAbstractButton]:
    _lock_shortcuts(root)
    buttons = edit_buttons(root)
    for button in buttons:
        if button.property(LOCKED):
            continue
        button.setProperty(LOCKED, True)
        button.setEnabled(False)
        button.setToolTip(reason)
        button.installEventFilter(_keeper())
    return buttons
