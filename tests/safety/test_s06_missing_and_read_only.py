"""Scenario 6, missing or read-only location: (a) a missing data folder or workspace file is never
replaced by a new empty one — every window-less command except `demo` and `new` refuses with one
line and exit 2, creating nothing; (b) a read-only file or folder opens read-only: reads work, a
write raises WorkspaceReadOnly (never a SQL dump), the CLI import is refused with one line."""
from __future__ import annotations

from pathlib import Path

import pytest

import main
from domain.errors import WorkspaceMissing, WorkspaceNotFound, WorkspaceReadOnly
from domain.model.customers import Customer
from persistence import workspace_files
from persistence.workspace import open_workspace
from tests.persistence.helpers import insert_customers, sha256

READING = [["check"], ["import", "list"], ["report", "handbook", "--date", "2025-03-03", "--out", "h.pdf"],
           ["backup"], ["import", "undo", "1"]]

@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "fieldbook.db"


@pytest.fixture(autouse=True)
def _qt(qapp):
    """main.main() makes a QCoreApplication if none is there; a QApplication made first serves both."""
    return qapp



def _run(monkeypatch, capsys, data: Path, *args: str) -> tuple[int, list[str]]:
    monkeypatch.setenv("FIELDBOOK_DATA_DIR", str(data))
    code = main.main(["--lang", "en", *args])
    return code, capsys.readouterr().err.strip().splitlines()


@pytest.mark.parametrize("args", READING, ids=lambda a: " ".join(a))
def test_a_missing_data_folder_is_not_created(tmp_path: Path, monkeypatch, capsys, args) -> None:
    data = tmp_path / "unplugged"
    code, err = _run(monkeypatch, capsys, data, *args)
    assert code == 2
    assert len(err) == 1, err
    assert not data.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args", READING, ids=lambda a: " ".join(a))
def test_a_missing_file_is_not_created(tmp_path: Path, monkeypatch, capsys, args) -> None:
    code, err = _run(monkeypatch, capsys, tmp_path, *args)
    assert code == 2
    assert len(err) == 1, err
    assert not (tmp_path / "fieldbook.db").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) in ([], ["logs"])


def test_open_refuses_without_create(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceMissing):
        open_workspace(tmp_path / "gone" / "w.db", create=True)
    with pytest.raises(WorkspaceNotFound):
        open_workspace(tmp_path / "w.db")
    assert list(tmp_path.iterdir()) == []


def test_new_creates_once_then_refuses(tmp_path: Path, monkeypatch, capsys) -> None:
    code, _ = _run(monkeypatch, capsys, tmp_path / "data", "new")
    assert code == 0
    assert (tmp_path / "data" / "fieldbook.db").is_file()
    before = sha256(tmp_path / "data" / "fieldbook.db")
    code, err = _run(monkeypatch, capsys, tmp_path / "data", "new")
    assert code == 2 and len(err) == 1 and "already exists" in err[0]
    assert sha256(tmp_path / "data" / "fieldbook.db") == before


# --- read-only -------------------------------------------------------------------------------------


def _workspace(path: Path) -> None:
    ws = open_workspace(path, create=True)
    try:
        insert_customers(ws.engine, 20)
    finally:
        ws.close()


@pytest.fixture(params=["file", "folder"])
def read_only(request, db_path: Path, monkeypatch) -> str:
    """Tests run as root, where access() always says yes: the writability check says no instead, and
    SQLite then really opens the file with mode=ro."""
    _workspace(db_path)
    target = db_path if request.param == "file" else db_path.parent
    real = workspace_files.is_writable
    monkeypatch.setattr(workspace_files, "is_writable", lambda p: False if Path(p) == target else real(p))
    return f"{request.param} is read-only"


def test_a_read_only_workspace_opens_read_only(db_path: Path, read_only: str) -> None:
    ws = open_workspace(db_path)
    try:
        assert ws.read_only_reason == read_only
        with ws.uow() as uow:
            assert uow.customers.count() == 20
        with pytest.raises(WorkspaceReadOnly) as raised, ws.uow() as uow:
            uow.customers.add(Customer(license_no="X1", name="新店"))
            uow.commit()
        assert raised.value.reason == read_only
        with ws.engine.connect() as conn:  # no WAL switched on, nothing written
            assert conn.exec_driver_sql("SELECT count(*) FROM customers").scalar() == 20
    finally:
        ws.close()


def test_reading_commands_work_and_import_is_refused(db_path: Path, read_only: str, tmp_path: Path,
                                                     monkeypatch, capsys) -> None:
    before = sha256(db_path)
    code, _ = _run(monkeypatch, capsys, tmp_path, "--db", str(db_path), "import", "list")
    assert code == 0
    source = tmp_path / "customers.csv"
    source.write_text("许可证号,客户名称\n110101000001,新店\n", encoding="utf-8")
    code, err = _run(monkeypatch, capsys, tmp_path, "--db", str(db_path), "import", "customers", str(source))
    assert code == 2, err
    assert len(err) == 1 and "read-only" in err[0]
    assert sha256(db_path) == before


def test_an_old_read_only_file_that_needs_an_upgrade_is_refused(db_path: Path, monkeypatch) -> None:
    db_path.touch()
    monkeypatch.setattr(workspace_files, "is_writable", lambda p: False)
    with pytest.raises(WorkspaceReadOnly):
        open_workspace(db_path)
    assert db_path.stat().st_size == 0
