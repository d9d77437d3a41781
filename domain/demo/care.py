"""Care reminders (关怀提醒) and a salon (沙龙) with its invitation list.

As in visits.py, `customer_id` is a shop's position and an invitation's `event_id` a position in `events`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from random import Random

from domain.demo.seasons import spring_festival
from domain.demo.segments import CITY, TOWN
from domain.demo.shops import DemoShop
from domain.demo.spec import DemoSpec
from domain.demo.visits import CHINA
from domain.model.care import (
    Event,
    EventKind,
    EventStatus,
    Invitation,
    InvitationStatus,
    Recurrence,
    Reminder,
    ReminderKind,
)
from domain.model.customers import BirthdayCalendar, CustomerStatus, ValueTier
from domain.model.visits import FollowUp, FollowUpStatus

BIRTHDAY_HORIZON_DAYS = 14
EXPIRY_HORIZON_DAYS = 60
INVITEES = 15
# The invitation list a week before a salon: most have answered, a few are still to be called.
INVITATION_STATUSES = (
    (InvitationStatus.ACCEPTED, 6), (InvitationStatus.INVITED, 4),
    (InvitationStatus.DECLINED, 2), (InvitationStatus.SHORTLISTED, 3),
)


@dataclass
class CarePlan:
    reminders: list[Reminder] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    invitations: list[Invitation] = field(default_factory=list)


def _next_solar(month: int, day: int, today: date) -> date | None:
    for year in (today.year, today.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:  # 29 February outside a leap year
            continue
        if d >= today:
            return d
    return None


def _birthdays(spec: DemoSpec, shops: list[DemoShop]) -> list[Reminder]:
    # Lunar birthdays need the lunar calendar to place them; the reminder service does that.
    out = []
    for i, shop in enumerate(shops):
        c = shop.customer
        b = c.care.birthday
        if b is None or b.calendar is not BirthdayCalendar.SOLAR:
            continue
        due = _next_solar(b.month, b.day, spec.today)
        if due is not None and (due - spec.today).days <= BIRTHDAY_HORIZON_DAYS:
            out.append(Reminder(ReminderKind.BIRTHDAY, f"{c.owner}生日（{c.name}）", due, i,
                                Recurrence.YEARLY_SOLAR, note=c.care.hobbies))
    return out


def _expiries(spec: DemoSpec, shops: list[DemoShop]) -> list[Reminder]:
    out = []
    for i, shop in enumerate(shops):
        expiry = shop.customer.license_expiry
        if expiry is not None and 0 <= (expiry - spec.today).days <= EXPIRY_HORIZON_DAYS:
            out.append(Reminder(
                ReminderKind.LICENSE_EXPIRY,
                f"{shop.customer.name}许可证{expiry.isoformat()}到期，提醒办理延续",
                max(spec.today, expiry - timedelta(days=30)), i, lead_days=7,
            ))
    return out


def _festivals(spec: DemoSpec) -> list[Reminder]:
    today = spec.today
    festival = spring_festival(today.year)
    if festival - timedelta(days=14) < today:
        festival = spring_festival(today.year + 1)
    national_day = _next_solar(9, 24, today) or today
    return [
        Reminder(ReminderKind.FESTIVAL, "春节前走访重点客户，落实节前备货", festival - timedelta(days=14),
                 lead_days=7, note=f"春节：{festival.isoformat()}"),
        Reminder(ReminderKind.FESTIVAL, "国庆节前备货提醒", national_day, recurrence=Recurrence.YEARLY_SOLAR,
                 lead_days=5),
    ]


def _salon(rng: Random, spec: DemoSpec, shops: list[DemoShop], care: CarePlan) -> None:
    day = spec.today + timedelta(days=12)
    day += timedelta(days=(3 - day.weekday()) % 7)  # a Thursday afternoon
    care.events.append(Event(
        title="新品品鉴沙龙",
        kind=EventKind.SALON,
        starts_at=datetime(day.year, day.month, day.day, 14, 30, tzinfo=CHINA).astimezone(UTC),
        location="梧桐县城关镇金叶宾馆三楼会议室",
        capacity=20,
        status=EventStatus.INVITING,
        description="邀请重点和潜力客户品鉴中华(双中支)、黄金叶(乐途)等新品，交流陈列与明码标价经验",
    ))
    # Screening: key and potential shops of the town segments, the best graded first.
    screened = [
        i for i, s in enumerate(shops)
        if s.segment in (CITY, TOWN) and s.customer.status is CustomerStatus.ACTIVE
        and s.customer.value_tier in (ValueTier.KEY, ValueTier.POTENTIAL)
    ]
    screened.sort(key=lambda i: (i != 0, -(shops[i].customer.grade or 0), i))
    statuses = [status for status, n in INVITATION_STATUSES for _ in range(n)]
    for i, status in zip(screened[:INVITEES], statuses):
        asked = status is not InvitationStatus.SHORTLISTED
        answered = status in (InvitationStatus.ACCEPTED, InvitationStatus.DECLINED)
        invited_on = spec.today - timedelta(days=rng.randint(3, 6))
        care.invitations.append(Invitation(
            event_id=0,
            customer_id=i,
            status=status,
            invited_on=invited_on if asked else None,
            responded_on=invited_on + timedelta(days=rng.randint(0, 2)) if answered else None,
            note="带店主爱人一起来" if i == 0 else "",
        ))


def generate_care(spec: DemoSpec, shops: list[DemoShop], follow_ups: list[FollowUp]) -> CarePlan:
    rng = Random(f"fieldbook-demo-care:{spec.seed}")
    care = CarePlan()
    care.reminders += _birthdays(spec, shops) + _expiries(spec, shops) + _festivals(spec)
    open_ups = [(f, f.due_on) for f in follow_ups if f.status is FollowUpStatus.OPEN and f.due_on is not None]
    for f, due_on in open_ups[:2]:
        care.reminders.append(Reminder(ReminderKind.FOLLOW_UP, f"跟进：{f.text}", due_on, f.customer_id,
                                       lead_days=1))
    care.reminders.sort(key=lambda r: (r.due_on, r.title))
    _salon(rng, spec, shops, care)
    return care
