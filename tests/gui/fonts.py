"""Pinned fonts for tests that measure sizes: a layout must fit with the narrow bundled CJK font and with
the wide ones a Chinese desktop is likely to have, whatever this machine's fontconfig would pick.

Use the `cjk_font` fixture (import it into the test module: `from tests.gui.fonts import cjk_font  # noqa:
F401`); it runs the test once per font, sets that font on the application for the test, and skips a font
whose file is not installed (CI installs fonts-noto-cjk, see .ci/run)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QAbstractItemView, QApplication

import main
from gui.common.columns import LONG_TEXT_CAP

# The size a Chinese Windows or a default GNOME desktop uses for widgets; pinned like the family.
POINT_SIZE = 9.0

FONT_FILES: dict[str, tuple[Path, str]] = {
    # name → (file, the family to use when a collection holds several)
    "bundled": (main.RESOURCES / "fonts" / "wqy-microhei.ttc", "WenQuanYi Micro Hei"),
    "noto": (Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), "Noto Sans CJK SC"),
    "droid": (Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"), "Droid Sans Fallback"),
}
_PACKAGES = {"noto": "fonts-noto-cjk", "droid": "fonts-droid-fallback"}
_families: dict[str, str] = {}


def pinned_family(name: str) -> str:
    """Register the font file once per session and return the family to set (skip when it is absent)."""
    if name in _families:
        return _families[name]
    path, wanted = FONT_FILES[name]
    if not path.exists():
        pytest.skip(f"{path} is not installed (apt-get install {_PACKAGES.get(name, '')}): "
                    f"cannot measure with the {name} CJK font")
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    assert families, f"could not load {path}"
    _families[name] = wanted if wanted in families else families[0]
    return _families[name]


def pinned_font(name: str) -> QFont:
    font = QFont()
    font.setFamilies([pinned_family(name)])
    font.setPointSizeF(POINT_SIZE)
    return font


@pytest.fixture(params=list(FONT_FILES))
def cjk_font(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QFont]:
    """The application's font for one test: each CJK font in turn, restored afterwards."""
    font = pinned_font(request.param)
    previous = QFont(qapp.font())
    qapp.setFont(font)
    yield font
    qapp.setFont(previous)


def clipped_columns(view: QAbstractItemView) -> list[str]:
    """The headers of the shown columns narrower than their header text or their widest cell (as laid out
    now, in the view's own font): what the user would see elided."""
    header = view.horizontalHeader()  # type: ignore[attr-defined]
    model = view.model()
    clipped = []
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        # free text past the cap may be elided (gui/common/columns.py), a header never
        needed = max(header.sectionSizeFromContents(column).width(), min(view.sizeHintForColumn(column), LONG_TEXT_CAP))
        if header.sectionSize(column) < needed:
            clipped.append(f"{model.headerData(column, Qt.Orientation.Horizontal)}: "
                           f"{header.sectionSize(column)} < {needed}")
    return clipped
