"""Language choice and the installed translators: ours, and Qt's own for its dialogs (file and print
dialogs, standard buttons)."""
from __future__ import annotations

import logging
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

SUPPORTED = ("zh_CN", "en")
APP_CATALOGUE = "fieldbook"
# "qt" is Qt's meta catalogue: it loads qtbase (dialogs, buttons, print dialog) and the other modules'
# files beside it; qtbase alone is enough for the widgets we use if a trimmed install lacks the meta file.
QT_CATALOGUES = ("qt", "qtbase")


def qt_translation_dirs() -> list[str]:
    """Where Qt's catalogues may be: Qt's own idea first, then the folder the PySide6 wheel ships
    (QLibraryInfo can point elsewhere when a system Qt or a qt.conf is involved)."""
    dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")]
    return [d for n, d in enumerate(dirs) if d and d not in dirs[:n]]


def load_qt_translator(language: str) -> QTranslator | None:
    for folder in qt_translation_dirs():
        for catalogue in QT_CATALOGUES:
            translator = QTranslator()
            if translator.load(f"{catalogue}_{language}", folder):
                return translator
    log.warning("Qt's own %s catalogue was not found in %s; its dialogs stay in English",
                language, ", ".join(qt_translation_dirs()))
    return None


def resolve_language(requested: str | None, stored: str | None = None) -> str:
    """--lang wins, then the workspace setting, then the system locale; Chinese for any Chinese locale."""
    for choice in (requested, stored):
        if choice in SUPPORTED:
            return choice
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def load_translators(language: str, translations_dir: Path) -> list[QTranslator]:
    if language == "en":
        return []
    loaded = []
    ours = QTranslator()
    if ours.load(f"{APP_CATALOGUE}_{language}", str(translations_dir)):
        loaded.append(ours)
    qt = load_qt_translator(language)
    if qt is not None:
        loaded.append(qt)
    return loaded


def install_translators(app: QCoreApplication, language: str, translations_dir: Path) -> list[QTranslator]:
    translators = load_translators(language, translations_dir)
    for t in translators:
        app.installTranslator(t)
    QLocale.setDefault(QLocale("zh_CN" if language == "zh_CN" else "en_US"))
    return translators  # keep references: a collected translator stops translating
