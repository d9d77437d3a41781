"""Fieldbook (客户经理工作台): composition root. Paths, logging, the workspace, then a window or a command.

    uv run main.py --demo                    the app on the demo workspace
    uv run main.py [--db PATH] new           a new empty workspace (only demo and new create one)
    uv run main.py [--db PATH] check         schema revision, integrity, row counts
    uv run main.py --help                    every command

The commands are in cli/, the window in gui/; this finds the data folder and workspace, sets up
logging and translation, and hands over.
"""
from __future__ import annotations

import argparse
import hashlib
import logging
import logging.handlers
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

STARTED = time.perf_counter()
ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
DEMO_FILE = "demo.db"
DEFAULT_FILE = "fieldbook.db"

log = logging.getLogger("fieldbook")

__all__ = ["main", "open_context", "run_command", "run_gui"]


def data_dir(create: bool = True) -> Path:
    """The user's data folder; FIELDBOOK_DATA_DIR overrides it (tests, portable installs). Only
    the window, `demo` and `new` create it: a reading command must not leave one behind."""
    override = os.environ.get("FIELDBOOK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("Fieldbook", appauthor=False))
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def configure_logging(folder: Path) -> Path:
    logs = folder / "logs"
    logs.mkdir(exist_ok=True)
    log_path = logs / "fieldbook.log"
    handler = logging.handlers.RotatingFileHandler(log_path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    return log_path


def workspace_location(args: argparse.Namespace, folder: Path) -> tuple[Path | None, str | None]:
    url = getattr(args, "database_url", None)
    if url:
        return None, url
    db = getattr(args, "db", None)
    if db is not None:
        return db, None
    demo = args.demo or args.command == "demo"
    return folder / (DEMO_FILE if demo else DEFAULT_FILE), None


_CLI_KEEPALIVE: list[object] = []


def run_command(args: argparse.Namespace, folder: Path) -> int:
    from cli.app import run_command as run
    from gui.i18n import install_translators, resolve_language

    db, url = workspace_location(args, folder)
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    language = resolve_language(getattr(args, "lang", None))
    # both must outlive the command: a collected translator silently stops translating
    _CLI_KEEPALIVE[:] = [app, *install_translators(app, language, RESOURCES / "translations")]
    return run(args, db, url)


def run_gui(args: argparse.Namespace, folder: Path, log_path: Path) -> int:
    from PySide6.QtCore import QSettings

    from cli.common import unsupported_database
    from domain.errors import WorkspaceError
    from gui.app import Translation, create_application, install_fault_dialog, show_startup_error
    from gui.i18n import resolve_language
    from gui.main_window import MainWindow
    from gui.messages import describe_error
    from gui.safety.start_dialogs import open_at_start, start_place

    app = create_application(sys.argv[:1], RESOURCES)
    translation = Translation(app, RESOURCES / "translations")
    requested = getattr(args, "lang", None)
    translation.use(resolve_language(requested))
    window: list[MainWindow] = []
    install_fault_dialog(log_path, lambda: window[0] if window else None)

    db, url = workspace_location(args, folder)
    if (refused := unsupported_database(url)) is not None:
        print(f"main.py: {refused}", file=sys.stderr)
        return 2
    def opener(path: Path, create: bool = False, is_demo: bool = False):
        return open_context(path, None, folder, log_path, is_demo=is_demo, create=create)

    try:
        if db is None:
            ctx = open_context(None, url, folder, log_path)
        else:  # a missing or damaged file is asked about, never replaced by an empty one unasked
            place, create = (db, True) if args.demo else start_place(args.db, db, QSettings(), restore_points)
            ctx = open_at_start(lambda p, create=False: opener(p, create, args.demo), place, restore_points,
                                create=create)
    except WorkspaceError as exc:
        log.error("cannot open workspace: %s", exc)
        print(f"main.py: {describe_error(exc)}", file=sys.stderr)
        show_startup_error(describe_error(exc))
        return 1
    if ctx is None:
        return 0  # the user chose to quit
    translation.use(resolve_language(requested, ctx.stored_language()))

    main_window = MainWindow(ctx, RESOURCES / "icons", opener=opener, points_for=restore_points,
                             demo_builder=lambda ctx, progress: ctx.build_demo(progress))
    window.append(main_window)
    main_window.show()
    log.info("window shown %.0f ms after start", (time.perf_counter() - STARTED) * 1000)
    main_window.build_demo_if_needed()
    code = app.exec()
    main_window.ctx.close()
    return code


def open_context(
    db: Path | None, url: str | None, folder: Path, log_path: Path, is_demo: bool = False, create: bool = False
):
    from cli.common import open_ready_workspace
    from gui.context import AppContext
    from persistence.attachments import LocalAttachments, attachments_folder
    from persistence.calendar_file import IcsCalendarFiles
    from persistence.drafts import FileDraftStore, drafts_folder
    from persistence.holidays import ChineseHolidays
    from persistence.tabular_files import LocalTabularFiles
    from reports.catalogue import report_catalogue

    notices: list[str] = []
    workspace = open_ready_workspace(db, url, create=create, tell=notices.append)
    with workspace.uow() as uow:
        empty = uow.customers.count() == 0
    log.info("opened workspace %s (%s)", workspace.label, workspace.schema.action.value)
    # photos and drafts live beside the database file (a URL workspace: in the data folder, by its hash)
    beside = workspace.path or folder / f"url-{hashlib.sha256(workspace.label.encode()).hexdigest()[:12]}.db"
    return AppContext(
        uow=workspace.uow, workspace_label=workspace.label, workspace_path=workspace.path,
        data_dir=folder, log_path=log_path, backups=workspace.backups, close=workspace.close,
        is_demo=is_demo, needs_demo_data=is_demo and empty,
        files=LocalTabularFiles(),
        attachments=LocalAttachments(attachments_folder(beside)),
        drafts=FileDraftStore(drafts_folder(beside)),
        calendar_files=IcsCalendarFiles(),
        holidays=ChineseHolidays(),
        reports=report_catalogue(ChineseHolidays()),
        read_only_reason=workspace.read_only_reason,
        location_risk=workspace.location_risk,
        notices=tuple(notices),
        restore_points=restore_points(workspace.path) if workspace.path else None,
    )


def restore_points(path: Path):
    from persistence.restore_points import FileRestorePoints

    return FileRestorePoints(path)


def main(argv: list[str] | None = None) -> int:
    from cli.app import build_parser

    args = build_parser().parse_args(argv)
    may_create = args.command in (None, "demo", "new")
    try:
        folder = data_dir(create=may_create)
    except OSError as exc:
        print(f"main.py: cannot use the data folder: {exc}", file=sys.stderr)
        return 1
    # without its folder a reading command logs to stderr only, and fails on the missing workspace
    log_path = configure_logging(folder) if folder.is_dir() else folder / "logs" / "fieldbook.log"
    if args.command is None:
        return run_gui(args, folder, log_path)
    return run_command(args, folder)


if __name__ == "__main__":
    sys.exit(main())
