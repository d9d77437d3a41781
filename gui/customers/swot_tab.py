"""SWOT tab: the customer's dated analyses, the selected one as four lists (one entry per line) and a
conclusion; new, save, delete."""
from __future__ import annotations

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain.model.evaluations import SwotAnalysis
from domain.services.evaluations import customer_evaluations, delete_swot, save_swot
from domain.validation import ValidationFailed
from gui.common import formatting as fmt
from gui.common.field_errors import describe_field_error
from gui.common.row_model import Column, RowTableModel
from gui.common.widgets import heading, read_only_table
from gui.context import AppContext
from gui.customers.customer_tab import CustomerTab, SaveJob
from gui.customers.entry_list import EntryListEdit
from gui.workers import TaskRunner

QUADRANT_COLOURS = {"strengths": "#2e7d32", "weaknesses": "#c25e00", "opportunities": "#1f5f99", "threats": "#b3261e"}


def _fetch(ctx: AppContext, customer_id: int) -> list[SwotAnalysis]:
    return list(customer_evaluations(ctx.uow(), customer_id).swots)


class SwotTab(CustomerTab):
    fetch = staticmethod(_fetch)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.current: SwotAnalysis | None = None  # what the editor shows; id None: a new analysis
        self.dirty = False
        self._filling = False
        self._select_id: int | None = None
        self._after_load = ""  # what the status line says once the reload after a save or delete is in

        self.new_button = QPushButton(self.tr("New analysis"))
        self.save_button = QPushButton(self.tr("Save"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.new_button.clicked.connect(self.new_analysis)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)
        bar = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.delete_button):
            bar.addWidget(b)
        bar.addWidget(self.status, 1)

        self.model: RowTableModel[SwotAnalysis] = RowTableModel(
            [
                Column(self.tr("Date"), lambda s: s.analysed_on, fmt.day),
                Column(self.tr("Conclusion"), lambda s: s.conclusion.replace("\n", " ")),
            ],
            self,
        )
        self.view = read_only_table(self)
        self.view.setSortingEnabled(False)
        self.view.setModel(self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.horizontalHeader().setMinimumSectionSize(40)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(self.tr("Analyses, newest first"), level=2))
        left_layout.addWidget(self.view, 1)

        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.dateChanged.connect(self._edited)
        date_row = QHBoxLayout()
        date_row.addWidget(QLabel(self.tr("Analysed on")))
        date_row.addWidget(self.date)
        date_row.addStretch(1)

        self.lists: dict[str, EntryListEdit] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        titles = {
            "strengths": self.tr("Strengths (S)"),
            "weaknesses": self.tr("Weaknesses (W)"),
            "opportunities": self.tr("Opportunities (O)"),
            "threats": self.tr("Threats (T)"),
        }
        for n, (key, title) in enumerate(titles.items()):
            box = QGroupBox(title)
            box.setStyleSheet(f"QGroupBox::title {{ color: {QUADRANT_COLOURS[key]}; }}")
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            edit = EntryListEdit(self.tr("One entry per line"))
            edit.textChanged.connect(self._edited)
            box_layout.addWidget(edit)
            grid.addWidget(box, n // 2, n % 2)
            self.lists[key] = edit
        self.conclusion = QPlainTextEdit()
        self.conclusion.setPlaceholderText(self.tr("What follows for this shop"))
        self.conclusion.setTabChangesFocus(True)
        self.conclusion.setFixedHeight(64)
        self.conclusion.textChanged.connect(self._edited)
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()

        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(date_row)
        editor_layout.addLayout(grid, 1)
        editor_layout.addWidget(QLabel(self.tr("Conclusion")))
        editor_layout.addWidget(self.conclusion)
        editor_layout.addWidget(self.error)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([200, 600])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.clear()

    # --- showing ---------------------------------------------------------------------------------

    def clear(self) -> None:
        self.model.set_rows([])
        self._fill(None)
        self.status.setText("")

    def show_data(self, swots: list[SwotAnalysis]) -> None:
        rows = sorted(swots, key=lambda s: (s.analysed_on, s.id or 0), reverse=True)
        self.model.set_rows(rows)
        self.view.resizeColumnToContents(0)
        wanted = next((n for n, s in enumerate(rows) if s.id == self._select_id), 0 if rows else None)
        self._select_id = None
        if wanted is None:
            self.status.setText(self.tr("No SWOT analysis yet: write one below and save it."))
            self._fill(SwotAnalysis(self.customer_id or 0, self._ctx.today()))
        else:
            self.status.setText(self._after_load)
            self._select_row(wanted)
        self._after_load = ""

    def _select_row(self, row: int) -> None:
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._fill(self.model.rows[row])

    def _fill(self, swot: SwotAnalysis | None) -> None:
        self._filling = True
        self.current = swot
        shown = swot or SwotAnalysis(0, self._ctx.today())
        self.date.setDate(QDate(shown.analysed_on.year, shown.analysed_on.month, shown.analysed_on.day))
        for key, edit in self.lists.items():
            edit.set_entries(getattr(shown, key))
        self.conclusion.setPlainText(shown.conclusion)
        self._filling = False
        self.dirty = False
        self.error.hide()
        self.editor.setEnabled(swot is not None)
        self.save_button.setEnabled(swot is not None)
        self.delete_button.setEnabled(swot is not None and swot.id is not None)

    def _edited(self) -> None:
        if not self._filling:
            self.dirty = True

    def has_unsaved_changes(self) -> bool:
        return self.dirty

    def edited_analysis(self) -> SwotAnalysis:
        base = self.current or SwotAnalysis(self.customer_id or 0, self._ctx.today())
        return SwotAnalysis(
            customer_id=self.customer_id or base.customer_id,
            analysed_on=self.date.date().toPython(),  # type: ignore[arg-type]
            strengths=self.lists["strengths"].entries(),
            weaknesses=self.lists["weaknesses"].entries(),
            opportunities=self.lists["opportunities"].entries(),
            threats=self.lists["threats"].entries(),
            conclusion=self.conclusion.toPlainText().strip(),
            id=base.id,
        )

    # --- switching with unsaved edits ------------------------------------------------------------

    def ask_to_keep_edits(self) -> bool:
        """With unsaved edits, ask: save them (on the worker, before anything that follows), drop
        them, or stay. False: the user chose to stay."""
        return self.save_or_discard(
            self.tr("Unsaved SWOT analysis"),
            self.tr("The SWOT analysis has changes that are not saved. Save them?"))

    def _row_changed(self, current, previous) -> None:  # type: ignore[no-untyped-def]
        if self._filling or not current.isValid():
            return
        if self.current is not None and self.current.id == self.model.rows[current.row()].id:
            return
        if not self.ask_to_keep_edits():
            self._filling = True
            if previous.isValid():
                self.view.selectionModel().setCurrentIndex(
                    previous, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            else:
                self.view.selectionModel().clearSelection()
            self._filling = False
            return
        self._fill(self.model.rows[current.row()])

    # --- actions ---------------------------------------------------------------------------------

    def new_analysis(self) -> None:
        if self.customer_id is None or not self.ask_to_keep_edits():
            return
        self.view.selectionModel().clearSelection()
        self._fill(SwotAnalysis(self.customer_id, self._ctx.today()))
        self.status.setText(self.tr("New analysis: not saved yet."))
        self.lists["strengths"].setFocus()

    def save_job(self) -> SaveJob | None:
        if self.customer_id is None or self.current is None:
            return None
        swot, ctx = self.edited_analysis(), self._ctx
        self.error.hide()

        def saved(result: SwotAnalysis) -> None:
            self._select_id = result.id
            self.dirty = False
            self._after_load = self.tr("Saved.")

        def invalid(exc: ValidationFailed) -> None:
            self.error.setText("\n".join(describe_field_error(e) for e in exc.errors))
            self.error.show()

        return SaveJob(lambda: save_swot(ctx.uow(), swot), saved, self.tr("SWOT analysis not saved"), invalid)

    def unsaved_description(self) -> str:
        return self.tr("SWOT analysis of {date}").format(date=fmt.day(self.edited_analysis().analysed_on))

    def delete_current(self) -> None:
        swot = self.current
        if swot is None or swot.id is None:
            return
        question = self.tr("Delete the SWOT analysis of {date}? This cannot be undone.").format(
            date=fmt.day(swot.analysed_on))
        if not self.confirm(self.tr("Delete SWOT analysis"), question):
            return
        ctx, swot_id = self._ctx, swot.id

        def deleted(_: object) -> None:
            self.dirty = False
            self._after_load = self.tr("Deleted.")

        self.run(lambda: delete_swot(ctx.uow(), swot_id), deleted, self.tr("SWOT analysis not deleted"))
