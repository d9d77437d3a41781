"""`main.py report monthly` and `report dossier`: exit codes and output."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from domain.demo.generator import DemoSpec
from domain.services.demo import build_demo
from domain.services.workspace import ensure_defaults
from persistence.workspace import open_workspace


def _demo(path: Path) -> str:
    ws = open_workspace(path, create=True)
    try:
        ensure_defaults(ws.uow())
        build_demo(ws.uow(), DemoSpec(customers=12, months=3, today=date(2026, 11, 27)))
        with ws.uow() as uow:
            return uow.customers.id_keys()[0][1]
    finally:
        ws.close()


def test_report_monthly_and_dossier(run_cli, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    license_no = _demo(db)

    out = tmp_path / "out" / "monthly.pdf"
    done = run_cli("--db", str(db), "report", "monthly", "--month", "2026-10", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out) and out.read_bytes().startswith(b"%PDF")

    empty = run_cli("--db", str(db), "report", "monthly", "--month", "2020-01", "--out", str(tmp_path / "x.pdf"))
    assert empty.returncode == 2 and "2020-01" in empty.stderr and len(empty.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()

    dossier = tmp_path / "dossier.pdf"
    done = run_cli("--db", str(db), "report", "dossier", "--customer", license_no, "--out", str(dossier))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(dossier) and dossier.read_bytes().startswith(b"%PDF")

    unknown = run_cli("--db", str(db), "report", "dossier", "--customer", "000", "--out", str(tmp_path / "y.pdf"))
    assert unknown.returncode == 2 and "000" in unknown.stderr
    assert not (tmp_path / "y.pdf").exists()
