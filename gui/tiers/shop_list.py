"""The 分层 page's shop list: every shop's grade and tier for the month with a filter (name or license, a
grade range or a tier), and the actions on a row — 手动调整… and 取消固定 — which the page carries out."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QVBoxLayout, QWidget

from domain.model.customers import ValueTier
from domain.services.tiers import TierListRow
from gui.analysis.tables import fit_columns, table_for
from gui.common import formatting as fmt
from gui.tiers.labels import TIERS, tier_label
from gui.tiers.tables import ShopFilter, ShopListModel, grade_bands


def pinned_ids(row: TierListRow) -> list[int]:
    """The row's pinned overrides (its grade's, its tier's), the ones 取消固定 lets go."""
    return [a.id for a in (row.grade, row.tier) if a is not None and a.pinned and a.id is not None]


class ShopListPanel(QWidget):
    open_customer = Signal(int)
    adjust_requested = Signal(object)  # TierListRow
    unpin_requested = Signal(object)  # TierListRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writable = True
        self.busy = False
        self.model = ShopListModel(self)
        self.view = table_for(self.model, self, self._open_row)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("Filter by name or license"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._filter_changed)
        self.range_box = QComboBox()
        self.range_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.range_box.currentIndexChanged.connect(self._filter_changed)
        self.adjust_button = QPushButton(self.tr("Adjust by hand…"))
        self.adjust_button.clicked.connect(self._adjust)
        self.unpin_button = QPushButton(self.tr("Unpin"))
        self.unpin_button.setToolTip(self.tr("Let the next recompute set the shop from its orders again"))
        self.unpin_button.clicked.connect(self._unpin)
        self.count_label = QLabel()
        self.count_label.setObjectName("PageSubtitle")
        bar.addWidget(self.filter_box, 1)
        bar.addWidget(self.range_box)
        bar.addWidget(self.count_label)
        bar.addWidget(self.adjust_button)
        bar.addWidget(self.unpin_button)
        column.addLayout(bar)
        column.addWidget(self.view, 1)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        self.set_grades(30)

    def set_grades(self, grades: int) -> None:
        """The filter's choices: every shop, bands of five grades from the scheme's top, each tier."""
        keep = self.range_box.currentData()
        self.range_box.blockSignals(True)
        self.range_box.clear()
        self.range_box.addItem(self.tr("All grades and tiers"), "")
        for low, high in grade_bands(grades):
            self.range_box.addItem(self.tr("Grades {low}–{high}").format(low=low, high=high), f"grades:{low}:{high}")
        for tier in TIERS:
            self.range_box.addItem(tier_label(tier), f"tier:{tier.value}")
        self.range_box.setCurrentIndex(max(self.range_box.findData(keep), 0))
        self.range_box.blockSignals(False)

    def set_rows(self, rows: Sequence[TierListRow]) -> None:
        self.model.set_all(rows)
        self._show_count()
        fit_columns(self.view)
        self.update_buttons()

    def _filter_changed(self, *_: object) -> None:
        # the combo's data: "", "grades:LOW:HIGH" or "tier:VALUE"
        chosen = str(self.range_box.currentData() or "").split(":")
        grades = (int(chosen[1]), int(chosen[2])) if chosen[0] == "grades" else None
        tier = ValueTier(chosen[1]) if chosen[0] == "tier" else None
        self.model.set_filter(ShopFilter(self.filter_box.text(), grades, tier))
        self._show_count()
        self.update_buttons()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("{shown} of {total} shops").format(
            shown=fmt.count(self.model.rowCount()), total=fmt.count(len(self.model.all_rows))))

    def selected_row(self) -> TierListRow | None:
        index = self.view.currentIndex()
        rows = self.model.rows
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def select(self, customer_id: int) -> bool:
        row = next((n for n, r in enumerate(self.model.rows) if r.customer_id == customer_id), None)
        if row is None:
            return False
        self.view.setCurrentIndex(self.model.index(row, 0))
        return True

    def update_buttons(self) -> None:
        row = self.selected_row()
        can = not self.busy and row is not None and self.writable
        self.adjust_button.setEnabled(can)
        self.unpin_button.setEnabled(can and row is not None and bool(pinned_ids(row)))

    def _open_row(self, row: object) -> None:
        customer_id = getattr(row, "customer_id", None)
        if customer_id is not None:
            self.open_customer.emit(customer_id)

    def _adjust(self) -> None:
        row = self.selected_row()
        if row is not None and self.adjust_button.isEnabled():
            self.adjust_requested.emit(row)

    def _unpin(self) -> None:
        row = self.selected_row()
        if row is not None and self.unpin_button.isEnabled():
            self.unpin_requested.emit(row)

    def _menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        for action, enabled, slot in self.row_actions():
            item = menu.addAction(action)
            item.setEnabled(enabled)
            item.triggered.connect(slot)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def row_actions(self) -> list[tuple[str, bool, object]]:
        """The context menu's entries for the selected row: (text, enabled, slot)."""
        return [(self.tr("Adjust by hand…"), self.adjust_button.isEnabled(), self._adjust),
                (self.tr("Unpin"), self.unpin_button.isEnabled(), self._unpin)]
