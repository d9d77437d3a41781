"""设置 ▸ 关怀提醒: each kind of care reminder on or off with its lead time, the licence's warning
stages, the festivals cared for, and the tray notice. Saved with its own button, like the schemes."""
from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.care.reminders import MAX_LEAD_DAYS, CareKind, KindSetting, ReminderSettings, clean_stages
from domain.messages.care import kind_label
from domain.services.reminders import load_reminder_settings, save_reminder_settings
from gui.common.data_events import CARE
from gui.context import AppContext
from gui.messages import describe_error
from gui.workers import TaskRunner

_STAGES = re.compile(r"\d{1,3}")


class CareRemindersGroup(QGroupBox):
    saved = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Care reminders"), parent)
        self.setObjectName("CareRemindersGroup")
        self._ctx, self._runner = ctx, runner
        self._settings = ReminderSettings()
        self.enabled: dict[CareKind, QCheckBox] = {}
        self.leads: dict[CareKind, QSpinBox] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Kind")), 0, 0)
        grid.addWidget(QLabel(self.tr("Comes up (days before)")), 0, 1)
        for row, kind in enumerate(CareKind, start=1):
            box = QCheckBox(kind_label(kind, QCoreApplication.translate))
            self.enabled[kind] = box
            grid.addWidget(box, row, 0)
            if kind is CareKind.LICENSE:
                self.stages = QLineEdit()
                self.stages.setObjectName("LicenceStages")
                self.stages.setToolTip(self.tr("A reminder at each of these days before the expiry, e.g. 60, 30, 7"))
                grid.addWidget(self.stages, row, 1)
                continue
            lead = QSpinBox()
            lead.setRange(0, MAX_LEAD_DAYS)
            lead.setSuffix(self.tr(" days"))
            self.leads[kind] = lead
            grid.addWidget(lead, row, 1)
        self.festivals = QWidget()
        self.festival_boxes: list[QCheckBox] = []
        self._festival_row = QHBoxLayout(self.festivals)
        self._festival_row.setContentsMargins(0, 0, 0, 0)
        self.tray = QCheckBox(self.tr("Tray notice at start and at 9:00 of what is due today"))
        self.status = QLabel()
        self.status.setObjectName("PageSubtitle")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save care reminders"))
        self.save_button.setObjectName("SaveCareReminders")
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Festivals cared for:")))
        layout.addWidget(self.festivals)
        layout.addWidget(self.tray)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        ctx = self._ctx
        self._runner.submit(lambda: load_reminder_settings(ctx.uow()), self.show_settings)

    def show_settings(self, settings: ReminderSettings) -> None:
        self._settings = settings
        for kind, box in self.enabled.items():
            box.setChecked(settings.enabled(kind))
        for kind, lead in self.leads.items():
            lead.setValue(settings.of(kind).lead_days)
        self.stages.setText(", ".join(str(s) for s in settings.license_stages))
        self.tray.setChecked(settings.tray_notifications)
        row = self._festival_row
        for box in self.festival_boxes:
            row.removeWidget(box)
            box.deleteLater()
        self.festival_boxes = []
        for festival in settings.festivals:
            box = QCheckBox(festival.name)
            box.setChecked(festival.enabled)
            row.addWidget(box)
            self.festival_boxes.append(box)
        self.status.setText("")

    def edited(self) -> ReminderSettings | None:
        """The settings as edited, or None (with the reason shown) when the stages cannot be read."""
        stages = [int(s) for s in _STAGES.findall(self.stages.text())]
        if not stages or any(s > MAX_LEAD_DAYS for s in stages):
            self.status.setText(self.tr("Write the licence stages as days before the expiry, e.g. 60, 30, 7 "
                                        "(each at most 366)."))
            return None
        kinds = {kind: KindSetting(self.enabled[kind].isChecked(),
                                   self.leads[kind].value() if kind in self.leads else max(stages))
                 for kind in CareKind}
        festivals = tuple(replace(f, enabled=box.isChecked())
                          for f, box in zip(self._settings.festivals, self.festival_boxes, strict=True))
        return replace(self._settings, kinds=kinds, license_stages=clean_stages(stages), festivals=festivals,
                       tray_notifications=self.tray.isChecked())

    def save(self) -> None:
        settings = self.edited()
        if settings is None:
            return
        ctx = self._ctx

        def done(_result: object) -> None:
            self.show_settings(settings)
            self.status.setText(self.tr("Saved. The 今日 page follows at once."))
            self._ctx.events.notify(CARE)
            self.saved.emit()

        self._runner.submit(lambda: save_reminder_settings(ctx.uow(), settings), done,
                            lambda exc: self.status.setText(describe_error(exc)))
