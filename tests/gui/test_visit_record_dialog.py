"""The visit record dialog on the demo workspace: recorded step by step with the keyboard and the mouse,
a follow-up made from an entry comes back in the follow-up list and in the next visit's preparation, a
photo is stored beside the database and removed with its visit, and a draft survives the form being
destroyed without saving."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from domain.model.visits import EntryKind, FollowUpStatus, VisitStatus, VisitStep
from domain.services.order_suggestions import order_suggestions
from domain.services.visit_history import visit_history
from domain.services.visit_records import visit_preparation
from domain.visits.record_views import VisitFilter
from gui.visits import record_dialog
from gui.visits.follow_ups_view import FollowUpsView
from gui.visits.history_view import VisitHistoryView
from gui.visits.record_dialog import VisitRecordDialog
from gui.visits.record_models import EntryModel, InventoryModel
from tests.gui.dossier_demo import TODAY, dispose


def _open(qtbot, ctx, runner, customer_id: int, day: date = TODAY, visit_id: int | None = None):  # noqa: F811
    dialog = VisitRecordDialog(ctx, runner, customer_id, day, visit_id)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.form is not None or dialog.status.text() != "", timeout=10000)
    qtbot.waitUntil(lambda: not dialog._filling, timeout=10000)
    return dialog


def type_into(qtbot, widget, text: str) -> None:
    """Type like a user; Chinese goes in as an input method would commit it (QTest types ASCII only)."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif hasattr(widget, "insertPlainText"):
        widget.moveCursor(QTextCursor.MoveOperation.End)
        widget.insertPlainText(text)
    else:
        widget.insert(text)


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "camera" / "柜台 陈列.png"
    path.parent.mkdir()
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3d6a96"))
    assert image.save(str(path))
    return path


