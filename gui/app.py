"""The Qt application: fonts, translation, the fault dialog, the main window's life."""
from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from domain.errors import DomainError
from gui.fonts import install_cjk_font
from gui.gc_on_gui_thread import GuiThreadCollector
from gui.i18n import install_translators
from gui.messages import describe_error
from gui.style import STYLESHEET
from gui.workers import log_failure

log = logging.getLogger(__name__)

ORGANIZATION = "Fieldbook"
APPLICATION = "Fieldbook"


def create_application(argv: list[str], resources: Path) -> QApplication:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setWindowIcon(QIcon(str(resources / "icons" / "fieldbook.svg")))
    install_cjk_font(app, resources / "fonts" / "wqy-microhei.ttc")
    app.setStyleSheet(STYLESHEET)
    _COLLECTOR[:] = [GuiThreadCollector(app)]
    return app


_COLLECTOR: list[GuiThreadCollector] = []


class Translation:
    """Keeps the installed translators alive and lets the language change before the window opens."""

    def __init__(self, app: QCoreApplication, translations_dir: Path) -> None:
        self._app, self._dir = app, translations_dir
        self._installed: list[QTranslator] = []
        self.language = ""

    def use(self, language: str) -> None:
        if language == self.language:
            return
        for t in self._installed:
            self._app.removeTranslator(t)
        self._installed = install_translators(self._app, language, self._dir)
        self.language = language


def install_fault_dialog(log_path: Path, parent: Callable[[], QWidget | None]) -> None:
    """An unhandled exception is logged and shown; the app keeps running where it can."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if not _on_gui_thread():
            # a widget built off the GUI thread hangs Qt: a background fault is only logged (the
            # task runner reports its own failures to the GUI thread by signal)
            log.error("unhandled exception off the GUI thread:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
            return
        if isinstance(exc, DomainError):
            # a refusal nobody caught is still the user's answer, not a fault: say it plainly
            log_failure(log, "unhandled", exc)
            QMessageBox.warning(parent(), QCoreApplication.translate("FaultDialog", "Not done"), describe_error(exc))
            return
        log.error("unhandled exception:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        box = QMessageBox(parent())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("FaultDialog", "Something went wrong"))
        box.setText(
            QCoreApplication.translate(
                "FaultDialog", "Fieldbook met an unexpected error; your saved data is safe.\n\n{error}"
            ).format(error=f"{kind.__name__}: {exc}")
        )
        box.setInformativeText(
            QCoreApplication.translate("FaultDialog", "Details are in the log: {path}").format(path=log_path)
        )
        box.exec()

    sys.excepthook = hook


def _on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def show_startup_error(message: str) -> None:
    QMessageBox.critical(None, QCoreApplication.translate("FaultDialog", "Fieldbook cannot start"), message)
