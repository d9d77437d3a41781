"""Scenario 5, second instance and stale lock: a second open of one workspace is refused, in this
process or another, by the same path, through a symlink or by a relative path (the lock is on the
real file); the refused one writes nothing; a killed holder leaves no lock to remove by hand."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from domain.errors import WorkspaceLocked
from persistence.schema import SchemaAction
from persistence.workspace import open_workspace
from tests.persistence.helpers import sha256

PROJECT_ROOT = Path(__file__).resolve().parents[2]

_TRY_OPEN = """
import sys
from pathlib import Path
from persistence.workspace import open_workspace
try:
    open_workspace(Path(sys.argv[1]), create=True).close()
except Exception as exc:
    print(type(exc).__name__)
else:
    print("opened")
"""

_HOLD_OPEN = """
import sys, time
from pathlib import Path
from persistence.workspace import open_workspace
ws = open_workspace(Path(sys.argv[1]), create=True)
with ws.engine.begin() as conn:
    conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('held_by', '\\"child\\"')")
print("ready", flush=True)
time.sleep(120)
"""

@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "fieldbook.db"


@pytest.fixture(autouse=True)
def _qt(qapp):
    """main.main() makes a QCoreApplication if none is there; a QApplication made first serves both."""
    return qapp



def _python(code: str, *args: str) -> list[str]:
    return [sys.executable, "-c", code, *args]


def _try_open_elsewhere(path: Path) -> str:
    done = subprocess.run(
        _python(_TRY_OPEN, str(path)), cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()



def test_a_second_open_in_this_process_is_refused(db_path: Path) -> None:
    ws = open_workspace(db_path, create=True)
    try:
        with pytest.raises(WorkspaceLocked, match="already open"):
            open_workspace(db_path, create=True)
    finally:
        ws.close()
    open_workspace(db_path, create=True).close()  # after close it opens again


def test_a_second_instance_is_refused_and_a_killed_holder_leaves_no_stale_lock(db_path: Path) -> None:
    """Reliability test 5, with processes: B is refused while A runs; after kill -9 of A, C opens."""
    ws = open_workspace(db_path, create=True)
    try:
        assert _try_open_elsewhere(db_path) == "WorkspaceLocked"
    finally:
        ws.close()

    holder = subprocess.Popen(
        _python(_HOLD_OPEN, str(db_path)),
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        line = holder.stdout.readline().strip()
        assert line == "ready", holder.stderr.read() if holder.stderr else line
        before = sha256(db_path)
        with pytest.raises(WorkspaceLocked):
            open_workspace(db_path, create=True)
        assert sha256(db_path) == before  # the refused instance wrote nothing
    finally:
        holder.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        holder.wait(timeout=30)
        for stream in (holder.stdout, holder.stderr):
            if stream is not None:
                stream.close()

    ws = open_workspace(db_path, create=True)  # no "remove the lock file" step
    try:
        assert ws.schema.action is SchemaAction.CURRENT
        with ws.engine.connect() as conn:  # the killed instance's commit survived
            assert conn.exec_driver_sql("SELECT value FROM settings WHERE key = 'held_by'").scalar() == '"child"'
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        ws.close()


def test_a_symlink_to_an_open_workspace_is_refused(db_path: Path) -> None:
    link = db_path.parent / "elsewhere" / "alias.db"
    link.parent.mkdir()
    ws = open_workspace(db_path, create=True)
    try:
        link.symlink_to(db_path)
        with pytest.raises(WorkspaceLocked):
            open_workspace(link)
        assert _try_open_elsewhere(link) == "WorkspaceLocked"
        assert not Path(f"{link}.lock").exists()  # the lock sits beside the real file
    finally:
        ws.close()
    open_workspace(link).close()


def test_a_relative_path_to_an_open_workspace_is_refused(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (db_path.parent / "sub").mkdir()
    ws = open_workspace(db_path, create=True)
    try:
        monkeypatch.chdir(db_path.parent / "sub")
        with pytest.raises(WorkspaceLocked):
            open_workspace(Path("..") / db_path.name)
        assert os.path.samefile(Path("..") / db_path.name, db_path)
    finally:
        ws.close()
