"""A list typed as text, one entry per line: fast to type, and a long entry that wraps still reads as
one entry (each line is a paragraph with a little space under it)."""
from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

GAP = 5  # px under each entry


class EntryListEdit(QTextEdit):
    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self._spaced()

    def _spaced(self) -> None:
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setBottomMargin(GAP)
        cursor.mergeBlockFormat(block)  # new lines typed later inherit it

    def set_entries(self, entries: list[str]) -> None:
        self.setPlainText("\n".join(entries))
        self._spaced()
        self.document().setModified(False)

    def entries(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]
