"""The dossier's "Print dossier" button: the PDF is rendered on the task runner and handed to the viewer."""
from __future__ import annotations

from pathlib import Path

from gui.customers.dossier import DossierPanel
from tests.gui.dossier_demo import dispose


def test_print_dossier_saves_the_pdf_under_the_shop_name_and_says_where(qtbot, demo_ctx, runner, worked_example_id,  # noqa: F811
                                                                       monkeypatch, tmp_path) -> None:
    suggested: list[str] = []
    monkeypatch.setattr("gui.common.report_files.QFileDialog.getSaveFileName",
                        lambda parent, title, name, filters: suggested.append(name) or (str(tmp_path / "d.pdf"), ""))
    told: list[str] = []
    monkeypatch.setattr("gui.common.pdf_output.ask_after_saving", lambda parent, title, path: told.append(str(path)))
    panel = DossierPanel(demo_ctx, runner)
    try:
        assert not panel.print_button.isEnabled()
        with qtbot.waitSignal(panel.loaded, timeout=10000):
            panel.show_customer(worked_example_id)
        assert panel.print_button.isEnabled()
        with qtbot.waitSignal(panel.report_written, timeout=20000) as written:
            panel.print_button.click()
        path = Path(written.args[0])
        assert path == tmp_path / "d.pdf" and path.read_bytes().startswith(b"%PDF")
        name = Path(suggested[0]).name
        assert name.startswith("Customer dossier-") and name.endswith(f"-{demo_ctx.today().isoformat()}.pdf")
        assert name != f"Customer dossier-{worked_example_id}-{demo_ctx.today().isoformat()}.pdf"  # the shop's name
        qtbot.waitUntil(lambda: told == [str(path)], timeout=5000)  # the message says where the file went
    finally:
        dispose(panel, runner)
