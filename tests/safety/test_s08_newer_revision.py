"""Scenario 8, DB from a newer version: a file whose alembic revision this Fieldbook does not know
is refused before anything writes (sha256 unchanged, no backup, no migration), at open and by
`check`. PRAGMA user_version is not a schema version here but the workspace's random id (scenario 7's
foreign -wal check), so a large user_version must not be read as "too new"."""
from __future__ import annotations

from pathlib import Path

import pytest

import main
from domain.errors import WorkspaceTooNew
from persistence.backup import BACKUP_DIR_NAME
from persistence.workspace import open_workspace
from tests.persistence.helpers import checkpoint, scalar, sha256, sql


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "fieldbook.db"


@pytest.fixture(autouse=True)
def _qt(qapp):
    """main.main() makes a QCoreApplication if none is there; a QApplication made first serves both."""
    return qapp



def test_unknown_revision_is_refused_and_the_file_left_untouched(db_path: Path) -> None:
    open_workspace(db_path, create=True).close()
    sql(db_path, "UPDATE alembic_version SET version_num = 'ffffffffffff'")
    checkpoint(db_path)
    before = sha256(db_path)

    with pytest.raises(WorkspaceTooNew, match="newer version") as raised:
        open_workspace(db_path, create=True)

    assert raised.value.revision == "ffffffffffff"
    assert sha256(db_path) == before
    assert not (db_path.parent / BACKUP_DIR_NAME).exists()
    assert scalar(db_path, "SELECT version_num FROM alembic_version") == "ffffffffffff"
    # refused, not locked: the lock was given back
    with pytest.raises(WorkspaceTooNew):
        open_workspace(db_path, create=True)


def test_check_reports_a_newer_file_as_such(db_path: Path, monkeypatch, capsys) -> None:
    open_workspace(db_path, create=True).close()
    sql(db_path, "UPDATE alembic_version SET version_num = 'ffffffffffff'")
    checkpoint(db_path)
    before = sha256(db_path)
    monkeypatch.setenv("FIELDBOOK_DATA_DIR", str(db_path.parent))
    assert main.main(["--lang", "en", "--db", str(db_path), "check"]) == 2
    assert "newer version" in capsys.readouterr().out
    assert sha256(db_path) == before


def test_a_large_user_version_is_an_id_not_a_version(db_path: Path) -> None:
    open_workspace(db_path, create=True).close()
    sql(db_path, f"PRAGMA user_version = {2**31 - 1}")
    open_workspace(db_path).close()
