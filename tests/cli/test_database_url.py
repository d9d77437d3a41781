"""`--database-url` names a database Fieldbook cannot run on yet: one line, exit 2, nothing created."""
from __future__ import annotations

from pathlib import Path

import pytest

URL = "postgresql://fieldbook:secret@127.0.0.1:1/fieldbook"


def _databases(tmp_path: Path) -> list[Path]:
    return sorted(p for p in tmp_path.rglob("*") if p.suffix in {".db", ".db-wal", ".db-journal"})


@pytest.mark.parametrize("args", [("check",), ("demo", "--customers", "5", "--months", "1"),
                                  ("import", "list"), ()], ids=["check", "demo", "import", "window"])
def test_postgresql_is_refused_before_connecting(run_cli, tmp_path: Path, args: tuple[str, ...]) -> None:
    result = run_cli("--database-url", URL, *args, timeout=60)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "postgresql" in lines[0] and "SQLite" in lines[0]
    assert "secret" not in result.stderr  # the URL's password is not echoed
    assert _databases(tmp_path) == []


def test_a_sqlite_url_still_works(run_cli, tmp_path: Path) -> None:
    target = tmp_path / "url.db"
    result = run_cli("--database-url", f"sqlite:///{target}", "demo", "--customers", "5", "--months", "1")
    assert result.returncode == 0, result.stderr
    assert target.exists()


def test_the_demo_command_counts_with_thousands_separators(run_cli, tmp_path: Path) -> None:
    """One number format wherever counts are shown: 108,360 lines, never 108360."""
    import re

    result = run_cli("--db", str(tmp_path / "d.db"), "demo", "--customers", "40", "--months", "4")
    assert result.returncode == 0, result.stderr
    match = re.search(r"([\d,]+) order lines", result.stdout)
    assert match is not None, result.stdout
    assert int(match.group(1).replace(",", "")) >= 1000 and "," in match.group(1)


def test_import_list_names_the_demo_batch_in_the_users_words(run_cli, tmp_path: Path) -> None:
    db = str(tmp_path / "d.db")
    assert run_cli("--db", db, "demo", "--customers", "5", "--months", "1").returncode == 0
    result = run_cli("--db", db, "import", "list")
    assert result.returncode == 0, result.stderr
    assert "Demo data" in result.stdout and "seed" not in result.stdout
