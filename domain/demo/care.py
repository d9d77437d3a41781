"""Own care reminders (关怀提醒) and family birthdays; `customer_id` is a shop's position, as in visits.py."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from random import Random

from domain.care.reminders import FamilyBirthday
from domain.demo.shops import DemoShop
from domain.demo.spec import DemoSpec
from domain.model.care import Reminder, ReminderKind
from domain.model.customers import Birthday, BirthdayCalendar
from domain.model.visits import FollowUp


@dataclass
class CarePlan:
    reminders: list[Reminder] = field(default_factory=list)
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


def generate_care(spec: DemoSpec, shops: list[DemoShop], follow_ups: list[FollowUp]) -> CarePlan:
    rng = Random(f"fieldbook-demo-care:{spec.seed}")
    care = CarePlan()
    # birthdays, licence expiries, follow-ups and festivals are computed from the data; only the
    # manager's own one-off reminders are stored
    care.reminders += _own(spec, shops)
    care.family += _family(rng, shops)
    return care
