"""Qt's own dialogs (file, print, standard buttons) speak Chinese once the translators are installed."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo
from PySide6.QtWidgets import QDialogButtonBox

import main
from gui import i18n
from gui.i18n import install_translators

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def installed(qapp):
    translators = install_translators(qapp, "zh_CN", main.RESOURCES / "translations")
    yield translators
    for t in translators:
        qapp.removeTranslator(t)
    install_translators(qapp, "en", main.RESOURCES / "translations")


def _chinese(context: str, text: str) -> bool:
    return bool(CJK.search(QCoreApplication.translate(context, text)))


def _qt_strings_are_chinese() -> None:
    assert _chinese("QFileDialog", "Look in:")
    assert _chinese("QFileDialog", "Files of type:")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert _chinese("QPrintDialog", "Print")
    assert _chinese("QPrintPreviewDialog", "Print Preview")
    assert _chinese("QPageSetupWidget", "Paper")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "保存"


def test_qt_dialog_strings_come_back_chinese(installed) -> None:
    assert len(installed) == 2  # ours and Qt's
    _qt_strings_are_chinese()


def test_the_wheels_catalogues_are_found_when_qt_looks_elsewhere(qapp, monkeypatch) -> None:
    """A qt.conf or a system Qt can point TranslationsPath at a folder without them."""
    monkeypatch.setattr(i18n.QLibraryInfo, "path", lambda _which: "/nonexistent")
    translators = install_translators(qapp, "zh_CN", main.RESOURCES / "translations")
    try:
        assert len(translators) == 2
        _qt_strings_are_chinese()
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        monkeypatch.setattr(i18n.QLibraryInfo, "path", QLibraryInfo.path)
