"""What the dossier's SWOT and plan tabs do the same way: the customer's dated entries in a list on the
left, newest first, the chosen one in an editor on the right, and New / Save / Delete above. Switching
entries, making a new one or leaving with unsaved edits asks first (save, drop or stay); the answers for
the whole window come through `CustomerTab.unsaved_work` (gui/common/unsaved.py). A save or delete
reloads the list and selects what was saved."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from domain.validation import ValidationFailed
from gui.common.field_errors import describe_field_error
from gui.common.row_model import Column, RowTableModel
from gui.common.widgets import heading, read_only_table
from gui.context import AppContext
from gui.customers.customer_tab import CustomerTab, SaveJob
from gui.workers import TaskRunner

Entry = TypeVar("Entry")  # a dated record with an `id` (None until saved): SwotAnalysis, ImprovementPlan
CONTEXT = "EntryEditorTab"
SELECT = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class EntryEditorTab(CustomerTab, Generic[Entry]):
    """Subclasses build their editor into `self.editor` (and whatever sits beside it), then call
    `lay_out`, and name the New button; they give the hooks below (the entry's date, a blank entry, filling and reading the
    editor, the domain calls, the words)."""

    # the domain calls, run on the worker: plain functions (like `fetch`), so that the worker holds no
    # reference to the tab
    save_entry: Callable[[AppContext, Any], Any]
    delete_entry: Callable[[AppContext, int], object]

    def __init__(self, ctx: AppContext, runner: TaskRunner, columns: list[Column[Entry]],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.current: Entry | None = None  # what the editor shows; id None: a new entry
        self.dirty = False
        self._filling = False
        self._select_id: int | None = None
        self._after_load = ""  # what the status line says once the reload after a save or delete is in

        self.new_button = QPushButton()
        self.save_button = QPushButton(QCoreApplication.translate("EntryEditorTab", "Save"))
        self.delete_button = QPushButton(QCoreApplication.translate("EntryEditorTab", "Delete…"))
        self.new_button.clicked.connect(self.new_entry)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)

        self.model: RowTableModel[Entry] = RowTableModel(columns, self)
        self.view = read_only_table(self)
        self.view.setSortingEnabled(False)
        self.view.setModel(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)

        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.editor = QWidget()

    def lay_out(self, list_title: str, right: QWidget, bar_extras: Sequence[QWidget | int] = (),
                stretch: tuple[int, int] = (1, 3), sizes: tuple[int, int] = (200, 600)) -> None:
        """The buttons' bar (then `bar_extras`: widgets, or ints for spacing; then the status line), the
        list under `list_title` and `right` (holding `self.editor`) side by side."""
        bar = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.delete_button):
            bar.addWidget(b)
        for extra in bar_extras:
            if isinstance(extra, int):
                bar.addSpacing(extra)
            else:
                bar.addWidget(extra)
        bar.addWidget(self.status, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(list_title, level=2))
        left_layout.addWidget(self.view, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, stretch[0])
        self.splitter.setStretchFactor(1, stretch[1])
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes(list(sizes))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.clear()

    # --- hooks -----------------------------------------------------------------------------------

    def entries_of(self, data: Any) -> Sequence[Entry]:
        """The entries in what `fetch` brought."""
        return data

    def entry_date(self, entry: Entry) -> date:
        raise NotImplementedError

    def blank(self, customer_id: int) -> Entry:
        raise NotImplementedError

    def fill_editor(self, entry: Entry) -> None:
        """Put `entry` into the editor's widgets (signals of the edits are ignored meanwhile)."""

    def edited(self) -> Entry:
        """The entry as the editor holds it now."""
        raise NotImplementedError

    def after_fill(self, entry: Entry | None) -> None:
        """What else follows the chosen entry (the plan's progress)."""

    def focus_editor(self) -> None:
        """Where the cursor goes for a new entry."""

    def empty_text(self) -> str:
        """The status line when the customer has no entry yet."""
        return ""

    def new_text(self) -> str:
        return ""

    def unsaved_question(self) -> tuple[str, str]:
        """Title and question of the save / drop / stay box."""
        raise NotImplementedError

    def delete_question(self, entry: Entry) -> tuple[str, str]:
        raise NotImplementedError

    def failure_titles(self) -> tuple[str, str]:
        """What a failed save and a failed delete are called."""
        raise NotImplementedError

    def show_invalid(self, exc: ValidationFailed) -> None:
        self.error.setText("\n".join(describe_field_error(e) for e in exc.errors))
        self.error.show()

    # --- showing ---------------------------------------------------------------------------------

    def clear(self) -> None:
        self.model.set_rows([])
        self._fill(None)
        self.status.setText("")

    def show_data(self, data: Any) -> None:
        rows = sorted(self.entries_of(data), key=lambda e: (self.entry_date(e), _id(e) or 0), reverse=True)
        self.model.set_rows(rows)
        self.rows_shown()
        wanted = next((n for n, e in enumerate(rows) if _id(e) == self._select_id), 0 if rows else None)
        self._select_id = None
        if wanted is None:
            self.status.setText(self.empty_text())
            self._fill(self.blank(self.customer_id or 0))
        else:
            self.status.setText(self._after_load)
            self.view.selectionModel().setCurrentIndex(self.model.index(wanted, 0), SELECT)
            self._fill(rows[wanted])
        self._after_load = ""

    def rows_shown(self) -> None:
        """After the list is filled (a tab may fit its columns)."""

    def _fill(self, entry: Entry | None) -> None:
        self._filling = True
        self.current = entry
        self.fill_editor(entry if entry is not None else self.blank(0))
        self._filling = False
        self.dirty = False
        self.error.hide()
        self.editor.setEnabled(entry is not None)
        self.save_button.setEnabled(entry is not None)
        self.delete_button.setEnabled(entry is not None and _id(entry) is not None)
        self.after_fill(entry)

    def _edited(self) -> None:
        if not self._filling:
            self.dirty = True

    def has_unsaved_changes(self) -> bool:
        return self.dirty

    # --- switching with unsaved edits ------------------------------------------------------------

    def ask_to_keep_edits(self) -> bool:
        """With unsaved edits, ask: save them (on the worker, before anything that follows), drop
        them, or stay. False: the user chose to stay."""
        return self.save_or_discard(*self.unsaved_question())

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._filling or not current.isValid():
            return
        if self.current is not None and _id(self.current) == _id(self.model.rows[current.row()]):
            return
        if not self.ask_to_keep_edits():
            self._filling = True
            if previous.isValid():
                self.view.selectionModel().setCurrentIndex(previous, SELECT)
            else:
                self.view.selectionModel().clearSelection()
            self._filling = False
            return
        self._fill(self.model.rows[current.row()])

    # --- actions ---------------------------------------------------------------------------------

    def new_entry(self) -> None:
        if self.customer_id is None or not self.ask_to_keep_edits():
            return
        self.view.selectionModel().clearSelection()
        self._fill(self.blank(self.customer_id))
        self.status.setText(self.new_text())
        self.focus_editor()

    def save_job(self) -> SaveJob | None:
        if self.customer_id is None or self.current is None:
            return None
        entry, ctx, save = self.edited(), self._ctx, type(self).save_entry
        self.error.hide()

        def saved(result: Entry) -> None:
            self._select_id = _id(result)
            self.dirty = False
            self._after_load = QCoreApplication.translate("EntryEditorTab", "Saved.")

        return SaveJob(lambda: save(ctx, entry), saved, self.failure_titles()[0], self.show_invalid)

    def delete_current(self) -> None:
        entry = self.current
        entry_id = None if entry is None else _id(entry)
        if entry is None or entry_id is None:
            return
        if not self.confirm(*self.delete_question(entry)):
            return
        ctx, delete = self._ctx, type(self).delete_entry

        def deleted(_: object) -> None:
            self.dirty = False
            self._after_load = QCoreApplication.translate("EntryEditorTab", "Deleted.")

        self.run(lambda: delete(ctx, entry_id), deleted, self.failure_titles()[1])


def _id(entry: object) -> int | None:
    return getattr(entry, "id", None)
