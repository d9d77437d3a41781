"""A small cultivation territory built through the ports only, so the same shops stand in the fake unit
of work and in a real SQLite workspace: the 黄鹤楼 story of seed 2 — a plan from October, one shop steady,
one reordered, one seen selling on its shelf, one that tried a single carton, one not yet listing — and
shops the proposal must pass over (one lists it already, one sells only cheap brands, one is archived),
and a rationed brand."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from domain.cultivation.model import CultivationPlan, TargetShop
from domain.model.customers import Customer, CustomerStatus, Segment
from domain.model.products import PriceClass, Product
from domain.model.sales import SalesLine
from domain.model.visits import InventoryCount, Visit, VisitStatus
from domain.ports import UnitOfWork

TODAY = date(2026, 12, 7)
START = date(2026, 10, 1)


@dataclass(frozen=True)
class Territory:
    shops: dict[str, int]  # by name
    products: dict[str, int]  # by code
    plan: int


def build(uow: UnitOfWork) -> Territory:
    with uow:
        town = uow.segments.add(Segment("城区", 7))
        village = uow.segments.add(Segment("乡镇", 14))
        rows = [
            Customer("530102300001", "甲店", segment_id=town, route="一线"),
            Customer("530102300002", "乙店", segment_id=town, route="一线"),
            Customer("530102300003", "丙店", segment_id=town, route="二线"),
            Customer("530102300004", "丁店", segment_id=village, route="二线"),
            Customer("530102300005", "戊店", segment_id=town, route="一线"),
            Customer("530102300006", "己店", segment_id=town, route="一线"),
            Customer("530102300007", "庚店", segment_id=town, route="一线", status=CustomerStatus.ARCHIVED),
            Customer("530102300008", "辛店", segment_id=village, route="三线"),
            Customer("530102300009", "壬店", segment_id=town, route="二线"),
        ]
        shops = dict(zip([c.name for c in rows], uow.customers.add_many(rows), strict=True))
        catalogue = [
            Product("HHL", "黄鹤楼(硬峡谷情)", Decimal(200), PriceClass.CLASS_1, Decimal(260)),
            Product("ZH", "中华(硬)", Decimal(450), PriceClass.CLASS_1, Decimal(500), is_scarce=True),
            Product("YX", "玉溪(软)", Decimal(190), PriceClass.CLASS_1, Decimal(230)),
            Product("HT", "红塔山(经典)", Decimal(80), PriceClass.CLASS_2, Decimal(100)),
            Product("JS", "金圣(硬)", Decimal(12), PriceClass.CLASS_5, Decimal(15)),
        ]
        products = dict(zip([p.code for p in catalogue], uow.products.add_many(catalogue), strict=True))

        def line(day: date, shop: str, code: str, qty: int) -> SalesLine:
            price = catalogue[list(products).index(code)].wholesale_price
            return SalesLine(day, shops[shop], products[code], qty, qty, price, price * qty)

        lines = []
        # the mix: 甲乙丙戊壬 sell class-1 cigarettes near 黄鹤楼's price; 丁 mostly class 2; 辛 only class 5
        for month in (9, 10, 11):
            day = date(2026, month, 5)
            for shop in ("甲店", "乙店", "丙店", "戊店", "壬店", "己店", "庚店"):
                lines.append(line(day, shop, "YX", 10))
            lines.append(line(day, "丁店", "HT", 10))
            lines.append(line(day, "丁店", "YX", 3))
            lines.append(line(day, "辛店", "JS", 30))
        lines.append(line(date(2026, 9, 20), "己店", "HHL", 2))  # lists it already
        lines += [
            line(date(2026, 9, 15), "甲店", "HHL", 1),  # before the plan: not counted
            line(date(2026, 10, 10), "甲店", "HHL", 1), line(date(2026, 10, 24), "甲店", "HHL", 2),
            line(date(2026, 11, 14), "甲店", "HHL", 2), line(date(2026, 12, 2), "甲店", "HHL", 3),
            line(date(2026, 10, 12), "乙店", "HHL", 1), line(date(2026, 11, 20), "乙店", "HHL", 2),
            line(date(2026, 11, 5), "丙店", "HHL", 1),
            line(date(2026, 11, 25), "丁店", "HHL", 1),
        ]
        uow.sales.add_lines(lines)
        uow.visits.add(Visit(shops["丙店"], date(2026, 11, 12), VisitStatus.DONE, inventory=[InventoryCount(products["HHL"], 1)]))
        uow.visits.add(Visit(shops["丙店"], date(2026, 11, 26), VisitStatus.DONE, inventory=[InventoryCount(products["HHL"], 0)]))
        # a planned visit's count is not a count yet
        uow.visits.add(Visit(shops["丁店"], date(2026, 12, 1), VisitStatus.PLANNED, inventory=[InventoryCount(products["HHL"], 0)]))
        plan = uow.cultivation.add_plan(CultivationPlan(products["HHL"], START, target_shops=6, target_cartons=10,
                                                        target_by=date(2027, 3, 31), note="黄鹤楼进城区"))
        uow.cultivation.set_targets(plan, [TargetShop(plan, shops[n], START, n == "戊店")
                                           for n in ("甲店", "乙店", "丙店", "丁店", "戊店")])
        uow.commit()
    return Territory(shops, products, plan)
