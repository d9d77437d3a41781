"""The day's plan as an ordered list: drag and drop or Ctrl+Up/Down to reorder; record, mark, remove;
copy the plan to another date or delete it."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.visits.planning_views import DayPlanView, PlanStopRow
from gui.common.shortcuts import shortcut
from gui.common.widgets import heading, read_only_table
from gui.visits import plan_model as cols
from gui.visits.plan_labels import day_with_weekday
from gui.visits.plan_model import PlanStopModel

SETTINGS_KEY = "visits/plan"
COLUMN_WIDTHS = {cols.POSITION: 40, cols.NAME: 136, cols.STATUS: 92, cols.ROUTE: 58, cols.PHONE: 100}


class PlanPane(QWidget):
    record_requested = Signal(int)  # customer id
    mark_requested = Signal(list, str, str)  # customer ids, VisitStatus value, VisitType value ("" keeps it)
    remove_requested = Signal(list)
    copy_requested = Signal()
    delete_requested = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = settings
        self._view: DayPlanView | None = None
        self._can_mark = True
        self._can_record = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(6)

        top = QHBoxLayout()
        self.title = heading(self.tr("Plan"), 2)
        top.addWidget(self.title)
        top.addStretch(1)
        self.counts = QLabel()
        self.counts.setObjectName("PageSubtitle")
        top.addWidget(self.counts)
        layout.addLayout(top)
        self.route_label = QLabel()
        self.route_label.setObjectName("PageSubtitle")
        self.route_label.setWordWrap(True)
        layout.addWidget(self.route_label)

        self.model = PlanStopModel(self)
        self.table = read_only_table(self)
        self.table.setSortingEnabled(False)  # the order is the plan
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        # the address takes what is left and is elided; its tooltip has it in full
        self.table.horizontalHeader().setSectionResizeMode(cols.ADDRESS, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.doubleClicked.connect(lambda _i: self.record())
        layout.addWidget(self.table, 1)

        row1 = QHBoxLayout()
        row1.setSpacing(6)
        self.record_button = QPushButton(self.tr("Record visit…"))
        self.record_button.setToolTip(self.tr("Open the visit record of the selected stop (double-click)"))
        self.visited_button = QToolButton()
        self.visited_button.setText(self.tr("Visited"))
        self.visited_button.setToolTip(self.tr("Mark the selected stops visited in person"))
        self.visited_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.visited_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        visited_menu = QMenu(self.visited_button)
        self.in_person_action = visited_menu.addAction(self.tr("Visited in person"), self.mark_visited)
        self.phone_action = visited_menu.addAction(self.tr("Visited by phone"), self.mark_phoned)
        visited_menu.addSeparator()
        self.planned_action = visited_menu.addAction(self.tr("Back to planned"), self.mark_planned)
        self.visited_button.setMenu(visited_menu)
        self.visited_button.clicked.connect(self.mark_visited)
        self.missed_button = QPushButton(self.tr("Missed"))
        self.missed_button.setToolTip(self.tr("Mark the selected stops not visited"))
        self.up_button = QToolButton()
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.down_button = QToolButton()
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Take the selected stops off the plan (Delete)"))
        height = self.record_button.sizeHint().height()
        for button in (self.visited_button, self.up_button, self.down_button):
            button.setMinimumHeight(height)
        for arrow in (self.up_button, self.down_button):
            arrow.setMinimumWidth(height)
        for action in (self.record_button, self.visited_button, self.missed_button):
            row1.addWidget(action)
        row1.addStretch(1)
        for edit in (self.up_button, self.down_button, self.remove_button):
            row1.addWidget(edit)
        layout.addLayout(row1)

        row2 = QHBoxLayout()
        row2.setSpacing(6)
        self.copy_button = QPushButton(self.tr("Copy to…"))
        self.copy_button.setToolTip(self.tr("Copy this plan to another date"))
        self.delete_button = QPushButton(self.tr("Delete plan"))
        self.delete_button.setToolTip(self.tr("Delete this plan; visits already recorded are kept"))
        self.hint = QLabel(self.tr("Drag stops to reorder"))
        self.hint.setObjectName("PageSubtitle")
        row2.addWidget(self.hint)
        row2.addStretch(1)
        row2.addWidget(self.copy_button)
        row2.addWidget(self.delete_button)
        layout.addLayout(row2)

        self.record_button.clicked.connect(self.record)
        self.missed_button.clicked.connect(self.mark_missed)
        self.up_button.clicked.connect(lambda: self.move_stops(-1))
        self.down_button.clicked.connect(lambda: self.move_stops(1))
        self.remove_button.clicked.connect(self.remove)
        self.copy_button.clicked.connect(self.copy_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.model.modelReset.connect(self._enable)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        shortcut(QKeySequence("Ctrl+Up"), self.table, lambda: self.move_stops(-1), context)
        shortcut(QKeySequence("Ctrl+Down"), self.table, lambda: self.move_stops(1), context)
        shortcut(QKeySequence.StandardKey.Delete, self.table, self.remove, context)
        shortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.record, context)
        header = self._ui.value(f"{SETTINGS_KEY}/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_: self._ui.setValue(f"{SETTINGS_KEY}/header", self.table.horizontalHeader().saveState()))
        self._enable()

    # --- showing ----------------------------------------------------------------------------------

    def show_view(self, view: DayPlanView, *, can_mark: bool) -> None:
        """The plan of a date; `can_mark`: the day has come (visits of a day ahead cannot be marked)."""
        selected = self.selected_ids()
        current = self.current_id()
        self._view, self._can_mark = view, can_mark
        self.title.setText(self.tr("Plan for {date}").format(date=day_with_weekday(view.plan_date)))
        n = len(view.stops)
        self.counts.setText(
            self.tr("{stops} stops · {done} visited · {missed} missed").format(
                stops=n, done=view.count("done"), missed=view.count("missed"))
            if n else self.tr("No stops yet"))
        self.route_label.setText(view.route)
        self.route_label.setVisible(bool(view.route))
        self.model.set_stops(view.stops)
        self.select(selected, current)
        self._enable()

    def set_record_available(self, available: bool) -> None:
        self._can_record = available
        self.record_button.setToolTip(
            self.tr("Open the visit record of the selected stop (double-click)") if available
            else self.tr("The visit record form is not available in this version"))
        self._enable()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.stops[r].customer_id for r in rows if r < len(self.model.stops)]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if index.isValid() and index.row() < len(self.model.stops):
            return self.model.stops[index.row()].customer_id
        ids = self.selected_ids()
        return ids[0] if ids else None

    def current_stop(self) -> PlanStopRow | None:
        cid = self.current_id()
        row = None if cid is None else self.model.row_of(cid)
        return None if row is None else self.model.stops[row]

    def select(self, customer_ids: list[int], current: int | None = None) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for cid in customer_ids:
            row = self.model.row_of(cid)
            if row is not None:
                selection.select(self.model.index(row, 0),
                                 selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            selection.setCurrentIndex(self.model.index(row, cols.NAME), selection.SelectionFlag.NoUpdate)
            self.table.scrollTo(self.model.index(row, cols.NAME))

    def _enable(self) -> None:
        has_plan = bool(self._view and self._view.stops)
        selected = bool(self.table.selectionModel().selectedRows())
        for w in (self.remove_button, self.up_button, self.down_button):
            w.setEnabled(selected)
        for w, tip in ((self.visited_button, self.tr("Mark the selected stops visited in person")),
                       (self.missed_button, self.tr("Mark the selected stops not visited"))):
            w.setEnabled(selected and self._can_mark)
            w.setToolTip(tip if self._can_mark else self.tr("Stops can be marked from their day on"))
        self.record_button.setEnabled(selected and self._can_record)
        self.copy_button.setEnabled(has_plan)
        self.delete_button.setEnabled(bool(self._view and self._view.plan_id is not None))

    # --- actions ----------------------------------------------------------------------------------

    def record(self) -> None:
        stop = self.current_stop()
        if stop is not None and self._can_record:
            self.record_requested.emit(stop.customer_id)

    def mark_visited(self) -> None:
        self._mark("done", "in_person")

    def mark_phoned(self) -> None:
        self._mark("done", "phone")

    def mark_missed(self) -> None:
        self._mark("missed", "")

    def mark_planned(self) -> None:
        self._mark("planned", "")

    def _mark(self, status: str, kind: str) -> None:
        ids = self.selected_ids()
        if ids and (self._can_mark or status == "planned"):
            self.mark_requested.emit(ids, status, kind)

    def move_stops(self, step: int) -> None:
        ids, current = self.selected_ids(), self.current_id()
        rows = [self.model.row_of(c) for c in ids]
        if self.model.move_by([r for r in rows if r is not None], step):
            self.select(ids, current)

    def remove(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.remove_requested.emit(ids)

    def _menu(self, pos) -> None:
        if not self.selected_ids():
            return
        menu = QMenu(self)
        record = menu.addAction(self.tr("Record visit…"), self.record)
        record.setEnabled(self._can_record)
        menu.addSeparator()
        for text, slot in ((self.tr("Visited in person"), self.mark_visited),
                           (self.tr("Visited by phone"), self.mark_phoned),
                           (self.tr("Missed"), self.mark_missed)):
            menu.addAction(text, slot).setEnabled(self._can_mark)
        menu.addAction(self.tr("Back to planned"), self.mark_planned)
        menu.addSeparator()
        menu.addAction(self.tr("Move up"), lambda: self.move_stops(-1))
        menu.addAction(self.tr("Move down"), lambda: self.move_stops(1))
        menu.addAction(self.tr("Remove"), self.remove)
        menu.exec(self.table.viewport().mapToGlobal(pos))
