"""Fault scenario 7's restore half (issue 11, "Restore"): a damaged workspace set aside, then
`main.py restore --latest` gives a file that passes integrity_check and equals the backup's manifest
(sha256 and row counts); a restore chosen from the list, and its undo; a damaged file still in place
is kept as a "damaged" copy first; a restore is refused while the workspace is open, and for a backup
that no longer reads."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from domain.backups import BackupReason
from domain.errors import WorkspaceLocked
from domain.services.restore import BackupUnusable, restore_backup, restore_latest
from persistence.backup import backup_dir_for, integrity
from persistence.restore_points import FileRestorePoints
from persistence.workspace import open_workspace
from tests.safety.backup_helpers import damage_middle_page, filled_workspace, run_cli, table_counts


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _manifest(backup: Path) -> dict[str, object]:
    return json.loads(Path(f"{backup}.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _backup(db: Path, reason: BackupReason = BackupReason.MANUAL) -> Path:
    ws = open_workspace(db, create=True)
    try:
        taken = ws.backups.take(reason)
    finally:
        ws.close()
    assert taken is not None
    return taken


def test_a_damaged_file_set_aside_then_restore_latest(tmp_path: Path) -> None:
    db = filled_workspace(tmp_path / "w.db")
    backup = _backup(db)
    manifest = _manifest(backup)
    # the damage, and the open-check's answer to it: the file renamed and kept, nothing at the path
    damage_middle_page(db)
    assert integrity(db) != "ok"
    set_aside = db.with_name("w.damaged-20261204-120000.db")
    db.rename(set_aside)
    Path(f"{db}-shm").unlink(missing_ok=True)

    listed = run_cli(tmp_path, "--db", str(db), "restore")
    assert listed.returncode == 0, listed.stderr
    assert backup.name in listed.stdout and "verified" in listed.stdout and "300 customers" in listed.stdout

    result = run_cli(tmp_path, "--db", str(db), "restore", "--latest")
    assert result.returncode == 0, result.stderr
    assert f"from {backup.name}" in result.stdout
    assert "There was no workspace file to replace." in result.stdout

    assert integrity(db) == "ok"
    assert _sha(db) == manifest["sha256"]
    assert table_counts(db) == manifest["row_counts"]
    assert set_aside.exists()  # the damaged file is never thrown away
    # and the restored file opens and works
    ws = open_workspace(db, create=True)
    ws.close()


def test_restore_from_the_list_and_undo_it(tmp_path: Path) -> None:
    db = filled_workspace(tmp_path / "w.db", customers=100)
    first = _backup(db)
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM sales_lines")
        conn.execute("DELETE FROM customer_tags")
        conn.execute("DELETE FROM customers WHERE id > 10")
    after_deletion = table_counts(db)
    points = FileRestorePoints(db)
    assert [e.name for e in points.list()] == [first.name]

    result = restore_backup(points, first.name)

    assert table_counts(db) == _manifest(first)["row_counts"]
    assert table_counts(db)["customers"] == 100
    assert result.replaced is not None and result.replaced.reason is BackupReason.PRE_RESTORE
    assert result.replaced.verified and result.replaced.customers == 10
    assert [e.name for e in points.list()] == [result.replaced.name, first.name]  # newest first
    # the -wal of the replaced file was set aside (renamed), never deleted, never folded in
    assert not Path(f"{db}-wal").exists()

    undo = run_cli(tmp_path, "--db", str(db), "restore", "--backup", result.replaced.name)
    assert undo.returncode == 0, undo.stderr
    assert table_counts(db) == after_deletion
    assert "main.py restore --backup" in undo.stdout
    assert integrity(db) == "ok"


def test_a_damaged_file_in_place_is_kept_as_damaged_before_the_restore(tmp_path: Path) -> None:
    db = filled_workspace(tmp_path / "w.db")
    backup = _backup(db)
    damage_middle_page(db)
    damaged_bytes = _sha(db)

    result = restore_latest(FileRestorePoints(db))

    assert result.restored.name == backup.name
    assert result.replaced is not None
    assert result.replaced.reason is BackupReason.DAMAGED and not result.replaced.verified
    kept = backup_dir_for(db) / result.replaced.name
    assert _sha(kept) == damaged_bytes == _manifest(kept)["sha256"]
    assert integrity(db) == "ok"
    # a damaged copy is not verified, so it is never offered as "latest"
    assert restore_latest(FileRestorePoints(db)).restored.name == backup.name


def test_a_restore_is_refused_while_the_workspace_is_open(tmp_path: Path) -> None:
    db = filled_workspace(tmp_path / "w.db")
    backup = _backup(db)
    before = _sha(db)
    ws = open_workspace(db, create=True)
    try:
        with pytest.raises(WorkspaceLocked):
            restore_backup(FileRestorePoints(db), backup.name)
        refused = run_cli(tmp_path, "--db", str(db), "restore", "--latest")
    finally:
        ws.close()
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "close it first" in refused.stderr
    assert _sha(db) == before
    assert [e.name for e in FileRestorePoints(db).list()] == [backup.name]  # no pre-restore taken


def test_an_unknown_name_and_a_backup_that_no_longer_reads_are_refused(tmp_path: Path) -> None:
    db = filled_workspace(tmp_path / "w.db")
    backup = _backup(db)
    unknown = run_cli(tmp_path, "--db", str(db), "restore", "--backup", "w-nope.db")
    assert unknown.returncode == 2 and "There is no backup named w-nope.db" in unknown.stderr

    damage_middle_page(backup)
    before = _sha(db)
    with pytest.raises(BackupUnusable):
        restore_backup(FileRestorePoints(db), backup.name)
    assert _sha(db) == before
    refused = run_cli(tmp_path, "--db", str(db), "restore", "--backup", backup.name)
    assert refused.returncode == 2 and "cannot be used" in refused.stderr


def test_a_backup_whose_bytes_changed_is_refused(tmp_path: Path) -> None:
    """Still a whole database, but not what its manifest describes: not the copy that was verified."""
    db = filled_workspace(tmp_path / "w.db")
    backup = _backup(db)
    with sqlite3.connect(backup) as conn:
        conn.execute("DELETE FROM sales_lines")
    with pytest.raises(BackupUnusable):
        restore_backup(FileRestorePoints(db), backup.name)
