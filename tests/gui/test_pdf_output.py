"""One flow for every printed report: the save dialog (suggested name, remembered folder), the message
that says where the file went, a missing PDF viewer, and Qt's print dialog (cancel leaves nothing)."""
from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from gui.common import pdf_output, report_files
from gui.workers import TaskRunner


def _two_page_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for n in (1, 2):
        canvas.drawString(72, 720, f"page {n}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's Documents folder, inside tmp_path."""
    folder = tmp_path / "Documents"
    monkeypatch.setattr(report_files.QStandardPaths, "writableLocation", lambda location: str(folder))
    return folder


def _save_dialog(monkeypatch: pytest.MonkeyPatch, answer: Path | None) -> list[str]:
    suggested: list[str] = []

    def dialog(parent, title, directory, filters):
        suggested.append(directory)
        return (str(answer) if answer else "", filters)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return suggested


def test_the_dialog_suggests_the_name_in_a_reports_folder_in_documents(
        qtbot, documents: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    suggested = _save_dialog(monkeypatch, None)
    assert pdf_output.ask_report_path(None, "t", "Visit handbook-2026-12-07.pdf", settings) is None
    assert suggested == [str(documents / "Reports" / "Visit handbook-2026-12-07.pdf")]
    assert (documents / "Reports").is_dir()  # created on demand, so the dialog opens in it


def test_the_folder_chosen_last_is_remembered(qtbot, tmp_path: Path, documents: Path, settings: QSettings,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "meeting"
    elsewhere.mkdir()
    _save_dialog(monkeypatch, elsewhere / "mine")
    assert pdf_output.ask_report_path(None, "t", "a.pdf", settings) == elsewhere / "mine.pdf"
    suggested = _save_dialog(monkeypatch, None)
    pdf_output.ask_report_path(None, "t", "Monthly analysis-2026-10.pdf", settings)
    assert suggested == [str(elsewhere / "Monthly analysis-2026-10.pdf")]


def test_a_saved_report_says_where_it_is_and_offers_the_folder(qtbot, tmp_path: Path, settings: QSettings,
                                                               runner: TaskRunner,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "Visit handbook-2026-12-07.pdf"
    _save_dialog(monkeypatch, target)
    shown: list[tuple[str, list[str]]] = []

    def exec_box(box: QMessageBox) -> int:
        shown.append((box.text(), [b.text() for b in box.buttons()]))
        folder = next(b for b in box.buttons() if b.text() == "Open folder")
        folder.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    opened: list[str] = []
    monkeypatch.setattr(pdf_output.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    done: list[Path | None] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    pdf_output.output_report(parent, runner, "Print visit handbook", target.name, _two_page_pdf,
                             on_done=done.append, settings=settings)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert done == [target] and target.read_bytes().startswith(b"%PDF")
    text, buttons = shown[0]
    assert str(target) in text and {"Open", "Open folder"} <= set(buttons)
    assert opened == [str(tmp_path)]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, "ui.ini"])  # no partial file left


def test_a_missing_pdf_viewer_is_said_and_the_folder_offered(qtbot, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r.pdf"
    monkeypatch.setattr(pdf_output, "ask_after_saving", lambda parent, title, p: pdf_output.OPEN)
    told: list[str] = []

    def exec_box(box: QMessageBox) -> int:
        told.append(box.text())
        next(b for b in box.buttons() if b.text() == "Open folder").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    opened: list[str] = []
    monkeypatch.setattr(pdf_output.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or url.toLocalFile() != str(path))
    pdf_output.after_saving(None, "Print dossier", path)
    assert len(told) == 1 and "No program to show PDF files" in told[0] and str(path) in told[0]
    assert opened == [str(path), str(tmp_path)]


def test_a_report_with_nothing_to_show_says_so_before_any_dialog(qtbot, runner: TaskRunner,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: pytest.fail("no file asked for"))
    failures: list[BaseException] = []
    settled: list[bool] = []
    parent = QWidget()
    qtbot.addWidget(parent)

    def render() -> bytes:
        raise LookupError("no visits")

    pdf_output.output_report(parent, runner, "t", "x.pdf", render, on_error=failures.append,
                             on_settled=lambda: settled.append(True))
    qtbot.waitUntil(lambda: bool(settled), timeout=10000)
    assert [str(e) for e in failures] == ["no visits"]


def test_cancelling_the_save_dialog_writes_nothing(qtbot, tmp_path: Path, settings: QSettings,
                                                   runner: TaskRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _save_dialog(monkeypatch, None)
    monkeypatch.setattr(pdf_output, "ask_after_saving", lambda *a: pytest.fail("nothing was saved"))
    settled: list[bool] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    pdf_output.output_report(parent, runner, "t", "x.pdf", _two_page_pdf, on_done=lambda p: pytest.fail("done"),
                             on_settled=lambda: settled.append(True), settings=settings)
    qtbot.waitUntil(lambda: bool(settled), timeout=10000)
    runner.wait()
    assert len(asked) == 1 and list(tmp_path.glob("**/*.pdf")) == []


def test_a_cancelled_print_dialog_leaves_no_file(qtbot, tmp_path: Path, runner: TaskRunner,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    before = set(Path(tempfile.gettempdir()).iterdir())
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: pytest.fail("no file asked for"))
    settled: list[bool] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    pdf_output.output_report(parent, runner, "t", "x.pdf", _two_page_pdf, to_printer=True,
                             on_done=lambda p: pytest.fail("printed"), on_settled=lambda: settled.append(True))
    qtbot.waitUntil(lambda: bool(settled), timeout=10000)
    runner.wait()
    assert list(tmp_path.iterdir()) == [] and set(Path(tempfile.gettempdir()).iterdir()) == before


def test_every_page_reaches_the_printer_and_no_temp_file_is_left(qtbot, tmp_path: Path, runner: TaskRunner,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    before = set(Path(tempfile.gettempdir()).iterdir())
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(pdf_output, "ask_printer", lambda parent: printer)
    done: list[Path | None] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    pdf_output.output_report(parent, runner, "t", "x.pdf", _two_page_pdf, to_printer=True, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert done == [None] and len(PdfReader(tmp_path / "printed.pdf").pages) == 2
    assert set(Path(tempfile.gettempdir()).iterdir()) == before


def test_the_print_dialog_cancelled_gives_no_printer(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert pdf_output.ask_printer(None) is None
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert pdf_output.ask_printer(None) is not None


def test_a_file_that_cannot_be_written_is_said_and_the_caller_settles(qtbot, tmp_path: Path, settings: QSettings,
                                                                      runner: TaskRunner,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "no-such-folder" / "r.pdf"
    _save_dialog(monkeypatch, target)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    settled: list[bool] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    pdf_output.output_report(parent, runner, "t", "r.pdf", _two_page_pdf, on_done=lambda p: pytest.fail("done"),
                             on_error=lambda exc: pytest.fail("not a rendering failure"),
                             on_settled=lambda: settled.append(True), settings=settings)
    qtbot.waitUntil(lambda: bool(settled), timeout=10000)
    assert len(warned) == 1 and str(target) in warned[0] and not target.parent.exists()
