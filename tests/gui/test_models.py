from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from gui.common.row_model import ROW_ROLE, Column, RowTableModel


@dataclass(frozen=True)
class Shop:
    name: str
    cartons: int | None


def _model() -> RowTableModel[Shop]:
    model: RowTableModel[Shop] = RowTableModel(
        [Column("name", lambda r: r.name), Column("cartons", lambda r: r.cartons, numeric=True)]
    )
    model.set_rows([Shop("北环路烟酒店", 346), Shop("兴旺便利店", None), Shop("张记食杂店", 120)])
    return model


def test_row_model_passes_the_model_tester(qtmodeltester) -> None:
    qtmodeltester.check(_model())


def test_sorting_keeps_missing_values_last() -> None:
    model = _model()
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [r.cartons for r in model.rows] == [346, 120, None]
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [r.cartons for r in model.rows] == [120, 346, None]
    assert model.data(model.index(0, 0), ROW_ROLE) == Shop("张记食杂店", 120)
    assert model.data(model.index(2, 1)) == ""


def test_the_users_sort_is_kept_when_the_rows_are_set_again() -> None:
    """A filter keystroke or an edit sets the rows again: the header's sort must still be true of them."""
    model = _model()
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_rows([Shop("甲", 5), Shop("乙", None), Shop("丙", 400), Shop("丁", 60)])
    assert [r.cartons for r in model.rows] == [400, 60, 5, None]
    mixed: RowTableModel[Shop] = RowTableModel([Column("v", lambda r: r.cartons)])
    mixed.sort(0)
    mixed.set_rows([Shop("a", 3), Shop("b", "x"), Shop("c", 1)])  # type: ignore[arg-type]  # mixed types: as text
    assert [r.cartons for r in mixed.rows] == [1, 3, "x"]


def test_a_read_only_tables_headers_stay_regular_when_a_row_is_chosen(qtbot) -> None:
    """Qt would bold every header of a selected row's columns; the columns are sized to the regular font."""
    from gui.common.widgets import read_only_table

    view = read_only_table()
    qtbot.addWidget(view)
    assert not view.horizontalHeader().highlightSections()


def test_replacing_a_row_repaints_it_where_it_stands(qtbot) -> None:
    model = _model()
    old = model.rows[1]
    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.replace_row(old, Shop("兴旺便利店", 12))
    assert changed.args[0].row() == changed.args[1].row() == 1 and model.rows[1].cartons == 12
    assert not model.replace_row(old, Shop("x", 1))  # no longer shown
