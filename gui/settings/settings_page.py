"""设置: the workspace's own settings (kept in the database) and the visit frequency per segment."""
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
from gui.analysis.labels import margin_basis_label
from gui.common.widgets import heading
from gui.context import AppContext
from gui.messages import describe_error
from gui.settings.backup_group import BackupGroup
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Settings")))

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

    def _show(self, loaded: tuple[WorkspaceSettings, list[Segment]]) -> None:
        self._settings, self._segments = loaded
        s = self._settings
        self.owner_name.setText(s.owner_name)
        self.unit_name.setText(s.unit_name)
        self.margin.setValue(float(s.default_margin_rate * 100))
        self.margin_basis.setCurrentIndex(max(0, self.margin_basis.findData(s.margin_basis.value)))
        self.grades.setValue(s.grade_count)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        while self.frequency_form.rowCount():
            self.frequency_form.removeRow(0)
        self._frequency_boxes.clear()
        for seg in self._segments:
            box = QSpinBox()
            box.setRange(1, 365)
            box.setValue(seg.visit_every_days)
            box.setSuffix(self.tr(" days"))
            assert seg.id is not None
            self._frequency_boxes[seg.id] = box
            self.frequency_form.addRow(seg.name, box)
        self.status.setText("")

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
