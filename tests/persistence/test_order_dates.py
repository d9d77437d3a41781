"""sales_order_dates, the days each customer ordered on, stays the lines' distinct (date, customer)
pairs: a day goes only with its customer's last line of it, lines added by any code bring their days,
and migration 0008 fills it from the lines a workspace already has."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from persistence import sales_summary, schema
from persistence.db import make_engine, sqlite_url
from persistence.workspace import Workspace
from tests.persistence.helpers import insert_customers

_LINE = ("INSERT INTO sales_lines (order_date, customer_id, product_id, requested_qty, supplied_qty, "
         "wholesale_price_fen, amount_fen) VALUES (:day, :c, :p, 2, 2, 10000, 20000)")


def _setup(conn) -> None:  # noqa: ANN001  (a SQLAlchemy Connection or Session)
    conn.execute(text("INSERT INTO products (code, name, price_class, wholesale_price_fen) VALUES "
                      "('P1', '红塔山', 3, 10000), ('P2', '中华', 1, 40000)"))
    for day, c, p in [("2026-10-05", 1, 1), ("2026-10-05", 1, 2), ("2026-10-05", 2, 1), ("2026-10-12", 1, 1)]:
        conn.execute(text(_LINE), {"day": day, "c": c, "p": p})


def _dates(ws: Workspace) -> list[tuple[str, int]]:
    with ws.uow() as uow:
        return [tuple(r) for r in uow.session.execute(
            text("SELECT order_date, customer_id FROM sales_order_dates ORDER BY 1, 2"))]


def _differences(ws: Workspace) -> list[tuple[object, ...]]:
    with ws.uow() as uow:
        return sales_summary.differences(uow.session.connection().connection.dbapi_connection.cursor())


def test_a_day_goes_with_its_customers_last_line_of_it(workspace: Workspace) -> None:
    insert_customers(workspace.engine, 2)
    with workspace.uow() as uow:
        _setup(uow.session)
        uow.commit()
    assert _dates(workspace) == [("2026-10-05", 1), ("2026-10-05", 2), ("2026-10-12", 1)]
    with workspace.uow() as uow:  # one of shop 1's two lines of the 5th: the day stays
        uow.session.execute(text("DELETE FROM sales_lines WHERE order_date = '2026-10-05' AND customer_id = 1 "
                                 "AND product_id = 2"))
        uow.commit()
    assert _dates(workspace) == [("2026-10-05", 1), ("2026-10-05", 2), ("2026-10-12", 1)]
    with workspace.uow() as uow:  # the other one: the day goes, shop 2's same day stays
        uow.session.execute(text("DELETE FROM sales_lines WHERE order_date = '2026-10-05' AND customer_id = 1"))
        uow.commit()
    assert _dates(workspace) == [("2026-10-05", 2), ("2026-10-12", 1)]
    assert _differences(workspace) == []


def test_rebuild_restores_a_damaged_list_of_days(workspace: Workspace) -> None:
    insert_customers(workspace.engine, 2)
    with workspace.uow() as uow:
        _setup(uow.session)
        uow.commit()
    with workspace.uow() as uow:
        uow.session.execute(text("DELETE FROM sales_order_dates WHERE customer_id = 2"))
        uow.session.execute(text("INSERT INTO sales_order_dates (order_date, customer_id) VALUES ('2026-01-01', 9)"))
        uow.commit()
    assert sorted(map(tuple, _differences(workspace))) == [("extra", "2026-01-01", 9), ("missing", "2026-10-05", 2)]
    with workspace.uow() as uow:
        sales_summary.rebuild(uow.session.connection().connection.dbapi_connection.cursor())
        uow.commit()
    assert _differences(workspace) == []
    assert _dates(workspace) == [("2026-10-05", 1), ("2026-10-05", 2), ("2026-10-12", 1)]


def test_migration_0008_fills_the_days_from_the_lines_already_there(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "old.db"))
    try:
        schema.upgrade(engine, "0007")
        insert_customers(engine, 2)
        with engine.begin() as conn:
            _setup(conn)
        schema.upgrade(engine, "head")
        with engine.connect() as conn:
            rows = [tuple(r) for r in conn.execute(text("SELECT order_date, customer_id FROM sales_order_dates "
                                                        "ORDER BY 1, 2"))]
            assert rows == [("2026-10-05", 1), ("2026-10-05", 2), ("2026-10-12", 1)]
            conn.execute(text("DELETE FROM sales_lines WHERE customer_id = 2"))  # the trigger is there too
            assert conn.execute(text("SELECT count(*) FROM sales_order_dates WHERE customer_id = 2")).scalar() == 0
    finally:
        engine.dispose()


def test_the_forecasts_read_of_the_odd_month_rows_uses_their_partial_index(workspace: Workspace) -> None:
    """SQLite takes a partial index only when the query repeats its condition: a reworded condition would
    silently scan every month row again."""
    from datetime import date

    from persistence.forecast_queries import order_months_query

    query = order_months_query(date(2024, 11, 1), date(2026, 11, 1), date(2026, 5, 1))
    with workspace.uow() as uow:
        connection = uow.session.connection()
        compiled = query.compile(connection, compile_kwargs={"literal_binds": True})
        plan = " ".join(str(r[-1]) for r in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))
    assert "ix_sales_months_odd" in plan
