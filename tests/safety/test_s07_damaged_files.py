"""Scenario 7, corrupt DB at startup: 16 overwritten bytes in a middle page, truncated to half, a
zeroed header, and a stray -wal of another workspace. Each is found at open, before anything writes;
the damaged file is renamed `<stem>.damaged-<time>.db` with its bytes unchanged and the command line
names the restore; the foreign -wal is set aside, not folded in. A crashed session's own -wal is
still folded in."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import main
from domain.errors import NotAWorkspace, WorkspaceDamagedSetAside
from persistence.workspace import open_workspace
from tests.persistence.helpers import checkpoint, insert_customers, scalar, sha256, sql

PROJECT_ROOT = Path(__file__).resolve().parents[2]

@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "fieldbook.db"


@pytest.fixture(autouse=True)
def _qt(qapp):
    """main.main() makes a QCoreApplication if none is there; a QApplication made first serves both."""
    return qapp



def _workspace_with_data(path: Path, customers: int = 2000) -> None:
    ws = open_workspace(path, create=True)
    try:
        insert_customers(ws.engine, customers)
    finally:
        ws.close()
    checkpoint(path)


def _middle_page(data: bytes) -> bytes:
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    assert pages > 50  # enough rows that the middle page is a b-tree page of customers
    offset = (pages // 2) * page_size  # the page's b-tree header: damage there is always found
    return data[:offset] + b"\xff" * 16 + data[offset + 16 :]


DAMAGES = [
    pytest.param(_middle_page, id="16-bytes-in-a-middle-page"),
    pytest.param(lambda data: data[: len(data) // 2], id="truncated-to-half"),
    pytest.param(lambda data: b"\0" * 100 + data[100:], id="zeroed-header"),
    pytest.param(lambda data: os.urandom(len(data)), id="random-bytes"),
]


def _damaged_copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("fieldbook.damaged-*.db"))


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_file_is_set_aside_unwritten(db_path: Path, damage) -> None:
    _workspace_with_data(db_path)
    db_path.write_bytes(damage(db_path.read_bytes()))
    before = sha256(db_path)

    with pytest.raises(WorkspaceDamagedSetAside) as raised:
        open_workspace(db_path)

    [kept] = _damaged_copies(db_path.parent)
    assert raised.value.damaged_copy == str(kept)
    assert sha256(kept) == before  # not one byte written before it was set aside
    assert not db_path.exists()
    assert not (db_path.parent / "backups").exists()
    assert not Path(f"{kept}-wal").exists() or Path(f"{kept}-wal").stat().st_size == 0


@pytest.mark.parametrize("damage", DAMAGES[:3])
def test_the_command_line_names_the_restore(db_path: Path, damage, capsys, monkeypatch) -> None:
    _workspace_with_data(db_path)
    db_path.write_bytes(damage(db_path.read_bytes()))
    before = sha256(db_path)
    monkeypatch.setenv("FIELDBOOK_DATA_DIR", str(db_path.parent))

    code = main.main(["--lang", "en", "--db", str(db_path), "import", "list"])

    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1
    assert "main.py restore --latest" in err[0]
    [kept] = _damaged_copies(db_path.parent)
    assert kept.name in err[0]
    assert sha256(kept) == before


def test_a_database_of_another_program_is_not_set_aside(db_path: Path) -> None:
    sql(db_path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    with pytest.raises(NotAWorkspace):
        open_workspace(db_path)
    db_path.write_bytes(b"PK\x03\x04" + os.urandom(4000))  # a spreadsheet picked by mistake
    with pytest.raises(NotAWorkspace):
        open_workspace(db_path)
    assert db_path.exists() and _damaged_copies(db_path.parent) == []


_WRITE_AND_DIE = """
import os, sys
from pathlib import Path
from persistence.workspace import open_workspace
from tests.persistence.helpers import insert_customers
ws = open_workspace(Path(sys.argv[1]))
with ws.engine.connect() as conn:
    conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
