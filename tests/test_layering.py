"""The layering rule (docs/architecture.md, "Layers"), checked on the source: arrows point inward.

domain/ imports only the standard library and itself, and touches no clock, file or OS
(no sqlite3, os, time, datetime.now, date.today, open: `today` is passed in); persistence/ and
reports/ import neither gui/ nor Qt nor cli/ nor each other; gui/ never imports persistence/,
reports/ or cli/ (main.py injects them); cli/ may import domain/, persistence/ and reports/, never
gui/. main.py wires everything, so nothing imports it, and it imports no test or benchmark code.
Imports inside functions count too: a lazy import is still an import.
"""
from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("domain", "persistence", "reports", "gui")
OPTIONAL_LAYERS = ("cli",)  # checked whenever the folder exists
DOMAIN_BANNED = {"sqlite3", "os", "time"}  # the OS, the files and the clock belong outside domain/
CLOCK_CALLS = {"now", "today", "utcnow"}  # of datetime.datetime and datetime.date
DEVELOPMENT = {"tests", "benchmarks"}
QT = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"}
STDLIB = set(sys.stdlib_module_names)
# calendar arithmetic with no I/O and no clock: lunar dates are a rule, so the rule layer may use the
# kept library rather than hand-written tables (docs/architecture.md)
DOMAIN_PURE_LIBRARIES = {"lunar_python"}


@dataclass(frozen=True)
class Violation:
    where: str
    line: int
    module: str
    rule: str

    def __str__(self) -> str:
        return f"{self.where}:{self.line} {self.module}: {self.rule}"


def imported_modules(source: str, package: str) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import; relative imports resolved against `package`
    (the dotted package the module lives in)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = parts[: len(parts) - (node.level - 1)] if node.level > 1 else parts
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append((node.lineno, module))
    return found


def _rule_breaker(layer: str, top: str) -> str | None:
    """Why `layer` may not import the top-level module `top`, or None if it may."""
    if layer == "main":
        return "main.py must not import test or benchmark code" if top in DEVELOPMENT else None
    if top == "main":
        return "main.py wires the layers: nothing imports it"
    if layer == "domain":
        if top in DOMAIN_BANNED:
            return "domain/ touches no clock, file or OS: the caller passes today and the data in"
        if top in STDLIB or top == "domain" or top in DOMAIN_PURE_LIBRARIES:
            return None
        return "domain/ imports only the standard library and domain"
    if layer in ("persistence", "reports"):
        if top == "gui" or top in QT:
            return f"{layer}/ must not depend on the GUI"
        if top == "cli":
            return f"{layer}/ must not depend on the command line"
        other = "reports" if layer == "persistence" else "persistence"
        if top == other:
            return f"{layer}/ and {other}/ must not import each other"
        return None
    if layer == "gui" and top in ("persistence", "reports"):
        return "gui/ gets persistence and reports injected by main.py"
    if layer == "gui" and top == "cli":
        return "gui/ and cli/ are two front ends: they never import each other"
    if layer == "cli" and top == "gui":
        return "cli/ must not import gui/: what both front ends share lives where both may import it"
    return None


def _datetime_names(tree: ast.AST) -> tuple[set[str], set[str]]:
    """The names under which a module knows the datetime module, and its date and datetime classes."""
    modules, classes = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(a.asname or a.name for a in node.names if a.name == "datetime")
        elif isinstance(node, ast.ImportFrom) and node.module == "datetime" and not node.level:
            classes.update(a.asname or a.name for a in node.names if a.name in ("date", "datetime"))
    return modules, classes


