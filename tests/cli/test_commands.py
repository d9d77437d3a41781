from __future__ import annotations

import sqlite3
from pathlib import Path

from persistence.schema import head_revision
from persistence.workspace import open_workspace


def _workspace(path: Path, customers: int = 0) -> Path:
    ws = open_workspace(path, create=True)
    ws.close()
    if customers:
        with sqlite3.connect(path) as conn:
            conn.executemany(
                "INSERT INTO customers (license_no, name, created_at, updated_at) VALUES (?, ?, '2026-01-01', '2026-01-01')",
                [(f"{530100000000 + i}", f"测试烟酒店{i}" * 4) for i in range(customers)],
            )
    return path


def test_help_lists_the_commands(run_cli) -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("demo", "check", "backup", "--db", "--database-url", "--lang", "--demo"):
        assert command in result.stdout


def test_bad_arguments_exit_2_without_traceback(run_cli) -> None:
    for args in (("frobnicate",), ("demo", "--customers", "0"), ("demo", "--months", "x"), ("--lang", "fr")):
        result = run_cli(*args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr
        assert result.stderr.strip()


def test_check_a_healthy_workspace(run_cli, tmp_path: Path) -> None:
    db = _workspace(tmp_path / "w.db", customers=3)
    result = run_cli("--db", str(db), "check")
    assert result.returncode == 0, result.stderr
    assert "customers: 3" in result.stdout
    assert head_revision() in result.stdout
    # options after the command name work too
    assert run_cli("check", "--db", str(db)).returncode == 0


def test_check_a_corrupted_workspace(run_cli, tmp_path: Path) -> None:
    db = _workspace(tmp_path / "w.db", customers=2000)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db.stat().st_size
    with open(db, "r+b") as fh:  # scribble over pages in the middle of the customers table
        fh.seek(size // 2)
        fh.write(b"\xde\xad\xbe\xef" * 2048)
    result = run_cli("--db", str(db), "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


def test_check_a_missing_file_is_a_clear_error(run_cli, tmp_path: Path) -> None:
    result = run_cli("--db", str(tmp_path / "nope.db"), "check")
    assert result.returncode == 2
    assert "nope.db" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "nope.db").exists()


def test_errors_follow_the_chosen_language(run_cli, tmp_path: Path) -> None:
    result = run_cli("--lang", "zh_CN", "--db", str(tmp_path / "nope.db"), "check")
    assert result.returncode == 2
    assert "工作区" in result.stderr


def test_backup_command_writes_a_verified_copy(run_cli, tmp_path: Path) -> None:
    db = _workspace(tmp_path / "w.db", customers=5)
    result = run_cli("--db", str(db), "backup")
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith("Backup verified: ") and line.endswith(", 5 customers, 0 order lines.")
    copy = Path(line.removeprefix("Backup verified: ").split(".db, ")[0] + ".db")
    assert copy.parent == tmp_path / "backups" and copy.exists()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 5


def test_a_workspace_from_a_newer_version_is_refused(run_cli, tmp_path: Path) -> None:
    db = _workspace(tmp_path / "w.db")
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    before = db.read_bytes()
    result = run_cli("--db", str(db), "backup")
    assert result.returncode == 2  # refused
    assert "newer version" in result.stderr
    assert db.read_bytes() == before


def test_demo_builds_a_workspace_then_refuses_to_build_over_it(run_cli, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = run_cli("--db", str(db), "demo", "--customers", "40", "--months", "3", "--seed", "11")
    assert result.returncode == 0, result.stderr
    assert "40" in result.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 40
        assert conn.execute("SELECT count(*) FROM sales_lines").fetchone()[0] > 1000
        assert conn.execute("SELECT count(*) FROM customers WHERE address LIKE '%北环路%'").fetchone()[0] >= 1
    assert run_cli("--db", str(db), "check").returncode == 0
    again = run_cli("--db", str(db), "demo", "--customers", "40")
    assert again.returncode == 1
    assert "empty workspace" in again.stderr and "Traceback" not in again.stderr


def test_demo_without_db_goes_to_the_data_folder(run_cli, tmp_path: Path) -> None:
    result = run_cli("demo", "--customers", "5", "--months", "1")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "demo.db").exists()
