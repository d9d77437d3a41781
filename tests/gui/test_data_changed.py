"""One "data changed" notice: an import or the undo of one says what it changed, and the page in front
reloads at once (the others reload when shown) — no F5 needed."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

import main
from domain.importing.columns import auto_mapping
from domain.importing.sales import SALES_COLUMNS
from domain.importing.table import locate_header
from domain.services.sales_import import import_sales
from gui.common import data_events
from gui.importing.dialog import ImportDialog
from gui.importing.entry_points import SalesImportDialog
from gui.importing.history import ImportHistoryDialog
from gui.main_window import MainWindow

HEADER = "2026年10月 订单明细\r\n订单日期,专卖许可证号,客户名称,卷烟编码,卷烟名称,需求量,订足量,批发价,金额\r\n"
LINES = ("2026-10-05,530102100001,北环路烟酒店,6901028001,中华(硬),5,3,390.00,\"1,170.00\"\r\n"
         "2026/10/06,530102100002,张伟便利店,6901028002,云烟(紫),10,10,92.00,920.00\r\n")
NEW_SHOP = "2026-10-07,530102100009,新开张便利店,6901028002,云烟(紫),2,2,92.00,184.00\r\n"
NOW = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def shop_window(qtbot, stocked, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(stocked, main.RESOURCES / "icons", settings=settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    while w.runner.busy:
        w.runner.wait()
        qtbot.wait(10)


def _orders_file(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "订单.csv"
    path.write_text(HEADER + LINES + extra, encoding="utf-8")
    return path


def _show_analysis(qtbot, window: MainWindow) -> None:
    page = window.analysis_page
    with qtbot.waitSignal(page.loaded, timeout=10000):
        window.sidebar.setCurrentRow(window.pages.indexOf(page))


def test_import_then_read_again_then_close_shows_the_new_month(qtbot, shop_window, tmp_path, monkeypatch) -> None:
    page = shop_window.analysis_page
    _show_analysis(qtbot, shop_window)
    assert page.months == []
    path = _orders_file(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(path), "")))

    def import_read_again_close(self: ImportDialog) -> int:
        qtbot.waitUntil(lambda: self.import_button.isEnabled(), timeout=15000)
        with qtbot.waitSignal(self.imported, timeout=15000):
            self.import_button.click()
        self.reload_button.click()  # 重新读取: the file again, as after correcting it
        qtbot.waitUntil(lambda: self.preview is not None or bool(self.status_label.property("problem")),
                        timeout=15000)
        return 0  # closed

    monkeypatch.setattr(SalesImportDialog, "exec", import_read_again_close)
    page.import_orders()
    qtbot.waitUntil(lambda: len(page.months) == 1, timeout=10000)
    assert page.months[0].strftime("%Y-%m") == "2026-10"


def test_a_notice_reloads_the_page_in_front(qtbot, shop_window, stocked, tmp_path) -> None:
    page = shop_window.analysis_page
    _show_analysis(qtbot, shop_window)
    table = locate_header(stocked.files.read_table(_orders_file(tmp_path), large=True), SALES_COLUMNS.is_known)
    import_sales(stocked.uow(), table, auto_mapping(table.headers, SALES_COLUMNS), now=NOW, backups=stocked.backups)
    assert page.months == []  # written behind the page's back
    with qtbot.waitSignal(page.loaded, timeout=10000):
        stocked.events.notify(data_events.ORDERS)
    assert len(page.months) == 1


def test_an_import_says_what_it_changed(qtbot, stocked, tmp_path) -> None:
    from gui.workers import TaskRunner

    runner = TaskRunner()
    heard: list[str] = []
    stocked.events.changed.connect(heard.append)
    dialog = SalesImportDialog(stocked, runner)
    qtbot.addWidget(dialog)
    dialog.open_file(_orders_file(tmp_path, NEW_SHOP))
    qtbot.waitUntil(lambda: dialog.create_button.isEnabled(), timeout=15000)
    dialog.create_missing()  # the new shop of the file
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=15000)
    with qtbot.waitSignal(dialog.imported, timeout=15000):
        dialog.import_button.click()
    assert heard == [data_events.CUSTOMERS, data_events.ORDERS]
    dialog.reload_button.click()  # read again: what was imported stays imported
    qtbot.waitUntil(lambda: dialog.preview is not None or bool(dialog.status_label.property("problem")),
                    timeout=15000)
    assert dialog.changed_any and dialog.created_any
    dialog.done(0)
    runner.wait()


def test_an_undo_says_the_orders_changed(qtbot, stocked, tmp_path, monkeypatch) -> None:
    from gui.workers import TaskRunner

    table = locate_header(stocked.files.read_table(_orders_file(tmp_path), large=True), SALES_COLUMNS.is_known)
    result = import_sales(stocked.uow(), table, auto_mapping(table.headers, SALES_COLUMNS), now=NOW, backups=stocked.backups)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    runner = TaskRunner()
    dialog = ImportHistoryDialog(stocked, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=15000)
    dialog.select_batch(result.batch_id)
    with qtbot.waitSignal(stocked.events.changed, timeout=15000) as heard:
        dialog.undo_button.click()
    assert heard.args == [data_events.ORDERS]
    runner.wait()
