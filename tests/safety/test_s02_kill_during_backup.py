"""Fault scenario 2, kill -9 during a backup: a child process writing a backup is killed at several
points (during the page copy, during the check, after the manifest is written and before the rename).
Then no file with a final name fails integrity_check, every manifest describes its file, the
leftovers are gone at the next open, the workspace's dump is unchanged, and the next backup succeeds."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from domain.backups import BackupReason
from persistence.backup import backup_dir_for, integrity, sha256_of
from persistence.backup_manifest import list_backups
from persistence.workspace import open_workspace
from tests.persistence.helpers import dump_hash
from tests.safety.backup_helpers import ROOT, filled_workspace

CHILD = r"""
import sys, time
from datetime import UTC, datetime
from pathlib import Path
from persistence import backup

point = sys.argv[2]

def pause():
    print("READY", flush=True)
    time.sleep(60)

if point == "copy":
    def slow_copy(source, target):
        started = []
        def progress(status, remaining, total):
            if not started:
                started.append(total)
                print("READY", flush=True)
            time.sleep(0.01)
        source.backup(target, pages=4, progress=progress)
    backup.copy_pages = slow_copy
elif point == "check":
    real = backup.describe_copy
    def describe(conn):
        pause()
        return real(conn)
    backup.describe_copy = describe
elif point == "manifest":
    real_write = backup.write_manifest
    def write(final, data):
        written = real_write(final, data)
        pause()
        return written
    backup.write_manifest = write
backup.backup_database(Path(sys.argv[1]), "manual", datetime.now(UTC))
print("DONE", flush=True)
"""


def _kill_at(db: Path, point: str, extra_delay: float = 0.0) -> None:
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db), point], stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    assert line == "READY", line
    time.sleep(extra_delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


def _assert_no_bad_final_file(db: Path) -> None:
    folder = backup_dir_for(db)
    for path in folder.glob(f"{db.stem}-*.db"):
        assert integrity(path) == "ok", path
    for item in list_backups(folder, db.stem):
        if not item.legacy:
            assert item.entry.verified and item.sha256 == sha256_of(item.path)


@pytest.mark.parametrize(("point", "delays"), [
    ("copy", (0.0, 0.4, 0.9)),  # the slowed copy takes about 1.3 s (504 pages, 4 per 10 ms step)
    ("check", (0.0,)),
    ("manifest", (0.0,)),
])
def test_kill_during_a_backup(tmp_path: Path, point: str, delays: tuple[float, ...]) -> None:
    db = filled_workspace(tmp_path / "w.db", customers=6000)
    open_workspace(db, create=True).close()
    before = dump_hash(db)
    for delay in delays:
        _kill_at(db, point, delay)
        _assert_no_bad_final_file(db)
        leftovers = [p.name for p in backup_dir_for(db).iterdir()]
        assert leftovers, "the kill came after the backup was done: the test no longer tests a kill"
        assert not list(backup_dir_for(db).glob("w-*.db")), "no backup got its final name"

        ws = open_workspace(db, create=True)
        try:
            # the next open removed the temporary files and the manifest without its backup
            assert list(backup_dir_for(db).iterdir()) == []
            assert dump_hash(db) == before
            taken = ws.backups.take(BackupReason.MANUAL)
        finally:
            ws.close()
        assert taken is not None and integrity(taken) == "ok"
        manifest = json.loads(Path(f"{taken}.json").read_text(encoding="utf-8"))
        assert manifest["verified"] and manifest["sha256"] == sha256_of(taken)
        for path in backup_dir_for(db).iterdir():  # clean for the next kill
            path.unlink()


def _touch(folder: Path, *names: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_bytes(b"partial")


def test_opening_a_workspace_removes_its_partial_backups(db_path: Path) -> None:
    """An interrupted backup leaves a *.tmp (and maybe a manifest without its backup), removed at the
    next start; finished backups and their manifests stay."""
    folder = backup_dir_for(db_path)
    _touch(folder, ".fieldbook-20260301-083015-manual.db.tmp", "fieldbook-20260301-083015-manual.db",
           "fieldbook-20260301-083015-manual.db.json", ".fieldbook-20260301-083016-manual.db.json.tmp",
           "fieldbook-20260301-083016-manual.db.json")
    open_workspace(db_path, create=True).close()
    assert sorted(p.name for p in folder.iterdir()) == [
        "fieldbook-20260301-083015-manual.db", "fieldbook-20260301-083015-manual.db.json"]
