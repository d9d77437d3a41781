"""The words for a backup: its kind, its time in local time, its size, its verification; and the
open-check's short English keys (why a workspace is read-only, why its folder is risky) in words."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from domain.backups import BackupEntry, BackupReason
from gui.messages import QT_TRANSLATE_NOOP

CONTEXT = "BackupLabels"

_KINDS = {
    BackupReason.MANUAL: QT_TRANSLATE_NOOP("BackupLabels", "Manual backup"),
    BackupReason.SCHEDULED: QT_TRANSLATE_NOOP("BackupLabels", "Scheduled backup"),
    BackupReason.AT_CLOSE: QT_TRANSLATE_NOOP("BackupLabels", "Backup at close"),
    BackupReason.PRE_IMPORT: QT_TRANSLATE_NOOP("BackupLabels", "Before an import"),
    BackupReason.PRE_UNDO: QT_TRANSLATE_NOOP("BackupLabels", "Before an undo"),
    BackupReason.PRE_MIGRATE: QT_TRANSLATE_NOOP("BackupLabels", "Before an upgrade"),
    BackupReason.PRE_RESTORE: QT_TRANSLATE_NOOP("BackupLabels", "Before a restore"),
    BackupReason.PRE_RECOMPUTE: QT_TRANSLATE_NOOP("BackupLabels", "Before a bulk recompute"),
    BackupReason.DAMAGED: QT_TRANSLATE_NOOP("BackupLabels", "Damaged file"),
}

_READ_ONLY = {
    "file is read-only": QT_TRANSLATE_NOOP("BackupLabels", "the file is read-only"),
    "folder is read-only": QT_TRANSLATE_NOOP("BackupLabels", "the folder is read-only"),
}


def tr(source: str) -> str:
    """A text marked above with QT_TRANSLATE_NOOP, looked up by its variable."""
    return QCoreApplication.translate("BackupLabels", source)


def kind(reason: BackupReason) -> str:
    return tr(_KINDS[reason])


def local_time(moment: datetime) -> str:
    """A UTC moment as the user's wall clock shows it, to the minute."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def size(n_bytes: int) -> str:
    if n_bytes < 1024 * 1024:
        return QCoreApplication.translate("BackupLabels", "{n} KB").format(n=max(1, round(n_bytes / 1024)))
    if n_bytes < 1024 ** 3:
        return QCoreApplication.translate("BackupLabels", "{n} MB").format(n=f"{n_bytes / 1024 ** 2:.1f}")
    return QCoreApplication.translate("BackupLabels", "{n} GB").format(n=f"{n_bytes / 1024 ** 3:.2f}")


def verification(entry: BackupEntry) -> str:
    return QCoreApplication.translate("BackupLabels", "✓ Verified") if entry.verified else QCoreApplication.translate("BackupLabels", "Not verified")


def note(entry: BackupEntry) -> str:
    return QCoreApplication.translate("BackupLabels", "Its operation did not complete") if entry.failed_operation else ""


def described(entry: BackupEntry) -> str:
    """One line naming a backup: 2026-12-04 09:30（导入前）."""
    return QCoreApplication.translate("BackupLabels", "{time} ({kind})").format(time=local_time(entry.taken_at), kind=kind(entry.reason))


def read_only_reason(reason: str) -> str:
    source = _READ_ONLY.get(reason)
    return tr(source) if source is not None else reason


def location_risk(risk: str) -> str:
    if risk == "network drive":
        return QCoreApplication.translate("BackupLabels", "the folder is on a network drive")
    prefix = "cloud-sync folder:"
    if risk.startswith(prefix):
        return QCoreApplication.translate("BackupLabels", "the folder is inside a cloud-sync folder ({name})").format(name=risk[len(prefix):].strip())
    return risk
