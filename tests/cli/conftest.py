from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def run_cli(tmp_path: Path):
    """Run `main.py ARGS` in a fresh process with its own data folder; returns the CompletedProcess."""

    def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        env = os.environ | {"FIELDBOOK_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
        env.pop("LANG", None)
        env["LC_ALL"] = "C.UTF-8"
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *args],
            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=timeout,
        )

    return run
