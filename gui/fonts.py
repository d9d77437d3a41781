"""Make Chinese render on machines without a system CJK font by registering the bundled one."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

SAMPLE = "客户经理工作台零售户拜访"


def covers_chinese(font: QFont, sample: str = SAMPLE) -> bool:
    raw = QRawFont.fromFont(font, QFontDatabase.WritingSystem.SimplifiedChinese)
    return raw.isValid() and all(raw.supportsCharacter(ord(ch)) for ch in sample)


def system_has_cjk_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def install_cjk_font(app: QApplication, bundled: Path) -> str | None:
    """Register the bundled font when no system font covers Chinese; return the family used."""
    if system_has_cjk_font():
        return None
    font_id = QFontDatabase.addApplicationFont(str(bundled))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("could not register the bundled CJK font %s", bundled)
        return None
    font = QFont(app.font())
    font.setFamilies([families[0], *font.families()])
    app.setFont(font)
    log.info("registered bundled CJK font %s", families[0])
    return families[0]
