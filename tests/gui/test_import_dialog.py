"""The import dialog and the export as a user drives them: a file with a bad row shows the row and
keeps Import disabled; a good file imports; the mapping can be corrected; Esc closes; the export
writes what the list shows, formula-like names as text."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from domain.importing.customers import CUSTOMER_COLUMNS
from domain.read_models import CustomerListRow
from domain.services.customers import list_customers
from gui.common.row_model import Column
from gui.customers import export as export_module
from gui.customers.export import export_customer_list
from gui.importing import dialog as dialog_module
from gui.importing.entry_points import CustomerImportDialog, run_customer_import

TODAY = date(2026, 5, 10)
HEADER = "客户名单（五华区）\r\n专卖许可证号,客户名称,负责人,联系电话,区域类型,许可证有效期\r\n"
GOOD = ("530102100001,北环路烟酒店,王建国,13800138000,城区商圈,2026-10-05\r\n"
        "530102100002,张伟便利店,张伟,0871-6543210,乡镇主街,2027/01/31\r\n")
BAD = GOOD + "530102100003,坏行,李四,12345,城区商圈,明年\r\n"


@pytest.fixture
def dialog(qtbot, ctx, runner, settings):
    ctx.today = lambda: TODAY
    d = CustomerImportDialog(ctx, runner, settings=settings)
    qtbot.addWidget(d)
    d.show()
    return d


def open_and_check(qtbot, dialog: CustomerImportDialog, path: Path) -> None:
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.status_label.property("problem"), timeout=10000)


def names(ctx) -> list[str]:
    return sorted(r.name for r in list_customers(ctx.uow()).rows)


def test_a_file_with_a_bad_row_lists_it_and_cannot_be_imported(qtbot, qtmodeltester, dialog, ctx, tmp_path: Path) -> None:
    path = tmp_path / "客户.csv"
    path.write_bytes((HEADER + BAD).encode("gbk"))
    open_and_check(qtbot, dialog, path)
    assert "GB18030" in dialog.detected_label.text() and "line 2" in dialog.detected_label.text()
    rows = [(e.line, e.column, dialog.errors.data(dialog.errors.index(i, 2))) for i, e in enumerate(dialog.errors.rows)]
    assert [(line, column) for line, column, _ in rows] == [(5, "联系电话"), (5, "许可证有效期")]
    assert "12345" in rows[0][2]
    assert not dialog.import_button.isEnabled()
    assert "Rows with problems: 1 of 3" in dialog.status_label.text()
    preview = dialog.preview_view.model()
    assert preview.rowCount() == 3
    assert preview.data(preview.index(2, 0)) == "5" and preview.data(preview.index(2, 1)) == "Problem"
    qtmodeltester.check(preview)
    qtmodeltester.check(dialog.errors)
    dialog.start_import()  # even called directly, nothing happens
    assert names(ctx) == []


def test_a_good_file_imports_every_row(qtbot, dialog, ctx, tmp_path: Path) -> None:
    path = tmp_path / "good.csv"
    path.write_text(HEADER + GOOD, encoding="utf-8-sig")
    open_and_check(qtbot, dialog, path)
    assert "2 new, 0 updated, 0 unchanged" in dialog.status_label.text()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert (signal.args[0].created, signal.args[0].updated) == (2, 0)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert names(ctx) == ["北环路烟酒店", "张伟便利店"]


def test_the_user_corrects_the_mapping(qtbot, dialog, ctx, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("证,店,号码\n530102100001,甲店,13800138000\n", encoding="utf-8")
    open_and_check(qtbot, dialog, path)
    assert dialog.mapping == {}
    assert "专卖许可证号" in dialog.status_label.text() and not dialog.import_button.isEnabled()
    dialog.mapping_table.set_field(0, "license_no")
    dialog.mapping_table.set_field(1, "name")
    combo = dialog.mapping_table.combos[2]
    combo.setCurrentIndex(combo.findData("phone2"))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    assert dialog.mapping == {0: "license_no", 1: "name", 2: "phone2"}
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    [row] = list_customers(ctx.uow()).rows
    assert (row.license_no, row.name) == ("530102100001", "甲店")


def test_every_field_is_offered_in_the_mapping(qtbot, dialog, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(HEADER + GOOD, encoding="utf-8")
    open_and_check(qtbot, dialog, path)
    combo = dialog.mapping_table.combos[0]
    assert [combo.itemData(i) for i in range(1, combo.count())] == [s.field for s in CUSTOMER_COLUMNS]


def test_an_unreadable_file_is_explained(qtbot, dialog, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes("专卖许可证号,客户名称\r\n530102100001,".encode() + b"\xff\xfe\xff\r\n")
    open_and_check(qtbot, dialog, path)
    assert "Line 2" in dialog.status_label.text()
    assert not dialog.import_button.isEnabled()
    # forcing UTF-8 on a GBK file names the encoding and the line
    path.write_bytes((HEADER + GOOD).encode("gbk"))
    dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData("utf-8"))
    qtbot.waitUntil(lambda: "not UTF-8 text" in dialog.status_label.text() or "not utf-8 text" in dialog.status_label.text(), timeout=10000)


def test_escape_closes_the_dialog(qtbot, dialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_run_customer_import_asks_for_a_file_and_says_whether_anything_changed(qtbot, ctx, runner, settings, tmp_path: Path, monkeypatch) -> None:
    ctx.today = lambda: TODAY
    path = tmp_path / "good.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["License No", "Name", "Phone"])
    wb.active.append([530102100001, "甲店", 13800138000])
    wb.save(path)
    asked: list[str] = []

    def pick(parent, title, folder, filters):
        asked.append(folder)
        return str(path), filters

    def run_dialog(self) -> int:
        qtbot.waitUntil(lambda: self.import_button.isEnabled() or self.preview is not None, timeout=10000)
        if self.import_button.isEnabled():
            with qtbot.waitSignal(self.imported, timeout=10000):
                self.import_button.click()
        return 1

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick))
    monkeypatch.setattr(CustomerImportDialog, "exec", run_dialog)
    assert run_customer_import(None, ctx, runner, settings=settings) is True
    assert names(ctx) == ["甲店"]
    assert settings.value(dialog_module.LAST_FOLDER_KEY) == str(tmp_path)
    assert run_customer_import(None, ctx, runner, settings=settings) is False  # the same file again: unchanged
    assert asked[-1] == str(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: ("", "")))
    assert run_customer_import(None, ctx, runner, settings=settings) is False


# --- export ---------------------------------------------------------------------------------------


def _row(i: int, name: str, phone: str, star: int = 5) -> CustomerListRow:
    return CustomerListRow(id=i, license_no=f"05301021000{i}", name=name, owner="", phone=phone, route="",
                           segment="城区商圈", grade=12, star_level=star, integrity_grade="A", value_tier="key",
                           status="active", last_visit=date(2026, 5, 1), month_cartons=340)


HOSTILE = ['=HYPERLINK("http://x","y")', "@SUM(1)", "-2+3", "\t=1", "普通的店"]


def test_export_writes_the_list_as_shown_with_text_never_formulas(qtbot, ctx, runner, settings, tmp_path: Path, monkeypatch) -> None:
    ctx.today = lambda: TODAY
    rows = [_row(i, name, "+86 138 0013 8000") for i, name in enumerate(HOSTILE, start=1)]
    target = tmp_path / "导出"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    done: list[tuple[int, Path]] = []
    handle = export_customer_list(None, ctx, runner, rows, settings=settings,
                                  on_done=lambda n, p: done.append((n, p)))
    assert handle is not None
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    path = target.with_name("导出.xlsx")
    assert done == [(5, path)]
    wb = openpyxl.load_workbook(path)
    sheet = wb.active
    assert not [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:4] == ["License no", "Name", "Owner", "Phone"]
    assert [v[1] for v in values[1:]] == HOSTILE
    assert values[1][0] == "053010210001" and values[1][3] == "+86 138 0013 8000"
    assert values[1][6] == 12 and values[1][7] == "★★★★★" and values[1][9] == "Key"
    assert settings.value(export_module.LAST_FOLDER_KEY) == str(tmp_path)


def test_export_of_chosen_columns_and_a_cancelled_dialog(qtbot, ctx, runner, tmp_path: Path, monkeypatch) -> None:
    columns = [Column("名称", lambda r: r.name), Column("档位", lambda r: r.grade, numeric=True)]
    done: list[int] = []
    export_customer_list(None, ctx, runner, [_row(1, "甲店", "")], columns, path=tmp_path / "a.xlsx",
                         on_done=lambda n, p: done.append(n))
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert [[c.value for c in r] for r in openpyxl.load_workbook(tmp_path / "a.xlsx").active.iter_rows()] == [
        ["名称", "档位"], ["甲店", 12]]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert export_customer_list(None, ctx, runner, [], settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)) is None


def test_read_again_after_correcting_the_file(qtbot, dialog, ctx, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(HEADER + BAD, encoding="utf-8")
    open_and_check(qtbot, dialog, path)
    assert not dialog.import_button.isEnabled()
    path.write_text(HEADER + GOOD, encoding="utf-8")
    dialog.reload_button.click()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    assert dialog.errors.rowCount() == 0


# --- every import message can be translated --------------------------------------------------------


def _templates(paths: list[Path]) -> set[str]:
    """English sentences in the sources that reach the user: string constants (not docstrings)
    with a space, ending like a sentence or a placeholder."""
    import ast

    found: set[str] = set()
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                text = node.value
                if " " in text and text[:1] in "“{ABCDEFGHIJKLMNOPQRSTUVWXYZ" and text.endswith((".", "}")):
                    found.add(text)
    return found


def test_every_import_message_is_in_the_catalogue() -> None:
    from domain.importing.products import PRODUCT_COLUMNS
    from domain.importing.sales import SALES_COLUMNS
    from gui.importing.messages import FIELD_LABELS, MESSAGES

    root = Path(__file__).resolve().parents[2]
    services = root / "domain" / "services"
    sources = [*sorted((root / "domain" / "importing").glob("*.py")), services / "customer_import.py",
               services / "product_import.py", services / "sales_import.py", services / "import_batches.py",
               root / "domain" / "customer_rules.py", root / "persistence" / "tabular_files.py",
               root / "persistence" / "csv_text.py", root / "persistence" / "csv_fast.py",
               root / "persistence" / "xlsx_files.py"]
    templates = _templates(sources)
    assert "License number {license_no} is also on line {other}." in templates
    assert "The amount {amount} does not match {supplied} cartons × {price} = {expected}." in templates
    assert templates - set(MESSAGES) == set()
    labels = {s.label for columns in (CUSTOMER_COLUMNS, PRODUCT_COLUMNS, SALES_COLUMNS) for s in columns}
    assert labels == set(FIELD_LABELS)


def test_our_own_export_imports_back_to_the_same_values(qtbot, ctx, runner, tmp_path: Path) -> None:
    from domain.importing.columns import auto_mapping
    from domain.importing.table import locate_header
    from domain.services.customer_import import preview_customer_import

    rows = [_row(i, name, "13800138000", star=6 if i == 1 else 5) for i, name in enumerate(HOSTILE, start=1)]
    done: list[int] = []
    export_customer_list(None, ctx, runner, rows, path=tmp_path / "back.xlsx", on_done=lambda n, p: done.append(n))
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    table = locate_header(ctx.files.read_table(tmp_path / "back.xlsx"), CUSTOMER_COLUMNS.is_known)
    mapping = auto_mapping(table.headers, CUSTOMER_COLUMNS)
    assert {"license_no", "name", "owner", "phone", "route", "segment", "grade", "star_level",
            "integrity_grade"} <= set(mapping.values())
    preview = preview_customer_import(ctx.uow(), table, mapping, TODAY)
    assert preview.ok, preview.errors
    assert preview.created == len(HOSTILE)
    assert [table.rows[i].cells[1] for i in range(len(HOSTILE))] == HOSTILE
