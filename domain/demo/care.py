"""Own care reminders (关怀提醒), family birthdays and a salon (沙龙) with its invitation list.

As in visits.py, `customer_id` is a shop's position and an invitation's `event_id` a position in `events`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from random import Random

from domain.care.reminders import FamilyBirthday
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
    Reminder,
    ReminderKind,
)
from domain.model.customers import Birthday, BirthdayCalendar, CustomerStatus, ValueTier
from domain.model.visits import FollowUp

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
    family: list[tuple[int, FamilyBirthday]] = field(default_factory=list)  # (shop position, birthday)


FAMILY = (("爱人", 0.5), ("儿子", 0.25), ("女儿", 0.25))
OWN_REMINDERS = (
    (0, 2, "带最新一期《读者》给店主"),
    (1, 0, "回电话确认春节备货意向"),
    (2, 5, "送新版价签和陈列贴"),
)


def _family(rng: Random, shops: list[DemoShop]) -> list[tuple[int, FamilyBirthday]]:
    """Family birthdays noted in some dossiers, half of them lunar: the owner's spouse first of all."""
    out = []
    for i, shop in enumerate(shops):
        if shop.customer.care.birthday is None or rng.random() >= 0.15:
            continue
        who = rng.choices([w for w, _ in FAMILY], [p for _, p in FAMILY])[0]
        calendar = BirthdayCalendar.LUNAR if rng.random() < 0.5 else BirthdayCalendar.SOLAR
        out.append((i, FamilyBirthday(who, Birthday(rng.randrange(1, 13), rng.randrange(1, 29), calendar))))
    return out


def _own(spec: DemoSpec, shops: list[DemoShop]) -> list[Reminder]:
    return [Reminder(ReminderKind.OWN, text, spec.today + timedelta(days=days), i, lead_days=0)
            for i, days, text in OWN_REMINDERS if i < len(shops)]


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
    # birthdays, licence expiries, follow-ups and festivals are computed from the data; only the
    # manager's own one-off reminders are stored
    care.reminders += _own(spec, shops)
    care.family += _family(rng, shops)
    _salon(rng, spec, shops, care)
    return care
