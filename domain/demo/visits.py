"""The manager's recent weeks on the road: done visits with their records, day plans, follow-ups.

References here are positions, not ids: `customer_id` is a shop's position in the territory,
`product_id` a product's position, a stop's or follow-up's `visit_id` a position in `visits`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from random import Random

from domain.demo.sales import SalesGenerator
from domain.demo.segments import VILLAGE
from domain.demo.shops import DemoShop
from domain.demo.spec import DemoSpec
from domain.demo.stock import StockBook
from domain.model.customers import CustomerStatus
from domain.model.products import Product
from domain.model.visits import (
    DayPlan,
    EntryKind,
    FollowUp,
    FollowUpStatus,
    InventoryCount,
    PlanStop,
    StoreCheck,
    Visit,
    VisitEntry,
    VisitStatus,
    VisitStep,
    VisitType,
)
from domain.schemes import DEFAULT_SEGMENTS

HISTORY_DAYS = 42
CHINA = timezone(timedelta(hours=8))
VISIT_EVERY = {s.name: s.visit_every_days for s in DEFAULT_SEGMENTS}

ENTRY_TEMPLATES: tuple[tuple[VisitStep, EntryKind, str], ...] = (
    (VisitStep.STORE_CHECK, EntryKind.NOTE, "补齐缺失价签{n}张"),
    (VisitStep.SERVICE, EntryKind.INFORMATION_PASSED, "宣传新品{p}上市，讲解陈列要求"),
    (VisitStep.SERVICE, EntryKind.INFORMATION_PASSED, "传达公司本月订货政策"),
    (VisitStep.SUGGESTED_ORDER, EntryKind.RECOMMENDATION, "建议下周订{p}{n}条"),
    (VisitStep.RECORD, EntryKind.NEED, "希望增加{p}的供货"),
    (VisitStep.RECORD, EntryKind.OPINION, "反映紧俏烟货源不足"),
    (VisitStep.RECORD, EntryKind.MARKET_INFO, "附近新开工业园，工人增多，低价位烟走得快"),
    (VisitStep.RECORD, EntryKind.COMPETITOR_INFO, "对面店在搞促销，{p}让价销售"),
    (VisitStep.RECORD, EntryKind.COMPLAINT, "订货终端偶尔登录不上"),
    (VisitStep.RECORD, EntryKind.MARKET_INFO, "村里外出务工人员陆续返乡，需求回升"),
)
SUMMARIES = (
    "经营正常，陈列整齐", "价签已补齐，建议调整品规结构", "店主关心紧俏烟货源，已做解释",
    "新品试销情况良好", "销量平稳，提醒注意许可证有效期", "店主外出，与家属沟通",
)
FOLLOW_UP_TEXTS = (
    "落实{p}补货需求", "帮助办理许可证延续手续", "送新品宣传资料和价签", "回复订货终端登录问题",
    "了解{p}动销情况", "协调解决陈列柜更换",
)


@dataclass
class VisitHistory:
    visits: list[Visit] = field(default_factory=list)
    day_plans: list[DayPlan] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)


def _working_days(start: date, end: date) -> list[date]:
    days, d = [], start
    while d < end:
        if d.weekday() < 5:
            days.append(d)
        d += timedelta(days=1)
    return days


def next_working_day(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _pick_stops(rng: Random, shops: list[DemoShop], day: date, last: list[date],
                rounds: dict[int, list[int]], fixed: tuple[int, ...] = ()) -> list[int]:
    """The most overdue shops on the routes of this weekday (any route at weekends)."""
    def overdue(i: int) -> int:
        every = shops[i].customer.visit_every_days or VISIT_EVERY[shops[i].segment]
        return (day - last[i]).days - every
    candidates = [i for i in rounds.get(day.weekday(), rounds[-1]) if i not in fixed]
    candidates.sort(key=lambda i: (-overdue(i), i))
    return list(fixed) + candidates[: max(0, rng.randint(7, 9) - len(fixed))]


def _rounds(shops: list[DemoShop]) -> dict[int, list[int]]:
    """Active shops by the weekday of their route; -1 holds them all (for a weekend plan)."""
    rounds: dict[int, list[int]] = {d: [] for d in (-1, 0, 1, 2, 3, 4)}
    for i, shop in enumerate(shops):
        if shop.customer.status is CustomerStatus.ACTIVE:
            rounds[shop.order_weekday].append(i)
            rounds[-1].append(i)
    return rounds


def _count(rng: Random, stock: StockBook, shop: int, product: int, day: date) -> InventoryCount:
    suggested = rng.randint(1, 6)
    rng.randint(0, 8)  # the stock this once drew: drawn still, so that the rest of the stream stays the same
    return InventoryCount(product, stock.count(shop, product, day), suggested, suggested - rng.randint(0, 1))


def _done_visit(rng: Random, shops: list[DemoShop], products: list[Product], stock: StockBook, i: int, day: date,
                position: int) -> Visit:
    shop = shops[i]
    phone = shop.segment == VILLAGE and rng.random() < 0.4
    start = datetime(day.year, day.month, day.day, 9, 0, tzinfo=CHINA) + timedelta(minutes=50 * position)
    names = [products[p].name for p, _ in shop.portfolio]
    entries = [
        VisitEntry(step, kind, text.format(p=rng.choice(names), n=rng.randint(1, 5)))
        for step, kind, text in rng.sample(ENTRY_TEMPLATES, rng.randint(1, 3))
    ]
    if i == 0:
        entries.append(VisitEntry(VisitStep.GREETING, EntryKind.NOTE, "带去最新一期《读者》，店主很高兴"))
    missing = 0 if rng.random() < 0.8 else rng.randint(1, 3)
    check = StoreCheck() if phone else StoreCheck(
        license_shown=rng.random() < 0.97,
        price_labels_complete=missing == 0,
        price_labels_missing=missing,
        display_state=rng.choice(("整齐", "较整齐", "需整理")),
        pop_state=rng.choice(("宣传品齐全", "缺少新品宣传页", "")),
        tidiness=rng.choice(("干净", "一般")),
    )
    inventory = [] if phone else [
        _count(rng, stock, i, p, day) for p, _ in rng.sample(shop.portfolio, min(3, len(shop.portfolio)))
    ]
    every = shop.customer.visit_every_days or VISIT_EVERY[shop.segment]
    return Visit(
        customer_id=i,
        planned_on=day,
        status=VisitStatus.DONE,
        visit_type=VisitType.PHONE if phone else VisitType.IN_PERSON,
        started_at=start.astimezone(UTC),
        ended_at=(start + timedelta(minutes=rng.randint(15, 40))).astimezone(UTC),
        store_check=check,
        entries=entries,
        inventory=inventory,
        summary=rng.choice(SUMMARIES),
        next_visit_on=day + timedelta(days=every),
    )


def _routes(shops: list[DemoShop], stops: list[PlanStop]) -> str:
    """The routes a day's stops lie on, in visiting order: 线路一、线路六."""
    routes: list[str] = []
    for stop in stops:
        route = shops[stop.customer_id].customer.route
        if route not in routes:
            routes.append(route)
    return "、".join(routes)


