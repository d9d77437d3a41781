"""Language choice and the installed translators (ours and Qt's own, for standard dialog buttons)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("zh_CN", "en")
APP_CATALOGUE = "fieldbook"


def resolve_language(requested: str | None, stored: str | None = None) -> str:
    """--lang wins, then the workspace setting, then the system locale; Chinese for any Chinese locale."""
    for choice in (requested, stored):
        if choice in SUPPORTED:
            return choice  # type: ignore[return-value]
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def load_translators(language: str, translations_dir: Path) -> list[QTranslator]:
    if language == "en":
        return []
    loaded = []
    ours = QTranslator()
    if ours.load(f"{APP_CATALOGUE}_{language}", str(translations_dir)):
        loaded.append(ours)
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        loaded.append(qt)
    return loaded


def install_translators(app: QCoreApplication, language: str, translations_dir: Path) -> list[QTranslator]:
    translators = load_translators(language, translations_dir)
    for t in translators:
        app.installTranslator(t)
    QLocale.setDefault(QLocale("zh_CN" if language == "zh_CN" else "en_US"))
    return translators  # keep references: a collected translator stops translating
