"""A printed report, from the button to the paper or to a file the user can find again.

One flow for every report: `output_report` renders on the task runner, asks where to save (the last folder
remembered), writes the file and says where it is, offering to open it or its folder; or, for Print…,
shows Qt's print dialog and sends the rendered pages to the printer from memory, so a cancelled print
leaves nothing behind and no temp file ever exists."""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSettings, QSize, QUrl
from PySide6.QtGui import QDesktopServices, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from domain.ports import UnitOfWorkFactory
from domain.report_catalogue import ReportCatalogue
from gui.common.report_files import ask_save_path, write_failure
from gui.messages import describe_error

OPEN, FOLDER, CLOSE = "open", "folder", "close"



def ask_report_path(parent: QWidget | None, title: str, file_name: str,
                    settings: QSettings | None = None) -> Path | None:
    """The save dialog on the suggested name in the last folder; None when cancelled."""
    return ask_save_path(parent, title, file_name,
                         QCoreApplication.translate("ReportOutput", "PDF document (*.pdf)"), ".pdf", settings)


def write_pdf(path: Path, pdf: bytes) -> Path:
    """Runs on the worker: written beside the target and renamed, so a failed write never leaves half a
    PDF under the report's name (nor replaces an earlier good one)."""
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.write_bytes(pdf)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def output_report(parent: QWidget, runner, title: str, file_name: str,
                  render: Callable[[], bytes], *, to_printer: bool = False,
                  on_done: Callable[[Path | None], None] | None = None,
                  on_error: Callable[[BaseException], None] | None = None,
                  on_settled: Callable[[], None] | None = None,
                  settings: QSettings | None = None) -> None:
    """Render the report on `runner`, then ask where to save it (or, `to_printer`, which printer) and write
    it there. Rendering comes first so that a report with nothing to show says so before any dialog.
    `on_done` gets the saved file (None after printing) before the message is shown; `on_error` gets a
    rendering failure (default: a warning); `on_settled` runs once the flow has ended in any way, a
    cancelled dialog included (to re-enable a button)."""
    def settled() -> None:
        if on_settled is not None:
            on_settled()

    def failed(exc: BaseException) -> None:
        if on_error is not None:
            on_error(exc)
        else:
            QMessageBox.warning(parent, title, describe_error(exc))
        settled()

    def rendered(pdf: bytes) -> None:
        if to_printer:
            printer = ask_printer(parent)
            if printer is not None:
                print_pdf(printer, pdf)
                if on_done is not None:
                    on_done(None)
            settled()
            return
        path = ask_report_path(parent, title, file_name, settings)
        if path is None:
            settled()
            return

        def saved(written: Path) -> None:
            if on_done is not None:
                on_done(written)
            settled()
            after_saving(parent, title, written)

        def write_failed(exc: BaseException) -> None:
            QMessageBox.warning(parent, title, write_failure(path, exc))
            settled()

        runner.submit(lambda: write_pdf(path, pdf), saved, write_failed)

    runner.submit(render, rendered, failed)


def output_catalogued_report(parent: QWidget, runner, title: str,
                             reports: ReportCatalogue, uow: UnitOfWorkFactory, request: object,
                             **options: Any) -> None:
    """`request`'s report through its catalogue entry: its file name suggested, its data and drawing
    on the runner, then as output_report (the same `options`)."""
    output_report(parent, runner, title, reports.file_name(request, QCoreApplication.translate),
                  lambda: reports.pdf(uow, request), **options)


# --- after saving ----------------------------------------------------------------------------------

def ask_after_saving(parent: QWidget | None, title: str, path: Path) -> str:
    """Where the report went, with 打开 / 打开文件夹 / 关闭; returns OPEN, FOLDER or CLOSE."""
    box = QMessageBox(QMessageBox.Icon.Information, title,
                      QCoreApplication.translate("ReportOutput", "The report is saved as\n{path}").format(path=path), parent=parent)
    open_button = box.addButton(QCoreApplication.translate("ReportOutput", "Open"), QMessageBox.ButtonRole.AcceptRole)
    folder_button = box.addButton(QCoreApplication.translate("ReportOutput", "Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("ReportOutput", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.exec()
    clicked = box.clickedButton()
    return OPEN if clicked is open_button else FOLDER if clicked is folder_button else CLOSE


def ask_after_viewer_failed(parent: QWidget | None, title: str, path: Path) -> str:
    """No program could show the PDF: say so, where the file is, and offer its folder (FOLDER or CLOSE)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title,
                      QCoreApplication.translate("ReportOutput", "No program to show PDF files could be started. The report is saved as\n{path}")
                      .format(path=path), parent=parent)
    folder_button = box.addButton(QCoreApplication.translate("ReportOutput", "Open folder"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("ReportOutput", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(folder_button)
    box.exec()
    return FOLDER if box.clickedButton() is folder_button else CLOSE


def after_saving(parent: QWidget | None, title: str, path: Path) -> None:
    choice = ask_after_saving(parent, title, path)
    if choice == OPEN and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        choice = ask_after_viewer_failed(parent, title, path)
    if choice == FOLDER and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))):
        QMessageBox.warning(parent, title, QCoreApplication.translate("ReportOutput", "The folder {folder} could not be opened.").format(
            folder=path.parent))


# --- printing --------------------------------------------------------------------------------------

def ask_printer(parent: QWidget | None, printer: QPrinter | None = None) -> QPrinter | None:
    """Qt's print dialog on an A4 printer; None when cancelled."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_pdf(printer: QPrinter, pdf: bytes) -> bool:
    """Every page drawn at the printer's resolution, fitted to the paper, read from memory."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    painter = QPainter()
    if document.pageCount() == 0 or not painter.begin(printer):
        document.close()
        return False
    try:
        area = QRectF(painter.viewport())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            painter.drawImage(QRectF(area.topLeft(), size.toSizeF()), document.render(page, size))
    finally:
        painter.end()
        document.close()
        buffer.close()
    return True
