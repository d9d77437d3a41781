"""At start, and whenever the window must reopen its file: a workspace that is missing is never replaced
by an empty one behind the user's back, and a damaged one (set aside by the open) is answered with the
newest verified backup. The user chooses; these dialogs only ask."""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from domain.backups import BackupEntry
from domain.errors import WorkspaceDamagedSetAside, WorkspaceMissing, WorkspaceNotFound
from domain.failures import log_failure
from domain.services.restore import RestorePoints, newest_verified, restore_backup
from gui.context import AppContext
from gui.messages import describe_error
from gui.safety import labels
from gui.safety.restore_dialog import choose_backup

log = logging.getLogger(__name__)

LAST_WORKSPACE = "workspace/last"
PointsFor = Callable[[Path], RestorePoints | None]


class Opener(Protocol):
    def __call__(self, path: Path, create: bool = False) -> AppContext: ...


FIND, RESTORE, NEW, QUIT, RESTORE_NEWEST = "find", "restore", "new", "quit", "restore-newest"


class _Choice(QDialog):
    """A question answered by one of its buttons: `choice` names the button pressed (QUIT if closed)."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.choice = QUIT
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 16, 18, 14)
        self.body.setSpacing(10)
        headline = QLabel(title)
        headline.setObjectName("SectionTitle")
        self.body.addWidget(headline)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)

    def text(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setObjectName(name)
        label.setMinimumWidth(600)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path, to copy
        self.body.addWidget(label)
        return label

    def button(self, text: str, name: str, choice: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: self._choose(choice))
        self.buttons.addWidget(button)
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def finish(self) -> None:
        self.body.addSpacing(8)
        self.body.addLayout(self.buttons)


class MissingWorkspaceDialog(_Choice):
    def __init__(self, path: Path, problem: str, has_backups: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Workspace not found"), parent)
        self.text(self.tr("The workspace file is not where it was:\n{path}").format(path=path), "MissingPath")
        self.text(problem, "MissingProblem").setStyleSheet("color: #5b6b7b;")
        self.text(self.tr(
            "Nothing was created. Find the file if it was moved, restore it from a backup, or start a new "
            "empty workspace at this place."), "MissingAdvice")
        self.button(self.tr("Find the file…"), "FindFileButton", FIND)
        restore = self.button(self.tr("Restore from backup…"), "RestoreBackupButton", RESTORE)
        restore.setEnabled(has_backups)
        if not has_backups:
            restore.setToolTip(self.tr("There are no backups beside this file."))
        self.button(self.tr("New empty workspace"), "NewWorkspaceButton", NEW)
        self.button(self.tr("Quit"), "QuitButton", QUIT)
        self.finish()


class DamagedWorkspaceDialog(_Choice):
    def __init__(self, exc: WorkspaceDamagedSetAside, newest: BackupEntry | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Workspace damaged"), parent)
        self.text(self.tr(
            "The workspace {path} is damaged ({detail}). So that nothing writes into it, it was set aside as "
            "{copy}; that copy is kept, not deleted."
        ).format(path=exc.path, detail=exc.detail, copy=exc.damaged_copy), "DamagedText")
        if newest is not None:
            self.newest = self.text(self.tr(
                "The newest verified backup is of {time} ({kind}): {customers} customers, {lines} order lines."
            ).format(time=labels.local_time(newest.taken_at), kind=labels.kind(newest.reason),
                     customers=f"{newest.customers:,}", lines=f"{newest.order_lines:,}"), "NewestBackup")
        else:
            self.newest = self.text(self.tr("There is no verified backup of this workspace."), "NewestBackup")
        self.newest.setStyleSheet(
            "background: #eaf3ea; border: 1px solid #b9d8b9; border-radius: 6px; padding: 6px 8px;")
        restore = self.button(self.tr("Restore this backup"), "RestoreNewestButton", RESTORE_NEWEST)
        restore.setEnabled(newest is not None)
        restore.setDefault(newest is not None)
        self.button(self.tr("Choose another backup…"), "OtherBackupButton", RESTORE)
        self.button(self.tr("Quit"), "QuitButton", QUIT)
        self.finish()


def _points(points_for: PointsFor, path: Path) -> tuple[RestorePoints | None, bool]:
    points = points_for(path)
    try:
        has = points is not None and bool(points.list())
    except Exception as exc:  # an unreadable backups folder offers no restore, and says so in the log
        log_failure(log, "listing backups", exc)
        has = False
    return points, has


def _restore(parent: QWidget | None, points: RestorePoints, name: str) -> bool:
    try:
        restore_backup(points, name)
    except Exception as exc:
        log_failure(log, "restore at start", exc)
        QMessageBox.warning(parent, QCoreApplication.translate("StartDialogs", "Not restored"), describe_error(exc))
        return False
    return True


def open_at_start(opener: Opener, path: Path, points_for: PointsFor, *, create: bool = False,
                  parent: QWidget | None = None) -> AppContext | None:
    """The open workspace, after whatever the user chose; None when they chose to quit. Errors other
    than a missing or damaged file are raised as before (locked, too new…)."""
    while True:
        try:
            return opener(path, create=True) if create else opener(path)
        except (WorkspaceNotFound, WorkspaceMissing) as exc:
            create = False
            points, has_backups = _points(points_for, path)
            missing = MissingWorkspaceDialog(path, describe_error(exc), has_backups, parent)
            missing.exec()
            if missing.choice == FIND:
                found, _ = QFileDialog.getOpenFileName(
                    parent, QCoreApplication.translate("StartDialogs", "Find the workspace"), str(path.parent),
                    QCoreApplication.translate("StartDialogs", "Fieldbook workspace (*.db)"))
                path = Path(found) if found else path
            elif missing.choice == RESTORE and points is not None:
                chosen = choose_backup(parent, points, str(path))
                if chosen is not None:
                    _restore(parent, points, chosen.name)
            elif missing.choice == NEW:
                create = True
            elif missing.choice == QUIT:
                return None
        except WorkspaceDamagedSetAside as exc:
            create = False
            points = points_for(path)
            newest = newest_verified(points) if points is not None else None
            damaged = DamagedWorkspaceDialog(exc, newest, parent)
            damaged.exec()
            if damaged.choice == RESTORE_NEWEST and points is not None and newest is not None:
                _restore(parent, points, newest.name)
            elif damaged.choice == RESTORE and points is not None:
                chosen = choose_backup(parent, points, str(path))
                if chosen is not None:
                    _restore(parent, points, chosen.name)
            elif damaged.choice == QUIT:
                return None


def start_place(explicit: Path | None, default: Path, settings: QSettings,
                points_for: PointsFor) -> tuple[Path, bool]:
    """Which file to open at start, and whether it may be created: --db, else the workspace used last,
    else the default file. Only a first run (nothing used before, no file and no backups at the default
    place) creates a workspace without asking."""
    if explicit is not None:
        return explicit, False
    last = settings.value(LAST_WORKSPACE)
    if isinstance(last, str) and last:
        return Path(last), False
    if default.exists():
        return default, False
    _points_of_default, has_backups = _points(points_for, default)
    return default, not has_backups


def remember_workspace(settings: QSettings, ctx: AppContext) -> None:
    if ctx.workspace_path is not None and not ctx.is_demo:
        settings.setValue(LAST_WORKSPACE, str(ctx.workspace_path.absolute()))
