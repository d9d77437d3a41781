"""Small territories with hand-computed analysis figures, written through the repositories, so that the
same data checks the services on the fake unit of work and the SQL on a real workspace.

Prices per carton: 中华(硬) class 1, 200 → retail 230, new and scarce; 云烟(软珍品) class 3, 50 → 56;
红梅(软红) class 5, 10, no retail price (the default margin, 8%, applies).

October 2026, by hand:
    北环路烟酒店  中华 2 (asked 4) on 10-05, 云烟 10 on 10-05, 红梅 20 on 10-12
    兴旺便利店    云烟 5 on 10-07, 红梅 10 on 10-14
    cartons 47; amount 2×200 + 15×50 + 30×10 = 1,450.00; known profit 2×30 + 15×6 = 150.00,
    unpriced 300.00 × 8% = 24.00 → gross profit 174.00 → margin 12.00% of the purchase amount (the
    default basis; 10.71% of retail sales, 1,624.00);
    asked 49 → fill rate 95.92%; classes 1–2: 2 of 47 cartons → 4.26%.
    Classes: 一类 2 cartons ¥60 profit (34.48%), 三类 15 ¥90 (51.72%), 五类 30 ¥24 (13.79%).
September 2026: 北环路 云烟 8, 红梅 20 → 28 cartons, ¥600.00, profit 48 + 16 = ¥64.00.
October 2025: 北环路 云烟 20 → 20 cartons, ¥1,000.00, profit ¥120.00.
November 2026: 北环路 中华 1 again (the listing of October was reordered); 兴旺 中华 1 (listed in
November, not reordered).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from domain.demo import worked_example
from domain.demo.catalogue import build_products
from domain.model.customers import Customer
from domain.model.products import PriceClass, Product
from domain.model.sales import ImportBatch, ImportKind, SalesLine
from domain.ports import UnitOfWork

OCT = date(2026, 10, 1)
SEP = date(2026, 9, 1)
NOV = date(2026, 11, 1)
OCT_2025 = date(2025, 10, 1)

ZHONGHUA = Product("6901028000001", "中华(硬)", Decimal("200"), PriceClass.CLASS_1, Decimal("230"),
                   is_new=True, is_scarce=True)
YUNYAN = Product("6901028000002", "云烟(软珍品)", Decimal("50"), PriceClass.CLASS_3, Decimal("56"))
HONGMEI = Product("6901028000003", "红梅(软红)", Decimal("10"), PriceClass.CLASS_5, None)


@dataclass(frozen=True)
class Tiny:
    beihuan: int
    xingwang: int
    zhonghua: int
    yunyan: int
    hongmei: int


def _batch(uow: UnitOfWork) -> int:
    return uow.sales.add_batch(ImportBatch(ImportKind.SALES, "orders.csv", imported_at=datetime(2026, 11, 27, 9)))


def _line(day: date, customer: int, product: Product, supplied: int, requested: int | None = None,
          batch: int | None = None) -> SalesLine:
    assert product.id is not None
    return SalesLine(day, customer, product.id, supplied if requested is None else requested, supplied,
                     product.wholesale_price, product.wholesale_price * supplied, batch)


def build_tiny(uow: UnitOfWork) -> Tiny:
    with uow:
        a, b = uow.customers.add_many([Customer("530102100001", "北环路烟酒店"),
                                       Customer("530102100002", "兴旺便利店")])
        zh, yy, hm = (Product(**{**p.__dict__}) for p in (ZHONGHUA, YUNYAN, HONGMEI))
        uow.products.add_many([zh, yy, hm])
        batch = _batch(uow)
        uow.sales.add_lines([
            _line(date(2025, 10, 8), a, yy, 20, batch=batch),
            _line(date(2026, 9, 7), a, yy, 8, batch=batch),
            _line(date(2026, 9, 14), a, hm, 20, batch=batch),
            _line(date(2026, 10, 5), a, zh, 2, 4, batch=batch),
            _line(date(2026, 10, 5), a, yy, 10, batch=batch),
            _line(date(2026, 10, 7), b, yy, 5, batch=batch),
            _line(date(2026, 10, 12), a, hm, 20, batch=batch),
            _line(date(2026, 10, 14), b, hm, 10, batch=batch),
            _line(date(2026, 11, 2), a, zh, 1, batch=batch),
            _line(date(2026, 11, 3), b, zh, 1, batch=batch),
        ])
        uow.commit()
    assert zh.id and yy.id and hm.id
    return Tiny(a, b, zh.id, yy.id, hm.id)


def build_worked_example(uow: UnitOfWork) -> int:
    """Seed 1's month X (October 2026): 346 cartons for 17,816.00 yuan, with the demo catalogue's
    prices but no retail prices, so that the 8% default margin makes 1,425.28 yuan."""
    products = [Product(**{**p.__dict__, "retail_price": None}) for p in build_products()]
    by_name = {p.name: p for p in products}
    with uow:
        (shop,) = uow.customers.add_many([Customer(worked_example.LICENSE_NO, worked_example.NAME)])
        uow.products.add_many(products)
        dates = [date(2026, 10, d) for d in (5, 12, 19, 26)]
        uow.sales.add_lines(
            _line(day, shop, by_name[name], qty) for day, name, qty in worked_example.split_month(dates)
        )
        uow.commit()
    return shop


def build_inflation(uow: UnitOfWork, series: dict[str, list[tuple[date, int, int]]]) -> dict[str, int]:
    """One customer per entry, each ordering 中华(硬) on the given days (day, asked, supplied)."""
    with uow:
        ids = uow.customers.add_many([Customer(f"5301021{n:05d}", name) for n, name in enumerate(series)])
        zh = Product(**{**ZHONGHUA.__dict__})
        uow.products.add_many([zh])
        assert zh.id is not None
        uow.sales.add_lines(
            SalesLine(day, cid, zh.id, asked, supplied, zh.wholesale_price, zh.wholesale_price * supplied)
            for cid, orders in zip(ids, series.values()) for day, asked, supplied in orders
        )
        uow.commit()
    return dict(zip(series, ids))


def build_declining(uow: UnitOfWork, cartons: dict[str, list[int]], start: date = date(2026, 7, 1)) -> dict[str, int]:
    """One customer per entry, ordering 云烟(软珍品) once a month from `start` (0: no order that month)."""
    from domain.periods import shift_month

    with uow:
        ids = uow.customers.add_many([Customer(f"5301022{n:05d}", name) for n, name in enumerate(cartons)])
        yy = Product(**{**YUNYAN.__dict__})
        uow.products.add_many([yy])
        uow.sales.add_lines(
            _line(shift_month(start, k).replace(day=10), cid, yy, qty)
            for cid, series in zip(ids, cartons.values()) for k, qty in enumerate(series) if qty
        )
        uow.commit()
    return dict(zip(cartons, ids))
