"""Picking an existing shop by typing part of its name (or license, or owner): the walk-in of 沙龙运作 and
the do-not-invite list choose shops this way, without a dialog of their own."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from domain.read_models import CustomerListRow


class ShopBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # a completer of its own: the default one matches from the start only, a name is found by any part
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None  # editable: it has one
        line.setPlaceholderText(self.tr("Type a shop's name or license"))

    def set_shops(self, shops: Sequence[CustomerListRow]) -> None:
        wanted = self.customer_id()
        self.blockSignals(True)
        self.clear()
        for s in shops:
            owner = f" · {s.owner}" if s.owner else ""
            self.addItem(f"{s.name}{owner} · {s.license_no}", s.id)
        self.setCurrentIndex(-1 if wanted is None else self.findData(wanted))
        self.blockSignals(False)

    def customer_id(self) -> int | None:
        """The shop whose text is in the box (typed or chosen); None when the text names none."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index < 0:
            return None
        value = self.itemData(index)
        return int(value) if value is not None else None

    def choose(self, customer_id: int) -> None:
        self.setCurrentIndex(self.findData(customer_id))

    def clear_choice(self) -> None:
        self.setCurrentIndex(-1)
        self.clearEditText()
