"""拜访: the visits area's page. Its tabs: the day plan (拜访计划) with the due list, follow-ups,
visit history and the day summary."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from gui.common.unsaved import discard_all, holders, unsaved_of
from gui.context import AppContext
from gui.visits.day_summary_view import DaySummaryView
from gui.visits.follow_ups_view import FollowUpsView
from gui.visits.history_view import VisitHistoryView
from gui.visits.plan_tab import PlanTab
from gui.visits.record_dialog import open_visit_record
from gui.workers import TaskRunner

SETTINGS_KEY = "visits"


class VisitsPage(QWidget):
    loaded = Signal()  # the tab in front has loaded

    def __init__(self, ctx: AppContext, runner: TaskRunner, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = settings or QSettings()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs)
        self.plan_tab = PlanTab(ctx, runner, self._ui, open_visit_record)
        self.plan_tab.loaded.connect(self.loaded)
        self.tabs.addTab(self.plan_tab, self.tr("Visit plan"))
        # the views beside the plan, by class name
        self.views: dict[str, FollowUpsView | VisitHistoryView | DaySummaryView] = {}
        for view, label in ((FollowUpsView(ctx, runner), self.tr("Follow-ups")),
                            (VisitHistoryView(ctx, runner), self.tr("Visit history")),
                            (DaySummaryView(ctx, runner), self.tr("Day summary"))):
            view.loaded.connect(self.loaded)
            self.views[type(view).__name__] = view
            self.tabs.addTab(view, label)
        stored = self._ui.value(f"{SETTINGS_KEY}/tab", 0) or 0
        tab = int(stored)  # type: ignore[call-overload]  # QSettings.value() is typed object
        self.tabs.setCurrentIndex(max(0, min(tab, self.tabs.count() - 1)))
        self.tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, index: int) -> None:
        self._ui.setValue(f"{SETTINGS_KEY}/tab", index)
        self.refresh()

    def refresh(self) -> None:
        """Reload the tab in front (the main window calls this when the page is shown, and on F5)."""
        widget = self.tabs.currentWidget()
        refresh = getattr(widget, "refresh", None)
        if refresh is not None:
            refresh()

    # --- unsaved work: what its tabs hold (e.g. the day summary's text) ----------------------------

    def _tabs(self) -> list[QWidget]:
        return [tab for i in range(self.tabs.count()) if (tab := self.tabs.widget(i)) is not None]

    def unsaved_work(self) -> list[str]:
        return unsaved_of(holders(self._tabs()))

    def save_unsaved(self) -> bool:
        for tab in holders(self._tabs()):
            if tab.unsaved_work() and not tab.save_unsaved():
                self.tabs.setCurrentWidget(tab)  # type: ignore[arg-type]  # where the reason is shown
                return False
        return True

    def discard_unsaved(self) -> None:
        discard_all(holders(self._tabs()))