def clock_and_file_uses(source: str) -> list[tuple[int, str]]:
    """(line, what) of every reading of the clock (datetime.now, date.today, datetime.utcnow, however
    the class was imported) and every call of the builtin open."""
    tree = ast.parse(source)
    modules, classes = _datetime_names(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in CLOCK_CALLS:
            owner = node.value
            if isinstance(owner, ast.Name) and owner.id in classes:
                found.append((node.lineno, f"{owner.id}.{node.attr}"))
            elif (isinstance(owner, ast.Attribute) and owner.attr in ("date", "datetime")
                  and isinstance(owner.value, ast.Name) and owner.value.id in modules):
                found.append((node.lineno, f"{owner.value.id}.{owner.attr}.{node.attr}"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "open":
            found.append((node.lineno, "open"))
    return found


def check_source(source: str, module: str, where: str = "<source>") -> list[Violation]:
    """The violations in one module's source; `module` is its dotted name, e.g. domain.money (main for
    main.py)."""
    layer = module.split(".")[0]
    package = module if where.endswith("__init__.py") else module.rpartition(".")[0] or module
    violations = []
    for line, imported in imported_modules(source, package):
        rule = _rule_breaker(layer, imported.split(".")[0])
        if rule:
            violations.append(Violation(where, line, imported, rule))
    if layer == "domain":
        violations.extend(
            Violation(where, line, used, "domain/ reads no clock and opens no file: the caller passes them in")
            for line, used in clock_and_file_uses(source))
    return violations


def _modules(layer: str) -> list[tuple[Path, str]]:
    out = []
    for path in sorted((ROOT / layer).rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        out.append((path, ".".join(parts)))
    return out


def _violations(modules: list[tuple[Path, str]]) -> list[Violation]:
    return [
        v
        for path, module in modules
        for v in check_source(path.read_text(encoding="utf-8"), module, str(path.relative_to(ROOT)))
    ]


@pytest.mark.parametrize("layer", LAYERS)
def test_layer_imports_follow_the_rule(layer: str) -> None:
    modules = _modules(layer)
    assert modules, f"no Python files found in {layer}/"
    violations = _violations(modules)
    assert not violations, "\n".join(map(str, violations))


@pytest.mark.parametrize("layer", OPTIONAL_LAYERS)
def test_optional_layer_imports_follow_the_rule(layer: str) -> None:
    """Checked as soon as the folder exists; until then there is nothing to check."""
    violations = _violations(_modules(layer)) if (ROOT / layer).is_dir() else []
    assert not violations, "\n".join(map(str, violations))


def test_main_imports_follow_the_rule() -> None:
    violations = _violations([(ROOT / "main.py", "main")])
    assert not violations, "\n".join(map(str, violations))


# --- the checker itself ----------------------------------------------------------------------------


BAD_IMPORTS = [
    ("domain.rules", "import sqlalchemy\n", "sqlalchemy"),
    ("domain.rules", "from PySide6.QtCore import QDate\n", "PySide6.QtCore"),
    ("domain.rules", "def f():\n    import reportlab\n", "reportlab"),  # lazy, still counted
    ("domain.rules", "import pandas as pd\n", "pandas"),
    ("domain.rules", "from persistence.tables import Base\n", "persistence.tables"),
    ("domain.services.x", "from ...persistence import db\n", "persistence"),  # relative, out of domain
    ("persistence.db", "from gui.app import App\n", "gui.app"),
    ("persistence.db", "import PySide6\n", "PySide6"),
    ("persistence.db", "from reports import base\n", "reports"),
    ("reports.base", "import persistence.queries\n", "persistence.queries"),
    ("reports.base", "from shiboken6 import isValid\n", "shiboken6"),
    ("gui.customers.page", "from persistence.workspace import open_workspace\n", "persistence.workspace"),
    ("gui.customers.page", "from reports import customer_card\n", "reports"),
    ("gui.customers.page", "from ...persistence import db\n", "persistence"),
    ("gui.customers.page", "from cli.report import run\n", "cli.report"),
    ("gui.app", "import main\n", "main"),
    ("persistence.db", "from cli import workspace\n", "cli"),
    ("cli.workspace", "import gui\n", "gui"),
    ("cli.report", "from gui.messages import describe_error\n", "gui.messages"),
    ("cli.report", "def f():\n    from ..gui import app\n", "gui"),  # relative and lazy
    ("cli.report", "from main import open_context\n", "main"),
    ("main", "from tests.gui.fonts import cjk_font\n", "tests.gui.fonts"),
    ("main", "import benchmarks.startup\n", "benchmarks.startup"),
    ("domain.rules", "import os\n", "os"),
    ("domain.rules", "import os.path\n", "os.path"),
    ("domain.rules", "from os import environ\n", "os"),
    ("domain.rules", "import sqlite3\n", "sqlite3"),
    ("domain.rules", "def f():\n    import time\n", "time"),
    ("domain.rules", "from datetime import datetime\nstamp = datetime.now()\n", "datetime.now"),
    ("domain.rules", "import datetime\nstamp = datetime.datetime.now()\n", "datetime.datetime.now"),
    ("domain.rules", "import datetime as dt\nday = dt.date.today()\n", "dt.date.today"),
    ("domain.rules", "from datetime import date as Day\nday = Day.today()\n", "Day.today"),
    ("domain.rules", "from datetime import date\ndef f(on=date.today): ...\n", "date.today"),  # not called, still read
    ("domain.rules", "from datetime import datetime\nstamp = datetime.utcnow()\n", "datetime.utcnow"),
    ("domain.rules", "def f(p):\n    with open(p, encoding='utf-8') as f:\n        return f.read()\n", "open"),
]


@pytest.mark.parametrize(
    ("module", "source", "bad"), BAD_IMPORTS, ids=[f"{m}-imports-{b}" for m, _, b in BAD_IMPORTS]
)
def test_the_checker_flags_a_bad_import(module: str, source: str, bad: str) -> None:
    violations = check_source(source, module)
    assert [v.module for v in violations] == [bad]


GOOD_IMPORTS = [
    ("domain.rules", "from __future__ import annotations\nimport datetime, decimal\nfrom collections.abc import Iterable\n"),
    ("domain.rules", "from domain.money import yuan\nfrom .money import to_fen\n"),
    ("domain.services.x", "from ..errors import DomainError\n"),
    ("persistence.db", "import sqlalchemy\nfrom alembic import command\nfrom domain.errors import WorkspaceError\n"),
    ("reports.base", "from reportlab.platypus import Paragraph\nfrom domain.read_models import MonthTotals\n"),
    ("gui.app", "from PySide6.QtWidgets import QApplication\nfrom domain.services import workspace\n"),
    ("cli.report", "import argparse\nfrom domain.services import workspace\nfrom persistence import db\n"
                   "from reports import monthly\n"),
    ("cli.workspace", "from PySide6.QtCore import QCoreApplication\nfrom . import messages\n"),
    ("main", "import os, time\nfrom cli import report\nfrom gui.main_window import MainWindow\n"
             "from persistence import db\n"),
    # the clock and the files are reached through what the caller passes in
    ("domain.rules", "from datetime import date, datetime\ndef due(today: date, ctx) -> date:\n"
                     "    ctx.today()\n    ctx.now()\n    ctx.open()\n    return today\n"),
    ("domain.rules", "from datetime import datetime\nwhen = datetime(2026, 11, 27).date()\n"),
]


@pytest.mark.parametrize(("module", "source"), GOOD_IMPORTS, ids=[f"{m}-{i}" for i, (m, _) in enumerate(GOOD_IMPORTS)])
def test_the_checker_accepts_allowed_imports(module: str, source: str) -> None:
    assert check_source(source, module) == []


def test_relative_imports_are_resolved() -> None:
    assert imported_modules("from . import money\nfrom ..errors import X\nfrom .a.b import c\n", "domain.model") == [
        (1, "domain.model"),
        (2, "domain.errors"),
        (3, "domain.model.a.b"),
    ]