def test_record_a_visit_step_by_step(qtbot, demo_ctx, runner, worked_example_id, photo, monkeypatch,  # noqa: F811
                                     qtmodeltester, no_warnings) -> None:
    cid = worked_example_id
    with demo_ctx.uow() as uow:
        planned = uow.visits.find_planned(cid, TODAY)  # the demo plans the worked example today
    assert planned is not None
    dialog = _open(qtbot, demo_ctx, runner, cid, TODAY, planned.id)
    form = dialog.form
    assert form is not None and form.record.visit_id == planned.id and form.status is VisitStatus.PLANNED
    assert "北环路" in dialog.title.text()
    assert "带最新一期《读者》杂志给王建国" in dialog.preparation.text.text()  # an open follow-up, prepared

    # store check: price labels incomplete, 2 missing; a photo
    dialog.tabs.setCurrentWidget(dialog.store_check)
    dialog.store_check.labels.setCurrentIndex(2)
    dialog.store_check.missing.setValue(2)
    type_into(qtbot, dialog.store_check.note, "补了两张价签")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], ""))
    qtbot.mouseClick(dialog.store_check.add_photos, Qt.MouseButton.LeftButton)
    qtmodeltester.check(dialog.store_check.photos)

    # stock count: typed into the first two rows, Enter moves down the stock column
    inv = dialog.inventory
    qtmodeltester.check(inv.model)
    dialog.tabs.setCurrentWidget(inv)
    inv.view.setFocus()
    inv.view.setCurrentIndex(inv.model.index(0, InventoryModel.STOCK))
    for typed in ("3", "1"):
        qtbot.keyClicks(inv.view, typed)
        editor = inv.view.focusWidget()
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()  # the delegate commits on a queued call
    assert [r.stock for r in inv.model.rows[:3]] == [3, 1, None]
    first = inv.model.suggestion(0)
    assert first.quantity is not None and first.stock == 3
    assert inv.model.ordered(0) == first.quantity  # the order follows the suggestion …
    inv.model.setData(inv.model.index(1, InventoryModel.ORDERED), "7")
    assert inv.model.ordered(1) == 7  # … until typed over
    inv.view.setCurrentIndex(inv.model.index(0, InventoryModel.SUGGESTED))
    assert f"− stock 3 = suggest {first.quantity}" in inv.explanation.text()

    # service: a recommendation with the owner's answer
    dialog.tabs.setCurrentWidget(dialog.service)
    dialog.service.product_box.setEditText("黄金叶(乐途)")
    dialog.service.answer_box.setEditText("愿意试销")
    qtbot.mouseClick(dialog.service.recommend_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(dialog.service.model)

    # record: a need typed and made a follow-up with the quick line, an owner note added in the table
    dialog.tabs.setCurrentWidget(dialog.record)
    rec = dialog.record
    rec.kind_box.setCurrentIndex(0)  # need
    type_into(qtbot, rec.text, "希望增加中华(硬)的供货")
    rec.follow_up.setChecked(True)
    qtbot.keyClick(rec.text, Qt.Key.Key_Return)
    type_into(qtbot, rec.text, "对面店让价销售")
    rec.kind_box.setCurrentIndex(4)  # competitor information
    qtbot.keyClick(rec.text, Qt.Key.Key_Return)
    assert [(e.kind, e.follow_up) for e in rec.model.entries] == [(EntryKind.NEED, True),
                                                                  (EntryKind.COMPETITOR_INFO, False)]
    assert rec.model.setData(rec.model.index(0, EntryModel.NOTE), "店主很着急")
    # the competitor entry becomes a follow-up with the check box in the table
    assert rec.model.setData(rec.model.index(1, EntryModel.FOLLOW_UP), Qt.CheckState.Checked.value,
                             Qt.ItemDataRole.CheckStateRole)
    assert rec.model.entries[1].due_on == form.record.next_visit_on  # due at the next visit by default
    rec.model.setData(rec.model.index(1, EntryModel.FOLLOW_UP), Qt.CheckState.Unchecked.value,
                      Qt.ItemDataRole.CheckStateRole)
    qtmodeltester.check(rec.model)

    # summary and next visit
    dialog.tabs.setCurrentWidget(dialog.summary)
    type_into(qtbot, dialog.summary.summary, "经营正常，价签已补齐")
    assert "希望增加中华(硬)的供货" in dialog.summary.follow_ups.text()
    assert dialog.dirty

    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    visit_id = saved.args[0]
    assert visit_id == planned.id and dialog.result() == dialog.DialogCode.Accepted

    with demo_ctx.uow() as uow:
        visit = uow.visits.get(visit_id)
        follow_ups = uow.visits.follow_ups_of(visit_id)
        photos = uow.visits.photos(visit_id)
    assert visit.status is VisitStatus.DONE and visit.summary == "经营正常，价签已补齐"
    assert (visit.store_check.price_labels_complete, visit.store_check.price_labels_missing,
            visit.store_check.note) == (False, 2, "补了两张价签")
    assert [(c.stock_qty, c.ordered_qty) for c in sorted(visit.inventory, key=lambda c: c.stock_qty)] == [
        (1, 7), (3, first.quantity)]
    assert [(e.step, e.kind) for e in visit.entries] == [
        (VisitStep.SERVICE, EntryKind.RECOMMENDATION), (VisitStep.RECORD, EntryKind.NEED),
        (VisitStep.RECORD, EntryKind.COMPETITOR_INFO)]
    assert "黄金叶(乐途)" in visit.entries[0].text and "愿意试销" in visit.entries[0].text
    assert [(f.text, f.owner_note, f.status) for f in follow_ups] == [
        ("希望增加中华(硬)的供货", "店主很着急", FollowUpStatus.OPEN)]
    assert [p.original_name for p in photos] == ["柜台 陈列.png"]
    stored = demo_ctx.attachments.path(photos[0].stored_name)
    assert stored.read_bytes() == photo.read_bytes() and stored.parent.parent.name == "attachments"
    assert demo_ctx.drafts.load(dialog.drafts.key) is None  # saving deleted the draft
    dispose(dialog, runner)

    # the follow-up is on the list …
    view = FollowUpsView(demo_ctx, runner)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.refresh()
    qtmodeltester.check(view.model)
    item = next(i for i in view.model.rows if i.text == "希望增加中华(硬)的供货")
    assert (item.visit_on, item.owner_note, item.customer_name) == (TODAY, "店主很着急", "北环路烟酒店")

    # … and in the next visit's preparation, until done
    next_visit = TODAY + timedelta(days=7)
    prep = visit_preparation(demo_ctx.uow(), cid, next_visit)
    assert "希望增加中华(硬)的供货" in [f.text for f in prep.open_follow_ups]
    following = _open(qtbot, demo_ctx, runner, cid, next_visit)
    assert "希望增加中华(硬)的供货" in following.preparation.text.text()
    assert "经营正常，价签已补齐" in following.preparation.text.text()  # the last visit
    dispose(following, runner)

    view.view.selectRow(view.model.rows.index(item))
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert item.id not in [i.id for i in view.model.rows]
    assert "希望增加中华(硬)的供货" not in [f.text for f in visit_preparation(demo_ctx.uow(), cid, next_visit).open_follow_ups]
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert item.id in [i.id for i in view.model.rows]

    # deleting the visit from the history removes the photo file
    history = VisitHistoryView(demo_ctx, runner)
    history.show()
    with qtbot.waitSignal(history.loaded, timeout=10000):
        history.refresh()
    row = next(n for n, r in enumerate(history.model.rows) if r.visit_id == visit_id)
    assert history.model.rows[row].photos == 1
    history.view.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(history.loaded, timeout=10000):
        qtbot.mouseClick(history.delete_button, Qt.MouseButton.LeftButton)
    assert not stored.exists()
    assert visit_id not in [r.visit_id for r in history.model.rows]
    for widget in (view, history):
        dispose(widget, runner)


def test_draft_survives_the_form_destroyed_without_saving(qtbot, demo_ctx, runner, worked_example_id,  # noqa: F811
                                                          monkeypatch, no_warnings) -> None:
    cid, day = worked_example_id, TODAY + timedelta(days=3)
    dialog = _open(qtbot, demo_ctx, runner, cid, day)
    dialog.drafts.autosave.setInterval(50)
    type_into(qtbot, dialog.summary.summary, "店主外出，")
    dialog.record.add_entry(VisitStep.RECORD, EntryKind.COMPLAINT, "订货终端登录不上", follow_up=True)
    type_into(qtbot, dialog.record.text, "还没按回车的一条")
    with qtbot.waitSignal(dialog.drafts.written, timeout=3000):
        type_into(qtbot, dialog.summary.summary, "与家属沟通")
    key = dialog.drafts.key
    assert key == f"customer-{cid}-{day.isoformat()}"
    # a crash: the window goes away without closing, nothing more is written
    dialog.hide()
    dialog.deleteLater()
    QApplication.processEvents()
    runner.wait()

    asked: list[str] = []

    def restore(parent, title, text, *rest):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", restore)
    again = _open(qtbot, demo_ctx, runner, cid, day)
    assert len(asked) == 1 and "draft" in asked[0]
    assert again.summary.summary.toPlainText() == "店主外出，与家属沟通"
    assert [(e.text, e.follow_up) for e in again.record.model.entries] == [
        ("订货终端登录不上", True), ("还没按回车的一条", False)]
    assert again.dirty and "restored" in again.status.text()

    # closing: keep the draft for later (written at once), then open and discard it
    monkeypatch.setattr(record_dialog, "ask_unsaved", lambda parent: "keep")
    type_into(qtbot, again.summary.summary, "。")
    again.reject()
    assert again.result() == again.DialogCode.Rejected and not again.isVisible()
    assert "与家属沟通。" in (demo_ctx.drafts.load(key) or "")
    dispose(again, runner)

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    third = _open(qtbot, demo_ctx, runner, cid, day)
    assert third.summary.summary.toPlainText() == "" and not third.dirty
    assert demo_ctx.drafts.load(key) is None  # declined: discarded
    third.reject()  # nothing typed: closes without asking
    assert not third.isVisible()
    dispose(third, runner)


def test_closing_with_edits_asks_and_can_stay_or_discard(qtbot, demo_ctx, runner, worked_example_id,  # noqa: F811
                                                         monkeypatch, no_warnings) -> None:
    dialog = _open(qtbot, demo_ctx, runner, worked_example_id, TODAY + timedelta(days=1))
    type_into(qtbot, dialog.summary.summary, "x")
    answers = iter(["cancel", "discard"])
    monkeypatch.setattr(record_dialog, "ask_unsaved", lambda parent: next(answers))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # stayed
    # Enter in a field never clicks a button (Add photos… would open a file dialog)
    assert not [b.text() for b in dialog.findChildren(QPushButton) if b.autoDefault() or b.isDefault()]
    qtbot.keyClick(dialog.store_check.note, Qt.Key.Key_Return)
    dialog.save_draft()
    assert demo_ctx.drafts.load(dialog.drafts.key) is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert demo_ctx.drafts.load(dialog.drafts.key) is None
    dispose(dialog, runner)


def test_invalid_record_is_shown_not_saved(qtbot, demo_ctx, runner, worked_example_id, no_warnings) -> None:  # noqa: F811
    dialog = _open(qtbot, demo_ctx, runner, worked_example_id, TODAY + timedelta(days=2))
    dialog.summary.has_next.setChecked(True)
    dialog.summary.next_visit.setDate(dialog.summary.next_visit.date().addDays(-30))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert "next visit must be after" in dialog.error.text()
    assert dialog.summary.next_error.isVisible() and dialog.isVisible()
    dialog.dirty = False
    dispose(dialog, runner)


def test_a_done_visit_reopens_with_its_record(qtbot, demo_ctx, runner, qtmodeltester, no_warnings) -> None:  # noqa: F811
    rows = visit_history(demo_ctx.uow(), VisitFilter(status=VisitStatus.DONE))
    row = next(r for r in rows if r.entries >= 2 and r.visit_type == "in_person")
    dialog = _open(qtbot, demo_ctx, runner, row.customer_id, row.planned_on, row.visit_id)
    record = dialog.current_record()
    assert record.visit_id == row.visit_id and len(record.entries) == row.entries
    assert record.summary == row.summary
    assert dialog.form is not None and dialog.form.status is VisitStatus.DONE
    assert dialog.has_times.isChecked()  # the demo visits have times
    assert not dialog.dirty
    for model in (dialog.service.model, dialog.record.model, dialog.inventory.model):
        qtmodeltester.check(model)
    dialog.reject()
    dispose(dialog, runner)


def test_the_suggested_order_is_the_handbooks(qtbot, demo_ctx, runner, worked_example_id, qtmodeltester,  # noqa: F811
                                              monkeypatch, no_warnings) -> None:
    """The record's suggestion is computed from the same cycle demand as the handbook's page: typed the
    same stock, it gives the same cartons; its explanation starts from the month's forecast."""
    cid = worked_example_id
    orders = order_suggestions(demo_ctx.uow(), [cid], TODAY, demo_ctx.holidays)  # as the dialog: with the holidays
    dialog = _open(qtbot, demo_ctx, runner, cid, TODAY)
    model = dialog.inventory.model
    qtmodeltester.check(model)
    assert dialog.form is not None and dict(model.demands) == orders.demands(cid) and model.demands
    assert "forecast" in dialog.inventory.rule.text()
    by_id = {o.product_id: o for o in orders.of(cid)}
    rows = [n for n, r in enumerate(model.rows) if r.product.id in by_id]
    assert rows
    for n, stock in zip(rows, (0, 1, 2, 40), strict=False):
        assert model.setData(model.index(n, InventoryModel.STOCK), str(stock))
        handbook = replace(by_id[model.rows[n].product.id], last_stock=stock).suggestion
        assert model.suggestion(n).quantity == handbook.quantity
        assert model.ordered(n) == handbook.quantity
    dialog.inventory.view.setCurrentIndex(model.index(rows[0], InventoryModel.SUGGESTED))
    assert ": Forecast " in dialog.inventory.explanation.text()
    assert "− stock 0 = suggest" in dialog.inventory.explanation.text()
    monkeypatch.setattr(record_dialog, "ask_unsaved", lambda parent: "discard")
    dialog.reject()
    dispose(dialog, runner)
