"""Opening a workspace: the single-instance lock, the engine, the schema check."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from domain.backups import BackupReason
from domain.errors import WorkspaceDamaged, WorkspaceLocked, WorkspaceMissing
from persistence.backup import backup_database, backup_dir_for, remove_partial_backups
from persistence.db import make_engine, sqlite_url
from persistence.schema import (
    SchemaState,
    ensure_current,
    head_revision,
    survey_file,
)
from persistence.search_keys import refresh_search_keys
from persistence.unit_of_work import SqlUnitOfWorkFactory
from persistence.workspace_backups import WorkspaceBackups


@dataclass
class Workspace:
    engine: Engine
    uow: SqlUnitOfWorkFactory
    schema: SchemaState
    path: Path | None  # None for a non-file database URL
    _lock: FileLock | None = field(default=None, repr=False)

    @property
    def label(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    def backup(self, reason: BackupReason | str, now: datetime) -> Path:
        if self.path is None:
            raise WorkspaceMissing(self.label)
        return backup_database(self.path, BackupReason(reason).value, now)

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
    return FileLock(str(db_path) + ".lock", timeout=0)


def open_workspace(db_path: Path | None = None, url: str | None = None, *, exclusive: bool = True) -> Workspace:
    """Open (creating or upgrading as needed) the workspace at `db_path` or `url`."""
    if url is not None:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            db_path = Path(parsed.database or "")
            url = None
    lock = None
    if db_path is not None:
        db_path = db_path.expanduser().absolute()
        if not db_path.parent.is_dir():
            raise WorkspaceMissing(str(db_path))
        if exclusive:
            lock = lock_for(db_path)
            try:
                lock.acquire()
            except Timeout as exc:
                raise WorkspaceLocked(str(db_path)) from exc
    engine: Engine | None = None
    try:
        if lock is not None and db_path is not None:
            # we hold the only lock, so no other instance can be writing a backup right now
            remove_partial_backups(backup_dir_for(db_path), db_path.stem)
        if url is not None:
            engine = make_engine(url)
        elif db_path is not None:
            engine = make_engine(sqlite_url(db_path))
        else:
            raise ValueError("a workspace is opened from a file or a database URL")
        schema = ensure_current(engine, db_path)
        refresh_search_keys(engine)
    except BaseException:
        if engine is not None:
            engine.dispose()  # a failed open must not keep the file open
        if lock is not None:
            lock.release()
        raise
    return Workspace(engine, SqlUnitOfWorkFactory(engine), schema, db_path, lock)


@dataclass(frozen=True)
class HealthReport:
    revision: str | None
    expected_revision: str
    integrity: list[str]
    foreign_key_problems: int
    row_counts: dict[str, int]

    @property
    def healthy(self) -> bool:
        return (
            self.integrity == ["ok"]
            and self.foreign_key_problems == 0
            and self.revision == self.expected_revision
        )


def check_file(db_path: Path) -> HealthReport:
    """`PRAGMA integrity_check`, references and row counts, read-only. A file that cannot be read
    at all is reported as unhealthy, not raised: this is the function that says what is wrong."""
    try:
        survey = survey_file(db_path)
    except WorkspaceDamaged as exc:
        return HealthReport(None, head_revision(), [str(exc.__cause__ or exc)], 0, {})
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:  # e.g. no such file
        return HealthReport(None, head_revision(), [str(exc)], 0, {})
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
    except sqlite3.DatabaseError as exc:
        integrity, fk_problems, counts = [str(exc)], 0, {}
    finally:
        conn.close()
    return HealthReport(survey.revision, head_revision(), integrity, fk_problems, counts)
