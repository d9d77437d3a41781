"""客户档案: the customer list with search and filters beside the open dossier."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain.customer_search import CustomerFilter
from domain.model.customers import CustomerStatus
from domain.read_models import CustomerList, CustomerListRow
from domain.services.customers import list_customers, set_customer_status
from domain.visits.planning_views import route_key
from gui.common.columns import fit_columns
from gui.common.empty_note import EmptyListNote
from gui.common.row_model import Column
from gui.common.unsaved import HoldsUnsavedWork, discard_all, holders, unsaved_of
from gui.common.widgets import heading, read_only_table
from gui.context import AppContext
from gui.customers.dossier import DossierPanel, TabFactory
from gui.customers.export import export_customer_list
from gui.customers.labels import stars, value_tier_labels
from gui.customers.list_model import NAME_COLUMN, CustomerTableModel
from gui.customers.segment_reassign import SegmentReassign
from gui.importing.entry_points import run_customer_import
from gui.workers import TaskRunner

# Shown at first; the rest can be switched on from the header's menu (remembered).
DEFAULT_HIDDEN_COLUMNS = (0, 3, 4, 8, 9)
SETTINGS_KEY = "customers"


DOSSIER_MIN_WIDTH = 560
LIST_MIN_WIDTH = 280


class CustomersPage(QWidget):
    count_changed = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, extra_tabs: list[tuple[str, TabFactory]] | None = None,
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._ui = settings or QSettings()
        self._undo: tuple[int, str] | None = None  # customer id, status to go back to
        self._pending_select: int | None = None
        self._opening: int | None = None  # a customer to select once the list has it
        self._adjusting_filters = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Customers")))
        top.addSpacing(16)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, owner, phone, address, license no or pinyin (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(360)
        top.addWidget(self.search, 1)
        self.new_button = QPushButton(self.tr("New customer"))
        self.new_button.setToolTip(self.tr("New customer (Ctrl+N)"))
        top.addWidget(self.new_button)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import customers from a CSV or Excel file"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Export the customers shown to an Excel file"))
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        layout.addLayout(top)

        layout.addLayout(self._build_filters())

        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("UndoBar")
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(10, 4, 10, 4)
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        layout.addWidget(self.undo_bar)

        # says which filters were cleared to show a customer opened from elsewhere
        self.filter_notice = QFrame()
        self.filter_notice.setObjectName("NoticeBar")
        notice_row = QHBoxLayout(self.filter_notice)
        notice_row.setContentsMargins(10, 4, 10, 4)
        self.filter_notice_label = QLabel()
        self.filter_notice_label.setWordWrap(True)
        notice_row.addWidget(self.filter_notice_label, 1)
        self.filter_notice.hide()
        layout.addWidget(self.filter_notice)

        self.model = CustomerTableModel(self)
        self.table = read_only_table(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)  # several for 改区域类型
        self.empty_note = EmptyListNote(self.table, self.tr("No matching customers"), lambda: self.model.total > 0)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self._hidden = self._stored_hidden_columns()
        # a model reset (every keystroke's filter) re-creates the header's sections: hide them again
        self.model.modelReset.connect(self._apply_hidden_columns)
        header.sectionResized.connect(lambda *_: self._save_header())
        self.dossier = DossierPanel(ctx, runner, extra_tabs)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.dossier)
        # An explicit minimum makes the splitter ignore the dossier's size hint, which grows with what a
        # loaded dossier holds (a long name, a full tab): without it the divider jumps as shops are opened.
        self.dossier.setMinimumWidth(DOSSIER_MIN_WIDTH)
        self.table.setMinimumWidth(LIST_MIN_WIDTH)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setSizes([520, 680])
        self.table.sortByColumn(NAME_COLUMN, Qt.SortOrder.AscendingOrder)
        self.splitter.splitterMoved.connect(lambda *_: self._ui.setValue(f"{SETTINGS_KEY}/splitter",
                                                                         self.splitter.saveState()))
        layout.addWidget(self.splitter, 1)
        self.reassign = SegmentReassign(self, ctx, runner)
        top.addWidget(self.reassign.button)

        self._restore_columns()
        self.search.textChanged.connect(self._apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button.clicked.connect(self.new_customer)
        self.import_button.clicked.connect(self.import_customers)
        self.export_button.clicked.connect(self.export_shown)
        self.undo_button.clicked.connect(self.undo)
        self.dossier.saved.connect(self._after_save)
        self.dossier.status_changed.connect(self._after_status_change)
        self.dossier.deleted.connect(lambda _cid: self.refresh())
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_customer)
        QShortcut(QKeySequence.StandardKey.Save, self, self.dossier.save_current)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        self.search.returnPressed.connect(self._focus_table)

    # --- filters ---------------------------------------------------------------------------------

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)

        def combo(label: str) -> QComboBox:
            box = QComboBox()
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.addItem(label, None)
            box.currentIndexChanged.connect(self._apply_filter)
            row.addWidget(box)
            return box

        self.segment_filter = combo(self.tr("All segments"))
        self.route_filter = combo(self.tr("All routes"))
        row.addWidget(QLabel(self.tr("Grade")))
        self.grade_min = QSpinBox()
        self.grade_max = QSpinBox()
        for box in (self.grade_min, self.grade_max):
            box.setRange(0, 60)
            box.setSpecialValueText("—")
            box.valueChanged.connect(self._apply_filter)
        row.addWidget(self.grade_min)
        row.addWidget(QLabel("–"))
        row.addWidget(self.grade_max)
        self.star_filter = combo(self.tr("Any star"))
        for n in range(1, 7):
            self.star_filter.addItem(stars(n), n)
        self.tier_filter = combo(self.tr("All value tiers"))
        for tier, label in value_tier_labels().items():
            self.tier_filter.addItem(label, tier.value)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Current customers"), "current")
        self.status_filter.addItem(self.tr("Archived"), "archived")
        self.status_filter.addItem(self.tr("All"), None)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        row.addWidget(self.status_filter)
        self.tag_filter = combo(self.tr("Any tag"))
        self.clear_filters = QPushButton(self.tr("Clear filters"))
        self.clear_filters.clicked.connect(self.reset_filters)
        row.addWidget(self.clear_filters)
        row.addStretch(1)
        return row

    def current_filter(self) -> CustomerFilter:
        return CustomerFilter(
            text=self.search.text(),
            segment=self.segment_filter.currentData(),
            route=self.route_filter.currentData(),
            grade_min=self.grade_min.value() or None,
            grade_max=self.grade_max.value() or None,
            star_level=self.star_filter.currentData(),
            value_tier=self.tier_filter.currentData(),
            status=self.status_filter.currentData(),
            tags=frozenset({self.tag_filter.currentData()} - {None}),
        )

    def reset_filters(self) -> None:
        for box in (self.segment_filter, self.route_filter, self.star_filter, self.tier_filter,
                    self.status_filter, self.tag_filter):
            box.setCurrentIndex(0)
        self.grade_min.setValue(0)
        self.grade_max.setValue(0)
        self.search.clear()

    def _apply_filter(self) -> None:
        if not self._adjusting_filters:
            self.filter_notice.hide()  # the filter is the user's own again
        current = self.selected_id()
        self.model.set_filter(self.current_filter())
        self._reselect(current)
        self._report_count()

    def _report_count(self) -> None:
        self.count_changed.emit(self.tr("Showing {shown} of {total} customers").format(
            shown=f"{self.model.rowCount():,}", total=f"{self.model.total:,}"))

    def _fill_choices(self, data: CustomerList) -> None:
        rows = data.rows
        for box, values in (
            (self.segment_filter, sorted({r.segment for r in rows if r.segment})),
            (self.route_filter, sorted({r.route for r in rows if r.route}, key=route_key)),
            (self.tag_filter, sorted({t for r in rows for t in r.tags})),
        ):
            chosen = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value in values:
                box.addItem(value, value)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)
        self.dossier.set_routes(sorted({r.route for r in rows if r.route}, key=route_key))

    # --- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx = self._ctx
        self._runner.submit(lambda: list_customers(ctx.uow()), self._show)

    def _show(self, data: CustomerList) -> None:
        current = self._pending_select or self.selected_id()
        self._pending_select = None
        self._fill_choices(data)
        self.model.load(data.rows, data.month)
        # widths from the font in use; a width the user chose wider (remembered) is kept
        fit_columns(self.table, keep_wider=self._ui.value(f"{SETTINGS_KEY}/widths") is not None)
        self._reselect(current)
        if self._opening is not None:
            self._reveal_opening()
        self._report_count()
        self.loaded.emit()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()].id

    def _reselect(self, customer_id: int | None) -> None:
        if customer_id is None:
            return
        row = self.model.row_of(customer_id)
        if row is not None:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, NAME_COLUMN))
            self.table.selectionModel().blockSignals(False)
            self.table.scrollTo(self.model.index(row, NAME_COLUMN))

    def _row_changed(self, current, previous) -> None:
        if not current.isValid():
            return
        customer_id = self.model.rows[current.row()].id
        if customer_id == self.dossier.customer_id:
            return
        if not self.dossier.confirm_leave():
            self._reselect(self.dossier.customer_id)
            return
        self.dossier.show_customer(customer_id)

    def open_customer(self, customer_id: int) -> None:
        """Select and show a customer (from elsewhere in the app). The filter stays when it shows the
        customer; otherwise only the criteria hiding it are cleared and the notice above the list says so."""
        self.filter_notice.hide()
        self._opening = customer_id
        if self.model.total:
            self._reveal_opening()
        if self._opening is not None and self.dossier.customer_id != customer_id and self.dossier.confirm_leave():
            self.dossier.show_customer(customer_id)  # the list does not have it yet: selected when it does

    def _reveal_opening(self) -> None:
        customer_id = self._opening
        hiding = self.model.criteria_hiding(customer_id) if customer_id is not None else None
        if customer_id is None or hiding is None:
            return
        self._opening = None
        if hiding:
            self._clear_criteria(hiding, next(r.name for r in self.model.all_rows if r.id == customer_id))
        row = self.model.row_of(customer_id)
        if row is None:
            return
        index = self.model.index(row, NAME_COLUMN)
        self.table.setCurrentIndex(index)  # shows the dossier, asking first about unsaved edits
        self.table.scrollTo(index, self.table.ScrollHint.PositionAtCenter)

    def _clear_criteria(self, criteria: frozenset[str], name: str) -> None:
        boxes = {"segment": self.segment_filter, "route": self.route_filter, "star_level": self.star_filter,
                 "value_tier": self.tier_filter, "tags": self.tag_filter}
        labels = {"text": self.tr("search"), "segment": self.tr("segment"), "route": self.tr("route"),
                  "grade_min": self.tr("grade"), "grade_max": self.tr("grade"), "star_level": self.tr("star"),
                  "value_tier": self.tr("value tier"), "status": self.tr("status"), "tags": self.tr("tag")}
        self._adjusting_filters = True
        try:
            for criterion in criteria:
                if criterion in boxes:
                    boxes[criterion].setCurrentIndex(0)
                elif criterion == "text":
                    self.search.clear()
                elif criterion == "status":
                    self.status_filter.setCurrentIndex(self.status_filter.findData(None))
                else:
                    (self.grade_min if criterion == "grade_min" else self.grade_max).setValue(0)
        finally:
            self._adjusting_filters = False
        cleared = list(dict.fromkeys(labels[c] for c in sorted(criteria, key=list(labels).index)))
        self.filter_notice_label.setText(
            self.tr("The list's filter hid {name}, so this was cleared: {filters}.").format(
                name=name, filters=self.tr(", ").join(cleared)))
        self.filter_notice.show()

    def new_customer(self) -> None:
        if not self.dossier.confirm_leave():
            return
        self.table.clearSelection()
        self.dossier.new_customer(sorted({r.route for r in self.model.all_rows if r.route}, key=route_key))

    def import_customers(self) -> None:
        if not self.dossier.confirm_leave():
            return
        if run_customer_import(self, self._ctx, self._runner, settings=self._ui):
            self.refresh()
            if self.dossier.customer_id is not None:
                self.dossier.show_customer(self.dossier.customer_id)

    def visible_columns(self) -> list[Column[CustomerListRow]]:
        """The columns as the user sees them: shown ones, in the order they were dragged into."""
        header = self.table.horizontalHeader()
        columns = self.model.columns
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [columns[c] for c in logical if not header.isSectionHidden(c)]

    def export_shown(self) -> None:
        export_customer_list(self, self._ctx, self._runner, list(self.model.rows), self.visible_columns(),
                             month=self.model.month, settings=self._ui)

    def _after_save(self, customer_id: int) -> None:
        self._pending_select = customer_id
        self.refresh()

    def confirm_close(self) -> bool:
        return self.dossier.confirm_leave()

    # what the window asks of every page before it closes or opens another workspace: the dossier's
    # form and each of its tabs with an editor (SWOT, plan)
    def _dossier_parts(self) -> list[HoldsUnsavedWork]:
        return holders(self.dossier.extra_tabs)

    def unsaved_work(self) -> list[str]:
        name = self.dossier.form.name.text() or self.tr("new customer")
        own = [self.tr("Dossier of {name}").format(name=name)] if self.dossier.dirty else []
        return own + [self.tr("{name}: {work}").format(name=name, work=work)
                      for work in unsaved_of(self._dossier_parts())]

    def save_unsaved(self) -> bool:
        for tab in self._dossier_parts():
            if tab.unsaved_work() and not tab.save_unsaved():
                self.dossier.tabs.setCurrentWidget(tab)  # type: ignore[arg-type]  # where the reason is shown
                return False
        return not self.dossier.dirty or self.dossier.save_now()

    def discard_unsaved(self) -> None:
        discard_all(self._dossier_parts())
        self.dossier.dirty = False

    # --- archive and undo ------------------------------------------------------------------------

    def _after_status_change(self, customer_id: int, previous: str, name: str) -> None:
        self._undo = (customer_id, previous)
        now_archived = previous != CustomerStatus.ARCHIVED.value
        text = self.tr("{name} was archived.") if now_archived else self.tr("{name} was restored.")
        self.undo_label.setText(text.format(name=name))
        self.undo_bar.show()
        QTimer.singleShot(30_000, self.undo_bar.hide)
        self._pending_select = customer_id
        self.refresh()

    def undo(self) -> None:
        if self._undo is None:
            return
        customer_id, previous = self._undo
        self._undo = None
        self.undo_bar.hide()
        ctx = self._ctx

        def restored(_old: object) -> None:
            self.dossier.show_customer(customer_id)
            self._after_save(customer_id)

        self._runner.submit(
            lambda: set_customer_status(ctx.uow(), customer_id, CustomerStatus(previous)), restored,
        )

    # --- keyboard and columns --------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.model.index(0, NAME_COLUMN))

    def _column_menu(self, pos) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for col in range(self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(col, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(col not in self._hidden)
            action.toggled.connect(lambda on, c=col: self.set_column_visible(c, on))
        menu.exec(header.mapToGlobal(pos))

    def set_column_visible(self, column: int, visible: bool) -> None:
        self._hidden = (self._hidden - {column}) if visible else (self._hidden | {column})
        self._ui.setValue(f"{SETTINGS_KEY}/hidden_columns", ",".join(map(str, sorted(self._hidden))) or "none")
        self._apply_hidden_columns()
        fit_columns(self.table, keep_wider=True)

    def _stored_hidden_columns(self) -> set[int]:
        stored = self._ui.value(f"{SETTINGS_KEY}/hidden_columns")
        if stored is None:
            return set(DEFAULT_HIDDEN_COLUMNS)
        return {int(c) for c in str(stored).split(",") if c.isdigit()}

    def hidden_columns(self) -> set[int]:
        return set(self._hidden)

    def _apply_hidden_columns(self) -> None:
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount()):
            header.setSectionHidden(col, col in self._hidden)

    def _save_header(self) -> None:
        if self.model.rowCount():
            self._ui.setValue(f"{SETTINGS_KEY}/widths", [
                self.table.columnWidth(c) for c in range(self.model.columnCount())])

    def _restore_columns(self) -> None:
        widths = self._ui.value(f"{SETTINGS_KEY}/widths")
        if isinstance(widths, list):
            for col, width in enumerate(widths[: self.model.columnCount()]):
                if str(width).isdigit() and int(width) > 0:
                    self.table.setColumnWidth(col, int(width))
        splitter = self._ui.value(f"{SETTINGS_KEY}/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self._apply_hidden_columns()
