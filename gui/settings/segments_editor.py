"""区域类型: the segments as a table (name, visit frequency, colour, shops, archived) and the chosen one's
details to edit (name, frequency, colour, service strategy, checklist); add, rename, merge one into
another (its shops move, it is archived), archive and bring back."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain.model.customers import Segment
from domain.services.tier_schemes import merge_segments, save_segment, set_segment_archived
from domain.services.workspace import list_segments, workspace_overview
from domain.validation import FieldError, ValidationFailed
from gui.common.field_errors import describe_field_error
from gui.common.fields import FieldRow
from gui.common.row_model import Column, RowTableModel
from gui.common.unsaved import confirm_unsaved
from gui.common.widgets import read_only_table
from gui.context import AppContext
from gui.messages import describe_error
from gui.workers import TaskRunner

COLOUR_COLUMN = 2


@dataclass(frozen=True)
class SegmentLine:
    segment: Segment
    shops: int  # current customers (archived customers not counted)


class SegmentTableModel(RowTableModel[SegmentLine]):
    """The segments list; the colour column shows a swatch, archived segments are greyed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(QCoreApplication.translate("SegmentTableModel", "Segment"), lambda r: r.segment.name),
            Column(QCoreApplication.translate("SegmentTableModel", "Visit every"), lambda r: r.segment.visit_every_days,
                   lambda v: QCoreApplication.translate("SegmentTableModel", "{n} days").format(n=v), numeric=True),
            Column(QCoreApplication.translate("SegmentTableModel", "Colour"), lambda r: r.segment.colour, lambda v: v or QCoreApplication.translate("SegmentTableModel", "Default")),
            Column(QCoreApplication.translate("SegmentTableModel", "Shops"), lambda r: r.shops, numeric=True),
            Column(QCoreApplication.translate("SegmentTableModel", "Status"), lambda r: r.segment.archived,
                   lambda v: QCoreApplication.translate("SegmentTableModel", "Archived") if v else QCoreApplication.translate("SegmentTableModel", "In use")),
        ], parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self.rows):
            line = self.rows[index.row()]
            if role == Qt.ItemDataRole.DecorationRole and index.column() == COLOUR_COLUMN and line.segment.colour:
                return QColor(line.segment.colour)
            if role == Qt.ItemDataRole.ForegroundRole and line.segment.archived:
                return QColor("#8a8f98")
        return super().data(index, role)


