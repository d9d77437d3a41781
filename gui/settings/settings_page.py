"""设置: the workspace's own settings (kept in the database), the visit frequency per segment, and the
buttons that open the editors of the segments and of the grade, star and value-tier schemes."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.model.customers import Segment
from domain.model.settings import WorkspaceSettings
from domain.profit import MarginBasis
from domain.services.workspace import (
    list_segments,
    load_settings,
    save_settings,
)
from domain.tiers.schemes import GradeScheme
from gui.analysis.labels import margin_basis_label
from gui.common.widgets import heading
from gui.context import AppContext
from gui.messages import describe_error
from gui.settings.backup_group import BackupGroup
from gui.settings.care_group import CareRemindersGroup
from gui.settings.schemes_group import SchemesGroup
from gui.workers import TaskRunner

FORM_WIDTH = 680  # a form stretched across a wide screen is hard to read


class SettingsPage(QWidget):
    saved = Signal()
    language_changed = Signal(str)
    back_up_requested = Signal()
    restore_requested = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._settings = WorkspaceSettings()
        self._segments: list[Segment] = []
        self._frequency_boxes: dict[int, QSpinBox] = {}

        # the forms on the left, the scheme editors' buttons beside them; scrolled when the window is small
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget()
        content.setObjectName("SettingsContent")
        scroll.setWidget(content)
        outer.addWidget(scroll)
        page = QVBoxLayout(content)
        page.setContentsMargins(20, 16, 20, 16)
        page.setSpacing(12)
        page.addWidget(heading(self.tr("Settings")))
        columns = QHBoxLayout()
        columns.setSpacing(16)
        page.addLayout(columns, 1)
        layout = QVBoxLayout()
        layout.setSpacing(12)
        right = QVBoxLayout()
        right.setSpacing(12)
        columns.addLayout(layout, 3)
        columns.addLayout(right, 2)

        general = QGroupBox(self.tr("Workspace"))
        form = QFormLayout(general)
        self.owner_name = QLineEdit()
        self.owner_name.setPlaceholderText(self.tr("Your name, printed on reports"))
        self.unit_name = QLineEdit()
        self.unit_name.setPlaceholderText(self.tr("e.g. the marketing department of your city company"))
        self.margin = QDoubleSpinBox()
        self.margin.setRange(0, 99.9)
        self.margin.setDecimals(1)
        self.margin.setSuffix(" %")
        self.margin.setToolTip(self.tr("Used for the retailer's gross profit where a product has no retail price"))
        self.margin_basis = QComboBox()
        for basis in MarginBasis:
            self.margin_basis.addItem(margin_basis_label(basis), basis.value)
        self.margin_basis.setToolTip(self.tr(
            "What the gross margin is a rate of, on every screen and report. At the default, a shop whose "
            "products have no retail price shows the default margin rate as its margin."))
        self.grades = QSpinBox()
        self.grades.setRange(1, 60)
        # the number of grades is the grade scheme's: edited there, so the two cannot disagree
        self.grades.setReadOnly(True)
        self.grades.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.grades.setToolTip(self.tr("Set in the grade scheme (分层分级方案 below)"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        form.addRow(self.tr("Customer manager"), self.owner_name)
        form.addRow(self.tr("Unit"), self.unit_name)
        form.addRow(self.tr("Default margin rate"), self.margin)
        form.addRow(self.tr("Gross margin basis"), self.margin_basis)
        form.addRow(self.tr("Number of grades (档位)"), self.grades)
        form.addRow(self.tr("Language"), self.language)
        general.setMaximumWidth(FORM_WIDTH)
        layout.addWidget(general)

        self.frequency_group = QGroupBox(self.tr("Visit frequency by segment (days between visits)"))
        self.frequency_form = QFormLayout(self.frequency_group)
        self.frequency_group.setMaximumWidth(FORM_WIDTH)
        layout.addWidget(self.frequency_group)

        self.schemes_group = SchemesGroup(ctx, runner)
        self.schemes_group.setMaximumWidth(FORM_WIDTH)
        self.schemes_group.segments_changed.connect(self._reload_segments)
        self.schemes_group.scheme_saved.connect(self._scheme_saved)
        right.addWidget(self.schemes_group)
        self.care_group = CareRemindersGroup(ctx, runner)
        self.care_group.setMaximumWidth(FORM_WIDTH)
        right.addWidget(self.care_group)
        right.addStretch(1)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel("")
        self.status.setObjectName("PageSubtitle")
        buttons.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        button_row = QWidget()
        button_row.setLayout(buttons)
        button_row.setMaximumWidth(FORM_WIDTH)
        layout.addWidget(button_row)

        self.backup_group = BackupGroup(ctx, runner)
        self.backup_group.setMaximumWidth(FORM_WIDTH)
        self.backup_group.back_up_requested.connect(self.back_up_requested)
        self.backup_group.restore_requested.connect(self.restore_requested)
        layout.addWidget(self.backup_group)
        layout.addStretch(1)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    def refresh(self) -> None:
        ctx = self._ctx
        self._runner.submit(lambda: (load_settings(ctx.uow()), list_segments(ctx.uow())), self._show)
        self.backup_group.refresh()
        self.care_group.refresh()

    def _show(self, loaded: tuple[WorkspaceSettings, list[Segment]]) -> None:
        self._settings, self._segments = loaded
        s = self._settings
        self.owner_name.setText(s.owner_name)
        self.unit_name.setText(s.unit_name)
        self.margin.setValue(float(s.default_margin_rate * 100))
        self.margin_basis.setCurrentIndex(max(0, self.margin_basis.findData(s.margin_basis.value)))
        self.grades.setValue(s.grade_count)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self._show_segments(self._segments)
        self.status.setText("")

    def _reload_segments(self) -> None:
        """After the segments editor stored something: only the frequencies, the rest of the form keeps
        what the user typed."""
        ctx = self._ctx
        self._runner.submit(lambda: list_segments(ctx.uow()), self._show_segments)

    def _scheme_saved(self, scheme: object) -> None:
        if isinstance(scheme, GradeScheme):  # save_scheme set the settings' grade count to it
            self._settings = replace(self._settings, grade_count=scheme.grades)
            self.grades.setValue(scheme.grades)

    def _show_segments(self, segments: list[Segment]) -> None:
        self._segments = segments
        while self.frequency_form.rowCount():
            self.frequency_form.removeRow(0)
        self._frequency_boxes.clear()
        for seg in (s for s in segments if not s.archived):  # an archived segment is offered nowhere
            box = QSpinBox()
            box.setRange(1, 365)
            box.setValue(seg.visit_every_days)
            box.setSuffix(self.tr(" days"))
            assert seg.id is not None
            self._frequency_boxes[seg.id] = box
            self.frequency_form.addRow(seg.name, box)

    def edited_settings(self) -> WorkspaceSettings:
        return replace(
            self._settings,
            owner_name=self.owner_name.text().strip(),
            unit_name=self.unit_name.text().strip(),
            default_margin_rate=(Decimal(str(self.margin.value())) / 100).quantize(Decimal("0.001")),
            margin_basis=MarginBasis(self.margin_basis.currentData()),
            grade_count=self.grades.value(),
            language=self.language.currentData(),
        )

    def save(self) -> None:
        ctx = self._ctx
        settings = self.edited_settings()
        frequencies = {seg_id: box.value() for seg_id, box in self._frequency_boxes.items()}
        old_language = self._settings.language

        def work() -> WorkspaceSettings:
            save_settings(ctx.uow(), settings, frequencies)
            return settings

        def done(saved: WorkspaceSettings) -> None:
            self._settings = saved
            self.status.setText(self.tr("Saved."))
            self.saved.emit()
            if saved.language != old_language:
                self.language_changed.emit(saved.language)

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Settings not saved"), describe_error(exc))

        self._runner.submit(work, done, failed)
