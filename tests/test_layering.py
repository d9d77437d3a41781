"""The layering rule (docs/architecture.md, "Layers"), checked on the source: arrows point inward.

domain/ imports only the standard library, pandas and itself; persistence/ and reports/ import
neither gui/ nor Qt nor each other; gui/ never imports persistence/ or reports/ (main.py injects
them). Imports inside functions count too: a lazy import is still an import.
"""
from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("domain", "persistence", "reports", "gui")
QT = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"}
STDLIB = set(sys.stdlib_module_names)


@dataclass(frozen=True)
class Violation:
    where: str
    line: int
    module: str
    rule: str

    def __str__(self) -> str:
        return f"{self.where}:{self.line} imports {self.module}: {self.rule}"


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
    if layer == "domain":
        if top in STDLIB or top in {"domain", "pandas"}:
            return None
        return "domain/ imports only the standard library, pandas and domain"
    if layer in ("persistence", "reports"):
        if top == "gui" or top in QT:
            return f"{layer}/ must not depend on the GUI"
        other = "reports" if layer == "persistence" else "persistence"
        if top == other:
            return f"{layer}/ and {other}/ must not import each other"
        return None
    if layer == "gui" and top in ("persistence", "reports"):
        return "gui/ gets persistence and reports injected by main.py"
    return None


def check_source(source: str, module: str, where: str = "<source>") -> list[Violation]:
    """The violations in one module's source; `module` is its dotted name, e.g. domain.money."""
    layer = module.split(".")[0]
    package = module if where.endswith("__init__.py") else module.rpartition(".")[0] or module
    violations = []
    for line, imported in imported_modules(source, package):
        rule = _rule_breaker(layer, imported.split(".")[0])
        if rule:
            violations.append(Violation(where, line, imported, rule))
    return violations


def _modules(layer: str) -> list[tuple[Path, str]]:
    out = []
    for path in sorted((ROOT / layer).rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        out.append((path, ".".join(parts)))
    return out


@pytest.mark.parametrize("layer", LAYERS)
def test_layer_imports_follow_the_rule(layer: str) -> None:
    modules = _modules(layer)
    assert modules, f"no Python files found in {layer}/"
    violations = [
        v
        for path, module in modules
        for v in check_source(path.read_text(encoding="utf-8"), module, str(path.relative_to(ROOT)))
    ]
    assert not violations, "\n".join(map(str, violations))


# --- the checker itself ----------------------------------------------------------------------------


BAD_IMPORTS = [
    ("domain.rules", "import sqlalchemy\n", "sqlalchemy"),
    ("domain.rules", "from PySide6.QtCore import QDate\n", "PySide6.QtCore"),
    ("domain.rules", "def f():\n    import reportlab\n", "reportlab"),  # lazy, still counted
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
]


@pytest.mark.parametrize(
    ("module", "source", "bad"), BAD_IMPORTS, ids=[f"{m}-imports-{b}" for m, _, b in BAD_IMPORTS]
)
def test_the_checker_flags_a_bad_import(module: str, source: str, bad: str) -> None:
    violations = check_source(source, module)
    assert [v.module for v in violations] == [bad]


GOOD_IMPORTS = [
    ("domain.rules", "from __future__ import annotations\nimport datetime, decimal\nfrom collections.abc import Iterable\n"),
    ("domain.rules", "import pandas as pd\nfrom domain.money import yuan\nfrom .money import to_fen\n"),
    ("domain.services.x", "from ..errors import DomainError\n"),
    ("persistence.db", "import sqlalchemy\nfrom alembic import command\nfrom domain.errors import WorkspaceError\n"),
    ("reports.base", "from reportlab.platypus import Paragraph\nfrom domain.read_models import MonthTotals\n"),
    ("gui.app", "from PySide6.QtWidgets import QApplication\nfrom domain.services import workspace\n"),
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
