"""Refresh the Simplified Chinese catalogue from the sources and compile it.

    uv run python resources/translations/update.py

pyside6-lupdate keeps existing translations and marks new strings "unfinished"; translate those in
fieldbook_zh_CN.ts (Qt Linguist or any editor), then run this again to build the .qm that ships.
tests/gui/test_translations.py fails while any string is untranslated or the .qm is stale.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "fieldbook_zh_CN.ts"
QM = HERE / "fieldbook_zh_CN.qm"


def sources() -> list[str]:
    """Every module that holds translatable literals: the window, the command line, the wording both
    share (domain/messages/) and the report catalogue's file names."""
    folders = ("gui", "cli", "domain/messages")
    files = sorted(str(p.relative_to(ROOT)) for folder in folders for p in (ROOT / folder).rglob("*.py"))
    return [*files, "reports/catalogue.py"]


def lupdate(target: Path) -> None:
    subprocess.run(
        ["pyside6-lupdate", *sources(), "-no-obsolete", "-locations", "none", "-ts", str(target)],
        cwd=ROOT, check=True, capture_output=True,
    )


def lrelease() -> None:
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(QM)], cwd=ROOT, check=True, capture_output=True)


if __name__ == "__main__":
    lupdate(TS)
    lrelease()
    print(f"updated {TS.name} and {QM.name}", file=sys.stderr)
