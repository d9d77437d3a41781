"""What main.py hands the GUI: the open workspace's use-case entry points, never persistence itself."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from domain.ports import Attachments, DraftStore, TabularFiles, UnitOfWork
from gui.common.data_events import DataEvents


@dataclass
class AppContext:
    uow: Callable[[], UnitOfWork]
    workspace_label: str  # path or URL, shown in the status bar
    workspace_path: Path | None
    data_dir: Path
    log_path: Path
    backup_now: Callable[[], Path]
    close: Callable[[], None]
    today: Callable[[], date] = date.today
    # the moment, timezone-aware (UTC); .astimezone() gives the local time of day
    now: Callable[[], datetime] = field(default=lambda: datetime.now(timezone.utc))
    is_demo: bool = False
    needs_demo_data: bool = False  # --demo on a workspace still without customers
    files: TabularFiles | None = None  # CSV/XLSX reading and XLSX writing, for imports and exports
    attachments: Attachments | None = None  # visit photos, beside the database
    drafts: DraftStore | None = None  # autosaved form drafts, beside the database
    # the workspace's "data changed" notice: imports and undos say what they changed, the window reloads
    events: DataEvents = field(default_factory=DataEvents)
    # 拜访手册 of a date's plan (day, today) as PDF bytes (data and rendering; call it on the task runner). It raises
    # domain.services.report_data.NoDayPlan for a date without a plan.
    handbook_pdf: Callable[[date, date], bytes] | None = None

    # 月度经营分析 of a month (any day of it) with the notes section's text, as PDF bytes (call it on the
    # task runner).
    monthly_pdf: Callable[[date, str], bytes] | None = None
    # 客户档案 of a customer (by id) as PDF bytes, as stored (call it on the task runner).
    dossier_pdf: Callable[[int], bytes] | None = None
    # the 拜访总结 of a day (or its week) and of one visit: (day, week, today) and (visit id, today)
    visit_summary_pdf: Callable[[date, bool, date], bytes] | None = None
    visit_pdf: Callable[[int, date], bytes] | None = None

# Opens another workspace file for "Open / New workspace…"; raises WorkspaceError if it cannot.
WorkspaceOpener = Callable[[Path], AppContext]
