"""Online backups: a verified, self-contained copy of what was committed, never a half-written file
under a final name."""
from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from persistence.backup import (
    BackupFailed,
    backup_database,
    backup_dir_for,
    remove_partial_backups,
)
from persistence.workspace import Workspace, open_workspace
from tests.persistence.helpers import insert_customers, scalar, sha256

NOW = datetime(2026, 3, 1, 8, 30, 15, tzinfo=UTC)


def test_backup_is_a_verified_copy_of_the_committed_rows(workspace: Workspace, db_path: Path) -> None:
    insert_customers(workspace.engine, 200)
    # another connection holds an open write transaction with rows not yet committed
    writer = sqlite3.connect(db_path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute(
            "INSERT INTO customers (license_no, name, created_at, updated_at) "
            "VALUES ('UNCOMMITTED', 'x', '2026-01-01', '2026-01-01')"
        )
        backup = workspace.backup("manual", NOW)
        writer.execute("ROLLBACK")
    finally:
        writer.close()

    assert backup.parent == backup_dir_for(db_path)
    assert backup.name == "fieldbook-20260301-083015-manual.db"
    assert scalar(backup, "PRAGMA integrity_check") == "ok"
    assert scalar(backup, "PRAGMA foreign_key_check") is None
    assert scalar(backup, "SELECT count(*) FROM customers") == 200
    assert scalar(backup, "SELECT count(*) FROM customers WHERE license_no = 'UNCOMMITTED'") == 0
    assert scalar(backup, "SELECT version_num FROM alembic_version") == scalar(
        db_path, "SELECT version_num FROM alembic_version"
    )
    # one self-contained file: no temporary names left, no WAL to carry along
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name, backup.name + ".json"]
    assert scalar(backup, "PRAGMA journal_mode") == "delete"


def test_backups_in_the_same_second_do_not_overwrite_each_other(workspace: Workspace) -> None:
    first = workspace.backup("manual", NOW)
    second = workspace.backup("manual", NOW)
    assert first != second
    assert first.exists() and second.exists()
    assert second.name.endswith("-manual-2.db")


def test_a_backup_never_writes_to_the_workspace(db_path: Path) -> None:
    ws = open_workspace(db_path, create=True)
    insert_customers(ws.engine, 10)
    ws.close()
    before = sha256(db_path)
    backup_database(db_path, "manual", NOW)
    assert sha256(db_path) == before


def test_a_backup_of_a_missing_file_fails_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "gone.db"
    with pytest.raises(BackupFailed):
        backup_database(missing, "manual", NOW)
    assert not missing.exists()
    assert list(backup_dir_for(missing).iterdir()) == []


def test_a_backup_into_a_folder_that_cannot_be_written_fails_cleanly(
    workspace: Workspace, db_path: Path, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backup folder should be")
    with pytest.raises(OSError):
        backup_database(db_path, "manual", NOW, target_dir=blocked)


def _touch(folder: Path, *names: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_bytes(b"partial")


def test_remove_partial_backups_deletes_only_leftover_temporary_files(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    keep = [
        "fieldbook-20260301-083015-manual.db",  # a finished backup
        "notes.tmp",  # not one of ours: no leading dot
        ".hidden-settings",
    ]
    leftovers = [
        ".fieldbook-20260301-083015-manual.db.tmp",
        ".fieldbook-20260301-083015-manual.db.tmp-journal",
        ".other-20260301-083015-pre-migrate-base.db.tmp",
    ]
    _touch(folder, *keep, *leftovers)

    removed = remove_partial_backups(folder)

    assert sorted(p.name for p in removed) == sorted(leftovers)
    assert sorted(p.name for p in folder.iterdir()) == sorted(keep)
    assert remove_partial_backups(tmp_path / "no-such-folder") == []


def test_remove_partial_backups_of_one_workspace_spares_the_others(tmp_path: Path) -> None:
    """Workspaces in one folder share backups/; another one may be writing its copy right now."""
    folder = tmp_path / "backups"
    mine = ".fieldbook-20260301-083015-manual.db.tmp"
    theirs = [
        ".other-20260301-083015-manual.db.tmp",
        ".fieldbook-2-20260301-083015-manual.db.tmp",  # workspace "fieldbook-2"
    ]
    _touch(folder, mine, *theirs)

    remove_partial_backups(folder, "fieldbook")

    assert sorted(p.name for p in folder.iterdir()) == sorted(theirs)
