"""跟进事项: every open follow-up until it is done — due date, customer, what to do, the owner's note and
the visit it came from; mark done (with undo), only the overdue ones, search; double-click opens the
visit it came from."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget

from domain.services.follow_ups import list_follow_ups, mark_follow_up_done, reopen_follow_up
from domain.visits.record_views import FollowUpItem
from gui.common import formatting as fmt
from gui.common.row_model import Column
from gui.common.widgets import read_only_table
from gui.context import AppContext
from gui.customers.styled_model import CellStyle, StyledRowModel
from gui.messages import describe_error
from gui.visits import record_labels as labels
from gui.visits.record_dialog import open_visit_record
from gui.workers import TaskRunner


def _haystack(item: FollowUpItem) -> str:
    return "\x1f".join((item.customer_name, item.text, item.owner_note, item.route)).lower()


class FollowUpsView(QWidget):
    loaded = Signal()
    changed = Signal()  # a follow-up was marked done or reopened

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._items: list[FollowUpItem] = []
        self._undo_id: int | None = None
        self._generation = 0

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search customer, follow-up or note (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.overdue_only.toggled.connect(self._apply_filter)
        self.show_done = QCheckBox(self.tr("Show done"))
        self.show_done.toggled.connect(self.refresh)
        self.count = QLabel()
        self.count.setObjectName("PageSubtitle")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.overdue_only)
        filters.addWidget(self.show_done)
        filters.addWidget(self.count)

        today = ctx.today

        def style(item: FollowUpItem, column: int) -> CellStyle | None:
            if item.status == "done":
                return CellStyle(foreground=labels.MUTED_COLOUR)
            if column == 0 and item.overdue(today()):
                return CellStyle(bold=True, foreground=labels.OVERDUE_COLOUR)
            return None

        self.model: StyledRowModel[FollowUpItem] = StyledRowModel(
            [
                Column(self.tr("Due"), lambda i: i.due_on, fmt.day),
                Column(self.tr("Customer"), lambda i: i.customer_name),
                Column(self.tr("To follow up"), lambda i: i.text),
                Column(self.tr("Owner note"), lambda i: i.owner_note),
                Column(self.tr("From visit"), lambda i: i.visit_on, fmt.day),
                Column(self.tr("Done on"), lambda i: i.done_on, fmt.day),
            ],
            style, self,
        )
        self.view = read_only_table(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.doubleClicked.connect(self._open_at)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        header = self.view.horizontalHeader()
        for col, width in ((0, 96), (1, 150), (2, 320), (3, 180), (4, 96)):
            header.resizeSection(col, width)

        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setToolTip(self.tr("Mark the selected follow-up done (Ctrl+D)"))
        self.done_button.clicked.connect(self.mark_done)
        QShortcut(QKeySequence("Ctrl+D"), self, self.mark_done)
        self.open_button = QPushButton(self.tr("Open visit"))
        self.open_button.clicked.connect(self.open_visit)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        self.status = QLabel()
        self.status.setObjectName("PageSubtitle")
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.undo_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._enable()

    # --- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation, ctx, today, done = self._generation, self._ctx, self._ctx.today(), self.show_done.isChecked()
        self._runner.submit(lambda: list_follow_ups(ctx.uow(), today, include_done=done),
                            lambda items: self._arrived(generation, items),
                            lambda exc: self._failed(generation, exc))

    def _arrived(self, generation: int, items: list[FollowUpItem]) -> None:
        if generation != self._generation:
            return
        self._items = items
        self._apply_filter()
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.status.setText(describe_error(exc))
            self.loaded.emit()

    def _apply_filter(self) -> None:
        self.view.setColumnHidden(5, not self.show_done.isChecked())
        current = self.current()
        needles = [w for w in self.search.text().lower().split() if w]
        today = self._ctx.today()
        rows = [i for i in self._items
                if (not self.overdue_only.isChecked() or i.overdue(today))
                and all(n in _haystack(i) for n in needles)]
        self.model.set_rows(rows)
        overdue = sum(i.overdue(today) for i in self._items)
        self.count.setText(self.tr("{shown} of {total} · {overdue} overdue").format(
            shown=len(rows), total=len(self._items), overdue=overdue))
        if current is not None:
            for n, row in enumerate(rows):
                if row.id == current.id:
                    self.view.selectRow(n)
        self._enable()

    def current(self) -> FollowUpItem | None:
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _enable(self) -> None:
        item = self.current()
        self.done_button.setEnabled(item is not None and item.status == "open")
        self.open_button.setEnabled(item is not None and item.visit_id is not None)

    # --- actions -----------------------------------------------------------------------------------

    def mark_done(self) -> None:
        item = self.current()
        if item is None or item.status != "open":
            return
        ctx, today = self._ctx, self._ctx.today()

        def done(_: object) -> None:
            self._undo_id = item.id
            self.status.setText(self.tr("Done: {text}").format(text=item.text))
            self.undo_button.show()
            self.changed.emit()
            self.refresh()

        self._runner.submit(lambda: mark_follow_up_done(ctx.uow(), item.id, today), done, self._action_failed)

    def undo(self) -> None:
        if self._undo_id is None:
            return
        ctx, follow_up_id = self._ctx, self._undo_id

        def reopened(_: object) -> None:
            self._undo_id = None
            self.undo_button.hide()
            self.status.setText(self.tr("Open again."))
            self.changed.emit()
            self.refresh()

        self._runner.submit(lambda: reopen_follow_up(ctx.uow(), follow_up_id), reopened, self._action_failed)

    def _action_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Follow-up not changed"), describe_error(exc))

    def _open_at(self, index: QModelIndex) -> None:
        self.view.setCurrentIndex(index)
        self.open_visit()

    def open_visit(self) -> None:
        item = self.current()
        if item is None or item.visit_id is None or item.visit_on is None:
            return
        if open_visit_record(self, self._ctx, self._runner, item.customer_id, item.visit_on, item.visit_id):
            self.changed.emit()
            self.refresh()
