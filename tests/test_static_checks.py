"""ruff (lint and import order) and mypy (strict on domain/ and persistence/) over the tree, with the
configuration in pyproject.toml, so that `uv run pytest` checks them too. They are marked `static`:
`-m "not static"` leaves them out while iterating on one area. mypy keeps its cache in .mypy_cache, so
a rerun reads only what changed."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "pyproject.toml"

pytestmark = pytest.mark.static


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    # the interpreter running the tests, so the tools and stubs are the locked ones from the dev group
    return subprocess.run([sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, timeout=600)


def _said(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}\n{result.stdout}{result.stderr}"


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "--no-fix", "--output-format", "concise", "--config", str(CONFIG), ".")
    if result.returncode != 0:
        pytest.fail(_said(result), pytrace=False)


def test_mypy_finds_nothing() -> None:
    result = _run("mypy", "--config-file", str(CONFIG))
    if result.returncode != 0:
        pytest.fail(_said(result), pytrace=False)


# the checks above pass on an empty configuration too; these show the configuration bites


def test_ruff_checks_import_order(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text("import sys\nimport os\n\nprint(os, sys)\n", encoding="utf-8")
    result = _run("ruff", "check", "--no-fix", "--no-cache", "--output-format", "concise", "--config", str(CONFIG),
                  str(planted), cwd=tmp_path)
    assert result.returncode == 1 and "I001" in result.stdout, _said(result)


def _mypy_on_untyped_def(tmp_path: Path, package: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / package).mkdir()
    (tmp_path / package / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / package / "planted.py").write_text("def untyped(x):\n    return x\n", encoding="utf-8")
    # a cache of its own: a second package named domain would invalidate the tree's cache
    return _run("mypy", "--config-file", str(CONFIG), "--cache-dir", str(tmp_path / ".mypy_cache"),
                f"{package}/planted.py", cwd=tmp_path)


@pytest.mark.parametrize("package", ["domain", "persistence"])
def test_mypy_is_strict_on_domain_and_persistence(tmp_path: Path, package: str) -> None:
    result = _mypy_on_untyped_def(tmp_path, package)
    assert result.returncode == 1 and "[no-untyped-def]" in result.stdout, _said(result)


def test_mypy_lets_an_untyped_def_pass_elsewhere(tmp_path: Path) -> None:
    result = _mypy_on_untyped_def(tmp_path, "elsewhere")
    assert result.returncode == 0, _said(result)


# a type: ignore names the errors it silences and then says why, so the next reader can judge whether
# the reason still holds (unused ones mypy refuses itself: warn_unused_ignores)
CHECKED = ("domain", "persistence", "reports", "gui", "cli", "benchmarks", "main.py")
EXPLAINED_IGNORE = re.compile(r"# type: ignore\[[a-z, -]+\]  # \S")


def unexplained_ignores(text: str) -> list[int]:
    return [n for n, line in enumerate(text.splitlines(), 1)
            if "# type: ignore" in line and not EXPLAINED_IGNORE.search(line)]


def _sources() -> list[Path]:
    found: list[Path] = []
    for name in CHECKED:
        path = ROOT / name
        found += [path] if path.is_file() else sorted(path.rglob("*.py"))
    return found


def test_every_type_ignore_says_why() -> None:
    bare = [f"{path.relative_to(ROOT)}:{n}" for path in _sources()
            for n in unexplained_ignores(path.read_text(encoding="utf-8"))]
    assert not bare, "a # type: ignore[code] without '  # reason' after it:\n" + "\n".join(bare)


def test_an_ignore_without_a_reason_is_refused() -> None:
    assert unexplained_ignores("x = f()  # type: ignore[arg-type]\n") == [1]
    assert unexplained_ignores("x = f()  # type: ignore\n") == [1]
    assert unexplained_ignores("x = f()  # type: ignore[arg-type]  # the stub is wrong\n") == []
