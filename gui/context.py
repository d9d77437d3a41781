"""What main.py hands the GUI: the open workspace's use-case entry points, never persistence itself."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Protocol

from domain.backups import BackupReason
from domain.errors import WorkspaceMissing
from domain.forecast.model import HolidayCalendar
from domain.ports import Attachments, Backups, CalendarFiles, DraftStore, TabularFiles, UnitOfWork
from domain.report_catalogue import ReportCatalogue
from domain.services.restore import RestorePoints
from gui.common.data_events import DataEvents


@dataclass
class AppContext:
    uow: Callable[[], UnitOfWork]
    workspace_label: str  # path or URL, shown in the status bar
    workspace_path: Path | None
    data_dir: Path
    log_path: Path
    backups: Backups  # the services that write irreversibly take theirs through it; "Back up now" too
    close: Callable[[], None]
    today: Callable[[], date] = date.today
    # the moment, timezone-aware (UTC); .astimezone() gives the local time of day
    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    is_demo: bool = False
    needs_demo_data: bool = False  # --demo on a workspace still without customers
    files: TabularFiles | None = None  # CSV/XLSX reading and XLSX writing, for imports and exports
    attachments: Attachments | None = None  # visit photos, beside the database
    drafts: DraftStore | None = None  # autosaved form drafts, beside the database
    calendar_files: CalendarFiles | None = None  # the .ics calendar export
    holidays: HolidayCalendar | None = None  # the public holidays the demand forecast's season reads
    # the workspace's "data changed" notice: imports and undos say what they changed, the window reloads
    events: DataEvents = field(default_factory=DataEvents)
    # the printed reports (data and drawing; make them on the task runner): a page shows a report's
    # button when its request type is catalogued
    reports: ReportCatalogue | None = None
    # how the workspace was opened (persistence.workspace.Workspace): why it is read-only (None when
    # writable), and why its folder is a risky place for it (a network drive, a cloud-sync folder)
    read_only_reason: str | None = None
    location_risk: str | None = None
    notices: tuple[str, ...] = ()  # what the open did on its own (a foreign -wal set aside), translated
    # the backups of this workspace's file, to list and restore (None for a database URL)
    restore_points: RestorePoints | None = None

    def offers(self, request_type: type) -> bool:
        return self.reports is not None and request_type in self.reports

    def backup_now(self) -> Path:
        """"Back up now": a workspace without a file (a database URL) has nothing to copy."""
        path = self.backups.take(BackupReason.MANUAL)
        if path is None:
            raise WorkspaceMissing(self.workspace_label)
        return path

    def stored_language(self) -> str:
        """The language chosen in 设置 for this workspace ("" when never chosen)."""
        from domain.services.workspace import load_settings

        return load_settings(self.uow()).language

    def build_demo(self, progress: Callable[[int, int], bool] | None) -> object:
        """Fill this (empty) workspace with the demo data, as of today."""
        from domain.demo.generator import DemoSpec
        from domain.services.demo import build_demo

        return build_demo(self.uow(), DemoSpec(today=self.today()), progress)


class WorkspaceOpener(Protocol):
    """Opens a workspace file for "Open / New workspace…" and after a restore; raises WorkspaceError if
    it cannot (WorkspaceNotFound for a missing file unless `create`)."""

    def __call__(self, path: Path, create: bool = False) -> AppContext: ...
