"""Bring a workspace file to the current schema: create and stamp a new one, back up then upgrade an
old one, refuse one written by a newer Fieldbook without touching it."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect

from domain.errors import NotAWorkspace, WorkspaceDamaged, WorkspaceError, WorkspaceReadOnly, WorkspaceTooNew
from persistence.backup import backup_database, backup_dir_for, remove_partial_backups
from persistence.tables.base import Base
from persistence.workspace_files import connect_ro, new_workspace_id, readonly_uri, real_path

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"
# The newest migration. Knowing it without loading alembic keeps an ordinary start (schema already
# current) ~0.4 s faster; tests/persistence/test_migrations.py checks it against alembic's head.
SCHEMA_HEAD = "0008"


class SchemaAction(str, Enum):
    CREATED = "created"
    UPGRADED = "upgraded"
    CURRENT = "current"


@dataclass(frozen=True)
class SchemaState:
    action: SchemaAction
    revision: str
    previous: str | None = None
    backup: Path | None = None


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return SCHEMA_HEAD


def alembic_head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


@dataclass(frozen=True)
class FileSurvey:
    revision: str | None
    has_version_table: bool
    table_count: int


def survey_file(db_path: Path) -> FileSurvey:
    """Read a workspace file without writing to it (read-only, no pragmas that change the header)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return FileSurvey(None, False, 0)
    try:
        conn = connect_ro(readonly_uri(real_path(db_path)))
        try:
            tables = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            }
            revision = None
            if VERSION_TABLE in tables:
                row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise WorkspaceDamaged(str(db_path), str(exc)) from exc
    return FileSurvey(revision, VERSION_TABLE in tables, len(tables - {VERSION_TABLE}))


def ensure_current(
    engine: Engine, db_path: Path | None, now: datetime | None = None, *, read_only: str | None = None
) -> SchemaState:
    """Run at start, before any window. `db_path` is None for a non-file database URL. A read-only
    workspace (`read_only` says why) that would need creating or upgrading is refused untouched."""
    head = head_revision()
    if db_path is not None:
        survey = survey_file(db_path)
        current, is_ours, populated = survey.revision, survey.has_version_table, survey.table_count > 0
    else:
        with engine.connect() as conn:
            from alembic.runtime.migration import MigrationContext

            current = MigrationContext.configure(conn).get_current_revision()
            names = set(inspect(conn).get_table_names())
        is_ours, populated = VERSION_TABLE in names, bool(names - {VERSION_TABLE})
    if current == head:
        return SchemaState(SchemaAction.CURRENT, head)
    if current is not None and current not in known_revisions():
        raise WorkspaceTooNew(current)
    if current is None and not is_ours and populated:
        raise NotAWorkspace(str(db_path or engine.url))
    if read_only is not None:
        raise WorkspaceReadOnly(str(db_path or engine.url), read_only)
    if current is None and not populated:
        _create(engine)
        return SchemaState(SchemaAction.CREATED, head)
    backup = None
    if db_path is not None:
        remove_partial_backups(backup_dir_for(db_path), db_path.stem)
        backup = backup_database(
            db_path, f"pre-migrate-{current or 'base'}", now or datetime.now(UTC)
        )
    upgrade(engine, "head")
    return SchemaState(SchemaAction.UPGRADED, head, previous=current, backup=backup)


def _create(engine: Engine) -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        # the id that tells this workspace's -wal from another's (persistence/workspace_files.py)
        conn.exec_driver_sql(f"PRAGMA user_version = {new_workspace_id()}")
        cfg.attributes["connection"] = conn
        from alembic import command

        command.stamp(cfg, "head")


def upgrade(engine: Engine, target: str) -> None:
    from alembic import command

    _migrate(engine, lambda cfg: command.upgrade(cfg, target))


def downgrade(engine: Engine, target: str) -> None:
    """Only for tests of the migrations themselves; user data is never downgraded."""
    from alembic import command

    _migrate(engine, lambda cfg: command.downgrade(cfg, target))


def _migrate(engine: Engine, run: Callable[[Config], None]) -> None:
    # Batch migrations rebuild tables; with foreign keys on, dropping the old table would cascade
    # deletes into children. The pragma only takes effect outside a transaction, hence the raw call.
    cfg = alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                run(cfg)
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise WorkspaceError(f"the migration broke {len(problems)} references")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