insert_customers(ws.engine, int(sys.argv[2]), prefix=sys.argv[3])
print("written", flush=True)
os.kill(os.getpid(), 9)
"""


def _write_then_kill(path: Path, rows: int, prefix: str) -> None:
    done = subprocess.run([sys.executable, "-c", _WRITE_AND_DIE, str(path), str(rows), prefix],
                          cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "written", done.stderr
    assert done.returncode == -9
    assert Path(f"{path}-wal").stat().st_size > 0  # killed before any checkpoint


def test_a_crashed_sessions_own_wal_is_folded_in(db_path: Path) -> None:
    _workspace_with_data(db_path, customers=10)
    _write_then_kill(db_path, 500, "K")

    ws = open_workspace(db_path)
    try:
        assert ws.set_aside_wal is None
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM customers").scalar() == 510
    finally:
        ws.close()


def _checkpoint_cut_short(path: Path, share: float) -> None:
    """Copy the first `share` of the -wal's frames into the file, as a checkpoint killed part-way does."""
    wal = Path(f"{path}-wal").read_bytes()
    page_size = int.from_bytes(wal[8:12], "big")
    frame = 24 + page_size
    with open(path, "r+b") as fh:
        for start in range(32, 32 + int((len(wal) - 32) // frame * share) * frame, frame):
            page = int.from_bytes(wal[start:start + 4], "big")
            fh.seek((page - 1) * page_size)
            fh.write(wal[start + 24:start + frame])


def test_a_checkpoint_cut_short_is_completed_not_set_aside(db_path: Path) -> None:
    _workspace_with_data(db_path, customers=10)
    _write_then_kill(db_path, 3000, "K")
    _checkpoint_cut_short(db_path, 0.5)
    alone = sqlite3.connect(f"{db_path.as_uri()}?mode=ro&immutable=1", uri=True)
    with pytest.raises(sqlite3.DatabaseError):  # the file alone is malformed ...
        alone.execute("PRAGMA quick_check").fetchall()
    alone.close()

    ws = open_workspace(db_path)  # ... but whole with its -wal
    try:
        assert ws.set_aside_wal is None
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM customers").scalar() == 3010
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        ws.close()
    assert _damaged_copies(db_path.parent) == []


def test_a_foreign_wal_is_set_aside_not_folded_in(tmp_path: Path) -> None:
    ours, other = tmp_path / "fieldbook.db", tmp_path / "other" / "fieldbook.db"
    other.parent.mkdir()
    _workspace_with_data(ours, customers=300)
    _workspace_with_data(other, customers=300)
    _write_then_kill(other, 2000, "F")
    shutil.copyfile(Path(f"{other}-wal"), Path(f"{ours}-wal"))  # e.g. a backup copied over by hand
    foreign = sha256(Path(f"{ours}-wal"))
    before = sha256(ours)

    ws = open_workspace(ours)
    try:
        assert ws.set_aside_wal is not None and "-wal.foreign-" in ws.set_aside_wal
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM customers").scalar() == 300
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        ws.close()
    [kept] = list(tmp_path.glob("fieldbook.db-wal.foreign-*"))
    assert sha256(kept) == foreign
    checkpoint(ours)
    assert scalar(ours, "SELECT count(*) FROM customers") == 300
    assert before  # the file itself was never set aside
    assert _damaged_copies(tmp_path) == []


def test_the_command_line_and_the_window_say_a_wal_was_set_aside(tmp_path: Path, capsys, monkeypatch) -> None:
    ours, other = tmp_path / "fieldbook.db", tmp_path / "other" / "fieldbook.db"
    other.parent.mkdir()
    _workspace_with_data(ours, customers=30)
    _workspace_with_data(other, customers=30)
    _write_then_kill(other, 200, "F")
    shutil.copyfile(Path(f"{other}-wal"), Path(f"{ours}-wal"))
    monkeypatch.setenv("FIELDBOOK_DATA_DIR", str(tmp_path))

    assert main.main(["--lang", "zh_CN", "--db", str(ours), "import", "list"]) == 0

    err = capsys.readouterr().err.strip().splitlines()
    [kept] = list(tmp_path.glob("fieldbook.db-wal.foreign-*"))
    assert len(err) == 1 and kept.name in err[0] and "不属于" in err[0]
    shutil.copyfile(Path(f"{other}-wal"), Path(f"{ours}-wal"))  # and once more, for the window
    ctx = main.open_context(ours, None, tmp_path, tmp_path / "l.log")
    try:
        assert len(ctx.notices) == 1 and "-wal" in ctx.notices[0]
    finally:
        ctx.close()


def test_every_workspace_has_its_own_id(tmp_path: Path) -> None:
    ids = set()
    for name in ("a.db", "b.db"):
        open_workspace(tmp_path / name, create=True).close()
        ids.add(scalar(tmp_path / name, "PRAGMA user_version"))
    assert len(ids) == 2 and 0 not in ids
    sql(tmp_path / "a.db", "PRAGMA user_version = 0")  # a file from before the id
    open_workspace(tmp_path / "a.db").close()
    assert scalar(tmp_path / "a.db", "PRAGMA user_version") != 0
    conn = sqlite3.connect(tmp_path / "a.db")
    conn.close()
