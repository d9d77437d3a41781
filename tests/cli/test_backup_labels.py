"""The backups the commands take are named for what they preceded: each import that writes, an undo,
the user's own `backup` command; a dry run and an import that changes nothing take none."""
from __future__ import annotations

import re
from pathlib import Path

from tests.cli.test_import_sales import SALES, SALES_HEADER, prepared

LABEL = re.compile(r"^w-\d{8}-\d{6}-(.+?)(?:-\d+)?\.db$")


def labels(db: Path) -> list[str]:
    return sorted(LABEL.match(p.name).group(1) for p in (db.parent / "backups").glob("*.db"))  # type: ignore[union-attr]


def test_imports_undo_and_backup_are_labelled(run_cli, tmp_path: Path) -> None:
    db = prepared(run_cli, tmp_path)  # products, then customers: two imports that write
    assert labels(db) == ["pre-import", "pre-import"]
    orders = tmp_path / "orders.csv"
    orders.write_text(SALES_HEADER + SALES, encoding="utf-8")
    assert run_cli("--db", str(db), "import", "sales", str(orders), "--dry-run").returncode == 0
    assert run_cli("--db", str(db), "import", "customers", str(tmp_path / "c.csv")).returncode == 0  # unchanged
    assert labels(db) == ["pre-import", "pre-import"]
    assert run_cli("--db", str(db), "import", "sales", str(orders)).returncode == 0
    assert labels(db) == ["pre-import"] * 3
    assert run_cli("--db", str(db), "import", "undo", "3").returncode == 0
    assert run_cli("--db", str(db), "import", "undo", "3").returncode == 2  # refused before any backup
    assert run_cli("--db", str(db), "backup").returncode == 0
    assert labels(db) == ["manual", "pre-import", "pre-import", "pre-import", "pre-undo"]