class SegmentsEditor(QDialog):
    loaded = Signal()
    changed = Signal()  # something was stored: the settings page and the lists reload

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._editing: Segment | None = None  # what the form was filled from; id None: a new one
        self._colour = ""
        self.setWindowTitle(self.tr("Segments (区域类型)"))

        self.model = SegmentTableModel(self)
        self.table = read_only_table(self)
        self.table.setSortingEnabled(False)  # the segments' own order is the order lists show them in
        self.table.setModel(self.model)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button = QPushButton(self.tr("New segment"))
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.merge_button.setToolTip(self.tr("Move this segment's shops into another segment and archive it"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.new_button.clicked.connect(self.new_segment)
        self.merge_button.clicked.connect(self.merge)
        self.archive_button.clicked.connect(self.toggle_archived)
        list_buttons = QHBoxLayout()
        for button in (self.new_button, self.merge_button, self.archive_button):
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(list_buttons)

        self.name = QLineEdit()
        self.visit_every = QSpinBox()
        self.visit_every.setRange(1, 365)
        self.visit_every.setSuffix(self.tr(" days"))
        self.colour_button = QPushButton()
        self.colour_button.clicked.connect(self._choose_colour)
        self.clear_colour = QPushButton(self.tr("Default"))
        self.clear_colour.clicked.connect(lambda: self.set_colour(""))
        colour_row = QWidget()
        colour_layout = QHBoxLayout(colour_row)
        colour_layout.setContentsMargins(0, 0, 0, 0)
        colour_layout.addWidget(self.colour_button)
        colour_layout.addWidget(self.clear_colour)
        colour_layout.addStretch(1)
        self.strategy = QPlainTextEdit()
        self.strategy.setTabChangesFocus(True)
        self.strategy.setPlaceholderText(self.tr("What each visit to these shops should cover"))
        self.checklist = QPlainTextEdit()
        self.checklist.setTabChangesFocus(True)
        self.checklist.setPlaceholderText(self.tr("One item a line, e.g. 核对价签"))
        self.field_rows: dict[str, FieldRow] = {}
        form = QFormLayout()
        for label, name, field in ((self.tr("Name"), "name", self.name),
                                   (self.tr("Visit every"), "visit_every_days", self.visit_every),
                                   (self.tr("Colour"), "colour", colour_row),
                                   (self.tr("Service strategy"), "strategy", self.strategy),
                                   (self.tr("Checklist"), "checklist", self.checklist)):
            row = FieldRow(field)
            self.field_rows[name] = row
            form.addRow(label, row)
        self.save_button = QPushButton(self.tr("Save segment"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("PageSubtitle")
        self.status.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addLayout(form, 1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save_button)
        right_layout.addLayout(save_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([460, 420])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(920, 560)
        self._fill(None)

    # --- loading ---------------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        ctx = self._ctx
        keep = select_id if select_id is not None else (self._editing.id if self._editing else None)

        def work() -> list[SegmentLine]:
            segments = list_segments(ctx.uow())
            counts = {c.segment: c.customers for c in workspace_overview(ctx.uow(), ctx.today()).segments}
            return [SegmentLine(s, counts.get(s.name, 0)) for s in segments]

        self._runner.submit(work, lambda lines: self._show(lines, keep), self._failed)

    def _show(self, lines: list[SegmentLine], select_id: int | None) -> None:
        self.model.set_rows(lines)
        self.table.resizeColumnsToContents()
        row = next((n for n, line in enumerate(lines) if line.segment.id == select_id), 0 if lines else None)
        if row is not None:
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectionModel().blockSignals(False)
            self._fill(lines[row].segment)
        else:
            self._fill(None)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            self.show_errors(exc.errors)
            return
        self.status.setText(describe_error(exc))

    def line(self, segment_id: int | None) -> SegmentLine | None:
        return next((r for r in self.model.rows if r.segment.id == segment_id), None)

    # --- the form ----------------------------------------------------------------------------------

    def _fill(self, segment: Segment | None) -> None:
        self._editing = segment
        s = segment or Segment("", 14)
        self.name.setText(s.name)
        self.visit_every.setValue(s.visit_every_days)
        self.set_colour(s.colour)
        self.strategy.setPlainText(s.strategy)
        self.checklist.setPlainText("\n".join(s.checklist))
        self.show_errors([])
        existing = segment is not None and segment.id is not None
        self.merge_button.setEnabled(existing)
        self.archive_button.setEnabled(existing)
        self.archive_button.setText(self.tr("Bring back") if segment and segment.archived else self.tr("Archive"))
        for widget in (self.name, self.visit_every, self.colour_button, self.clear_colour, self.strategy,
                       self.checklist, self.save_button):
            widget.setEnabled(segment is not None)

    def set_colour(self, colour: str) -> None:
        self._colour = colour
        if colour:
            self.colour_button.setText(colour)
            self.colour_button.setStyleSheet(f"background-color: {colour}; color: {_readable_on(colour)};")
        else:
            self.colour_button.setText(self.tr("Choose…"))
            self.colour_button.setStyleSheet("")

    def _choose_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._colour or "#4a7bd0"), self, self.tr("Segment colour"))
        if chosen.isValid():
            self.set_colour(chosen.name())

    def edited(self) -> Segment | None:
        if self._editing is None:
            return None
        lines = tuple(line.strip() for line in self.checklist.toPlainText().splitlines() if line.strip())
        return replace(self._editing, name=self.name.text().strip(), visit_every_days=self.visit_every.value(),
                       colour=self._colour, strategy=self.strategy.toPlainText().strip(), checklist=lines)

    def show_errors(self, errors: list[FieldError]) -> None:
        for row in self.field_rows.values():
            row.show_error(None)
        for error in errors:
            (self.field_rows.get(error.field) or self.field_rows["name"]).show_error(describe_field_error(error))

    def new_segment(self) -> None:
        if not self._confirm_leave():
            return
        self.table.clearSelection()
        self._fill(Segment("", 14))
        self.name.setFocus()

    def save(self) -> None:
        segment = self.edited()
        if segment is None:
            return
        ctx = self._ctx

        def done(stored: Segment) -> None:
            self.status.setText(self.tr("Saved {name}.").format(name=stored.name))
            self.changed.emit()
            self.refresh(stored.id)

        self._runner.submit(lambda: save_segment(ctx.uow(), segment), done, self._failed)

    # --- merge, archive ----------------------------------------------------------------------------

    def merge(self) -> None:
        source = self._editing
        if source is None or source.id is None or not self._confirm_leave():
            return
        targets = [r.segment for r in self.model.rows if r.segment.id != source.id and not r.segment.archived]
        if not targets:
            self.status.setText(self.tr("There is no other segment to merge into."))
            return
        name, ok = QInputDialog.getItem(self, self.tr("Merge segment"),
                                        self.tr("Merge {name} into:").format(name=source.name),
                                        [t.name for t in targets], 0, False)
        if not ok:
            return
        target = next(t for t in targets if t.name == name)
        line = self.line(source.id)
        shops = line.shops if line else 0
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("Merge segment"),
            self.tr("Move the {n} shops of {source} into {target} and archive {source}?").format(
                n=shops, source=source.name, target=target.name),
            buttons.Yes | buttons.Cancel, buttons.Cancel)
        if answer != buttons.Yes:
            return
        ctx, source_id, target_id = self._ctx, source.id, target.id
        assert target_id is not None

        def done(moved: int) -> None:
            self.status.setText(self.tr("{n} shops moved into {target}; {source} is archived.").format(
                n=moved, target=target.name, source=source.name))
            self.changed.emit()
            self.refresh(target_id)

        self._runner.submit(lambda: merge_segments(ctx.uow(), source_id, target_id), done, self._failed)

    def toggle_archived(self) -> None:
        segment = self._editing
        if segment is None or segment.id is None or not self._confirm_leave():
            return
        ctx, segment_id, archive = self._ctx, segment.id, not segment.archived

        def done(_: object) -> None:
            self.status.setText((self.tr("{name} is archived.") if archive else self.tr("{name} is in use again."))
                                .format(name=segment.name))
            self.changed.emit()
            self.refresh(segment_id)

        self._runner.submit(lambda: set_segment_archived(ctx.uow(), segment_id, archive), done, self._failed)

    # --- unsaved edits ---------------------------------------------------------------------------

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        line = self.model.rows[current.row()]
        if self._editing is not None and line.segment.id == self._editing.id:
            return
        if not self._confirm_leave():
            self._reselect()
            return
        self._fill(line.segment)

    def _reselect(self) -> None:
        row = next((n for n, r in enumerate(self.model.rows)
                    if self._editing is not None and r.segment.id == self._editing.id), None)
        self.table.selectionModel().blockSignals(True)
        if row is None:
            self.table.clearSelection()
        else:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectionModel().blockSignals(False)

    def _confirm_leave(self) -> bool:
        return confirm_unsaved(self, [self], self.tr("Leave the segment"))

    def is_dirty(self) -> bool:
        edited = self.edited()
        if edited is None or self._editing is None:
            return False
        if self._editing.id is None:
            return bool(edited.name or edited.strategy or edited.checklist)
        return edited != self._editing

    def unsaved_work(self) -> list[str]:
        if not self.is_dirty():
            return []
        edited = self.edited()
        name = edited.name if edited and edited.name else self.tr("new segment")
        return [self.tr("Segment {name}").format(name=name)]

    def save_unsaved(self) -> bool:
        segment = self.edited()
        if segment is None:
            return True
        try:
            stored = save_segment(self._ctx.uow(), segment)
        except Exception as exc:  # shown beside the fields; the edits stay
            self._failed(exc)
            return False
        self._editing = stored
        self.changed.emit()
        self.refresh(stored.id)
        return True

    def discard_unsaved(self) -> None:
        self._fill(self._editing if self._editing and self._editing.id is not None else None)

    def reject(self) -> None:
        if confirm_unsaved(self, [self], self.tr("Close the segments")):
            super().reject()


def _readable_on(colour: str) -> str:
    """Black or white text, whichever reads on the swatch."""
    c = QColor(colour)
    return "#000000" if (c.red() * 299 + c.green() * 587 + c.blue() * 114) / 1000 > 140 else "#ffffff"
