"""The 今日 page's tables: the reminders (grouped, overdue first) and today's planned visits."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from domain.care.reminders import DueReminder, ReminderGroup
from domain.messages.care import describe_reminder, group_label, kind_label, snoozed_note
from domain.visits.planning_views import PlanStopRow
from gui.common import formatting as fmt
from gui.common.row_model import Column, Index, RowTableModel
from gui.customers.evaluation_labels import visit_status_labels

translate = QCoreApplication.translate
GROUP_ORDER = {g: n for n, g in enumerate(ReminderGroup)}
OVERDUE = QColor("#b3261e")


class ReminderTableModel(RowTableModel[DueReminder]):
    """Overdue rows in red; the group column keeps the order overdue, today, this week, later."""

    def __init__(self, today: Callable[[], date], parent: Any = None) -> None:
        self._today = today
        super().__init__([
            Column(translate("TodayPage", "When"), lambda r: r.group(self._today()), lambda g: group_label(g, translate),
                   sort_key=lambda r: (GROUP_ORDER[r.group(self._today())], r.on)),
            Column(translate("TodayPage", "Date"), lambda r: r.on, fmt.day),
            Column(translate("TodayPage", "Kind"), lambda r: r.kind, lambda k: kind_label(k, translate)),
            Column(translate("TodayPage", "Shop"), lambda r: r.shop),
            Column(translate("TodayPage", "Reminder"), lambda r: r, self._text),
        ], parent)

    def _text(self, r: DueReminder) -> str:
        text = describe_reminder(r, self._today(), translate)
        snoozed = snoozed_note(r, translate)
        return f"{text}（{snoozed}）" if snoozed else text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < len(self.rows):
            return QBrush(OVERDUE) if self.rows[index.row()].overdue(self._today()) else None
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and 0 <= index.row() < len(self.rows):
            return self._text(self.rows[index.row()])
        return super().data(index, role)


def plan_model(parent: Any = None) -> RowTableModel[PlanStopRow]:
    states = visit_status_labels()
    return RowTableModel([
        Column(translate("TodayPage", "No."), lambda s: s.position, numeric=True),
        Column(translate("TodayPage", "Shop"), lambda s: s.name),
        Column(translate("TodayPage", "Owner"), lambda s: s.owner),
        Column(translate("TodayPage", "Route"), lambda s: s.route),
        Column(translate("TodayPage", "State"), lambda s: s.status, lambda v: states.get(v, v)),
    ], parent)
