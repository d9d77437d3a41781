"""Fault scenarios 9, 10 and 11 of issue 11 (reliability-anchors.md section (c)): a migration failing
halfway leaves the old file unchanged beside its verified pre-migrate backup (9); a migration that
rebuilds a table cascades over nothing (10); the migration suite: one head, the same schema as the
models, down/up, upgrades with the rows kept (11). The version gate of scenario 8 is checked here too."""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from domain.errors import WorkspaceError
from persistence import schema
from persistence import workspace as workspace_module
from persistence.backup import BACKUP_DIR_NAME
from persistence.db import make_engine, sqlite_url
from persistence.schema import SchemaAction, ensure_current, head_revision
from persistence.tables.base import Base
from persistence.workspace import open_workspace
from tests.persistence.helpers import (
    checkpoint,
    counts,
    dump_hash,
    insert_customers,
    insert_sales,
    scalar,
    sha256,
    sql,
)

DATA_TABLES = set(Base.metadata.tables)


@pytest.fixture
def engine_for(tmp_path: Path) -> Iterator[Callable[[str], Engine]]:
    """Engines on files in tmp_path, all disposed at the end."""
    made: list[Engine] = []

    def make(name: str) -> Engine:
        made.append(make_engine(sqlite_url(tmp_path / name)))
        return made[-1]

    yield make
    for engine in made:
        engine.dispose()


def _same_default(_ctx, _insp_col, _meta_col, inspected, _meta, rendered) -> bool:
    """alembic reports `DEFAULT ''` as changed on SQLite (it reflects it as "('')"); compare the
    literal values instead. Returns True when they differ."""

    def literal(text: str | None) -> str | None:
        if text is None:
            return None
        while len(text) >= 2 and text[0] == "(" and text[-1] == ")":
            text = text[1:-1]
        if len(text) >= 2 and text[0] == text[-1] == "'":
            text = text[1:-1]
        return text

    return literal(inspected) != literal(rendered)


def schema_differences(engine: Engine) -> list[object]:
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": _same_default}
        )
        return compare_metadata(ctx, Base.metadata)


def normalized_master(engine: Engine) -> dict[tuple[str, str], object]:
    """sqlite_master with each CREATE TABLE's clauses as a set: create_all and alembic emit the
    same constraints in a different order."""
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).all()
    out: dict[tuple[str, str], object] = {}
    for type_, name, ddl in rows:
        if type_ == "table" and ddl:
            body = ddl[ddl.index("(") + 1 : ddl.rindex(")")]
            out[(type_, name)] = frozenset(
                re.sub(r"\s+", " ", part).strip() for part in re.split(r",\s*\n", body)
            )
        else:
            out[(type_, name)] = re.sub(r"\s+", " ", ddl or "").strip()
    return out


