"""Opening a workspace (docs/architecture.md, "Opening a workspace"): the lock on the real path, the
checks that come before anything writes, read-only when it must be; and the `check` report."""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from domain.backups import BackupReason
from domain.errors import (
    NotAWorkspace,
    WorkspaceDamaged,
    WorkspaceDamagedSetAside,
    WorkspaceLocked,
    WorkspaceMissing,
    WorkspaceNotFound,
    WorkspaceReadOnly,
    WorkspaceTooNew,
)
from persistence import workspace_files as files
from persistence.backup import backup_database, backup_dir_for, remove_partial_backups
from persistence.db import make_engine, make_read_only_engine, sqlite_url
from persistence.schema import (
    VERSION_TABLE,
    SchemaState,
    ensure_current,
    head_revision,
    known_revisions,
    survey_file,
)
from persistence.search_keys import refresh_search_keys
from persistence.unit_of_work import SqlUnitOfWorkFactory
from persistence.workspace_backups import WorkspaceBackups

log = logging.getLogger(__name__)

@dataclass
class Workspace:
    engine: Engine
    uow: SqlUnitOfWorkFactory
    schema: SchemaState
    path: Path | None  # None for a non-file database URL
    _lock: FileLock | None = field(default=None, repr=False)
    read_only_reason: str | None = None  # None: writable; else "file is read-only" / "folder is read-only"
    location_risk: str | None = None  # "network drive" / "cloud-sync folder: <name>"
    # what the open did on its own, for the front ends to say: the name a foreign -wal was set aside as
    set_aside_wal: str | None = None

    @property
    def label(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    def backup(self, reason: BackupReason | str, now: datetime) -> Path:
        if self.path is None:
            raise WorkspaceMissing(self.label)
        reason = BackupReason(reason)
        if self.read_only_reason is not None and reason is not BackupReason.MANUAL:
            # a backup before a write: the write cannot happen, so refuse before copying anything
            raise WorkspaceReadOnly(self.label, self.read_only_reason)
        target = backup_dir_for(self.path)
        if not files.is_writable(target if target.exists() else target.parent):
            raise WorkspaceReadOnly(self.label, "backups folder is read-only")
        return backup_database(self.path, reason.value, now)

    @property
    def backups(self) -> WorkspaceBackups:
        return WorkspaceBackups(self.path)

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def lock_for(db_path: Path) -> FileLock:
    # An OS lock: released by the system when the process dies, so a crash leaves no stale lock.
    # Keyed on the real path, beside the real file: a symlink or a relative path is the same file.
    return FileLock(str(files.real_path(db_path)) + ".lock", timeout=0)


def _take_lock(real: Path, read_only: str | None) -> FileLock | None:
    lock = lock_for(real)
    if read_only == "folder is read-only" and not Path(lock.lock_file).exists():
        return None  # no lock file can be made there, and a read-only open cannot harm the file
    try:
        lock.acquire()
    except Timeout as exc:
        raise WorkspaceLocked(str(real)) from exc
    except OSError:
        if read_only is None:
            raise
        return None  # a read-only folder holds no lock file; a read-only open cannot harm the file
    return lock


def _resolve(db_path: Path | None, url: str | None) -> tuple[Path | None, str | None]:
    if url is not None:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            return Path(parsed.database or ""), None
    return db_path, url


def open_workspace(
    db_path: Path | None = None, url: str | None = None, *, exclusive: bool = True, create: bool = False
) -> Workspace:
    """Open the workspace at `db_path` or `url`, upgrading it as needed. A missing file is created
    only with `create`; a damaged one is set aside and refused; a read-only one opens read-only."""
    db_path, url = _resolve(db_path, url)
    if db_path is None:
        if url is None:
            raise ValueError("a workspace is opened from a file or a database URL")
        url_engine = make_engine(url)
        try:
            schema = ensure_current(url_engine, None)
            refresh_search_keys(url_engine)
        except BaseException:
            url_engine.dispose()
            raise
        return Workspace(url_engine, SqlUnitOfWorkFactory(url_engine), schema, None)
    db_path = db_path.expanduser().absolute()
    real = files.real_path(db_path)
    if not real.parent.is_dir():
        raise WorkspaceMissing(str(db_path))
    if not real.is_file() and not create:
        raise WorkspaceNotFound(str(db_path))
    read_only = files.read_only_reason(real)
    if read_only is not None and not real.is_file():
        raise WorkspaceReadOnly(str(db_path), read_only)
    lock = _take_lock(real, read_only) if exclusive else None
    engine: Engine | None = None
    try:
        set_aside: str | None = None
        if real.is_file() and real.stat().st_size > 0:
            set_aside = _check_before_trusting(db_path, real, read_only)
        if lock is not None and read_only is None:
            # we hold the only lock, so no other instance can be writing a backup right now
            remove_partial_backups(backup_dir_for(real), real.stem)
        if read_only is None:
            engine = make_engine(sqlite_url(real))
        else:
            engine = make_read_only_engine(files.readonly_uri(real))
        schema = ensure_current(engine, real, read_only=read_only)
        if read_only is None:
            _give_an_id(engine)
            refresh_search_keys(engine)
    except BaseException:
        if engine is not None:
            engine.dispose()  # a failed open must not keep the file open
        if lock is not None:
            lock.release()
        raise
    uow = SqlUnitOfWorkFactory(engine, None if read_only is None else (str(db_path), read_only))
    risk = files.location_risk(real)
    if risk is not None:
        log.warning("workspace %s is on a %s: SQLite's WAL is unsafe there", db_path, risk)
    return Workspace(engine, uow, schema, db_path, lock, read_only, risk, set_aside)


def _check_before_trusting(shown: Path, real: Path, read_only: str | None) -> str | None:
    """Nothing has written to the file yet: look at it read-only, refuse or set aside what is wrong.
    Returns the name a foreign -wal was set aside as, if one was."""
    if files.looks_like_other_format(real):
        raise NotAWorkspace(str(shown))
    problem = files.quick_check(files.file_alone_uri(real))
    set_aside: str | None = None
    if files.has_wal(real):
        verdict = files.inspect_wal(real)
        if verdict.belongs and problem is not None:
            log.warning("%s alone fails quick_check (%s) but is whole with its -wal: a checkpoint was "
                        "cut short, and SQLite completes it", shown, problem)
        elif problem is not None:
            _refuse_damaged(shown, real, problem, read_only)
        elif not verdict.belongs:
            if read_only is not None:
                raise WorkspaceDamaged(str(shown), verdict.detail)
            kept = files.set_aside_wal(real, datetime.now())
            log.warning("a -wal that does not belong to %s was set aside as %s: %s", shown, kept, verdict.detail)
            set_aside = kept.name
    elif problem is not None:
        _refuse_damaged(shown, real, problem, read_only)
    survey = survey_file(real)
    if survey.revision is not None and survey.revision != head_revision() and survey.revision not in known_revisions():
        raise WorkspaceTooNew(survey.revision)
    return set_aside


def _refuse_damaged(shown: Path, real: Path, problem: str, read_only: str | None) -> None:
    log.error("workspace %s failed its check at open: %s", shown, problem)
    if read_only is not None:
        raise WorkspaceDamaged(str(shown), problem)  # cannot even be renamed: left as it is
    try:
        kept = files.set_aside_damaged(real, datetime.now())
    except OSError as exc:
        log.error("cannot set %s aside: %s", real, exc)
        raise WorkspaceDamaged(str(shown), problem) from exc
    raise WorkspaceDamagedSetAside(str(shown), problem, str(kept))


def _give_an_id(engine: Engine) -> None:
    """Files from before the id get theirs at their first writable open."""
    with engine.begin() as conn:
        if not conn.exec_driver_sql("PRAGMA user_version").scalar():
            conn.exec_driver_sql(f"PRAGMA user_version = {files.new_workspace_id()}")


class Health(str, Enum):
    HEALTHY = "healthy"
    DAMAGED = "damaged"  # integrity or reference problems
    UNREADABLE = "cannot read"  # missing, unreadable, not a database at all
    TOO_NEW = "too new"  # written by a newer Fieldbook
    NOT_A_WORKSPACE = "not a workspace"


@dataclass(frozen=True)
class HealthReport:
    revision: str | None
    expected_revision: str
    integrity: list[str]
    foreign_key_problems: int
    row_counts: dict[str, int]
    status: Health = Health.HEALTHY

    @property
    def healthy(self) -> bool:
        return self.status is Health.HEALTHY


def _unreadable(detail: str) -> HealthReport:
    return HealthReport(None, head_revision(), [detail], 0, {}, Health.UNREADABLE)


def check_file(db_path: Path) -> HealthReport:
    """`PRAGMA integrity_check`, references and row counts, read-only and without a temporary file
    (a full disk must not make an intact file look damaged). A file that cannot be read at all is
    reported, not raised: this is the function that says what is wrong."""
    real = files.real_path(db_path)
    if not real.is_file():
        return _unreadable(f"no such file: {db_path}")
    try:
        conn = files.connect_ro(files.readonly_uri(real))
    except sqlite3.Error as exc:
        return _unreadable(str(exc))
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        fk_problems = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        revision = None
        if VERSION_TABLE in tables:
            row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or isinstance(exc, sqlite3.OperationalError) and "malformed" not in str(exc):
            return _unreadable(str(exc))
        return HealthReport(None, head_revision(), [str(exc)], 0, {}, Health.DAMAGED)
    finally:
        conn.close()
    if integrity != ["ok"] or fk_problems:
        status = Health.DAMAGED
    elif revision is not None and revision != head_revision() and revision not in known_revisions():
        status = Health.TOO_NEW
    elif revision is None and VERSION_TABLE not in tables:
        status = Health.NOT_A_WORKSPACE
    else:
        status = Health.HEALTHY  # an older revision is upgraded at its next open
    return HealthReport(revision, head_revision(), integrity, fk_problems, counts, status)
