"""Starting the app: one window per workspace, clear refusals, --database-url."""
from __future__ import annotations

from pathlib import Path

import pytest

import main
from cli.app import build_parser
from persistence.workspace import open_workspace


def test_a_second_instance_on_the_same_workspace_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys
) -> None:
    shown: list[str] = []
    monkeypatch.setattr("gui.app.show_startup_error", shown.append)
    first = open_workspace(tmp_path / "w.db", create=True)  # holds the workspace lock, like a running window
    try:
        args = build_parser().parse_args(["--db", str(tmp_path / "w.db")])
        code = main.run_gui(args, tmp_path, tmp_path / "fieldbook.log")
    finally:
        first.close()
    assert code == 1
    assert shown and "already open" in shown[0]
    assert "already open" in capsys.readouterr().err


def test_open_context_on_a_database_url(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'by-url.db'}"
    ctx = main.open_context(None, url, tmp_path, tmp_path / "fieldbook.log", create=True)
    try:
        assert ctx.workspace_path == tmp_path / "by-url.db"
        with ctx.uow() as uow:
            assert [s.name for s in uow.segments.list()][0] == "城区商圈"
    finally:
        ctx.close()
