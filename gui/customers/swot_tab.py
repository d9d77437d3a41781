"""SWOT tab: the customer's dated analyses, the selected one as four lists (one entry per line) and a
conclusion; new, save, delete (the list and editor of gui/customers/entry_editor.py)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from domain.model.evaluations import SwotAnalysis
from domain.services.evaluations import customer_evaluations, delete_swot, save_swot
from gui.common import formatting as fmt
from gui.common.row_model import Column
from gui.context import AppContext
from gui.customers.entry_editor import EntryEditorTab
from gui.customers.entry_list import EntryListEdit
from gui.workers import TaskRunner

QUADRANT_COLOURS = {"strengths": "#2e7d32", "weaknesses": "#c25e00", "opportunities": "#1f5f99", "threats": "#b3261e"}


def _fetch(ctx: AppContext, customer_id: int) -> list[SwotAnalysis]:
    return list(customer_evaluations(ctx.uow(), customer_id).swots)


def _save(ctx: AppContext, swot: SwotAnalysis) -> SwotAnalysis:
    return save_swot(ctx.uow(), swot)


def _delete(ctx: AppContext, swot_id: int) -> None:
    delete_swot(ctx.uow(), swot_id)


class SwotTab(EntryEditorTab[SwotAnalysis]):
    fetch = staticmethod(_fetch)
    save_entry = staticmethod(_save)
    delete_entry = staticmethod(_delete)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, [
            Column(self.tr("Date"), lambda s: s.analysed_on, fmt.day),
            Column(self.tr("Conclusion"), lambda s: s.conclusion.replace("\n", " ")),
        ], parent)
        self.new_button.setText(self.tr("New analysis"))
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setMinimumSectionSize(40)

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

        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(date_row)
        editor_layout.addLayout(grid, 1)
        editor_layout.addWidget(QLabel(self.tr("Conclusion")))
        editor_layout.addWidget(self.conclusion)
        editor_layout.addWidget(self.error)
        self.lay_out(self.tr("Analyses, newest first"), self.editor, stretch=(1, 3), sizes=(200, 600))

    # --- the hooks of the list and editor --------------------------------------------------------

    def entry_date(self, entry: SwotAnalysis) -> date:
        return entry.analysed_on

    def blank(self, customer_id: int) -> SwotAnalysis:
        return SwotAnalysis(customer_id, self._ctx.today())

    def rows_shown(self) -> None:
        self.view.resizeColumnToContents(0)

    def fill_editor(self, shown: SwotAnalysis) -> None:
        self.date.setDate(QDate(shown.analysed_on.year, shown.analysed_on.month, shown.analysed_on.day))
        for key, edit in self.lists.items():
            edit.set_entries(getattr(shown, key))
        self.conclusion.setPlainText(shown.conclusion)

    def edited(self) -> SwotAnalysis:
        base = self.current or SwotAnalysis(self.customer_id or 0, self._ctx.today())
        return SwotAnalysis(
            customer_id=self.customer_id or base.customer_id,
            analysed_on=self.date.date().toPython(),  # type: ignore[arg-type]  # toPython() is typed object
            strengths=self.lists["strengths"].entries(),
            weaknesses=self.lists["weaknesses"].entries(),
            opportunities=self.lists["opportunities"].entries(),
            threats=self.lists["threats"].entries(),
            conclusion=self.conclusion.toPlainText().strip(),
            id=base.id,
        )

    def focus_editor(self) -> None:
        self.lists["strengths"].setFocus()

    def new_analysis(self) -> None:
        self.new_entry()

    def empty_text(self) -> str:
        return self.tr("No SWOT analysis yet: write one below and save it.")

    def new_text(self) -> str:
        return self.tr("New analysis: not saved yet.")

    def unsaved_question(self) -> tuple[str, str]:
        return (self.tr("Unsaved SWOT analysis"),
                self.tr("The SWOT analysis has changes that are not saved. Save them?"))

    def unsaved_description(self) -> str:
        return self.tr("SWOT analysis of {date}").format(date=fmt.day(self.edited().analysed_on))

    def delete_question(self, entry: SwotAnalysis) -> tuple[str, str]:
        return (self.tr("Delete SWOT analysis"),
                self.tr("Delete the SWOT analysis of {date}? This cannot be undone.").format(
                    date=fmt.day(entry.analysed_on)))

    def failure_titles(self) -> tuple[str, str]:
        return self.tr("SWOT analysis not saved"), self.tr("SWOT analysis not deleted")
