"""RowTableModel with per-cell emphasis: bold or tinted rows (weakest criteria), coloured verdicts
(target met / not yet), a coloured marker before a cell's text (the timeline's kinds)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from gui.common.row_model import Column, Index, RowTableModel

Row = TypeVar("Row")


@dataclass(frozen=True)
class CellStyle:
    bold: bool = False
    italic: bool = False
    foreground: str | None = None  # a colour, e.g. "#b3261e"
    background: str | None = None
    marker: str | None = None  # colour of a small dot drawn before the text


StyleFn = Callable[[Any, int], CellStyle | None]  # (row, column) → style


def _dot(colour: str, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class StyledRowModel(RowTableModel[Row]):
    def __init__(self, columns: Sequence[Column[Row]], style: StyleFn, parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._style = style
        self._dots: dict[str, QIcon] = {}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        R = Qt.ItemDataRole
        if role == R.ToolTipRole:  # long text is elided in the cell: the whole of it on hover
            text = super().data(index, R.DisplayRole)
            return text if isinstance(text, str) and len(text) > 12 else None
        if role not in (R.FontRole, R.ForegroundRole, R.BackgroundRole, R.DecorationRole):
            return super().data(index, role)
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        style = self._style(self.rows[index.row()], index.column())
        if style is None:
            return None
        if role == R.FontRole and (style.bold or style.italic):
            font = QFont()
            font.setBold(style.bold)
            font.setItalic(style.italic)
            return font
        if role == R.ForegroundRole and style.foreground:
            return QBrush(QColor(style.foreground))
        if role == R.BackgroundRole and style.background:
            return QBrush(QColor(style.background))
        if role == R.DecorationRole and style.marker:
            if style.marker not in self._dots:
                self._dots[style.marker] = _dot(style.marker)
            return self._dots[style.marker]
        return None
