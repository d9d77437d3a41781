"""Where a printed report is saved: a file name that says what it is, in the folder the user chose last."""
from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

LAST_FOLDER_KEY = "reports/last_folder"
_MAX_STEM = 120  # well under the 255-byte name limit even when every character takes 3 bytes in UTF-8
# Characters Windows, macOS or a USB stick's FAT refuse in a name, and control characters.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}



def safe_file_name(name: str) -> str:
    """`name` as a file name every file system takes: unsafe characters become "_", no leading or
    trailing dots and spaces, no reserved device name, not too long; the .pdf ending is kept."""
    stem, dot, ending = name.rpartition(".") if name.lower().endswith(".pdf") else (name, "", "")
    stem = _UNSAFE.sub("_", stem).strip(" .")[:_MAX_STEM].strip(" .") or "report"
    if stem.upper() in _RESERVED:
        stem = f"_{stem}"
    return stem + dot + ending


def handbook_file(day: date) -> str:
    return safe_file_name(QCoreApplication.translate("ReportFiles", "Visit handbook-{date}.pdf").format(date=day.isoformat()))


def monthly_file(month: date) -> str:
    return safe_file_name(QCoreApplication.translate("ReportFiles", "Monthly analysis-{month}.pdf").format(month=f"{month:%Y-%m}"))


def dossier_file(shop: str, today: date) -> str:
    return safe_file_name(QCoreApplication.translate("ReportFiles", "Customer dossier-{shop}-{date}.pdf").format(shop=shop, date=today.isoformat()))


def day_summary_file(day: date) -> str:
    return safe_file_name(QCoreApplication.translate("ReportFiles", "Visit summary-{date}.pdf").format(date=day.isoformat()))


def week_summary_file(day: date) -> str:
    """Named after the Monday: the week summary covers Monday to Sunday whichever day was shown."""
    monday = day - timedelta(days=day.weekday())
    return safe_file_name(QCoreApplication.translate("ReportFiles", "Visit summary-week-{date}.pdf").format(date=monday.isoformat()))


def visit_summary_file(shop: str, day: date) -> str:
    return safe_file_name(QCoreApplication.translate("ReportFiles", "Visit summary-{shop}-{date}.pdf").format(shop=shop, date=day.isoformat()))


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
