"""GUI fixtures: a real workspace in tmp_path, the app context main.py would build, the window."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

import main
from gui.app import Translation
from gui.context import AppContext
from gui.fonts import install_cjk_font
from gui.gc_on_gui_thread import GuiThreadCollector
from gui.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def _bundled_font(qapp: QApplication) -> None:
    install_cjk_font(qapp, main.RESOURCES / "fonts" / "wqy-microhei.ttc")


@pytest.fixture(scope="session", autouse=True)
def _collect_on_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As the app does (gui/app.py): a collection on the worker thread could free widgets there."""
    collector = GuiThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody expected would hang the run offscreen: fail the test with its text instead.
    Tests that expect a dialog patch the call they expect on top of this."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args: object, **kwargs: object) -> None:
        texts = [a for a in args if isinstance(a, str)]
        pytest.fail(f"unexpected dialog: {texts}")

    for name in ("warning", "question", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: unexpected(box.text()))


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[Translation]:
    translation = Translation(qapp, main.RESOURCES / "translations")
    translation.use("zh_CN")
    yield translation
    translation.use("en")


@pytest.fixture
def make_ctx(tmp_path: Path) -> Iterator:
    opened: list[AppContext] = []

    def make(name: str = "w.db") -> AppContext:
        ctx = main.open_context(tmp_path / name, None, tmp_path, tmp_path / "fieldbook.log")
        opened.append(ctx)
        return ctx

    yield make
    for ctx in opened:
        ctx.close()


@pytest.fixture
def ctx(make_ctx) -> AppContext:  # type: ignore[no-untyped-def]
    return make_ctx()


@pytest.fixture
def window(qtbot, ctx: AppContext, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(
        ctx, main.RESOURCES / "icons", opener=lambda p: main.open_context(p, None, tmp_path, tmp_path / "l.log"),
        settings=settings,
    )
    qtbot.addWidget(w)
    w.show()
    yield w
    w.runner.wait()
