"""Printing a report's PDF through Qt's print dialog (the dialog accepted, the printer writing a file)."""
from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from gui.common.pdf_output import print_pdf, write_temp_pdf


def _two_page_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    import io

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for n in (1, 2):
        canvas.drawString(72, 720, f"page {n}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_every_page_reaches_the_printer(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    source = write_temp_pdf(_two_page_pdf(), "test-")
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(None, source, printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2


def test_cancelled_print_dialog_prints_nothing(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    source = write_temp_pdf(_two_page_pdf(), "test-")
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "never.pdf"))
    assert not print_pdf(None, source, printer)
    assert not (tmp_path / "never.pdf").exists()


def test_deliver_previews_or_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    from gui.common import pdf_output

    seen: list[str] = []
    monkeypatch.setattr(pdf_output.QDesktopServices, "openUrl", lambda url: seen.append("preview"))
    monkeypatch.setattr(pdf_output, "print_pdf", lambda parent, path: seen.append("print") or True)
    pdf_output.deliver_pdf(None, "/tmp/x.pdf", print_it=False)
    pdf_output.deliver_pdf(None, "/tmp/x.pdf", print_it=True)
    assert seen == ["preview", "print"]