def generate_visits(spec: DemoSpec, shops: list[DemoShop], products: list[Product],
                    sales: SalesGenerator) -> VisitHistory:
    """The visits; their stock counts agree with `sales` (the territory's order lines)."""
    rng = Random(f"fieldbook-demo-visits:{spec.seed}")
    today, history = spec.today, VisitHistory()
    start = today - timedelta(days=HISTORY_DAYS)
    stock = StockBook(sales, start, today)
    rounds = _rounds(shops)
    last = [start - timedelta(days=rng.randrange(VISIT_EVERY[s.segment])) for s in shops]
    for day in _working_days(start, today):
        # the worked example's shop is seen every week, on its route's day
        fixed = (0,) if day.weekday() == shops[0].order_weekday else ()
        stops = []
        for position, i in enumerate(_pick_stops(rng, shops, day, last, rounds, fixed)):
            history.visits.append(_done_visit(rng, shops, products, stock, i, day, position))
            stops.append(PlanStop(i, position + 1, len(history.visits) - 1))
            last[i] = day
        if not stops:
            continue
        history.day_plans.append(DayPlan(day, stops, route=_routes(shops, stops),
                                         summary=f"今日拜访{len(stops)}户，经营基本正常"))
    for day, fixed in ((today, (0,)), (next_working_day(today), ())):
        stops = []
        for position, i in enumerate(_pick_stops(rng, shops, day, last, rounds, fixed)):
            history.visits.append(Visit(customer_id=i, planned_on=day))
            stops.append(PlanStop(i, position + 1, len(history.visits) - 1))
            last[i] = day
        if not stops:
            continue
        history.day_plans.append(DayPlan(day, stops, route=_routes(shops, stops),
                                         note="带价签、新品宣传页和拜访手册"))
    _follow_ups(rng, spec, shops, products, history)
    return history


def _follow_ups(rng: Random, spec: DemoSpec, shops: list[DemoShop], products: list[Product],
                history: VisitHistory) -> None:
    done = [(n, v) for n, v in enumerate(history.visits) if v.status is VisitStatus.DONE]
    for k, (n, visit) in enumerate(done[-8:]):
        shop = shops[visit.customer_id]
        text = rng.choice(FOLLOW_UP_TEXTS).format(p=products[shop.portfolio[0][0]].name)
        closed = k < 2
        history.follow_ups.append(FollowUp(
            customer_id=visit.customer_id,
            text=text,
            due_on=spec.today + timedelta(days=rng.randint(1, 10)) if not closed else visit.planned_on,
            status=FollowUpStatus.DONE if closed else FollowUpStatus.OPEN,
            visit_id=n,
            done_on=visit.planned_on + timedelta(days=1) if closed else None,
        ))
    history.follow_ups.append(FollowUp(0, "带最新一期《读者》杂志给王建国", spec.today + timedelta(days=3)))
