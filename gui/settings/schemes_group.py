"""设置 ▸ 分层分级方案: the buttons that open the editors of the segments and of the grade, star and
value-tier schemes. Each editor is a window-modal dialog; when it stores something the page reloads
what it shows of it (the segments' frequencies, the number of grades)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from gui.context import AppContext
from gui.settings.custom_fields_editor import CustomFieldsEditor
from gui.settings.grade_editor import GradeSchemeEditor
from gui.settings.scheme_editor import SchemeEditor
from gui.settings.segments_editor import SegmentsEditor
from gui.settings.star_editor import StarSchemeEditor
from gui.settings.tier_editor import ValueTierSchemeEditor
from gui.workers import TaskRunner


class SchemesGroup(QGroupBox):
    segments_changed = Signal()
    custom_fields_changed = Signal()
    scheme_saved = Signal(object)  # the stored scheme
    opened = Signal(object)  # the editor just opened (tests and the window reach it here)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Segments and grading schemes (分层分级)"), parent)
        self.setObjectName("SchemesGroup")
        self._ctx, self._runner = ctx, runner
        self.editor: QDialog | None = None
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        entries = (
            (self.tr("Segments…"), self.tr("Names, visit frequency, colour, service strategy and checklist; "
                                           "merge and archive"), self.open_segments),
            (self.tr("Grade scheme…"), self.tr("Number of grades, measures and weights, score bands, "
                                               "new shops"), lambda: self.open_scheme(GradeSchemeEditor)),
            (self.tr("Star scheme…"), self.tr("Star thresholds and the points of the measurable criteria"),
             lambda: self.open_scheme(StarSchemeEditor)),
            (self.tr("Value-tier scheme…"), self.tr("Contribution and loyalty, the split, each tier's care plan"),
             lambda: self.open_scheme(ValueTierSchemeEditor)),
            (self.tr("Custom fields…"), self.tr("Numbers kept on every shop, such as assets under management; "
                                                "a value tier can be measured by one"), self.open_custom_fields),
        )
        self.buttons: list[QPushButton] = []
        for row, (label, note, action) in enumerate(entries):
            button = QPushButton(label)
            button.clicked.connect(action)
            explanation = QLabel(note)
            explanation.setObjectName("PageSubtitle")
            explanation.setWordWrap(True)
            grid.addWidget(button, row, 0)
            grid.addWidget(explanation, row, 1)
            self.buttons.append(button)
        self.segments_button, self.grade_button, self.star_button, self.tier_button, self.fields_button = self.buttons

    def _open(self, editor: QDialog) -> None:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        self.editor = editor
        editor.destroyed.connect(lambda *_: setattr(self, "editor", None))
        editor.show()
        editor.refresh()  # type: ignore[attr-defined]  # every editor loads itself
        self.opened.emit(editor)

    def open_segments(self) -> None:
        editor = SegmentsEditor(self._ctx, self._runner, self.window())
        editor.changed.connect(self.segments_changed)
        self._open(editor)

    def open_custom_fields(self) -> None:
        editor = CustomFieldsEditor(self._ctx, self._runner, self.window())
        editor.changed.connect(self.custom_fields_changed)
        self._open(editor)

    def open_scheme(self, editor_class: Callable[[AppContext, TaskRunner, QWidget], SchemeEditor]) -> None:
        editor = editor_class(self._ctx, self._runner, self.window())
        editor.saved.connect(self.scheme_saved)
        self._open(editor)
