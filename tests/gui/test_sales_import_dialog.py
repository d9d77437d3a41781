"""The order and product imports and the import history as a user drives them: an order file is
checked and imported under the progress dialog and the summary stays on screen; unknown customers
and products are listed and created from the dialog; Cancel during the import writes nothing; the
history undoes an order import after saying what goes; product and customer batches are not undone."""
from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from domain.importing.columns import auto_mapping
from domain.importing.sales import SALES_COLUMNS
from domain.importing.table import locate_header
from domain.model.customers import Customer
from domain.model.products import PriceClass
from domain.services.sales_import import import_sales
from gui.importing.dialog import ImportDialog
from gui.importing.entry_points import (
    ProductImportDialog,
    SalesImportDialog,
    run_product_import,
    run_sales_import,
    show_import_history,
)
from gui.importing.history import ImportHistoryDialog

HEADER = "2026年10月 订单明细\r\n订单日期,专卖许可证号,客户名称,卷烟编码,卷烟名称,需求量,订足量,批发价,金额\r\n"
LINES = ("2026-10-05,530102100001,北环路烟酒店,6901028001,中华(硬),5,3,390.00,\"1,170.00\"\r\n"
         "2026/10/06,530102100002,张伟便利店,6901028002,云烟(紫),10,10,92.00,920.00\r\n"
         "20261007,530102100001,北环路烟酒店,6901028002,云烟(紫),,2,,\r\n")
TOTAL = "合计,,,,,,15,,\"2,274.00\"\r\n"
NOW = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


def lines(ctx) -> list[tuple]:  # type: ignore[type-arg]
    with sqlite3.connect(ctx.workspace_path) as conn:
        return conn.execute("SELECT order_date, customer_id, product_id, requested_qty, supplied_qty, amount_fen,"
                            " batch_id FROM sales_lines ORDER BY order_date, id").fetchall()


def batches(ctx) -> list[tuple]:  # type: ignore[type-arg]
    with sqlite3.connect(ctx.workspace_path) as conn:
        return conn.execute("SELECT id, kind, status FROM import_batches ORDER BY id").fetchall()


def checked(qtbot, dialog: ImportDialog, path: Path) -> None:
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.status_label.property("problem"), timeout=15000)


