"""What every dossier tab below the form does the same way: load one customer's data off the GUI
thread, drop answers that arrive after the user moved on to another customer, save and delete through
the task runner, and say what went wrong in the user's language."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from domain.validation import ValidationFailed
from gui.common.field_errors import describe_validation
from gui.context import AppContext
from gui.messages import describe_error
from gui.workers import TaskRunner

Fetch = Callable[[AppContext, int], Any]


@dataclass(frozen=True)
class SaveJob:
    """One save of a tab's editor: the same job runs on the worker (the Save button, Ctrl+S) or at once
    when the user must wait for the answer (leaving the tab, closing the window)."""

    work: Callable[[], Any]  # domain calls only, no widgets
    done: Callable[[Any], None]
    failed_title: str
    invalid: Callable[[ValidationFailed], None] | None = None


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

    def save_job(self) -> SaveJob | None:
        """Tabs with an editor: the save of what is in it, or None when there is nothing to save."""
        return None

    def unsaved_description(self) -> str:
        """Tabs with an editor: what the unsaved edits are, in a few words."""
        return ""

    def unsaved_work(self) -> list[str]:
        return [self.unsaved_description()] if self.has_unsaved_changes() else []

    def save_unsaved(self) -> bool:
        return self.save_now()

    def discard_unsaved(self) -> None:
        self.dirty = False

    def save_or_discard(self, title: str, question: str) -> bool:
        """For tabs with an editor (`dirty`, `save_job()`): with unsaved edits, ask to save them, drop them,
        or stay. False: the user chose to stay, or the save failed and the reason is shown."""
        if not getattr(self, "dirty", False):
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self, title, question,
                                      buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Cancel:
            return False
        if answer == buttons.Save:
            return self.save_now()
        self.dirty = False
        return True

    # --- saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        """The Save button and Ctrl+S: save on the worker."""
        job = self.save_job()
        if job is not None and not self.busy:
            self.run(job.work, job.done, job.failed_title, job.invalid)

    def save_now(self) -> bool:
        """Save in the GUI thread (one record, milliseconds) when what follows depends on the answer.
        False, with the reason shown in the tab, when the save fails or an earlier save is still running."""
        job = self.save_job()
        if job is None:
            return True
        if self.busy:
            # the base's own context: self.tr would look the text up under each subclass's name
            QMessageBox.information(self, job.failed_title, QCoreApplication.translate(
                "CustomerTab", "The previous save is still running. Wait a moment and try again: your edits are kept."))
            return False
        try:
            result = job.work()
        except Exception as exc:  # shown like any failed save; the edits stay in the editor
            self._show_failure(exc, job.failed_title, job.invalid)
            return False
        job.done(result)
        self.reload()
        self.changed.emit()
        return True

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
            self._show_failure(exc, failed_title, invalid)

        self._runner.submit(work, ok, failed)

    def _show_failure(self, exc: BaseException, failed_title: str,
                      invalid: Callable[[ValidationFailed], None] | None) -> None:
        if isinstance(exc, ValidationFailed) and invalid is not None:
            invalid(exc)
        elif isinstance(exc, ValidationFailed):
            QMessageBox.warning(self, failed_title, describe_validation(exc))
        else:
            QMessageBox.warning(self, failed_title, describe_error(exc))

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self, title, question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
