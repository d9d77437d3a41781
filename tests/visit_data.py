"""One shop with hand-computed visit preparation figures, written through the repositories, so that the
same data checks the services on the fake unit of work and the SQL on a real workspace.

北环路烟酒店 (weekly visits, segment 乡镇主街), orders every Friday 7 Aug – 30 Oct 2026 (13 Fridays):
    A 云烟(软珍品) class 1, 200 → 230: 2 a week → 26 cartons, ¥5,200, profit 26 × 30 = ¥780 (and 2 on 3 Jul)
    B 红河(硬) class 3, 50, no retail price: 4 a week → 52 cartons, ¥2,600, profit 8% = ¥208
    D 新品乙 class 2, 80 → 100, new: 1 on 16, 23, 30 Oct → 3, ¥240, profit ¥60 (first ordered 16 Oct)
    E 紧俏丙 class 1, 250 → 300, scarce: 1 (asked 5) on 4 Sep, 2 Oct, 30 Oct → 3, ¥750, profit ¥150
    C 新品甲 class 2, new: never ordered
Aug–Oct: 84 cartons, ¥8,790.00, gross profit ¥1,198.00, classes 1–2 32 cartons; per month 24, 25, 35.
8 weeks to the latest order (5 Sep – 30 Oct): A 16, B 32, D 3, E 2 (latest 1).
Latest star evaluation 15 Oct 2026, 5A8: price labels 4 of 10, display 6 of 10, the rest full.
Follow-ups: 送新品宣传资料 due 20 Nov (open), 已办完的事 (done). Birthday 30 Nov (solar).
河边小卖部: no orders, no evaluation.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from domain.model.customers import Birthday, CareNotes, Customer, Segment
from domain.model.evaluations import StarEvaluation
from domain.model.products import PriceClass, Product
from domain.model.sales import SalesLine
from domain.model.visits import FollowUp, FollowUpStatus
from domain.ports import UnitOfWork
from domain.schemes import DEFAULT_STAR_CRITERIA

TODAY = date(2026, 11, 27)
FRIDAYS = [date(2026, 8, 7) + timedelta(weeks=n) for n in range(13)]  # 7 Aug … 30 Oct


def _line(day: date, customer: int, product: Product, qty: int, requested: int | None = None) -> SalesLine:
    assert product.id is not None
    return SalesLine(day, customer, product.id, requested or qty, qty, product.wholesale_price,
                     product.wholesale_price * qty)


def build_shop(uow: UnitOfWork) -> tuple[int, dict[str, Product]]:
    """Writes the shop into an empty workspace; returns its id and the products by letter."""
    with uow:
        segment_id = uow.segments.add(Segment("乡镇主街", 7))
        uow.settings.save(uow.settings.load())
        uow.evaluations.set_criteria(DEFAULT_STAR_CRITERIA)
        cid = uow.customers.add(Customer(
            "530102100001", "北环路烟酒店", owner="王建国", route="线路一", segment_id=segment_id,
            care=CareNotes(Birthday(11, 30), hobbies="看《读者》", preferred_contact_time="上午"),
        ))
        uow.customers.add(Customer("530102100002", "河边小卖部", route="线路二", segment_id=segment_id))
        products = {
            "A": Product("A01", "云烟(软珍品)", Decimal(200), PriceClass.CLASS_1, Decimal(230)),
            "B": Product("B01", "红河(硬)", Decimal(50), PriceClass.CLASS_3),
            "C": Product("C01", "新品甲", Decimal(90), PriceClass.CLASS_2, Decimal(110), is_new=True),
            "D": Product("D01", "新品乙", Decimal(80), PriceClass.CLASS_2, Decimal(100), is_new=True),
            "E": Product("E01", "紧俏丙", Decimal(250), PriceClass.CLASS_1, Decimal(300), is_scarce=True),
        }
        for product, new_id in zip(products.values(), uow.products.add_many(list(products.values()))):
            product.id = new_id
        A, B, D, E = (products[k] for k in "ABDE")
        lines = [_line(date(2026, 7, 3), cid, A, 2)]
        lines += [_line(d, cid, A, 2) for d in FRIDAYS] + [_line(d, cid, B, 4) for d in FRIDAYS]
        lines += [_line(d, cid, D, 1) for d in FRIDAYS[-3:]]
        lines += [_line(d, cid, E, 1, requested=5) for d in (date(2026, 9, 4), date(2026, 10, 2), date(2026, 10, 30))]
        uow.sales.add_lines(lines)
        uow.evaluations.add_star_evaluation(StarEvaluation(
            customer_id=cid, evaluated_on=date(2026, 10, 15),
            scores={c.code: c.max_score for c in DEFAULT_STAR_CRITERIA} | {"price_labels": Decimal(4),
                                                                          "display": Decimal(6)},
            total_score=Decimal(90), star_level=5, integrity_grade="A", value_points=8, result_code="5A8",
        ))
        uow.visits.add_follow_up(FollowUp(cid, "送新品宣传资料", date(2026, 11, 20)))
        uow.visits.add_follow_up(FollowUp(cid, "已办完的事", date(2026, 11, 1), status=FollowUpStatus.DONE))
        uow.commit()
    return cid, products
