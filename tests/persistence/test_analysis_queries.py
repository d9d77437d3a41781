"""The analysis in SQL on real workspace files, against the same hand-computed figures as the
services on the fake (tests/domain/test_analysis_services.py), and the summaries kept exact."""
from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text

from domain.model.products import PriceClass
from domain.services.analysis import month_analysis
from domain.services.workspace import ensure_defaults
from persistence import sales_summary
from persistence.workspace import Workspace
from tests.analysis_data import OCT, build_tiny
from tests.domain.test_analysis_services import (
    check_declining,
    check_inflation,
    check_tiny_territory,
    check_worked_example,
)


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    ensure_defaults(workspace.uow())
    return workspace


def differences(ws: Workspace) -> list[tuple[object, ...]]:
    with ws.uow() as uow:
        cursor = uow.session.connection().connection.dbapi_connection.cursor()
        return sales_summary.differences(cursor)


def test_the_tiny_territory_in_sql(ws: Workspace) -> None:
    check_tiny_territory(ws.uow())
    assert differences(ws) == []


def test_the_worked_example_in_sql(ws: Workspace) -> None:
    check_worked_example(ws.uow())


def test_inflation_in_sql(ws: Workspace) -> None:
    check_inflation(ws.uow())


def test_declining_in_sql(ws: Workspace) -> None:
    check_declining(ws.uow())


def test_the_customer_list_reads_the_month_from_the_summary(ws: Workspace) -> None:
    t = build_tiny(ws.uow())
    with ws.uow() as uow:
        listed = uow.queries.customer_list()
    assert listed.month == date(2026, 11, 1)
    assert {r.id: r.month_cartons for r in listed.rows} == {t.beihuan: 1, t.xingwang: 1}


def test_deleted_lines_leave_the_summaries(ws: Workspace) -> None:
    build_tiny(ws.uow())
    with ws.uow() as uow:
        uow.session.execute(text("DELETE FROM sales_lines WHERE order_date >= '2026-10-07'"))
        uow.commit()
    assert differences(ws) == []
    a = month_analysis(ws.uow(), OCT)
    assert (a.figures.cartons, a.comparison.customers) == (12, 1)  # 北环路's 10-05 lines only
    assert [p.customers for p in a.products] == [1, 1]


def test_lines_added_by_any_code_are_summed_at_commit_and_not_on_rollback(ws: Workspace) -> None:
    t = build_tiny(ws.uow())
    insert = ("INSERT INTO sales_lines (order_date, customer_id, product_id, requested_qty, supplied_qty, "
              "wholesale_price_fen, amount_fen) VALUES ('2026-10-20', :c, :p, 3, 3, 5000, 15000)")
    with ws.uow() as uow:
        uow.session.execute(text(insert), {"c": t.xingwang, "p": t.yunyan})
        # gone again before the commit: never summed, so nothing is subtracted either
        uow.session.execute(text("DELETE FROM sales_lines WHERE order_date = '2026-10-20'"))
        uow.session.execute(text(insert), {"c": t.xingwang, "p": t.yunyan})
        uow.commit()
    assert differences(ws) == []
    assert month_analysis(ws.uow(), OCT).figures.cartons == 50
    with ws.uow() as uow:
        uow.session.execute(text(insert), {"c": t.xingwang, "p": t.yunyan})
        uow.rollback()
    assert differences(ws) == [] and month_analysis(ws.uow(), OCT).figures.cartons == 50


def test_summed_columns_of_a_line_cannot_be_edited(ws: Workspace) -> None:
    build_tiny(ws.uow())
    with ws.uow() as uow:
        with pytest.raises(Exception, match="summed in sales_months"):
            uow.session.execute(text("UPDATE sales_lines SET supplied_qty = supplied_qty + 1"))
    with ws.uow() as uow:
        uow.session.execute(text("UPDATE sales_lines SET batch_id = NULL"))  # not summed: allowed
        uow.commit()
    assert differences(ws) == []


def test_rebuild_repairs_a_damaged_summary(ws: Workspace, db_path) -> None:
    build_tiny(ws.uow())
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE sales_months SET supplied_qty = 0")
    conn.execute("DELETE FROM sales_product_months")
    conn.commit()
    conn.close()
    assert differences(ws)
    with ws.uow() as uow:
        sales_summary.rebuild(uow.session.connection().connection.dbapi_connection.cursor())
        uow.commit()
    assert differences(ws) == []


def test_ids_are_never_reused_so_new_lines_after_an_undo_are_summed(ws: Workspace) -> None:
    t = build_tiny(ws.uow())
    with ws.uow() as uow:
        uow.session.execute(text("DELETE FROM sales_lines WHERE id = (SELECT max(id) FROM sales_lines)"))
        uow.commit()
    with ws.uow() as uow:
        uow.session.execute(text(
            "INSERT INTO sales_lines (order_date, customer_id, product_id, requested_qty, supplied_qty, "
            "wholesale_price_fen, amount_fen) VALUES ('2026-11-03', :c, :p, 2, 2, 20000, 40000)"),
            {"c": t.xingwang, "p": t.zhonghua})
        uow.commit()
    assert differences(ws) == []


def test_a_new_retail_price_or_class_reprices_the_customer_months(ws: Workspace) -> None:
    t = build_tiny(ws.uow())
    with ws.uow() as uow:
        hongmei = next(p for p in uow.products.list() if p.id == t.hongmei)
        hongmei.retail_price = Decimal("11")  # 30 cartons: 30.00 known instead of 24.00 at 8%
        uow.products.update(hongmei)
        uow.commit()
    assert differences(ws) == []
    a = month_analysis(ws.uow(), OCT)
    assert a.figures.gross_profit == Decimal("180.00")
    assert {c.name: c.gross_profit for c in a.customers} == {"北环路烟酒店": Decimal("140.00"),
                                                            "兴旺便利店": Decimal("40.00")}
    with ws.uow() as uow:
        yunyan = next(p for p in uow.products.list() if p.id == t.yunyan)
        yunyan.price_class = PriceClass.CLASS_2
        uow.products.update(yunyan)
        uow.commit()
    assert differences(ws) == []
    assert month_analysis(ws.uow(), OCT).figures.class_1_2_cartons == 17
