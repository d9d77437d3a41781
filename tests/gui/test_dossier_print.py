"""The dossier's "Print dossier" button: the PDF is rendered on the task runner and handed to the viewer."""
from __future__ import annotations

from pathlib import Path

from gui.customers.dossier import DossierPanel
from tests.gui.dossier_demo import demo_ctx, demo_file, dispose, runner, worked_example_id  # noqa: F401


def test_print_dossier_writes_the_pdf_and_opens_it(qtbot, demo_ctx, runner, worked_example_id,  # noqa: F811
                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr("gui.common.pdf_output.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    panel = DossierPanel(demo_ctx, runner)
    try:
        assert not panel.print_button.isEnabled()
        with qtbot.waitSignal(panel.loaded, timeout=10000):
            panel.show_customer(worked_example_id)
        assert panel.print_button.isEnabled()
        with qtbot.waitSignal(panel.report_written, timeout=20000) as written:
            panel.print_button.click()
        path = Path(written.args[0])
        try:
            assert path.exists() and path.read_bytes().startswith(b"%PDF")
            assert opened == [str(path)]
        finally:
            path.unlink(missing_ok=True)
    finally:
        dispose(panel, runner)
