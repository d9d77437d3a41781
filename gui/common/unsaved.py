"""Unsaved work: every page and open dialog says what it holds, and the window asks once for all of them
before it closes or opens another workspace."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


@runtime_checkable
class HoldsUnsavedWork(Protocol):
    def unsaved_work(self) -> list[str]:
        """What would be lost, one short description per piece of work; empty when nothing."""

    def save_unsaved(self) -> bool:
        """Save it now, before returning. False: not saved, the reason is shown where the work is, and
        the work is kept."""

    def discard_unsaved(self) -> None:
        """Forget the edits: nothing is unsaved afterwards."""


def holders(widgets: Iterable[object]) -> list[HoldsUnsavedWork]:
    return [w for w in widgets if isinstance(w, HoldsUnsavedWork)]


def unsaved_of(parts: Iterable[HoldsUnsavedWork]) -> list[str]:
    return [text for part in parts for text in part.unsaved_work()]


def save_all(parts: Iterable[HoldsUnsavedWork]) -> bool:
    """Save each part holding work; stop at the first that fails (its reason is already shown)."""
    return all(part.save_unsaved() for part in parts if part.unsaved_work())


def discard_all(parts: Iterable[HoldsUnsavedWork]) -> None:
    for part in parts:
        part.discard_unsaved()



def confirm_unsaved(parent: QWidget, parts: list[HoldsUnsavedWork], action: str,
                    show: Callable[[HoldsUnsavedWork], None] = lambda _part: None) -> bool:
    """One question for everything unsaved: 保存 / 放弃 / 取消. True when it is fine to go on (nothing
    unsaved, all saved, or all discarded). A save that fails returns False after `show` brought the
    part that failed to the front, so the user sees the reason beside the work."""
    pending = [part for part in parts if part.unsaved_work()]
    if not pending:
        return True
    lines = "\n".join("• " + text for text in unsaved_of(pending))
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("UnsavedWork", "Unsaved work"),
        QCoreApplication.translate("UnsavedWork", "{action}: this work is not saved yet.\n\n{items}\n\nSave it first?").format(action=action, items=lines),
        buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save,
    )
    if answer == buttons.Discard:
        discard_all(pending)
        return True
    if answer != buttons.Save:
        return False
    for part in pending:
        if not part.save_unsaved():
            show(part)
            return False
    return True
