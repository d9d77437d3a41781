"""The due list beside the day plan: search, what to show, route; rows are added to the plan with the
button, Enter or a double-click."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.visits.planning_views import DueFilter, DueRow, DueShow, route_key
from gui.common.columns import fit_columns
from gui.common.widgets import heading, read_only_table
from gui.visits import due_model as cols
from gui.visits.due_model import DueTableModel
from gui.visits.plan_labels import show_choices

SETTINGS_KEY = "visits/due"
COLUMN_WIDTHS = {cols.NAME: 140, cols.ROUTE: 58, cols.DUE: 88, cols.LAST_VISIT: 84, cols.DAYS: 62,
                 cols.PLANNED: 74, cols.ADDRESS: 180, cols.PHONE: 104, cols.EVERY: 44}


class DuePane(QWidget):
    add_requested = Signal(list)  # customer ids, in the list's order

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = settings
        self._show_before_search: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(6)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Due for a visit"), 2))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a customer: name, pinyin, phone, license no (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        layout.addLayout(top)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.show_box = QComboBox()
        for show, label in show_choices():
            self.show_box.addItem(label, show.value)
        self.days_box = QSpinBox()
        self.days_box.setRange(1, 999)
        self.days_box.setSuffix(self.tr(" days"))
        self.days_box.setToolTip(self.tr("Not visited for at least this many days"))
        self.route_box = QComboBox()
        self.route_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.route_box.addItem(self.tr("All routes"), None)
        self.count_label = QLabel()
        self.count_label.setObjectName("PageSubtitle")
        filters.addWidget(self.show_box)
        filters.addWidget(self.days_box)
        filters.addWidget(self.route_box)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout.addLayout(filters)

        self.model = DueTableModel(self)
        self.table = read_only_table(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.sortByColumn(cols.DUE, Qt.SortOrder.AscendingOrder)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add to plan →"))
        self.add_button.setToolTip(self.tr("Add the selected customers to the day's plan (Enter, or double-click)"))
        self.add_button.setDefault(False)
        self.add_all_button = QPushButton(self.tr("Add all shown"))
        self.add_all_button.setToolTip(self.tr("Add every customer in the list as shown, in this order"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.add_all_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self._restore()
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._focus_table)
        self.show_box.currentIndexChanged.connect(self._filter_changed)
        self.days_box.valueChanged.connect(self._filter_changed)
        self.route_box.currentIndexChanged.connect(self._filter_changed)
        self.table.doubleClicked.connect(lambda _i: self.add_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.model.modelReset.connect(self._enable)
        self.add_button.clicked.connect(self.add_selected)
        self.add_all_button.clicked.connect(self.add_all_shown)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._save_header())
        self.table.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self._save_header())
        self._filter_changed()

    # --- data ------------------------------------------------------------------------------------

    def load(self, rows: list[DueRow], on: date) -> None:
        selected = self.selected_ids()
        self._fill_routes(rows)
        self.model.load(rows, on)
        # the starting widths (or the user's) are a floor: a wider font or longer words widen them
        fit_columns(self.table, keep_wider=True)
        self._select(selected)
        self._count()

    def set_planned(self, customer_ids: list[int]) -> None:
        selected = self.selected_ids()
        self.model.set_planned(customer_ids)
        self._select(selected)
        self._count()

    def _fill_routes(self, rows: list[DueRow]) -> None:
        chosen = self.route_box.currentData()
        routes = sorted({r.route for r in rows if r.route}, key=route_key)
        if [self.route_box.itemData(i) for i in range(1, self.route_box.count())] == routes:
            return
        self.route_box.blockSignals(True)
        while self.route_box.count() > 1:
            self.route_box.removeItem(1)
        for route in routes:
            self.route_box.addItem(route, route)
        self.route_box.setCurrentIndex(max(0, self.route_box.findData(chosen)))
        self.route_box.blockSignals(False)
        if self.route_box.currentData() != chosen:
            self._filter_changed()

    # --- filters ---------------------------------------------------------------------------------

    def current_filter(self) -> DueFilter:
        return DueFilter(DueShow(self.show_box.currentData()), self.days_box.value(),
                         self.route_box.currentData(), self.search.text())

    def _filter_changed(self) -> None:
        self.days_box.setVisible(self.show_box.currentData() == DueShow.NOT_VISITED.value)
        selected = self.selected_ids()
        self.model.set_filter(self.current_filter())
        self._select(selected)
        self._count()
        self._ui.setValue(f"{SETTINGS_KEY}/show", self.show_box.currentData())
        self._ui.setValue(f"{SETTINGS_KEY}/days", self.days_box.value())

    def _search_changed(self, text: str) -> None:
        """Typing searches every customer, not just the due ones; clearing the box goes back."""
        all_index = self.show_box.findData(DueShow.ALL.value)
        if text and self._show_before_search is None:
            self._show_before_search = self.show_box.currentIndex()
            self.show_box.setCurrentIndex(all_index)  # refilters
        elif not text and self._show_before_search is not None:
            previous, self._show_before_search = self._show_before_search, None
            self.show_box.setCurrentIndex(previous)
        self._filter_changed()

    def _count(self) -> None:
        self.count_label.setText(self.tr("{shown} of {total}").format(
            shown=f"{self.model.rowCount():,}", total=f"{self.model.total - self.model.planned_count:,}"))

    # --- selection and adding ----------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].customer_id for r in rows if r < len(self.model.rows)]

    def _select(self, customer_ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = None
        for cid in customer_ids:
            row = self.model.row_of(cid)
            if row is not None:
                first = row if first is None else first
                selection.select(self.model.index(row, 0),
                                 selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        if first is not None:
            self.table.scrollTo(self.model.index(first, 0))

    def add_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            below = max(i.row() for i in self.table.selectionModel().selectedRows()) - len(ids) + 1
            self.add_requested.emit(ids)
            self._next_row = below  # where the cursor goes once the rows have left the list

    def add_all_shown(self) -> None:
        ids = [r.customer_id for r in self.model.rows]
        if ids:
            self.add_requested.emit(ids)

    def after_added(self) -> None:
        """Keep the cursor where the added rows were, so the next Enter adds the next customer."""
        row = min(getattr(self, "_next_row", 0), self.model.rowCount() - 1)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, cols.NAME))
            self.table.selectRow(row)

    def _enable(self) -> None:
        self.add_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.add_all_button.setEnabled(self.model.rowCount() > 0)

    def _menu(self, pos) -> None:
        if not self.selected_ids():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Add to plan"), self.add_selected)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().selectedRows():
                self.table.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_selected()
                return True
        return super().eventFilter(watched, event)

    # --- remembered state --------------------------------------------------------------------------

    def _restore(self) -> None:
        show = self._ui.value(f"{SETTINGS_KEY}/show")
        index = self.show_box.findData(show) if show is not None else -1
        self.show_box.setCurrentIndex(max(0, index))
        try:
            stored = self._ui.value(f"{SETTINGS_KEY}/days", 30)
            self.days_box.setValue(int(stored))  # type: ignore[call-overload]  # QSettings.value() is typed object
        except (TypeError, ValueError):
            self.days_box.setValue(30)
        header = self._ui.value(f"{SETTINGS_KEY}/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    def _save_header(self) -> None:
        self._ui.setValue(f"{SETTINGS_KEY}/header", self.table.horizontalHeader().saveState())
