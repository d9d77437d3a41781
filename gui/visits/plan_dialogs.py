"""Small dialogs of the plan tab: the date to copy a plan to."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.visits.plan_labels import day_with_weekday


class CopyPlanDialog(QDialog):
    def __init__(self, source: date, suggested: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy plan"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Copy the plan of {date} to:").format(date=day_with_weekday(source))))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setSelectedDate(QDate(suggested.year, suggested.month, suggested.day))
        self.calendar.activated.connect(lambda _d: self.accept())  # double-click or Enter on a day
        _fit_all_weeks(self.calendar)
        layout.addWidget(self.calendar)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Copy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> date:
        d = self.calendar.selectedDate()
        return date(d.year(), d.month(), d.day())


def _fit_all_weeks(calendar: QCalendarWidget) -> None:
    """Qt's size hint for the calendar leaves the sixth week cut off when the font is tall (any CJK
    font): reserve the day names and six weeks at the rows' own minimum height."""
    grid = calendar.findChild(QTableView)
    if grid is None:
        return
    row = max(grid.verticalHeader().minimumSectionSize(), grid.fontMetrics().height() + 6)
    navigation = calendar.findChild(QWidget, "qt_calendar_navigationbar")
    bar = navigation.sizeHint().height() if navigation is not None else 0
    calendar.setMinimumHeight(bar + 7 * row + 2 * grid.frameWidth() + 2)


def ask_copy_target(parent: QWidget, source: date, suggested: date) -> date | None:
    """The date the user picked, or None if cancelled."""
    dialog = CopyPlanDialog(source, suggested, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
