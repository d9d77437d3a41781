"""需求采集本: one row per shop × product forecast or ordered last month, sorted by route, license and
product code, adding up to the territory's figures; adjustments and reasons carried; nothing written
when there is nothing to forecast from."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.forecast.model import Forecast, MonthQty
from domain.model.customers import Customer
from domain.model.products import PriceClass, Product
from domain.model.sales import SalesLine
from domain.read_models import CustomerListRow
from domain.services.demand_book import (
    SHOP_HEADERS,
    SHOPS_SHEET,
    TERRITORY_HEADERS,
    TERRITORY_SHEET,
    export_demand_book,
)
from domain.services.forecast import NoOrdersBeforeMonth, ProductForecast, TerritoryForecast, territory_forecast
from domain.services.forecast_sheet import sheet_rows
from domain.visits.planning_views import route_key
from tests.domain.fakes import FakeTabularFiles, FakeUnitOfWork

JULY, JUNE = date(2026, 7, 1), date(2026, 6, 1)


def _customer(cid: int, license_no: str, route: str) -> CustomerListRow:
    return CustomerListRow(cid, license_no, f"店{cid}", "", "", route, "", None, None, "", None, "active", None, None)


def _product(pid: int, code: str) -> Product:
    return Product(code, f"烟{pid}", Decimal("100"), PriceClass.CLASS_3, id=pid)


def _forecast(cid: int, pid: int, base: float, adjustment: float = 0.0, reason: str = "") -> Forecast:
    return Forecast(cid, pid, JULY, base, 1.0, 1.0, 1.0, adjustment, reason)


def test_rows_carry_the_figures_and_the_adjustment_in_route_license_code_order() -> None:
    customers = {1: _customer(1, "530102000003", "二线"), 2: _customer(2, "530102000009", "一线"),
                 3: _customer(3, "530102000001", "")}
    products = {10: _product(10, "P2"), 11: _product(11, "P1")}
    forecast = TerritoryForecast(JULY, (), (
        _forecast(1, 10, 8.0), _forecast(1, 11, 4.0, 2.0, "开发区扩建，打工人员增加"), _forecast(2, 10, 3.2),
        _forecast(3, 11, 5.0)))
    last = [MonthQty(JUNE, 1, 10, 9, 7, 1), MonthQty(JUNE, 2, 11, 2, 2),  # 2 × 11 ordered, not forecast
            MonthQty(date(2026, 5, 1), 3, 10, 50, 50)]  # not last month: not a row
    rows = sheet_rows(forecast, customers, products, last)
    assert [(r.route, r.license_no, r.code) for r in rows] == [
        ("一线", "530102000009", "P1"), ("一线", "530102000009", "P2"), ("二线", "530102000003", "P1"),
        ("二线", "530102000003", "P2"), ("", "530102000001", "P1")]
    by_pair = {(r.customer_id, r.product_id): r for r in rows}
    assert (by_pair[(2, 11)].cartons, by_pair[(2, 11)].last_supplied, by_pair[(2, 11)].last_requested) == (0, 2, 2)
    assert (by_pair[(1, 10)].cartons, by_pair[(1, 10)].last_supplied, by_pair[(1, 10)].last_requested) == (8, 7, 9)
    adjusted = by_pair[(1, 11)]
    assert (adjusted.cartons, adjusted.adjustment, adjusted.reason) == (6, 2.0, "开发区扩建，打工人员增加")
    assert (by_pair[(2, 10)].cartons, by_pair[(2, 10)].adjustment, by_pair[(2, 10)].reason) == (3, 0.0, "")


pairs = st.sets(st.tuples(st.integers(1, 6), st.integers(1, 4)), max_size=15)


@settings(max_examples=60, deadline=None)
@given(forecast_pairs=pairs, ordered_pairs=pairs, routes=st.lists(st.sampled_from(["", "一线", "二线"]), min_size=6,
                                                                   max_size=6))
def test_every_pair_forecast_or_ordered_is_one_row_in_order(forecast_pairs: set[tuple[int, int]],
                                                            ordered_pairs: set[tuple[int, int]],
                                                            routes: list[str]) -> None:
    customers = {c: _customer(c, f"5301020000{c:02d}", routes[c - 1]) for c in range(1, 7)}
    products = {p: _product(p, f"P{p}") for p in range(1, 5)}
    forecast = TerritoryForecast(JULY, (), tuple(_forecast(c, p, c + p) for c, p in sorted(forecast_pairs)))
    rows = sheet_rows(forecast, customers, products, [MonthQty(JUNE, c, p, 3, 2) for c, p in ordered_pairs])
    assert sorted((r.customer_id, r.product_id) for r in rows) == sorted(forecast_pairs | ordered_pairs)
    keys = [(route_key(r.route), r.license_no, r.code) for r in rows]
    assert keys == sorted(keys)


def _line(day: date, customer: int, product: int, req: int, sup: int) -> SalesLine:
    return SalesLine(day, customer, product, req, sup, Decimal("10"), Decimal(10 * sup))


@pytest.fixture
def uow() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    with uow:
        uow.products.add_many([Product("P1", "红塔山", Decimal("100"), PriceClass.CLASS_3),
                               Product("P2", "中华", Decimal("400"), PriceClass.CLASS_1, is_scarce=True)])
        uow.customers.add(Customer("530102000002", "北环路烟酒店", route="一线"))
        uow.customers.add(Customer("530102000001", "南街便利店", route="二线"))
        uow.commit()
    day = date(2025, 1, 6)
    while day < JULY:
        uow.store.sales_lines += [_line(day, 1, 1, 4, 4), _line(day, 1, 2, 6, 3), _line(day, 2, 1, 2, 2)]
        day += timedelta(days=7)
    return uow


def test_the_export_writes_both_sheets_adding_up_to_the_territory(uow: FakeUnitOfWork) -> None:
    files = FakeTabularFiles()
    path = Path("/out/需求采集本.xlsx")
    assert export_demand_book(uow, files, date(2026, 7, 15), path) == 3
    shops, territory = files.workbooks[path]
    assert (shops.name, territory.name) == (SHOPS_SHEET, TERRITORY_SHEET)
    assert tuple(shops.headers) == SHOP_HEADERS and tuple(territory.headers) == TERRITORY_HEADERS
    assert "2026年7月" in shops.title_lines[0] and "2026年6月" in shops.title_lines[1]
    expected = territory_forecast(uow, JULY)
    assert [list(r) for r in territory.rows] == [
        [p.code, p.name, p.cartons, p.last_supplied, p.last_requested] for p in expected.products]
    sums: dict[str, list[int]] = {}
    for row in shops.rows:
        s = sums.setdefault(row[3], [0, 0, 0])  # type: ignore[arg-type]  # the code column is text
        for k, col in enumerate((5, 6, 7)):
            s[k] += row[col]  # type: ignore[operator]  # the figure columns are whole numbers
    assert sums == {p.code: [p.cartons, p.last_supplied, p.last_requested] for p in expected.products}
    assert [row[0] for row in shops.rows] == ["530102000002", "530102000002", "530102000001"]  # 一线 before 二线


def test_a_given_forecast_is_written_as_it_is(uow: FakeUnitOfWork) -> None:
    files = FakeTabularFiles()
    with uow:  # the month before, as territory_forecast hands it on with its figures
        june = tuple(uow.forecast_queries.order_months(date(2026, 6, 1), JULY))
    shown = TerritoryForecast(JULY, (ProductForecast(1, "P1", "红塔山", 11, 0, 0),),
                              (_forecast(1, 1, 9.0, 2.0, "开发区扩建"),), june)
    assert export_demand_book(uow, files, JULY, Path("x.xlsx"), forecast=shown) == 3  # and the two pairs ordered in June
    shops, territory = files.workbooks[Path("x.xlsx")]
    first = list(shops.rows[0])
    assert first[3:] == ["P1", "红塔山", 11, 20, 20, 2, "开发区扩建"]  # five Mondays of June × 4
    assert [list(r)[5] for r in shops.rows[1:]] == [0, 0]  # ordered in June, not in the forecast handed in
    assert [list(r) for r in territory.rows] == [["P1", "红塔山", 11, 0, 0]]


def test_nothing_is_written_without_orders_before_the_month(uow: FakeUnitOfWork) -> None:
    files = FakeTabularFiles()
    with pytest.raises(NoOrdersBeforeMonth):
        export_demand_book(uow, files, date(2024, 6, 1), Path("x.xlsx"))
    assert files.workbooks == {}
