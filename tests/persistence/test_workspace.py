"""Opening a workspace: create or reuse, pragmas, the single-instance lock, and the files it must
refuse without touching them (missing folder, someone else's database, a damaged file)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from domain.errors import WorkspaceLocked, WorkspaceMissing
from persistence.schema import NotAWorkspace, SchemaAction, head_revision
from persistence.tables.base import Base
from persistence.workspace import Workspace, check_file, open_workspace
from tests.persistence.helpers import checkpoint, insert_customers, scalar, sha256, sql

PROJECT_ROOT = Path(__file__).resolve().parents[2]

# --- create, reuse, pragmas ------------------------------------------------------------------------


def test_open_creates_a_new_file_then_finds_it_current(db_path: Path) -> None:
    assert not db_path.exists()
    ws = open_workspace(db_path, create=True)
    try:
        assert ws.schema.action is SchemaAction.CREATED
        assert ws.schema.revision == head_revision()
        assert ws.path == db_path
    finally:
        ws.close()
    assert db_path.is_file()

    ws = open_workspace(db_path, create=True)
    try:
        assert ws.schema.action is SchemaAction.CURRENT
    finally:
        ws.close()


def test_a_sqlite_url_opens_the_same_file_with_the_same_lock(db_path: Path) -> None:
    ws = open_workspace(url=f"sqlite:///{db_path}", create=True)
    try:
        assert ws.path == db_path
        with pytest.raises(WorkspaceLocked):
            open_workspace(db_path, create=True)
    finally:
        ws.close()


EXPECTED_PRAGMAS = {"foreign_keys": 1, "journal_mode": "wal", "synchronous": 2, "busy_timeout": 5000}


def _pragmas(run) -> dict[str, object]:
    return {name: run(f"PRAGMA {name}") for name in EXPECTED_PRAGMAS}


def test_pragmas_on_every_connection(workspace: Workspace) -> None:
    engine = workspace.engine
    with engine.connect() as first, engine.connect() as second:  # two pooled connections at once
        assert _pragmas(lambda q: first.exec_driver_sql(q).scalar()) == EXPECTED_PRAGMAS
        assert _pragmas(lambda q: second.exec_driver_sql(q).scalar()) == EXPECTED_PRAGMAS
    with Session(engine) as session:  # what the unit of work uses
        assert _pragmas(lambda q: session.connection().exec_driver_sql(q).scalar()) == EXPECTED_PRAGMAS
    engine.dispose()  # new connections after the pool is emptied get them too
    raw = engine.raw_connection()
    try:
        assert _pragmas(lambda q: raw.cursor().execute(q).fetchone()[0]) == EXPECTED_PRAGMAS
    finally:
        raw.close()


def test_transactions_really_begin(workspace: Workspace) -> None:
    """The pysqlite recipe: SQLAlchemy's BEGIN is sent, so a read inside a transaction is stable."""
    with workspace.engine.connect() as conn:
        conn.begin()
        assert conn.connection.dbapi_connection.in_transaction  # type: ignore[union-attr]
        conn.rollback()


# --- one instance at a time ------------------------------------------------------------------------


def test_a_failed_open_gives_the_lock_back(db_path: Path) -> None:
    sql(db_path, "CREATE TABLE notes (x)")
    for _ in range(2):
        with pytest.raises(NotAWorkspace):
            open_workspace(db_path, create=True)


# --- files to refuse, untouched --------------------------------------------------------------------


def test_a_missing_folder_is_refused_and_nothing_is_created(tmp_path: Path) -> None:
    """Reliability test 6a: an unplugged drive must not become a new empty workspace."""
    path = tmp_path / "unplugged" / "fieldbook.db"
    with pytest.raises(WorkspaceMissing):
        open_workspace(path, create=True)
    assert list(tmp_path.iterdir()) == []


def test_a_database_of_another_program_is_refused_and_untouched(db_path: Path) -> None:
    sql(db_path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)", "INSERT INTO notes (text) VALUES ('x')")
    before = sha256(db_path)

    with pytest.raises(NotAWorkspace, match="not a Fieldbook workspace"):
        open_workspace(db_path, create=True)

    assert sha256(db_path) == before
    assert scalar(db_path, "SELECT count(*) FROM sqlite_master") == 1
    assert not (db_path.parent / "backups").exists()


def _workspace_with_data(path: Path, customers: int = 2000) -> None:
    ws = open_workspace(path, create=True)
    try:
        insert_customers(ws.engine, customers)
    finally:
        ws.close()
    checkpoint(path)


