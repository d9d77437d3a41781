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
