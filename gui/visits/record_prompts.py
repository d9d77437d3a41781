"""The visit record's questions (keep the draft? restore it?), its answer to the window's "unsaved work?",
and its stand-in for a workspace without an attachments folder."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from domain.errors import DomainError
from domain.services.visit_records import save_visit_record
from gui.messages import QT_TRANSLATE_NOOP


class NoAttachments:
    """A workspace opened without an attachments folder: photos cannot be kept."""

    def store(self, source: Path) -> str:
        raise DomainError("Photos cannot be stored for this workspace.")

    def remove(self, stored_name: str) -> None:
        pass

    def path(self, stored_name: str) -> Path:
        raise DomainError("Photos cannot be stored for this workspace.")


def _tr(text: str) -> str:  # for texts already marked below with QT_TRANSLATE_NOOP
    return QCoreApplication.translate("VisitRecordDialog", text)


ASK_TEXTS = (
    QT_TRANSLATE_NOOP("VisitRecordDialog", "Visit record not saved"),
    QT_TRANSLATE_NOOP("VisitRecordDialog", "This visit record has changes that are not saved."),
    QT_TRANSLATE_NOOP("VisitRecordDialog", "Keep the draft to finish it later: it is offered again when you open "
                                           "this visit."),
    QT_TRANSLATE_NOOP("VisitRecordDialog", "Save visit"),
    QT_TRANSLATE_NOOP("VisitRecordDialog", "Keep draft"),
    QT_TRANSLATE_NOOP("VisitRecordDialog", "Discard"),
    QT_TRANSLATE_NOOP("VisitRecordDialog", "Restore draft?"),
    QT_TRANSLATE_NOOP("VisitRecordDialog", "There is an unsaved draft of this visit record from {time}. Restore it?"
                                           "\n\nNo discards the draft."),
)


def ask_unsaved(parent: QWidget) -> str:
    """On closing with unsaved edits: "save", "keep" (the draft, for later), "discard" or "cancel"."""
    title, text, info, save_text, keep_text, discard_text = ASK_TEXTS[:6]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr(title))
    box.setText(_tr(text))
    box.setInformativeText(_tr(info))
    save = box.addButton(_tr(save_text), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(_tr(keep_text), QMessageBox.ButtonRole.RejectRole)
    discard = box.addButton(_tr(discard_text), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    answers: dict[QAbstractButton, str] = {save: "save", keep: "keep", discard: "discard"}
    return answers.get(clicked, "cancel") if clicked is not None else "cancel"


def ask_restore(parent: QWidget, saved_at: datetime) -> bool:
    """恢复草稿？ with the draft's time."""
    title, text = ASK_TEXTS[6:]
    answer = QMessageBox.question(
        parent, _tr(title), _tr(text).format(time=saved_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


class UnsavedRecordAnswer:
    """Mixed into VisitRecordDialog (whose state it reads): what the window asks of every open dialog
    before it closes or opens another workspace."""

    dirty: bool
    _saving: bool
    form: Any
    _ctx: Any
    title: Any

    def unsaved_work(self) -> list[str]:
        if not self.dirty:
            return []
        return [QCoreApplication.translate("VisitRecordDialog", "Visit record: {title}").format(
            title=self.title.text())]

    def save_unsaved(self) -> bool:
        """Save in the GUI thread (one unit of work) and close; False, with the reason shown, when refused."""
        if self.form is None or self._saving:
            return not self.dirty
        dialog: Any = self
        try:
            result = save_visit_record(self._ctx.uow(), dialog._record_to_save(),
                                       self._ctx.attachments or NoAttachments())
        except Exception as exc:  # shown like any failed save; the dialog and its edits stay
            dialog._save_failed(exc)
            return False
        dialog._saved(result)
        return True

    def discard_unsaved(self) -> None:
        dialog: Any = self
        dialog.discard_draft()
        self.dirty = False
        dialog.reject()
