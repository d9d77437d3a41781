"""Drafts of forms as files beside the workspace: <folder of the database>/drafts/<database name>/<key>.json.

A save writes a temporary file, flushes it to disk and renames it over the old draft (os.replace is
atomic), so a crash in the middle leaves the previous draft whole, never half a file.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,100}$")


def drafts_folder(database: Path) -> Path:
    return database.parent / "drafts" / database.stem


class FileDraftStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        if not KEY.match(key) or ".." in key:
            raise ValueError(f"not a draft key: {key!r}")
        return self.folder / f"{key}.json"

    def save(self, key: str, text: str) -> None:
        target = self._path(key)
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            with open(temporary, "w", encoding="utf-8") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            os.replace(temporary, target)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise

    def load(self, key: str) -> str | None:
        try:
            return self._path(key).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)
