"""Custom fields through the window: defined in 设置 (a refused name keeps what was typed), typed into the
dossier and saved, and offered by the value-tier editor as the contribution measure."""
from __future__ import annotations

from decimal import Decimal

from domain.model.custom_fields import CustomField
from domain.model.customers import Customer
from domain.services.custom_fields import custom_fields, save_custom_field
from domain.services.customers import get_customer
from domain.services.tier_schemes import load_scheme
from domain.tiers.schemes import ContributionMeasure, SchemeKind
from gui.customers.dossier import DossierPanel
from gui.settings.custom_fields_editor import CustomFieldsEditor
from gui.settings.tier_editor import ValueTierSchemeEditor
from tests.gui.dossier_demo import dispose


def test_a_field_is_added_renamed_and_archived_in_the_settings(qtbot, ctx, runner) -> None:
    editor = CustomFieldsEditor(ctx, runner)
    editor.show()
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.refresh()
    assert editor.model.rowCount() == 0 and not editor.edit_button.isEnabled()
    with qtbot.waitSignal(editor.field_dialog_opened) as opened:
        editor.new_button.click()
    dialog = opened.args[0]
    dialog.name.setText("许可证号")  # a dossier column: refused, the dialog stays with the text
    dialog.unit.setText("万元")
    dialog.save()
    qtbot.waitUntil(lambda: "already a column" in dialog.rows["name"].error.text(), timeout=5000)
    assert dialog.isVisible() and dialog.name.text() == "许可证号"
    dialog.name.setText("管户资产")
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        dialog.save()
    assert [(f.name, f.unit) for f in custom_fields(ctx.uow())] == [("管户资产", "万元")]
    assert editor.model.index(0, 0).data() == "管户资产"
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.archive_button.click()
    assert custom_fields(ctx.uow()) == [] and editor.archive_button.text() == "Bring back"
    dispose(editor, runner)


def test_the_dossier_keeps_a_custom_value_and_the_tier_editor_offers_the_field(qtbot, ctx, runner) -> None:
    field = save_custom_field(ctx.uow(), CustomField("管户资产", "万元"))
    assert field.id is not None
    with ctx.uow() as uow:
        shop_id = uow.customers.add(Customer("530102100001", "甲店"))
        uow.commit()
    panel = DossierPanel(ctx, runner, [])
    panel.resize(1100, 700)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.show_customer(shop_id)
    box = panel.form._custom_edits[field.id]
    assert panel.form.custom_box.isVisibleTo(panel) and box.text() == ""
    qtbot.keyClicks(box, "1,234.5x")  # the letter is not taken
    assert box.text() == "1,234.5" and panel.dirty
    with qtbot.waitSignal(panel.saved, timeout=5000):
        panel.save()
    assert get_customer(ctx.uow(), shop_id).custom_values == {field.id: Decimal("1234.5")}
    dispose(panel, runner)

    editor = ValueTierSchemeEditor(ctx, runner)
    editor.show()
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.refresh()
    index = editor.contribution.findText("Custom field: 管户资产（万元）")
    assert index > 0
    editor.contribution.setCurrentIndex(index)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save_button.click()
    stored = load_scheme(ctx.uow(), SchemeKind.VALUE_TIER)
    assert (stored.contribution, stored.contribution_field_id) == (ContributionMeasure.CUSTOM, field.id)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.refresh()
    assert editor.contribution.currentText() == "Custom field: 管户资产（万元）"
    dispose(editor, runner)
