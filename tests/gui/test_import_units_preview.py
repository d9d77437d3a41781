"""The order import's preview says when a quantity column in cases (件) was converted to cartons."""
from __future__ import annotations

from domain.services.sales_import import preview_sales_import
from gui.importing.flows import SalesFlow
from tests.domain.fakes import FakeUnitOfWork
from tests.domain.test_import_units import HEADER
from tests.domain.test_sales_import import mapping, table, uow  # noqa: F401


def test_the_preview_says_the_cases_were_converted(uow: FakeUnitOfWork) -> None:  # noqa: F811
    t = table([("2026-10-05", "530102100002", "6901028002", "2", "9,200.00")], header=HEADER, total=False)
    text, _problem = SalesFlow().describe(preview_sales_import(uow, t, mapping(t)))
    assert "100 cartons" in text and "订购量(件)" in text and "1 件 = 50 条" in text
