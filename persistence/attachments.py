"""Visit photos beside the workspace: <folder of the database>/attachments/<database name>/.

Files are stored under generated names (32 hex digits and a known picture extension), never under
the name the user's file had: a name from the user or from the database is never joined into a path
unless it has that shape. Copies are written to a temporary name and moved into place, so a stored
name always refers to a whole file.
"""
from __future__ import annotations

import os
import re
import shutil
import uuid
from pathlib import Path

PICTURE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".heic", ".tif", ".tiff"})
STORED_NAME = re.compile(r"^[0-9a-f]{32}(\.[a-z0-9]{1,5})?$")
MAX_BYTES = 50 * 1024 * 1024  # a photo; larger files are refused


class AttachmentRefused(ValueError):
    pass


def attachments_folder(database: Path) -> Path:
    return database.parent / "attachments" / database.stem


class LocalAttachments:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, stored_name: str) -> Path:
        if not STORED_NAME.match(stored_name):
            raise AttachmentRefused(f"not a stored attachment name: {stored_name!r}")
        return self.folder / stored_name

    def store(self, source: Path) -> str:
        source = Path(source)
        if not source.is_file():
            raise AttachmentRefused(f"not a file: {source}")
        if source.stat().st_size > MAX_BYTES:
            raise AttachmentRefused(f"larger than {MAX_BYTES // (1024 * 1024)} MB: {source.name}")
        suffix = source.suffix.lower()
        name = uuid.uuid4().hex + (suffix if suffix in PICTURE_SUFFIXES else "")
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.path(name)
        temporary = target.with_name(target.name + ".part")
        try:
            shutil.copyfile(source, temporary)
            os.replace(temporary, target)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        return name

    def remove(self, stored_name: str) -> None:
        self.path(stored_name).unlink(missing_ok=True)
