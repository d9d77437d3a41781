"""The record form's table parts: a table view set up for editing in place, the delegates that edit an
entry's kind, a date and a carton count, and the count table that moves down as the user types."""
from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from domain.model.visits import EntryKind, VisitStep
from gui.visits import record_labels as labels
from gui.visits.record_models import KIND_ROLE


def record_table(model, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.setTabKeyNavigation(False)  # Tab leaves the table: the form's tab order stays usable
    return view


# --- delegates ----------------------------------------------------------------------------------------


class KindDelegate(QStyledItemDelegate):
    def __init__(self, kinds: tuple[tuple[VisitStep, EntryKind], ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds = kinds

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        box = QComboBox(parent)
        current = index.data(KIND_ROLE)
        kinds = list(self.kinds) + ([current] if current and current not in self.kinds else [])
        for step, kind in kinds:
            box.addItem(labels.kind_label(step, kind), (step, kind))
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        current = index.data(KIND_ROLE)
        for n in range(editor.count()):
            if editor.itemData(n) == current:
                editor.setCurrentIndex(n)

    def setModelData(self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        edit = QDateEdit(parent)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        return edit

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(value, QDate):
            editor.setDate(value)

    def setModelData(self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)


class QuantityDelegate(QStyledItemDelegate):
    """Cartons typed as digits; empty means not counted."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        edit = QLineEdit(parent)
        edit.setMaxLength(4)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setValidator(QIntValidator(0, 9999, edit))
        return edit


class CountTable(QTableView):
    """Enter in the stock or order column commits and moves down the same column: count a shelf by
    typing 3 ↵ 5 ↵ 2 ↵."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            current = self.currentIndex()
            below = current.sibling(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)
            return
        super().closeEditor(editor, hint)
