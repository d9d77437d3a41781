"""The area's front page: the events, coming ones first and the held ones below with their results, and
the held events' funnels side by side (invited → confirmed → attended → followed up → converted)."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from domain.services.salons import EventSummary
from gui.analysis.tables import fit_columns, table_for
from gui.common.empty_note import EmptyListNote
from gui.common.row_model import ROW_ROLE, RowTableModel
from gui.common.widgets import heading, subtitle
from gui.salons.models import comparison_columns, event_columns


class EventList(QWidget):
    open_requested = Signal(int)  # an event's id
    new_requested = Signal()
    delete_requested = Signal(object)  # the EventSummary

    def __init__(self, today: date, writable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._writable = writable
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Salons")))
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("New event"))
        self.new_button.setToolTip(self.tr("Plan a new event (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("Open event"))
        self.delete_button = QPushButton(self.tr("Delete event…"))
        for button in (self.new_button, self.open_button, self.delete_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.subtitle = subtitle(self.tr("Loading…"))
        layout.addWidget(self.subtitle)

        self.model: RowTableModel[EventSummary] = RowTableModel(event_columns(today), self)
        self.view = table_for(self.model, self, self._activated)
        self.view.setSortingEnabled(False)  # coming first, then held: the order the service gives
        EmptyListNote(self.view, self.tr("No event yet: press New event to plan the first."))
        layout.addWidget(self.view, 3)
        layout.addWidget(heading(self.tr("Held events compared"), level=2))
        note = subtitle(self.tr("Each stage with its share of the invited. Walk-ins count among the attended."))
        layout.addWidget(note)
        self.comparison_model: RowTableModel[EventSummary] = RowTableModel(comparison_columns(), self)
        self.comparison_view = table_for(self.comparison_model, self, self._activated)
        self.comparison_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the latest first
        EmptyListNote(self.comparison_view, self.tr("No event held yet."))
        layout.addWidget(self.comparison_view, 2)

        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self._open_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_events(self, events: Sequence[EventSummary], today: date) -> None:
        wanted = self.selected()
        self.model.set_rows(events)
        held = [s for s in events if s.event.past(today) and not s.event.cancelled]
        self.comparison_model.set_rows(held)
        header = self.comparison_view.horizontalHeader()
        self.comparison_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        fit_columns(self.view)
        fit_columns(self.comparison_view)
        coming = len(events) - len(held)
        self.subtitle.setText(self.tr("{coming} coming, {held} held. Double-click an event to open its six steps.")
                              .format(coming=coming, held=len(held)))
        if wanted is not None:
            self.select(wanted.event.id)
        self._update_buttons()

    def select(self, event_id: int | None) -> None:
        for row, s in enumerate(self.model.rows):
            if s.event.id == event_id:
                self.view.selectRow(row)
                return

    def selected(self) -> EventSummary | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.new_button.setEnabled(self._writable)
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen and self._writable)

    def _activated(self, row: object) -> None:
        if isinstance(row, EventSummary) and row.event.id is not None:
            self.open_requested.emit(row.event.id)

    def _open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._activated(chosen)

    def _delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.delete_requested.emit(chosen)
