"""The 品牌培育 area on the demo: the plans and the chosen plan's funnel and shops (every list through the
model tester), a new plan made from its proposal with a shop ticked off and one added by hand, field
errors under the fields, a rationed product refused, unsaved edits asked about, a shop's dossier opened."""
from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from domain.cultivation.model import Stage
from domain.services.cultivation import list_plans, plan_detail
from gui.context import AppContext
from gui.cultivation.cultivation_page import CultivationPage
from tests.gui.conftest import page_factory
from tests.gui.dossier_demo import TODAY


@pytest.fixture
def make_page(qtbot, demo_ctx: AppContext, settings) -> Iterator[Callable[..., CultivationPage]]:
    yield from page_factory(qtbot, settings, CultivationPage, demo_ctx, (1166, 708))


def settle(page: CultivationPage) -> None:
    runner = page._runner
    while True:
        runner.wait()
        QApplication.processEvents()
        if not runner.busy:
            break


def test_the_demo_plan_shows_its_funnel_and_shops(make_page, demo_ctx: AppContext, qtmodeltester) -> None:
    page = make_page()
    settle(page)
    (plan,) = page.plans_model.rows
    assert plan.product.name == "黄鹤楼(硬珍品)" and not plan.plan.closed
    assert page.detail is not None and page.detail.summary.plan.id == plan.plan.id
    stages = [t.progress.stage for t in page.targets_model.rows]
    assert stages == sorted(stages, reverse=True) and Stage.RECOMMENDED in stages and len(set(stages)) >= 3
    assert "Reorder rate" in page.funnel_line.text() or "复购率" in page.funnel_line.text()
    for model in (page.plans_model, page.targets_model):
        qtmodeltester.check(model)


def test_a_new_plan_from_its_proposal_keeps_the_shop_added_by_hand(make_page, demo_ctx: AppContext, qtbot,
                                                                    qtmodeltester) -> None:
    page = make_page()
    settle(page)
    page.new_button.click()
    assert page.showing_editor
    editor = page.editor
    editor.product.setCurrentIndex(editor.product.findText("玉溪(软)", Qt.MatchFlag.MatchContains))
    editor.target_shops.setValue(5)
    editor.propose_button.click()
    settle(page)
    rows = editor.model.rows
    assert rows and len(editor.model.ticked_ids()) == min(5, len(rows))
    qtmodeltester.check(editor.model)
    dropped = editor.model.ticked_ids()[0]
    editor.model.setData(editor.model.index(0, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    proposed = {r.customer_id for r in rows}
    extra = next(n for n in range(editor.add_shop.count()) if editor.add_shop.itemData(n) not in proposed)
    extra_id = editor.add_shop.itemData(extra)
    editor.add_shop.setCurrentIndex(extra)
    editor.add_button.click()
    settle(page)
    assert extra_id in editor.model.ticked_ids() and dropped not in editor.model.ticked_ids()
    editor.propose_button.click()  # a new proposal keeps the hand-added shop and the untick
    settle(page)
    assert extra_id in editor.model.ticked_ids() and dropped not in editor.model.ticked_ids()
    wanted = set(editor.model.ticked_ids())
    editor.save_button.click()
    settle(page)
    assert not page.showing_editor
    plans = list_plans(demo_ctx.uow(), TODAY)
    new = next(p for p in plans if p.product.name == "玉溪(软)")
    targets = plan_detail(demo_ctx.uow(), new.plan.id or 0, TODAY).targets
    assert {t.row.target.customer_id for t in targets} == wanted
    assert [t.row.target.customer_id for t in targets if t.row.target.by_hand] == [extra_id]


def test_field_errors_show_under_the_fields_and_a_rationed_product_is_refused(make_page, qtbot) -> None:
    page = make_page()
    settle(page)
    page.new_button.click()
    editor = page.editor
    editor.product.setCurrentIndex(editor.product.findText("中华(硬)", Qt.MatchFlag.MatchContains))
    editor.propose_button.click()
    settle(page)
    assert "rationed" in editor.warning.text() or "紧俏" in editor.warning.text()
    editor.product.setCurrentIndex(editor.product.findText("玉溪(软)", Qt.MatchFlag.MatchContains))
    editor.has_target_by.setChecked(True)
    editor.target_by.setDate(QDate(2020, 1, 1))
    editor.save_button.click()
    settle(page)
    assert page.showing_editor
    assert editor.rows["target_by"].error.isVisibleTo(editor) and editor.rows["target_by"].error.text()


def test_leaving_unsaved_edits_asks(make_page, monkeypatch) -> None:
    page = make_page()
    settle(page)
    page.new_button.click()
    page.editor.note.setText("新品")
    page.editor.note.textEdited.emit("新品")
    assert page.unsaved_work()
    asked: list[str] = []

    def answer(*args: object, **kw: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.editor.cancel_button.click()
    assert asked and page.showing_editor
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    page.editor.cancel_button.click()
    assert not page.showing_editor and not page.unsaved_work()


def test_a_target_shop_opens_its_dossier(make_page, qtbot) -> None:
    page = make_page()
    settle(page)
    page.targets_view.selectRow(0)
    with qtbot.waitSignal(page.open_customer, timeout=2000) as opened:
        page.dossier_button.click()
    assert opened.args == [page.targets_model.rows[0].row.target.customer_id]


def test_editing_a_plan_keeps_its_shops_and_an_untick_takes_one_off(make_page, demo_ctx: AppContext) -> None:
    page = make_page()
    settle(page)
    before = {t.row.target.customer_id for t in page.targets_model.rows}
    page.edit_button.click()
    settle(page)
    editor = page.editor
    assert page.showing_editor and not editor.product.isEnabled()
    plan_rows = [r for r in editor.model.rows if r.on_plan]
    assert {r.customer_id for r in plan_rows} == before and set(editor.model.ticked_ids()) >= before
    gone = plan_rows[0].customer_id
    editor.model.setData(editor.model.index(0, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    kept = set(editor.model.ticked_ids())
    editor.save_button.click()
    settle(page)
    assert not page.showing_editor
    plan_id = page.plans_model.rows[0].plan.id or 0
    after = {t.row.target.customer_id for t in plan_detail(demo_ctx.uow(), plan_id, TODAY).targets}
    assert gone not in after and after == kept


def test_closing_and_reopening_a_plan(make_page, demo_ctx: AppContext) -> None:
    page = make_page()
    settle(page)
    page.close_button.click()
    settle(page)
    assert page.plans_model.rows[0].plan.closed and page.close_button.text() in ("Reopen plan", "重新开启计划")
    assert not page.edit_button.isEnabled()
    page.close_button.click()
    settle(page)
    assert not list_plans(demo_ctx.uow(), TODAY)[0].plan.closed
