"""Small shared widgets: KPI cards, page headings, a tidy read-only table."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class KpiCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KpiCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.title = QLabel(title)
        self.title.setObjectName("KpiTitle")
        self.value = QLabel("—")
        self.value.setObjectName("KpiValue")
        self.note = QLabel("")
        self.note.setObjectName("KpiNote")
        for w in (self.title, self.value, self.note):
            layout.addWidget(w)

    def show_value(self, value: str, note: str = "") -> None:
        self.value.setText(value or "—")
        self.note.setText(note)


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setObjectName("PageTitle" if level == 1 else "SectionTitle")
    return label


def subtitle(text: str = "") -> QLabel:
    """The grey line under a title that says what the page or table shows, wrapped to its width."""
    label = QLabel(text)
    label.setObjectName("PageSubtitle")
    label.setWordWrap(True)
    return label


def read_only_table(parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    # Qt bolds the headers of a selected row's columns, i.e. every header once a row is chosen: the
    # columns, sized to the regular font, would then cut their titles
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


def month_title_bar(title: str, month_label: str, tooltip: str = "") -> tuple[QHBoxLayout, QComboBox]:
    """A page's title on the left and its month choice on the right (analysis, tiers, forecast); the
    page adds its buttons after the box and connects the box's `activated`."""
    bar = QHBoxLayout()
    bar.addWidget(heading(title))
    bar.addStretch(1)
    bar.addWidget(QLabel(month_label))
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    box.setToolTip(tooltip)
    bar.addWidget(box)
    return bar, box
