"""One brand-cultivation plan (品牌培育) so the area has a funnel on first start: 黄鹤楼(硬珍品) pushed into
city and town shops that did not carry it, from the first day of the month three months back (so that
the last orders, which end with the last complete month, can make a shop steady). Its shops
stand at every stage — the 黄鹤楼 story of seed 2: some tried one carton, two reordered, one is seen
selling on its shelf, two are steady, the rest still recommended.

As elsewhere in the demo, shops, products and visits are positions; build_demo turns them into ids.
The shops chosen never include the worked example's (position 0), whose figures the tests pin."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from domain.cultivation.model import CultivationPlan
from domain.demo.catalogue import position_of
from domain.demo.segments import CITY, TOWN
from domain.demo.shops import DemoShop
from domain.demo.spec import DemoSpec
from domain.model.customers import CustomerStatus
from domain.model.products import Product
from domain.model.sales import SalesLine
from domain.model.visits import InventoryCount, Visit, VisitStatus

PRODUCT = "黄鹤楼(硬珍品)"
# what each chosen shop does after the start, in this order: steady, reordered, moving (one carton
# seen gone from the shelf), tried one carton, or nothing yet
ROLES = ("steady", "steady", "reordered", "reordered", "moving", "tried", "tried", "none", "none", "none")


@dataclass
class CultivationDemo:
    plans: list[CultivationPlan] = field(default_factory=list)  # product_id: a position
    targets: list[list[tuple[int, bool]]] = field(default_factory=list)  # per plan: (shop position, by hand)
    lines: list[SalesLine] = field(default_factory=list)  # customer and product ids are positions
    counts: list[tuple[int, InventoryCount]] = field(default_factory=list)  # (visit position, count)


def _start(today: date) -> date:
    y, m = (today.year, today.month - 3) if today.month > 3 else (today.year - 1, today.month + 9)
    return date(y, m, 1)


def generate_cultivation(spec: DemoSpec, shops: Sequence[DemoShop], products: Sequence[Product],
                         visits: Sequence[Visit], order_dates: Callable[[int], list[date]]) -> CultivationDemo:
    out = CultivationDemo()
    product = position_of(PRODUCT)
    start = max(_start(spec.today), spec.first_month)
    price = products[product].wholesale_price
    eligible = [i for i, s in enumerate(shops) if i and s.segment in (CITY, TOWN)
                and s.customer.status is CustomerStatus.ACTIVE and s.orders_until is None
                and product not in {p for p, _ in s.portfolio}]
    if not eligible:
        return out
    out.plans.append(CultivationPlan(product, start, target_shops=8, target_cartons=30,
                                     target_by=start + timedelta(days=180), note="城区、乡镇主街一类烟客户试点上柜"))
    done: dict[int, list[tuple[date, int]]] = {}
    for pos, v in enumerate(visits):
        if v.status is VisitStatus.DONE and v.planned_on >= start:
            done.setdefault(v.customer_id, []).append((v.planned_on, pos))
    # the shelf story needs two visits after the start: it is told at a shop that had them
    counted = next((i for i in eligible if len(done.get(i, ())) >= 2), None)
    # the shops still only recommended are, where they can be, shops on the coming day plans: the
    # first handbook printed then has a cultivation product to push
    planned = {v.customer_id for v in visits if v.status is VisitStatus.PLANNED and v.planned_on >= spec.today}
    pool = [i for i in eligible if i != counted]
    ahead = [i for i in pool if i in planned]
    used: set[int] = set()
    chosen, roles = [], []
    for role in ROLES:
        if role == "moving" and counted is not None:
            i: int | None = counted
        else:
            order = [*ahead, *pool] if role == "none" else [*(j for j in pool if j not in planned), *ahead]
            i = next((j for j in order if j not in used), None)
        if i is not None:
            used.add(i)
            chosen.append(i)
            roles.append(role)
    for i, role in zip(chosen, roles):
        days = [d for d in order_dates(i) if start + timedelta(days=7) <= d <= spec.history_end]
        if role == "none" or len(days) < 4:
            continue
        seen = sorted(done.get(i, ()))
        if role == "steady":
            picked = days[::2]
        elif role == "reordered":
            picked = [days[len(days) // 2], days[min(len(days) - 1, len(days) // 2 + 2)]]
        elif role == "moving" and len(seen) >= 2:  # ordered before a visit, then the shelf counted twice
            picked = [max((d for d in days if d < seen[0][0]), default=days[0])]
            for stock, (_day, pos) in zip((1, 0), seen[:2]):
                out.counts.append((pos, InventoryCount(product, stock)))
        else:  # one carton tried, a few weeks ago
            picked = [days[-3]]
        for n, day in enumerate(picked):
            qty = 1 if n == 0 else 2
            out.lines.append(SalesLine(day, i, product, qty, qty, price, price * qty))
    # two of the shops still to win were added by hand, after the proposal
    out.targets.append([(i, role == "none" and n % 2 == 1) for n, (i, role) in enumerate(zip(chosen, roles))])
    return out
