"""Three salons (沙龙活动) so the area is alive on first start: two past ones with their whole funnel
(invited → confirmed → attended → followed up → converted) and one coming up, screened and half invited.

As elsewhere in the demo, an invitation's `customer_id` is a shop's position, its `event_id` a position
in `events`, and an event's product ids are positions in the catalogue."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta
from decimal import Decimal
from random import Random

from domain.demo.segments import CITY, TOWN
from domain.demo.shops import DemoShop
from domain.demo.spec import DemoSpec
from domain.model.customers import CustomerStatus, ValueTier
from domain.model.products import Product
from domain.model.visits import DayPlan
from domain.salons.model import (
    Attendance,
    Channel,
    Event,
    EventKind,
    Invitation,
    InviteState,
    Material,
    Outcome,
    Reply,
)

FEATURED = "黄金叶(乐途)"


@dataclass
class SalonPlan:
    events: list[Event] = field(default_factory=list)
    invitations: list[Invitation] = field(default_factory=list)
    follow_ups_done: set[int] = field(default_factory=set)  # invitation positions whose 跟进 is done


def _thursday(day: date) -> date:
    return day + timedelta(days=(3 - day.weekday()) % 7)


def _candidates(shops: list[DemoShop]) -> list[int]:
    found = [i for i, s in enumerate(shops)
             if s.segment in (CITY, TOWN) and s.customer.status is CustomerStatus.ACTIVE
             and s.customer.value_tier in (ValueTier.KEY, ValueTier.POTENTIAL, ValueTier.AT_RISK)]
    found.sort(key=lambda i: (i != 0, -(shops[i].customer.grade or 0), i))
    return found


def _past(rng: Random, plan: SalonPlan, event_no: int, event: Event, shops: list[int], walk_ins: list[int],
          done_share: float) -> None:
    """A held event: everyone invited, most answered, the confirmed mostly came, outcomes recorded."""
    for n, i in enumerate(shops):
        invited_on = event.on - timedelta(days=rng.randint(5, 12))
        reply = Reply.CONFIRMED if n % 10 < 7 else Reply.DECLINED if n % 10 < 9 else Reply.TENTATIVE
        came = reply is Reply.CONFIRMED and n % 7 != 3 or reply is Reply.TENTATIVE and n % 2 == 0
        attendance = Attendance.ATTENDED if came else Attendance.UNKNOWN if reply is Reply.DECLINED \
            else Attendance.ABSENT
        outcome = (Outcome.ORDERED, Outcome.LISTED, Outcome.NONE, Outcome.REFERRED, Outcome.NONE)[n % 5] \
            if came else Outcome.NONE
        plan.invitations.append(Invitation(
            event_no, i, InviteState.INVITED, invited_on, (Channel.VISIT, Channel.PHONE, Channel.WECHAT)[n % 3],
            reply, invited_on + timedelta(days=rng.randint(0, 3)),
            "家里有事" if reply is Reply.DECLINED else "看店里忙不忙" if reply is Reply.TENTATIVE else "",
            attendance, interested=came and n % 3 == 0, outcome=outcome,
            outcome_note={Outcome.ORDERED: "当场订了两条", Outcome.LISTED: "答应上柜试销",
                          Outcome.REFERRED: "介绍了隔壁超市"}.get(outcome, "")))
    for i in walk_ins:
        plan.invitations.append(Invitation(event_no, i, attendance=Attendance.ATTENDED, walk_in=True,
                                           outcome=Outcome.LISTED, outcome_note="听朋友说来的，答应上柜"))
    for pos, inv in enumerate(plan.invitations):
        needs = inv.event_id == event_no and (
            inv.reply is Reply.CONFIRMED and inv.attendance is Attendance.ABSENT
            or inv.attendance is Attendance.ATTENDED and inv.interested)
        if needs and rng.random() < done_share:
            plan.follow_ups_done.add(pos)


def generate_salons(rng: Random, spec: DemoSpec, shops: list[DemoShop], products: list[Product],
                    plans: list[DayPlan]) -> SalonPlan:
    plan = SalonPlan()
    pool = _candidates(shops)
    if len(pool) < 6:
        return plan
    featured = next((n for n, p in enumerate(products) if p.name == FEATURED), None)
    ids = (featured,) if featured is not None else ()
    meeting = Event("第四季度零售户座谈会", EventKind.MEETING, _thursday(spec.today - timedelta(days=80)),
                    time(14, 30), time(16, 30), "城关镇烟草营销部二楼会议室", 25, Decimal("2000"),
                    materials=(Material("签到表", "李明", True), Material("茶水果盘", "办公室", True),
                               Material("新版价签样张", "李明", True)),
                    notes="听取零售户对货源投放和服务的意见",
                    feedback="发言踊跃，集中反映紧俏烟投放不均；下次控制在90分钟内，提前发议题。", follow_up_days=3)
    training = Event("明码标价与陈列培训", EventKind.TRAINING, _thursday(spec.today - timedelta(days=28)),
                     time(9, 30), time(11, 30), "梧桐县金叶宾馆三楼会议室", 20, Decimal("1200"),
                     materials=(Material("投影仪", "宾馆", True), Material("陈列示范柜", "李明", True)),
                     feedback="现场示范效果好；有几户没带店员，下次请店员一起来。", follow_up_days=5)
    tasting = Event(f"新品品鉴会：{FEATURED}", EventKind.TASTING, _thursday(spec.today + timedelta(days=12)),
                    time(14, 30), time(16, 30), "梧桐县城关镇金叶宾馆三楼会议室", 20, Decimal("3600"), ids,
                    (Material("品鉴样烟", "李明", False), Material("签到表", "李明", False),
                     Material("宣传折页", "营销部", True), Material("茶歇", "宾馆", False)),
                    "邀请还未上柜的重点和潜力客户品鉴新品，交流陈列与明码标价经验", follow_up_days=3)
    plan.events += [meeting, training, tasting]
    _past(rng, plan, 0, meeting, pool[:20], pool[40:41], 1.0)
    _past(rng, plan, 1, training, pool[8:24], pool[41:43], 0.5)
    # the coming tasting: shops that do not list the new brand yet, half of them invited so far
    listed = {i for i, s in enumerate(shops) if any(p == featured for p, _ in s.portfolio)}
    coming_stops = {s.customer_id: p.plan_date for p in plans if p.plan_date > spec.today for s in p.stops}
    unlisted = [i for i in pool if i not in listed]
    # the not-yet-invited half leads with shops on the coming day plans: invited on that visit
    target = unlisted[:9] + sorted(unlisted[9:], key=lambda i: i not in coming_stops)[:9]
    for n, i in enumerate(target):
        if n >= len(target) // 2:
            inv = Invitation(2, i, invite_planned_on=coming_stops.get(i))
        else:
            asked = spec.today - timedelta(days=rng.randint(1, 5))
            reply = (Reply.CONFIRMED, Reply.CONFIRMED, Reply.PENDING, Reply.CONFIRMED, Reply.DECLINED,
                     Reply.TENTATIVE, Reply.CONFIRMED, Reply.PENDING, Reply.CONFIRMED)[n % 9]
            inv = Invitation(2, i, InviteState.INVITED, asked, (Channel.VISIT, Channel.PHONE, Channel.WECHAT)[n % 3],
                             reply, None if reply is Reply.PENDING else asked + timedelta(days=1),
                             "那天要进货" if reply is Reply.DECLINED else "")
        plan.invitations.append(inv)
    return plan


def with_ids(plan: SalonPlan, event_ids: list[int], customer_ids: list[int]) -> list[Invitation]:
    return [replace(inv, event_id=event_ids[inv.event_id], customer_id=customer_ids[inv.customer_id])
            for inv in plan.invitations]