def _page_size(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA page_size").fetchone()[0], conn.execute("PRAGMA page_count").fetchone()[0]
    finally:
        conn.close()


# --- check_file ------------------------------------------------------------------------------------


def test_check_file_on_a_healthy_workspace(db_path: Path) -> None:
    _workspace_with_data(db_path, customers=25)
    report = check_file(db_path)
    assert report.healthy
    assert report.integrity == ["ok"]
    assert report.revision == report.expected_revision == head_revision()
    assert report.row_counts["customers"] == 25
    assert report.row_counts["sales_lines"] == 0
    assert set(Base.metadata.tables) <= report.row_counts.keys()


def test_check_file_finds_a_damaged_page(db_path: Path) -> None:
    _workspace_with_data(db_path)
    page_size, pages = _page_size(db_path)
    assert pages > 50  # enough data that the middle page is a b-tree page of customers
    data = bytearray(db_path.read_bytes())
    offset = (pages // 2) * page_size  # the page's b-tree header: damage there is always found
    data[offset : offset + 16] = b"\xff" * 16
    db_path.write_bytes(bytes(data))
    before = sha256(db_path)

    report = check_file(db_path)

    assert not report.healthy
    assert report.integrity != ["ok"]
    assert sha256(db_path) == before


@pytest.mark.parametrize(
    "header",
    [b"\0" * 100, b"not a database at all, really".ljust(100, b"!")],
    ids=["zeroed-header", "text-header"],
)
def test_check_file_reports_an_unreadable_file_instead_of_raising(db_path: Path, header: bytes) -> None:
    _workspace_with_data(db_path, customers=10)
    db_path.write_bytes(header + db_path.read_bytes()[100:])
    report = check_file(db_path)
    assert not report.healthy
    assert report.row_counts == {}
    assert report.integrity and report.integrity != ["ok"]


def test_check_file_flags_a_file_from_another_version(db_path: Path) -> None:
    _workspace_with_data(db_path, customers=1)
    sql(db_path, "UPDATE alembic_version SET version_num = 'ffffffffffff'")
    report = check_file(db_path)
    assert report.integrity == ["ok"]
    assert not report.healthy


def test_check_file_reports_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "gone.db"
    report = check_file(missing)
    assert not report.healthy
    assert not missing.exists()


# --- check on the command line: cannot read (2), damaged (1), healthy (0) ---------------------------


def _check(db: Path, monkeypatch, capsys) -> tuple[int, str]:
    from PySide6.QtWidgets import QApplication

    import main

    QApplication.instance() or pytest.skip("needs the qapp fixture")

    monkeypatch.setenv("FIELDBOOK_DATA_DIR", str(db.parent))
    code = main.main(["--lang", "en", "--db", str(db), "check"])
    return code, capsys.readouterr().out


def test_check_tells_cannot_read_from_damaged(qapp, db_path: Path, monkeypatch, capsys) -> None:
    _workspace_with_data(db_path)
    files_before = sorted(p.name for p in db_path.parent.iterdir())
    assert _check(db_path, monkeypatch, capsys)[0] == 0
    # a read needs no temporary file and leaves no -wal/-shm beside the file
    assert sorted(p.name for p in db_path.parent.iterdir()) == sorted({*files_before, "logs"})
    good = db_path.read_bytes()
    page_size, pages = _page_size(db_path)
    offset = (pages // 2) * page_size
    db_path.write_bytes(good[:offset] + b"\xff" * 16 + good[offset + 16 :])
    code, out = _check(db_path, monkeypatch, capsys)
    assert code == 1 and "damaged" in out
    db_path.write_bytes(b"\0" * 100 + good[100:])
    code, out = _check(db_path, monkeypatch, capsys)
    assert code == 2 and "Cannot read" in out


def test_check_warns_about_a_cloud_sync_folder(qapp, tmp_path: Path, monkeypatch, capsys) -> None:
    db = tmp_path / "OneDrive - Contoso" / "fieldbook.db"
    db.parent.mkdir()
    _workspace_with_data(db, customers=1)
    code, out = _check(db, monkeypatch, capsys)
    assert code == 0 and "cloud-sync folder: OneDrive" in out
    ws = open_workspace(db)
    try:
        assert ws.location_risk == "cloud-sync folder: OneDrive"
    finally:
        ws.close()


@pytest.mark.parametrize(
    ("path", "risk"),
    [
        ("/home/a/Dropbox (Personal)/w.db", "cloud-sync folder: Dropbox"),
        ("/home/a/坚果云/w.db", "cloud-sync folder: 坚果云"),
        ("/Users/a/Library/Mobile Documents/com~apple~CloudDocs/w.db", "cloud-sync folder: iCloud Drive"),
        ("/home/a/BaiduNetdisk/w.db", "cloud-sync folder: 百度网盘"),
        ("/home/a/Documents/w.db", None),
        ("/home/a/dropboxes/w.db", None),
    ],
)
def test_cloud_folders_by_name(path: str, risk: str | None) -> None:
    from pathlib import PurePosixPath

    from persistence.workspace_files import cloud_folder

    found = cloud_folder(PurePosixPath(path))
    assert (None if found is None else f"cloud-sync folder: {found}") == risk


def test_network_mounts_by_fstype() -> None:
    from persistence.workspace_files import _mount_fstype

    mounts = "/dev/sda1 / ext4 rw 0 0\nsrv:/home /mnt/office nfs4 rw 0 0\n//srv/share /mnt/smb\\040x cifs rw 0 0\n"
    assert _mount_fstype(Path("/mnt/office/w.db"), mounts) == "nfs4"
    assert _mount_fstype(Path("/mnt/smb x/w.db"), mounts) == "cifs"
    assert _mount_fstype(Path("/mnt/officer/w.db"), mounts) == "ext4"


def test_a_unc_path_is_a_network_drive() -> None:
    from persistence.workspace_files import network_drive

    assert network_drive(Path("\\\\office-server\\share\\fieldbook.db"))
