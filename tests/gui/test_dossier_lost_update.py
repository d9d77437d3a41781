"""A star evaluation recorded while the dossier form is open must survive saving the form."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from domain.model.products import Product
from domain.services.customers import get_customer
from domain.services.products import list_products, save_product
from gui.customers.dossier import DossierPanel
from gui.customers.star_tab import StarEvaluationTab
from gui.products.catalogue_page import CataloguePage
from tests.gui.dossier_demo import dispose


def test_edit_phone_then_record_an_evaluation_then_save_keeps_the_evaluation(qtbot, demo_ctx, runner, worked_example_id) -> None:  # noqa: F811
    panel = DossierPanel(demo_ctx, runner, [("Stars", StarEvaluationTab)])
    panel.resize(1100, 700)
    panel.show()
    stars_tab = panel.extra_tabs[0]
    with qtbot.waitSignal(panel.loaded, timeout=5000), qtbot.waitSignal(stars_tab.loaded, timeout=5000):
        panel.show_customer(worked_example_id)
    form = panel.form
    assert (form.star_level.currentData(), form.integrity.currentData()) == (5, "A")

    form.phone.selectAll()
    qtbot.keyClicks(form.phone, "13912345678")
    assert panel.dirty

    panel.tabs.setCurrentWidget(stars_tab)
    stars_tab.new_evaluation()
    dialog = stars_tab.dialog
    for box in dialog.score_boxes.values():
        box.setValue(0)
    dialog.integrity.setCurrentIndex(dialog.integrity.findData("B"))
    with qtbot.waitSignal(stars_tab.loaded, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (get_customer(demo_ctx.uow(), worked_example_id).star_level,) == (1,)

    with qtbot.waitSignal(panel.saved, timeout=5000):
        panel.save()
    stored = get_customer(demo_ctx.uow(), worked_example_id)
    assert (stored.phone, stored.star_level, stored.integrity_grade) == ("13912345678", 1, "B")
    # and the form now shows what is stored, so a second save writes nothing stale either
    assert (form.star_level.currentData(), form.integrity.currentData()) == (1, "B")
    assert not panel.dirty
    dispose(panel, runner)


def test_a_product_edit_keeps_a_price_written_while_the_form_was_open(qtbot, demo_ctx, runner) -> None:  # noqa: F811
    page = CataloguePage(demo_ctx, runner)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    page.table.setCurrentIndex(page.model.index(0, 1))
    product = page.model.rows[0]
    page.form.is_scarce.setChecked(not product.is_scarce)
    # meanwhile an import rewrites the product's wholesale price
    new_price = product.wholesale_price + Decimal("1.00")
    save_product(demo_ctx.uow(), Product(**{**product.__dict__, "wholesale_price": new_price}))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.save()
    stored = next(p for p in list_products(demo_ctx.uow()) if p.id == product.id)
    assert (stored.is_scarce, stored.wholesale_price) == (not product.is_scarce, new_price)
    dispose(page, runner)