def test_an_order_file_imports_under_the_progress_dialog(qtbot, qtmodeltester, stocked, runner, settings, tmp_path: Path, monkeypatch) -> None:
    reported: list[tuple[int, int]] = []
    shown: list[str] = []
    original_progress, original_open = ImportDialog._progressed, ImportDialog._open_progress

    def progressed(self, done: int, total: int) -> None:
        reported.append((done, total))
        original_progress(self, done, total)

    def open_progress(self, message, handle, reports):
        shown.append(message)
        original_open(self, message, handle, reports)

    monkeypatch.setattr(ImportDialog, "_progressed", progressed)
    monkeypatch.setattr(ImportDialog, "_open_progress", open_progress)
    path = tmp_path / "订单.csv"
    path.write_bytes((HEADER + LINES + TOTAL).encode("gbk"))
    dialog = SalesImportDialog(stocked, runner, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    checked(qtbot, dialog, path)
    assert "GB18030" in dialog.detected_label.text() and "header on line 2" in dialog.detected_label.text()
    status = dialog.status_label.text()
    assert "3 new order lines of 2026-10 (15 cartons, ¥2,274.00)" in status and "line 6" in status
    assert dialog.import_button.isEnabled() and not dialog.unknowns_view.isVisible()
    assert dialog.mapping == {0: "order_date", 1: "license_no", 2: "customer_name", 3: "product_code",
                              4: "product_name", 5: "requested_qty", 6: "supplied_qty", 7: "wholesale_price", 8: "amount"}
    qtmodeltester.check(dialog.preview_view.model())
    with qtbot.waitSignal(dialog.imported, timeout=15000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    result = signal.args[0]
    assert (result.added, result.already_present, result.months) == (3, 0, ("2026-10",))
    assert shown == ["Reading 订单.csv…", "Checking 3 rows…", "Importing 3 rows…"]
    # the service took its own backup, labelled for what it preceded
    assert [p.name.split("-", 3)[-1] for p in (tmp_path / "backups").glob("*.db")] == ["pre-import.db"]
    assert reported and reported[-1] == (6, 6)
    assert dialog.isVisible() and dialog.progress_dialog is None  # the summary stays on screen
    assert f"as batch {result.batch_id}: 3 order lines of 2026-10 (15 cartons, ¥2,274.00)" in dialog.status_label.text()
    assert not dialog.import_button.isEnabled()
    assert lines(stocked) == [("2026-10-05", 1, 1, 5, 3, 117000, result.batch_id),
                              ("2026-10-06", 2, 2, 10, 10, 92000, result.batch_id),
                              ("2026-10-07", 1, 2, 2, 2, 18400, result.batch_id)]
    assert list((tmp_path / "backups").glob("*.db"))  # a backup from just before
    # the same file again: nothing to add
    checked(qtbot, dialog, path)
    assert "already imported on" in dialog.status_label.text() and f"as batch {result.batch_id}" in dialog.status_label.text()
    assert not dialog.import_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.table is None


def test_unknown_customers_and_products_are_created_from_the_dialog(qtbot, qtmodeltester, stocked, runner, settings, tmp_path: Path) -> None:
    path = tmp_path / "新.csv"
    path.write_text(HEADER + LINES + "2026-10-08,530102199999,新开烟酒店,6901028999,黄鹤楼(新),2,2,245.00,490.00\r\n"
                    "2026-10-09,530102199999,新开烟酒店,6901028001,中华(硬),1,1,390,390\r\n", encoding="utf-8")
    dialog = SalesImportDialog(stocked, runner, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    checked(qtbot, dialog, path)
    assert dialog.status_label.property("problem") and not dialog.import_button.isEnabled()
    assert "1 customers and 1 products that are not in the workspace (2 lines)" in dialog.status_label.text()
    assert dialog.unknowns_view.isVisible() and dialog.create_button.isEnabled()
    model = dialog.unknowns
    qtmodeltester.check(model)
    shown = [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert shown == [["Customer", "530102199999", "新开烟酒店", "", "6", "2", "Yes"],
                     ["Product", "6901028999", "黄鹤楼(新)", "¥245.00", "6", "1", "Yes"]]
    with qtbot.waitSignal(dialog.references_created, timeout=15000) as created:
        dialog.create_button.click()
    assert (created.args[0].customers, created.args[0].products) == (1, 1)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=15000)
    assert "5 new order lines" in dialog.status_label.text() and not dialog.unknowns_view.isVisible()
    with qtbot.waitSignal(dialog.imported, timeout=15000):
        dialog.import_button.click()
    assert len(lines(stocked)) == 5
    assert [b[1] for b in batches(stocked)] == ["customers", "products", "sales"]


def test_cancel_during_the_import_writes_nothing(qtbot, stocked, runner, settings, tmp_path: Path) -> None:
    path = tmp_path / "订单.csv"
    path.write_text(HEADER + LINES, encoding="utf-8")
    entered, release = threading.Event(), threading.Event()
    backups = stocked.backups

    class SlowBackups:
        def take(self, reason):
            entered.set()  # the rows are checked; the writing waits for the test
            release.wait(10)
            return backups.take(reason)

        def take_if_changed(self, reason):
            return backups.take_if_changed(reason)

        def mark_failed(self, path):
            backups.mark_failed(path)

    stocked.backups = SlowBackups()
    dialog = SalesImportDialog(stocked, runner, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    checked(qtbot, dialog, path)
    dialog.import_button.click()
    qtbot.waitUntil(entered.is_set, timeout=15000)
    assert dialog.progress_dialog is not None
    dialog.reject()  # Esc while writing does nothing
    assert dialog.isVisible()
    dialog.progress_dialog.canceled.emit()  # the Cancel button
    release.set()
    qtbot.waitUntil(lambda: "cancelled" in dialog.status_label.text(), timeout=15000)
    assert dialog.status_label.text() == "The import was cancelled; nothing was written."
    assert lines(stocked) == [] and batches(stocked) == []
    assert dialog.import_result is None and dialog.progress_dialog is None


def test_the_history_undoes_an_order_import_after_saying_what_goes(qtbot, qtmodeltester, stocked, runner, settings, tmp_path: Path, monkeypatch) -> None:
    from domain.services.product_import import import_products

    path = tmp_path / "订单.csv"
    path.write_text(HEADER + LINES, encoding="utf-8")
    table = locate_header(stocked.files.read_table(path, large=True), SALES_COLUMNS.is_known)
    first = import_sales(stocked.uow(), table, auto_mapping(table.headers, SALES_COLUMNS), now=NOW, backups=stocked.backups)
    products = tmp_path / "p.csv"
    products.write_text("卷烟编码,卷烟名称,批发价\r\n6901028003,红塔山,85\r\n", encoding="utf-8")
    from domain.importing.products import PRODUCT_COLUMNS

    ptable = locate_header(stocked.files.read_table(products), PRODUCT_COLUMNS.is_known)
    import_products(stocked.uow(), ptable, auto_mapping(ptable.headers, PRODUCT_COLUMNS), now=NOW.replace(hour=9),
                    backups=stocked.backups)
    asked: list[str] = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = ImportHistoryDialog(stocked, runner, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=15000)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert [model.data(model.index(r, 2)) for r in range(2)] == ["Product import", "Order import"]  # newest first
    assert [model.data(model.index(r, 4)) for r in range(2)] == ["1", "3"]
    assert model.data(model.index(1, 5)) == "2026-10" and model.data(model.index(1, 6)) == "Imported"
    dialog.select_batch(model.rows[0].id)
    assert not dialog.undo_button.isEnabled()  # a product import is not undone
    dialog.select_batch(first.batch_id)
    assert dialog.undo_button.isEnabled()
    with qtbot.waitSignal(dialog.undone, timeout=15000):
        dialog.undo_button.click()
    assert asked == [f"Undo import {first.batch_id} (订单.csv)? Its 3 order lines will be deleted: 2026-10 (3). "
                     "A backup of the workspace is taken first."]
    assert lines(stocked) == []
    qtbot.waitUntil(lambda: model.data(model.index(1, 6)) == "Undone", timeout=15000)
    assert "3 order lines deleted (2026-10)" in dialog.status_label.text()
    assert not dialog.undo_button.isEnabled()
    assert len(list((tmp_path / "backups").glob("*-pre-undo.db"))) == 1


def test_a_declined_undo_changes_nothing_and_show_import_history_says_so(qtbot, stocked, runner, settings, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "订单.csv"
    path.write_text(HEADER + LINES, encoding="utf-8")
    table = locate_header(stocked.files.read_table(path, large=True), SALES_COLUMNS.is_known)
    result = import_sales(stocked.uow(), table, auto_mapping(table.headers, SALES_COLUMNS), now=NOW, backups=stocked.backups)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: answers.pop(0))

    def run_dialog(self: ImportHistoryDialog) -> int:
        qtbot.waitUntil(lambda: self.model.rowCount() == 1, timeout=15000)
        self.select_batch(result.batch_id)
        self.undo_button.click()
        qtbot.waitUntil(lambda: not answers[1:] and self.undo_button.isEnabled(), timeout=15000)
        assert len(lines(stocked)) == 3  # declined
        with qtbot.waitSignal(self.undone, timeout=15000):
            self.undo_button.click()
        return 0

    monkeypatch.setattr(ImportHistoryDialog, "exec", run_dialog)
    assert show_import_history(None, stocked, runner, settings) is True
    assert lines(stocked) == []
    monkeypatch.setattr(ImportHistoryDialog, "exec", lambda self: 0)
    assert show_import_history(None, stocked, runner, settings) is False


def test_run_sales_and_product_import_ask_for_a_file(qtbot, ctx, runner, settings, tmp_path: Path, monkeypatch) -> None:
    products = tmp_path / "卷烟.csv"
    products.write_text("卷烟规格\r\nProduct Code,Product Name,Price Class,Wholesale Price\r\n"
                        "6901028001,中华(硬),一类,390\r\n6901028002,云烟(紫),,92\r\n", encoding="utf-8-sig")
    customers = [Customer("530102100001", "北环路烟酒店"), Customer("530102100002", "张伟便利店")]
    with ctx.uow() as uow:
        uow.customers.add_many(customers)
        uow.commit()
    orders = tmp_path / "订单.csv"
    orders.write_text(HEADER + LINES, encoding="utf-8")
    picked = [str(products), str(orders), ""]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (picked.pop(0), "")))

    def run_dialog(self: ImportDialog) -> int:
        qtbot.waitUntil(lambda: self.import_button.isEnabled(), timeout=15000)
        with qtbot.waitSignal(self.imported, timeout=15000):
            self.import_button.click()
        return 1

    monkeypatch.setattr(ProductImportDialog, "exec", run_dialog)
    monkeypatch.setattr(SalesImportDialog, "exec", run_dialog)
    assert run_product_import(None, ctx, runner, settings) is True
    with ctx.uow() as uow:
        assert [(p.code, p.price_class) for p in uow.products.list()] == [
            ("6901028001", PriceClass.CLASS_1), ("6901028002", PriceClass.CLASS_2)]
    assert run_sales_import(None, ctx, runner, settings) is True
    assert len(lines(ctx)) == 3
    assert run_sales_import(None, ctx, runner, settings) is False  # no file chosen
