"""Editable table models of the visit record: short entries (each can become a follow-up), the stock
count with the suggested order, and the photos."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from domain.model.visits import InventoryCount
from domain.visits.record import RecordEntry, RecordPhoto
from domain.visits.record_views import ProductChoice
from domain.visits.suggested_order import Basis, CycleDemand, Suggestion, SupplyHistory, suggest, suggest_for_cycle
from gui.visits import record_labels as labels

Index = QModelIndex | QPersistentModelIndex
R = Qt.ItemDataRole
F = Qt.ItemFlag
KIND_ROLE = R.UserRole + 1  # (step, kind) of an entry row


def _qdate(d: date | None) -> QDate | None:
    return None if d is None else QDate(d.year, d.month, d.day)


class _Model(QAbstractTableModel):
    edited = Signal()  # the user changed something
    HEADERS: tuple[str, ...] = ()

    def _headers(self) -> tuple[str, ...]:
        return self.HEADERS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = R.DisplayRole) -> Any:
        if role != R.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers()):
            return self._headers()[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


# --- entries -----------------------------------------------------------------------------------------


class EntryModel(_Model):
    """Short entries of one tab; the follow-up column's check box makes an entry a follow-up with a due
    date and an owner note."""

    KIND, TEXT, FOLLOW_UP, DUE, NOTE = range(5)

    def __init__(self, default_due: date, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[RecordEntry] = []
        self.default_due = default_due

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Kind"), self.tr("Entry"), self.tr("Follow-up"), self.tr("Due"), self.tr("Owner note"))

    def set_entries(self, entries: list[RecordEntry]) -> None:
        self.beginResetModel()
        self.entries = [replace(e) for e in entries]
        self.endResetModel()

    def add(self, entry: RecordEntry) -> int:
        row = len(self.entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self.entries.append(entry)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.entries[row]
            self.endRemoveRows()
            self.edited.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return F.NoItemFlags
        base = F.ItemIsEnabled | F.ItemIsSelectable
        e = self.entries[index.row()]
        if e.follow_up_done:  # done elsewhere: the entry stays as it was written
            return base
        col = index.column()
        if col == self.FOLLOW_UP:
            return base | F.ItemIsUserCheckable
        if col in (self.DUE, self.NOTE) and not e.follow_up:
            return base
        return base | F.ItemIsEditable

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        e, col = self.entries[index.row()], index.column()
        if role == KIND_ROLE:
            return (e.step, e.kind)
        if role == R.CheckStateRole and col == self.FOLLOW_UP:
            return Qt.CheckState.Checked if e.follow_up else Qt.CheckState.Unchecked
        if role == R.DisplayRole:
            if col == self.KIND:
                return labels.kind_label(e.step, e.kind)
            if col == self.TEXT:
                return e.text
            if col == self.FOLLOW_UP:
                return self.tr("done") if e.follow_up_done else ""
            if col == self.DUE:
                return e.due_on.isoformat() if e.follow_up and e.due_on else ""
            if col == self.NOTE:
                return e.owner_note if e.follow_up else ""
        if role == R.EditRole:
            if col == self.KIND:
                return labels.kind_label(e.step, e.kind)
            if col == self.TEXT:
                return e.text
            if col == self.DUE:
                return _qdate(e.due_on or self.default_due)
            if col == self.NOTE:
                return e.owner_note
        if role == R.ToolTipRole and col == self.TEXT and len(e.text) > 20:
            return e.text
        if role == R.ForegroundRole and e.follow_up_done:
            return QBrush(QColor(labels.MUTED_COLOUR))
        return None

    def setData(self, index: Index, value: Any, role: int = R.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (F.ItemIsEditable | F.ItemIsUserCheckable):
            return False
        e, col = self.entries[index.row()], index.column()
        if col == self.FOLLOW_UP and role == R.CheckStateRole:
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            due = (e.due_on or self.default_due) if on else e.due_on
            self.entries[index.row()] = replace(e, follow_up=on, due_on=due)
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.NOTE))
            self.edited.emit()
            return True
        if role != R.EditRole:
            return False
        if col == self.KIND and isinstance(value, tuple):
            step, kind = value
            self.entries[index.row()] = replace(e, step=step, kind=kind)
        elif col == self.TEXT:
            self.entries[index.row()] = replace(e, text=str(value))
        elif col == self.DUE and isinstance(value, QDate) and value.isValid():
            self.entries[index.row()] = replace(e, due_on=value.toPython())  # type: ignore[arg-type]  # toPython() is typed object
        elif col == self.NOTE:
            self.entries[index.row()] = replace(e, owner_note=str(value))
        else:
            return False
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


# --- stock count and suggested order ---------------------------------------------------------------


@dataclass
class CountRow:
    product: ProductChoice
    history: SupplyHistory | None  # None: not supplied in the window (added by hand)
    stock: int | None = None
    ordered: int | None = None
    ordered_edited: bool = False  # the user typed the order: it no longer follows the suggestion
    usual: bool = True


class InventoryModel(_Model):
    """One row per product the shop usually buys (and any added): stock counted, the suggestion from the
    rule in domain/visits/suggested_order.py — the forecast's cycle demand where the product has one (as
    the handbook prints it), else the 8-week supply — and what the owner agreed to order (editable;
    follows the suggestion until typed over)."""

    PRODUCT, CLASS, WEEKLY, STOCK, SUGGESTED, ORDERED = range(6)

    def __init__(self, cover_weeks: int = 2, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CountRow] = []
        self.cover_weeks = cover_weeks
        self.demands: Mapping[int, CycleDemand] = {}

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Product"), self.tr("Class"), self.tr("Weekly (8 wk)"), self.tr("Stock"),
                self.tr("Suggested"), self.tr("Ordered"))

    def set_rows(self, rows: list[CountRow], cover_weeks: int,
                 demands: Mapping[int, CycleDemand] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.cover_weeks = cover_weeks
        self.demands = demands or {}
        self.endResetModel()

    def add_product(self, product: ProductChoice) -> int:
        """The row of the product, added at the end if it is not listed yet."""
        for n, r in enumerate(self.rows):
            if r.product.id == product.id:
                return n
        n = len(self.rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self.rows.append(CountRow(product, None, usual=False))
        self.endInsertRows()
        self.edited.emit()
        return n

    def suggestion(self, row: int) -> Suggestion:
        r = self.rows[row]
        demand = self.demands.get(r.product.id)
        if demand is not None:
            return suggest_for_cycle(demand, r.stock)
        s = suggest(r.history, r.stock, self.cover_weeks)
        return s if r.history is not None else replace(s, product_id=r.product.id)

    def ordered(self, row: int) -> int | None:
        r = self.rows[row]
        return r.ordered if r.ordered_edited else self.suggestion(row).quantity

    def counts(self) -> list[InventoryCount]:
        """The rows with a stock counted, as the record keeps them."""
        return [
            InventoryCount(r.product.id, r.stock, self.suggestion(n).quantity, self.ordered(n))
            for n, r in enumerate(self.rows) if r.stock is not None
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return F.NoItemFlags
        base = F.ItemIsEnabled | F.ItemIsSelectable
        if index.column() == self.STOCK or (index.column() == self.ORDERED
                                            and self.rows[index.row()].stock is not None):
            return base | F.ItemIsEditable
        return base

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, col = self.rows[index.row()], index.column()
        if role in (R.DisplayRole, R.EditRole):
            if col == self.PRODUCT:
                return f"{r.product.name}  {r.product.code}"
            if col == self.CLASS:
                return labels.class_label(r.product.price_class)
            if col == self.WEEKLY:
                return labels.weekly_text(r.history.weekly) if r.history else ""
            if col == self.STOCK:
                return labels.qty(r.stock)
            if col == self.SUGGESTED:
                return labels.qty(self.suggestion(index.row()).quantity)
            if col == self.ORDERED:
                return labels.qty(self.ordered(index.row()))
        if role == R.TextAlignmentRole and col >= self.WEEKLY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == R.ToolTipRole:
            if col in (self.SUGGESTED, self.WEEKLY):
                return labels.explain(self.suggestion(index.row()))
            if col == self.ORDERED and r.stock is None:
                return self.tr("Count the stock first.")
            if col == self.PRODUCT and r.product.is_scarce:
                return self.tr("Scarce product")
        if role == R.FontRole and col == self.ORDERED and r.ordered_edited:
            font = QFont()
            font.setBold(True)
            return font
        if role == R.ForegroundRole:
            if col == self.SUGGESTED and self.suggestion(index.row()).basis is Basis.CAPPED:
                return QBrush(QColor(labels.OVERDUE_COLOUR))
            if col == self.PRODUCT and not r.usual:
                return QBrush(QColor("#1f5f99"))
        return None

    def setData(self, index: Index, value: Any, role: int = R.EditRole) -> bool:
        if role != R.EditRole or not index.isValid() or not self.flags(index) & F.ItemIsEditable:
            return False
        text = str(value).strip() if value is not None else ""
        if text and not text.isdigit():
            return False
        number = int(text) if text else None
        if number is not None and number > 9999:
            return False
        r, col = self.rows[index.row()], index.column()
        if col == self.STOCK:
            r.stock = number
            if number is None:
                r.ordered, r.ordered_edited = None, False
        else:
            r.ordered, r.ordered_edited = number, number is not None
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.ORDERED))
        self.edited.emit()
        return True


# --- photos ------------------------------------------------------------------------------------------


class PhotoModel(_Model):
    NAME, CAPTION = range(2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.photos: list[RecordPhoto] = []

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Photo"), self.tr("Caption"))

    def set_photos(self, photos: list[RecordPhoto]) -> None:
        self.beginResetModel()
        self.photos = [replace(p) for p in photos]
        self.endResetModel()

    def add_files(self, paths: list[str]) -> None:
        known = {p.source for p in self.photos if p.source}
        new = [p for p in paths if p not in known]
        if not new:
            return
        first = len(self.photos)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self.photos.extend(RecordPhoto(Path(p).name, source=p) for p in new)
        self.endInsertRows()
        self.edited.emit()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.photos):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.photos[row]
            self.endRemoveRows()
            self.edited.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.photos)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return F.NoItemFlags
        base = F.ItemIsEnabled | F.ItemIsSelectable
        return base | F.ItemIsEditable if index.column() == self.CAPTION else base

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.photos):
            return None
        p = self.photos[index.row()]
        if role in (R.DisplayRole, R.EditRole):
            return p.original_name if index.column() == self.NAME else p.caption
        if role == R.ToolTipRole and index.column() == self.NAME:
            return self.tr("Not saved yet: copied beside the workspace when the visit is saved.") \
                if p.stored_name is None else self.tr("Stored with the visit.")
        if role == R.FontRole and index.column() == self.NAME and p.stored_name is None:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = R.EditRole) -> bool:
        if role != R.EditRole or not index.isValid() or index.column() != self.CAPTION:
            return False
        self.photos[index.row()] = replace(self.photos[index.row()], caption=str(value))
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True
