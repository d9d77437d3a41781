"""The list of shops to tick (a salon's screening, a cultivation plan's proposal): a count line, a warning,
what was left out and why, the table, and Tick all / Untick all with room for the caller's buttons; and the
short lists of criteria to tick (segments, routes) that filter them."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from gui.common.widgets import read_only_table, subtitle


class Tickable(Protocol):
    def set_all(self, ticked: bool) -> None: ...


class TickedShopsPanel(QWidget):
    def __init__(self, model: QAbstractItemModel, count_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel(count_text)
        self.count_label.setObjectName("SectionTitle")
        self.warning = QLabel()
        self.warning.setObjectName("FieldError")
        self.warning.setWordWrap(True)
        self.left_out = subtitle()
        layout.addWidget(self.count_label)
        layout.addWidget(self.warning)
        layout.addWidget(self.left_out)
        self.view = read_only_table(self)
        self.view.setModel(model)
        self.view.setSortingEnabled(False)  # the model keeps the order that explains the list
        layout.addWidget(self.view, 1)
        self.buttons = QHBoxLayout()  # the caller adds its own after the stretch
        self.tick_all = QPushButton(self.tr("Tick all"))
        self.untick_all = QPushButton(self.tr("Untick all"))
        self.buttons.addWidget(self.tick_all)
        self.buttons.addWidget(self.untick_all)
        self.buttons.addStretch(1)
        layout.addLayout(self.buttons)
        tickable: Tickable = model  # type: ignore[assignment]  # both shop models tick through set_all
        self.tick_all.clicked.connect(lambda: tickable.set_all(True))
        self.untick_all.clicked.connect(lambda: tickable.set_all(False))


class TickList(QListWidget):
    """A short list of choices to tick; none ticked means "any"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumHeight(84)

    def set_choices(self, choices: Iterable[str]) -> None:
        kept = self.ticked()
        self.clear()
        for text in choices:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if text in kept else Qt.CheckState.Unchecked)
            self.addItem(item)

    def ticked(self) -> frozenset[str]:
        return frozenset(self.item(n).text() for n in range(self.count())
                         if self.item(n).checkState() == Qt.CheckState.Checked)

    def tick(self, texts: Iterable[str]) -> None:
        wanted = set(texts)
        for n in range(self.count()):
            item = self.item(n)
            item.setCheckState(Qt.CheckState.Checked if item.text() in wanted else Qt.CheckState.Unchecked)