def table_names(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(sa.inspect(conn).get_table_names())


def revision_of(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


# --- the revision graph ----------------------------------------------------------------------------


def test_single_head_revision() -> None:
    script = ScriptDirectory.from_config(schema.alembic_config())
    heads = script.get_heads()
    assert len(heads) == 1, f"more than one head: {heads}; merge them"
    assert heads[0] == head_revision(), "update persistence.schema.SCHEMA_HEAD to the new head"
    # every revision is reachable from the head, down to a single base
    assert len(script.get_bases()) == 1
    assert {r.revision for r in script.walk_revisions()} == schema.known_revisions()


# --- upgrade from empty equals the models ----------------------------------------------------------


def test_upgrade_from_empty_matches_the_models(engine_for) -> None:
    engine = engine_for("migrated.db")
    schema.upgrade(engine, "head")

    assert revision_of(engine) == head_revision()
    assert schema_differences(engine) == []


def test_create_all_and_stamp_equals_running_the_migrations(engine_for) -> None:
    migrated, created = engine_for("migrated.db"), engine_for("created.db")
    schema.upgrade(migrated, "head")
    state = ensure_current(created, None)  # the path a new file takes: create_all + stamp

    assert state.action is SchemaAction.CREATED
    assert revision_of(created) == revision_of(migrated) == head_revision()
    assert schema_differences(created) == []
    assert normalized_master(created) == normalized_master(migrated)


# --- down and up -----------------------------------------------------------------------------------


def test_downgrade_to_base_and_upgrade_again(engine_for) -> None:
    engine = engine_for("roundtrip.db")
    schema.upgrade(engine, "head")
    assert DATA_TABLES <= table_names(engine)

    schema.downgrade(engine, "base")
    assert table_names(engine) & DATA_TABLES == set()
    assert revision_of(engine) is None

    schema.upgrade(engine, "head")
    assert DATA_TABLES <= table_names(engine)
    assert revision_of(engine) == head_revision()
    assert schema_differences(engine) == []
    with engine.connect() as conn:  # the pragma is back on after the run
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


# --- an older workspace: backed up, then upgraded --------------------------------------------------


def _older_workspace(path: Path) -> None:
    """A Fieldbook file from before the first revision: alembic's version table (empty, as
    `stamp base` leaves it) and data of its own, here a marker table with one row."""
    sql(
        path,
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
        "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))",
        "CREATE TABLE legacy_marker (x)",
        "INSERT INTO legacy_marker VALUES ('kept')",
    )


def test_backup_before_upgrading_a_non_empty_file(db_path: Path) -> None:
    _older_workspace(db_path)

    ws = open_workspace(db_path, create=True)
    try:
        state = ws.schema
    finally:
        ws.close()

    assert state.action is SchemaAction.UPGRADED
    assert state.previous is None
    backups = list((db_path.parent / BACKUP_DIR_NAME).glob("*.db"))
    assert [b.name for b in backups] == [state.backup.name]  # type: ignore[union-attr]
    manifest = json.loads(Path(f"{backups[0]}.json").read_text(encoding="utf-8"))
    assert manifest["reason"] == "pre-migrate" and manifest["verified"] is True
    backup = backups[0]
    assert "pre-migrate" in backup.name
    assert scalar(backup, "PRAGMA integrity_check") == "ok"
    assert scalar(backup, "SELECT x FROM legacy_marker") == "kept"
    assert scalar(backup, "SELECT count(*) FROM sqlite_master WHERE name = 'customers'") == 0
    # the live file is at head, its own data still there
    assert scalar(db_path, "SELECT version_num FROM alembic_version") == head_revision()
    assert scalar(db_path, "SELECT x FROM legacy_marker") == "kept"
    assert scalar(db_path, "SELECT count(*) FROM customers") == 0


def test_a_new_empty_file_is_created_without_a_backup(db_path: Path) -> None:
    db_path.touch()  # e.g. made by "New workspace" in a file dialog
    ws = open_workspace(db_path, create=True)
    try:
        assert ws.schema.action is SchemaAction.CREATED
    finally:
        ws.close()
    assert not (db_path.parent / BACKUP_DIR_NAME).exists()


def test_a_failed_upgrade_leaves_the_old_file_and_its_backup(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reliability test 9: the migration runs, then fails before the end."""
    _older_workspace(db_path)
    before = dump_hash(db_path)

    def upgrade_then_fail(engine: Engine, target: str) -> None:
        def run(cfg) -> None:
            command.upgrade(cfg, target)
            raise RuntimeError("disk pulled out halfway")

        schema._migrate(engine, run)

    engines: list[Engine] = []

    def recording_make_engine(url):
        engines.append(make_engine(url))
        return engines[-1]

    monkeypatch.setattr(schema, "upgrade", upgrade_then_fail)
    monkeypatch.setattr(workspace_module, "make_engine", recording_make_engine)
    with pytest.raises(RuntimeError, match="halfway"):
        open_workspace(db_path, create=True)

    assert [e.pool.checkedin() for e in engines] == [0]  # the failed open closed its connections

    assert dump_hash(db_path) == before  # rolled back as one transaction, data and schema
    backups = list((db_path.parent / BACKUP_DIR_NAME).glob("*pre-migrate*.db"))
    assert len(backups) == 1
    assert scalar(backups[0], "PRAGMA integrity_check") == "ok"
    # the next start, with a working migration, upgrades normally
    monkeypatch.undo()
    ws = open_workspace(db_path, create=True)
    try:
        assert ws.schema.action is SchemaAction.UPGRADED
    finally:
        ws.close()


# --- batch rebuilds: no cascade, no half-done state ------------------------------------------------


def _rebuild_customers(conn: sa.Connection, *, fail: bool = False) -> None:
    """What a batch migration does to a table SQLite cannot ALTER: copy, drop the old, rename."""
    op = Operations(MigrationContext.configure(conn, opts={"render_as_batch": True}))
    with op.batch_alter_table("customers", recreate="always") as batch:
        batch.add_column(sa.Column("loyalty_points", sa.Integer(), nullable=True))
    if fail:
        raise RuntimeError("the second step failed")


@pytest.fixture
def filled(workspace):
    insert_customers(workspace.engine, 300)
    insert_sales(workspace.engine)
    return workspace


def test_migrations_run_with_foreign_keys_off(filled) -> None:
    """Reliability test 10: rebuilding a parent table must not cascade into its children."""
    engine = filled.engine
    before = counts(engine, "customers", "customer_tags", "sales_lines")
    seen: list[int] = []

    def run(cfg) -> None:
        conn = cfg.attributes["connection"]
        seen.append(conn.exec_driver_sql("PRAGMA foreign_keys").scalar())
        _rebuild_customers(conn)

    schema._migrate(engine, run)

    assert seen == [0]
    assert counts(engine, "customers", "customer_tags", "sales_lines") == before
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert "loyalty_points" in {c["name"] for c in sa.inspect(conn).get_columns("customers")}


def test_control_the_same_rebuild_with_foreign_keys_on_cascades(workspace) -> None:
    """Why the guard exists: with foreign keys on, dropping the old table deletes the tags."""
    insert_customers(workspace.engine, 50)
    with workspace.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO customer_tags SELECT id, 'vip' FROM customers")
        _rebuild_customers(conn)
    assert counts(workspace.engine, "customers", "customer_tags") == {
        "customers": 50,
        "customer_tags": 0,
    }


def test_a_migration_failing_halfway_rolls_back_completely(filled) -> None:
    engine = filled.engine
    before = counts(engine, "customers", "customer_tags", "sales_lines")
    ddl_before = normalized_master(engine)

    with pytest.raises(RuntimeError, match="second step"):
        schema._migrate(engine, lambda cfg: _rebuild_customers(cfg.attributes["connection"], fail=True))

    assert normalized_master(engine) == ddl_before  # no _alembic_tmp_customers, no new column
    assert counts(engine, "customers", "customer_tags", "sales_lines") == before
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_migration_that_breaks_references_is_rolled_back(filled) -> None:
    engine = filled.engine

    def orphan_the_sales(cfg) -> None:
        cfg.attributes["connection"].exec_driver_sql("DELETE FROM customers WHERE id <= 10")

    with pytest.raises(WorkspaceError, match="references"):
        schema._migrate(engine, orphan_the_sales)
    assert counts(engine, "customers")["customers"] == 300


def test_the_survey_reads_without_writing(db_path: Path) -> None:
    open_workspace(db_path, create=True).close()
    checkpoint(db_path)
    before = sha256(db_path)
    survey = schema.survey_file(db_path)
    assert (survey.revision, survey.has_version_table) == (head_revision(), True)
    assert survey.table_count == len(DATA_TABLES)
    assert sha256(db_path) == before


def test_sqlite_version_supports_what_the_migrations_use() -> None:
    # RETURNING (3.35) is used by the repositories, DROP COLUMN-free batch mode by the migrations
    assert sqlite3.sqlite_version_info >= (3, 35)
