"""A report's PDF, once rendered: shown in the system viewer (Preview) or sent to a printer (Print)."""
from __future__ import annotations

import tempfile
from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, QUrl
from PySide6.QtGui import QDesktopServices, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def write_temp_pdf(pdf: bytes, prefix: str) -> str:
    """Runs on the worker: the PDF into a named temp file the viewer or the printer can open."""
    with tempfile.NamedTemporaryFile("wb", prefix=prefix, suffix=".pdf", delete=False) as f:
        f.write(pdf)
        return f.name


def deliver_pdf(parent: QWidget | None, path: str, print_it: bool) -> None:
    if print_it:
        print_pdf(parent, path)
    else:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def print_pdf(parent: QWidget | None, path: str, printer: QPrinter | None = None) -> bool:
    """Qt's print dialog, then every page drawn at the printer's resolution, fitted to the paper."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    document = QPdfDocument()
    document.load(path)
    painter = QPainter()
    if not painter.begin(printer):
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
    return True


def render_and_deliver(parent: QWidget, runner, render: Callable[[], bytes], prefix: str,  # type: ignore[no-untyped-def]
                       on_error: Callable[[BaseException], None], print_it: bool = False) -> None:
    """Render on the task runner (never the GUI thread), then preview or print on the GUI thread."""
    runner.submit(lambda: write_temp_pdf(render(), prefix),
                  lambda path: deliver_pdf(parent, path, print_it), on_error)
