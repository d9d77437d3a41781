"""The import dialog's "skip rows with problems" choice, and the errors file it leads to: written
beside the source after the import (or in the data folder when that folder cannot be written), and
said in the dialog. Kept apart from the dialog so that it stays readable."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from domain.messages import imports as words
from gui.context import AppContext


def skip_invalid_box(parent: QWidget | None = None) -> QCheckBox:
    box = QCheckBox(QCoreApplication.translate("ImportDialog", "Skip rows with problems"), parent)
    box.setToolTip(QCoreApplication.translate(
        "ImportDialog", "Import the good rows and list the others, with their line and reason, in a file beside the "
        "source (name.errors-time.csv). Without this, a file with any bad row imports nothing."))
    return box


def errors_file_note(ctx: AppContext, source: Path | None, result: Any) -> str:
    """Write the errors file of an import that skipped rows; the sentence that says where it is
    ("" when no row was skipped)."""
    skipped = getattr(result, "skipped_rows", 0)
    if not skipped or source is None or ctx.files is None:
        return ""
    translate = QCoreApplication.translate
    try:
        path, moved = ctx.files.write_errors_file(
            source, words.errors_file_headers(translate), words.errors_file_rows(result.errors, translate),
            when=datetime.now(), fallback_folder=ctx.data_dir)
    except OSError as exc:
        return QCoreApplication.translate(
            "ImportDialog", "Skipped {rows} rows with problems; the list of them could not be written: {detail}").format(
            rows=f"{skipped:,}", detail=exc.strerror or str(exc))
    if moved:
        return QCoreApplication.translate(
            "ImportDialog", "Skipped {rows} rows with problems. The folder of {file} cannot be written, so they are "
            "listed in {path}.").format(rows=f"{skipped:,}", file=source.name, path=path)
    return QCoreApplication.translate("ImportDialog", "Skipped {rows} rows with problems; they are listed in {path}.").format(
        rows=f"{skipped:,}", path=path)
