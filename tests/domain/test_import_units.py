"""1 件 = 50 条: a quantity column headed 件 (or 箱) is converted to cartons and the preview says so;
a line priced about 50 times the catalogue's carton price is named as a unit mismatch, nothing written."""
from __future__ import annotations

from decimal import Decimal

import pytest

from domain.importing.errors import ImportRejected
from domain.importing.units import cartons_per_unit
from domain.services.sales_import import preview_sales_import
from tests.domain.fakes import FakeUnitOfWork
from tests.domain.test_sales_import import mapping, run, stored, table, uow  # noqa: F401

HEADER = ("订单日期", "专卖许可证号", "卷烟编码", "订购量(件)", "金额")


def test_headers_that_count_cases() -> None:
    assert [cartons_per_unit(h) for h in ("订购量(件)", "件数", "箱", "供货量（箱）", "订足量", "数量(条)")] == [
        50, 50, 50, 50, 1, 1]


def test_a_column_in_cases_is_converted_to_cartons_and_said(uow: FakeUnitOfWork) -> None:  # noqa: F811
    t = table([("2026-10-05", "530102100002", "6901028002", "2", "9,200.00")], header=HEADER, total=False)
    preview = preview_sales_import(uow, t, mapping(t))
    assert preview.ok and preview.cartons == 100  # 2 件 of 云烟(紫) at ¥92 a carton
    assert preview.case_columns == ("订购量(件)",)
    run(uow, t)
    assert [(ln[4], ln[5], ln[6]) for ln in stored(uow)] == [(100, Decimal("92.00"), Decimal("9200.00"))]


def test_a_line_priced_per_case_is_a_unit_mismatch(uow: FakeUnitOfWork) -> None:  # noqa: F811
    header = ("订单日期", "专卖许可证号", "卷烟编码", "订足量", "批发价", "金额")
    t = table([("2026-10-05", "530102100002", "6901028002", "1", "4,600.00", "4,600.00")], header=header,
              total=False)
    preview = preview_sales_import(uow, t, mapping(t))
    assert preview.bad_rows == 1
    (error,) = preview.errors
    assert error.column == "批发价" and error.message.startswith("Unit mismatch")
    assert "4600" in error.message.format(**error.format_args())
    with pytest.raises(ImportRejected):
        run(uow, t)
    assert stored(uow) == []


def test_an_amount_for_cases_against_cartons_is_a_unit_mismatch(uow: FakeUnitOfWork) -> None:  # noqa: F811
    header = ("订单日期", "专卖许可证号", "卷烟编码", "订足量", "金额")
    t = table([("2026-10-05", "530102100002", "6901028002", "2", "9,200.00")], header=header, total=False)
    preview = preview_sales_import(uow, t, mapping(t))
    assert preview.bad_rows == 1 and preview.errors[0].column == "金额"

