"""The demo's worked-example shop in its month (October 2026 for a demo built on 2026-11-27) reads as
the source text tells it, figure by figure, from the built workspace."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from domain.demo.generator import DemoSpec
from domain.demo.worked_example import CLASS_1_2_CARTONS, LICENSE_NO
from domain.money import yuan
from domain.percentages import format_pct
from domain.profit import MarginBasis
from domain.services.analysis import customer_analysis
from domain.services.demo import build_demo
from domain.services.workspace import ensure_defaults
from persistence.workspace import open_workspace

SPEC = DemoSpec(customers=40, months=4, today=date(2026, 11, 27))

MONTH_BY_CLASS = """
SELECT p.price_class, sum(s.supplied_qty), sum(s.amount_fen),
       sum(s.supplied_qty * (p.retail_price_fen - p.wholesale_price_fen))
FROM sales_lines s JOIN customers c ON c.id = s.customer_id JOIN products p ON p.id = s.product_id
WHERE c.license_no = :license AND s.order_date >= '2026-10-01' AND s.order_date < '2026-11-01'
GROUP BY p.price_class ORDER BY p.price_class
"""


@pytest.fixture(scope="module")
def month(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[int, int, int]]:
    path: Path = tmp_path_factory.mktemp("worked") / "w.db"
    ws = open_workspace(path, create=True)
    try:
        ensure_defaults(ws.uow())
        build_demo(ws.uow(), SPEC)
        with ws.engine.connect() as conn:
            from sqlalchemy import text
            rows = conn.execute(text(MONTH_BY_CLASS), {"license": LICENSE_NO}).all()
            result = conn.execute(text(
                "SELECT e.result_code, e.star_level, e.integrity_grade, e.value_points FROM star_evaluations e "
                "JOIN customers c ON c.id = e.customer_id WHERE c.license_no = :license"),
                {"license": LICENSE_NO}).one()
            customer_id = conn.execute(text("SELECT id FROM customers WHERE license_no = :license"),
                                       {"license": LICENSE_NO}).scalar_one()
        figures = customer_analysis(ws.uow(), customer_id, date(2026, 10, 1)).figures
    finally:
        ws.close()
    by_class = {int(k): (int(n), int(fen), int(profit)) for k, n, fen, profit in rows}
    by_class[0] = tuple(result)  # type: ignore[assignment]
    by_class[-1] = figures  # type: ignore[assignment]
    return by_class


def cartons(month: dict, k: int) -> int:  # type: ignore[type-arg]
    return month.get(k, (0, 0, 0))[0]


def test_346_cartons_for_17816_yuan_and_1425_28_at_8_percent(month) -> None:
    total = sum(cartons(month, k) for k in range(1, 6))
    amount = sum(month[k][1] for k in range(1, 6) if k in month)
    assert total == 346
    assert amount == 1_781_600
    assert yuan(Decimal(amount).scaleb(-2) * Decimal("0.08")) == Decimal("1425.28")


def test_the_shop_earns_1425_28_a_margin_of_8_percent(month) -> None:
    assert sum(month[k][2] for k in range(1, 6) if k in month) == 142_528  # retail − wholesale, in fen
    figures = month[-1]
    assert figures.margin_basis is MarginBasis.PURCHASE  # the workspace default
    assert (figures.cartons, figures.amount, figures.gross_profit) == (346, Decimal("17816.00"),
                                                                        Decimal("1425.28"))
    assert figures.margin_pct == Decimal(8)
    assert format_pct(figures.margin_pct) == "8.0%"


def test_classes_1_and_2_above_a_quarter_of_the_cartons(month) -> None:
    assert cartons(month, 1) + cartons(month, 2) == CLASS_1_2_CARTONS
    assert (cartons(month, 1) + cartons(month, 2)) * 4 > 346


def test_class_2_sells_as_much_as_class_3_but_earns_more_than_twice(month) -> None:
    assert abs(cartons(month, 2) - cartons(month, 3)) * 100 <= 3 * 346  # within 3 points of share
    assert month[2][2] > 2 * month[3][2]


def test_star_result_5a8_with_customer_value_8(month) -> None:
    assert month[0] == ("5A8", 5, "A", 8)
