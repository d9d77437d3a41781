"""A small salon territory built through the ports only, so the same shops stand in the fake unit of
work and in a real SQLite workspace: two segments, a shop that already lists the new brand, one on the
do-not-invite list, an ordinary-tier shop (whose care plan does not invite), an archived one, a past
event one shop attended, and the tasting to come."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal

from domain.model.customers import Customer, CustomerStatus, Segment, ValueTier
from domain.model.products import PriceClass, Product
from domain.model.sales import SalesLine
from domain.model.visits import Visit, VisitStatus
from domain.ports import UnitOfWork
from domain.salons.model import Attendance, Event, EventKind, Invitation, InviteState, Reply

TODAY = date(2026, 12, 7)


@dataclass(frozen=True)
class Territory:
    shops: dict[str, int]  # by name
    new_brand: int
    tasting: int  # the upcoming event's id
    past: int


def build(uow: UnitOfWork) -> Territory:
    with uow:
        town = uow.segments.add(Segment("城区", 7))
        village = uow.segments.add(Segment("乡镇", 14))
        market = uow.segments.add(Segment("集贸市场", 7))
        rows = [
            Customer("530102200001", "甲店", owner="王一", segment_id=town, grade=22, star_level=4,
                     value_tier=ValueTier.KEY, tags=["烟酒店"], route="一线"),
            Customer("530102200002", "乙店", owner="李二", segment_id=town, grade=12, star_level=2,
                     value_tier=ValueTier.POTENTIAL, route="一线"),
            Customer("530102200003", "丙店", owner="张三", segment_id=village, grade=18, star_level=3,
                     value_tier=ValueTier.AT_RISK, tags=["夫妻店"], route="二线"),
            Customer("530102200004", "丁店", owner="赵四", segment_id=village, grade=8,
                     value_tier=ValueTier.ORDINARY, route="二线"),
            Customer("530102200005", "戊店", owner="钱五", segment_id=market, grade=25, value_tier=ValueTier.KEY),
            Customer("530102200006", "己店", owner="孙六", segment_id=town, grade=15),  # no tier yet
            Customer("530102200007", "庚店", segment_id=town, grade=20, value_tier=ValueTier.KEY,
                     status=CustomerStatus.ARCHIVED),
            Customer("530102200008", "辛店", owner="周八", segment_id=village, grade=21, value_tier=ValueTier.KEY),
        ]
        ids = dict(zip([c.name for c in rows], uow.customers.add_many(rows), strict=True))
        new_brand, old_brand = uow.products.add_many([
            Product("N1", "新品细支", Decimal(400), PriceClass.CLASS_2, Decimal(480)),
            Product("O1", "老牌", Decimal(100), PriceClass.CLASS_3, Decimal(120)),
        ])
        uow.sales.add_lines([
            SalesLine(date(2026, 11, 3), ids["甲店"], new_brand, 2, 2, Decimal(400), Decimal(800)),
            SalesLine(date(2026, 11, 3), ids["乙店"], old_brand, 5, 5, Decimal(100), Decimal(500)),
            SalesLine(date(2026, 6, 3), ids["丙店"], new_brand, 1, 1, Decimal(400), Decimal(400)),  # too long ago
        ])
        uow.visits.add(Visit(ids["乙店"], date(2026, 12, 1), VisitStatus.DONE))
        uow.visits.add(Visit(ids["丙店"], date(2026, 10, 1), VisitStatus.DONE))
        uow.visits.add(Visit(ids["丙店"], date(2026, 12, 4), VisitStatus.PLANNED))  # planned is not visited
        past = uow.salons.add_event(Event("零售户座谈会", EventKind.MEETING, date(2026, 10, 15)))
        uow.salons.add_invitation(Invitation(past, ids["丙店"], InviteState.INVITED, date(2026, 10, 8),
                                             reply=Reply.CONFIRMED, attendance=Attendance.ATTENDED))
        uow.salons.add_invitation(Invitation(past, ids["丁店"], InviteState.INVITED, date(2026, 10, 8),
                                             reply=Reply.DECLINED, reply_reason="忙"))
        tasting = uow.salons.add_event(Event("新品品鉴会", EventKind.TASTING, date(2026, 12, 24), time(14, 30),
                                             time(16, 30), "金叶宾馆", capacity=3, budget=Decimal(1200),
                                             product_ids=(new_brand,)))
        uow.salons.set_do_not_invite(ids["戊店"], "不愿参加活动")
        uow.commit()
    return Territory(ids, new_brand, tasting, past)
