"""What every dossier tab below the form does the same way: load one customer's data off the GUI
thread, drop answers that arrive after the user moved on to another customer, save and delete through
the task runner, and say what went wrong in the user's language."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from domain.validation import ValidationFailed
from gui.common.field_errors import describe_validation
from gui.context import AppContext
from gui.messages import describe_error
from gui.workers import TaskRunner

Fetch = Callable[[AppContext, int], Any]


class CustomerTab(QWidget):
    """Subclasses give `fetch` (runs on the worker: domain calls only, no widgets), `show_data` and
    `clear`; they call `run` for saves and deletes."""

    changed = Signal()  # something was saved or deleted
    loaded = Signal()  # a load finished (or failed, or the tab was cleared)

    fetch: Fetch

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.customer_id: int | None = None
        self._generation = 0
        self.busy = False
        self.status = QLabel()
        self.status.setObjectName("PageSubtitle")
        self.status.setWordWrap(True)

    # --- loading ---------------------------------------------------------------------------------

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        if customer_id is None:
            self._generation += 1
            self.clear()
            self.setEnabled(False)
            self.loaded.emit()
            return
        self.setEnabled(True)
        self.reload()

    def reload(self) -> None:
        if self.customer_id is None:
            return
        self._generation += 1
        generation, customer_id, ctx, fetch = self._generation, self.customer_id, self._ctx, type(self).fetch
        self._runner.submit(
            lambda: fetch(ctx, customer_id),
            lambda data: self._arrived(generation, data),
            lambda exc: self._load_failed(generation, exc),
        )

    def _arrived(self, generation: int, data: Any) -> None:
        if generation != self._generation:
            return  # the user moved on to another customer meanwhile
        self.show_data(data)
        self.loaded.emit()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.clear()
        self.status.setText(describe_error(exc))
        self.loaded.emit()

    def clear(self) -> None:
        """Each tab defines this."""

    def show_data(self, data: Any) -> None:
        """Each tab defines this."""

    # --- unsaved edits (tabs with an editor override these) ---------------------------------------

    def has_unsaved_changes(self) -> bool:
        return False

    def ask_to_keep_edits(self) -> bool:
        """Before the dossier shows another customer or closes: False means the user chose to stay."""
        return True

    def save_or_discard(self, title: str, question: str) -> bool:
        """For tabs with an editor (`dirty`, `save()`): with unsaved edits, ask to save them (queued on
        the worker before anything that follows), drop them, or stay. False: the user chose to stay."""
        if not getattr(self, "dirty", False):
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self, title, question,
                                      buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Cancel:
            return False
        if answer == buttons.Save:
            self.save()  # type: ignore[attr-defined]
        self.dirty = False
        return True

    # --- saving ----------------------------------------------------------------------------------

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed_title: str,
        invalid: Callable[[ValidationFailed], None] | None = None,
    ) -> None:
        """Run a save or delete on the worker; on success call `done`, reload and emit `changed`."""
        self.busy = True

        def ok(result: Any) -> None:
            self.busy = False
            done(result)
            self.reload()
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self.busy = False
            if isinstance(exc, ValidationFailed) and invalid is not None:
                invalid(exc)
            elif isinstance(exc, ValidationFailed):
                QMessageBox.warning(self, failed_title, describe_validation(exc))
            else:
                QMessageBox.warning(self, failed_title, describe_error(exc))

        self._runner.submit(work, ok, failed)

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self, title, question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
