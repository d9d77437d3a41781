"""Where a printed report is saved: in the folder the user chose last (its file name is its catalogue
entry's, domain.report_catalogue)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from gui.messages import error_text

LAST_FOLDER_KEY = "reports/last_folder"


def default_report_folder() -> Path:
    """报表 in the user's Documents folder (the home folder when the system names none)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / QCoreApplication.translate("ReportFiles", "Reports")


def report_folder(settings: QSettings) -> Path:
    """The folder the last report went to, else the default one, created so the dialog can open in it."""
    remembered = settings.value(LAST_FOLDER_KEY)
    if remembered and Path(str(remembered)).is_dir():
        return Path(str(remembered))
    folder = default_report_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()  # a read-only Documents: the dialog still opens, somewhere the user knows
    return folder


def remember_folder(settings: QSettings, path: Path) -> None:
    settings.setValue(LAST_FOLDER_KEY, str(path.parent))


def ask_save_path(parent: QWidget | None, title: str, file_name: str, file_filter: str, suffix: str,
                  settings: QSettings | None = None) -> Path | None:
    """The save dialog on the suggested name in the last folder, the suffix added when the name lacks
    it; None when cancelled."""
    settings = settings or QSettings()
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(report_folder(settings) / file_name), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    remember_folder(settings, path)
    return path


def write_failure(path: Path | str, exc: BaseException) -> str:
    """Why a file the user chose could not be written, in one sentence: the system's reason for a
    file error, else the error described."""
    detail = (exc.strerror or str(exc)) if isinstance(exc, OSError) else error_text(exc)
    return QCoreApplication.translate("ReportOutput", "{path} could not be written: {detail}").format(
        path=path, detail=detail)
