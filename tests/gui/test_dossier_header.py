"""The dossier's header line: the shop's name and its license number fit beside the five buttons at the
width the dossier has on a 1366-pixel screen, whichever CJK font draws them."""
from __future__ import annotations

from dataclasses import replace

from domain.model.customers import CustomerStatus
from gui.customers.dossier import DossierPanel
from gui.style import STYLESHEET
from tests.gui.dossier_demo import dispose


def test_the_name_and_license_number_are_not_cut(qtbot, demo_ctx, runner, worked_example_id, cjk_font) -> None:
    panel = DossierPanel(demo_ctx, runner, [])
    panel.setStyleSheet(STYLESHEET)
    panel.resize(680, 600)  # the dossier's share of a maximized window at 1366 × 768
    panel.show()
    try:
        with qtbot.waitSignal(panel.loaded, timeout=5000):
            panel.show_customer(worked_example_id)
        qtbot.wait(20)
        assert panel.title.text() == "北环路烟酒店" and panel.badge.text() == "530102100001"
        for label in (panel.title, panel.badge):
            assert label.width() >= label.sizeHint().width(), (label.text(), cjk_font.families()[0])
        assert "530102100001" in panel.badge.toolTip()
    finally:
        dispose(panel, runner)


def test_a_status_other_than_active_is_shown(qtbot, demo_ctx, runner, worked_example_id) -> None:
    panel = DossierPanel(demo_ctx, runner, [])
    try:
        with demo_ctx.uow() as uow:
            customer = uow.customers.get(worked_example_id)
        assert customer is not None
        panel._show_header(replace(customer, status=CustomerStatus.SUSPENDED))
        assert panel.badge.text().startswith("530102100001 · ")
    finally:
        dispose(panel, runner)
