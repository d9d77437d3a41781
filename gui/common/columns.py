"""Column widths from the font in use: each column as wide as its header text and its widest cell, so a wide
CJK font (Noto Sans CJK, Droid Sans Fallback) widens the columns instead of cutting them. The last column
stretches into spare room only while that leaves it whole; otherwise it keeps its width and the list
scrolls sideways."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

# free text (names, addresses) may be longer than this: such a cell is elided, its header never is
LONG_TEXT_CAP = 260


def needed_width(view: QTableView, column: int) -> int:
    header = view.horizontalHeader()
    return max(header.sectionSizeFromContents(column).width(), view.sizeHintForColumn(column))


class _LastColumnGuard(QObject):
    """Turns the last column's stretch off when the columns no longer fit the viewport, on when they do."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self.needs: dict[int, int] = {}
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.settle()
        return False

    def settle(self) -> None:
        view, header = self._view, self._view.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not shown:
            return
        last = max(shown, key=header.visualIndex)
        others = sum(header.sectionSize(c) for c in shown if c != last)
        fits = others + self.needs.get(last, 0) <= view.viewport().width()
        if fits != header.stretchLastSection():
            header.setStretchLastSection(fits)
            if not fits:
                header.resizeSection(last, self.needs.get(last, header.sectionSize(last)))


def fit_columns(view: QTableView, cap: int = LONG_TEXT_CAP, keep_wider: bool = False, precision: int = 40) -> None:
    """Size the shown columns to header and contents (the first `precision` rows are measured: all rows
    would cost a data() call per cell). `keep_wider` keeps widths the user made wider."""
    header = view.horizontalHeader()
    guard = view.findChild(_LastColumnGuard)
    if guard is None:
        guard = _LastColumnGuard(view)
    header.setResizeContentsPrecision(precision)
    stretch = header.stretchLastSection()
    header.setStretchLastSection(False)
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        title = header.sectionSizeFromContents(column).width()
        width = max(title, min(needed_width(view, column), cap))
        guard.needs[column] = width
        if keep_wider:
            width = max(width, header.sectionSize(column))
        header.resizeSection(column, width)
    header.setStretchLastSection(stretch)
    guard.settle()
