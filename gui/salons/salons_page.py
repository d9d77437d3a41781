"""沙龙活动: the events list, and one event opened into its six steps in its place. Everything loads and
writes on the worker; leaving an event with unsaved preparation or feedback asks first."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from domain.services.salons import EventSummary, delete_event, list_events
from gui.common.shortcuts import page_shortcut
from gui.common.unsaved import confirm_unsaved
from gui.context import AppContext
from gui.messages import error_text
from gui.salons.event_list import EventList
from gui.salons.event_view import EventView
from gui.workers import TaskRunner


class SalonsPage(QWidget):
    loaded = Signal()  # the events list arrived
    open_customer = Signal(int)

    def __init__(self, ctx: AppContext, runner: TaskRunner, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._settings = settings
        self.events: list[EventSummary] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 12)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.list = EventList(ctx.today(), not ctx.read_only_reason)
        self.event_view = EventView(ctx, runner)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.event_view)
        self.list.open_requested.connect(self.open_event)
        self.list.new_requested.connect(self.new_event)
        self.list.delete_requested.connect(self.delete)
        self.event_view.back_requested.connect(self.back_to_list)
        self.event_view.changed.connect(self._reload_list)
        self.event_view.open_customer.connect(self.open_customer)
        page_shortcut(QKeySequence.StandardKey.New, self.list, self.new_event)

    # --- the list --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Shown again (or F5): the list reloads; an open event reloads too, keeping what is typed."""
        self._reload_list()
        if self.showing_event and self.event_view.event_id is not None:
            self.event_view.load_references()
            self.event_view.reload()

    def _reload_list(self) -> None:
        ctx = self._ctx
        self._runner.submit(lambda: list_events(ctx.uow(), ctx.today()), self._arrived, self._failed)

    def _arrived(self, events: list[EventSummary]) -> None:
        self.events = events
        self.list.set_events(events, self._ctx.today())
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.list.subtitle.setText(error_text(exc))
        self.loaded.emit()

    @property
    def showing_event(self) -> bool:
        return self.stack.currentWidget() is self.event_view

    # --- opening, leaving --------------------------------------------------------------------------

    def _may_leave_event(self) -> bool:
        return not self.showing_event or confirm_unsaved(self, [self.event_view], self.tr("Leaving the event"))

    def open_event(self, event_id: int) -> None:
        if not self._may_leave_event():
            return
        self.stack.setCurrentWidget(self.event_view)
        self.event_view.open_event(event_id)

    def new_event(self) -> None:
        if self._ctx.read_only_reason or not self._may_leave_event():
            return
        self.stack.setCurrentWidget(self.event_view)
        self.event_view.open_event(None)

    def back_to_list(self) -> None:
        if not self._may_leave_event():
            return
        self.stack.setCurrentWidget(self.list)
        self.list.select(self.event_view.event_id)
        self._reload_list()

    def delete(self, summary: EventSummary) -> None:
        event_id, ctx = summary.event.id, self._ctx
        if event_id is None:
            return
        f = summary.funnel
        answer = QMessageBox.question(
            self, self.tr("Delete event"),
            self.tr("Delete “{theme}” of {day} with its list of {n} shops, their invitations, replies and "
                    "attendance? The follow-ups already created stay on the shops' records. This cannot be "
                    "undone.").format(theme=summary.event.theme, day=summary.event.on.isoformat(),
                                       n=f.listed + f.walk_ins),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        def refused(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Delete event"), error_text(exc))

        self._runner.submit(lambda: delete_event(ctx.uow(), event_id), lambda _none: self._reload_list(), refused)

    # --- unsaved work (the window asks before it closes) ---------------------------------------------

    def unsaved_work(self) -> list[str]:
        return self.event_view.unsaved_work() if self.showing_event else []

    def save_unsaved(self) -> bool:
        if not self.event_view.save_unsaved():
            self.stack.setCurrentWidget(self.event_view)
            return False
        return True

    def discard_unsaved(self) -> None:
        self.event_view.discard_unsaved()
