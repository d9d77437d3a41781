"""客户筛选: which shops an event's target list takes. The facts come from the workspace in one query
(ports.SalonRepository.screening_facts); the choice is made here, so the fake and SQLite agree by
construction. The do-not-invite list always wins, whatever the criteria."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class ShopFacts:
    customer_id: int
    shop: str
    owner: str = ""
    segment: str = ""
    grade: int | None = None
    star: int | None = None  # stars of the latest evaluation
    value_tier: str = ""  # the tier's code
    tags: frozenset[str] = frozenset()
    route: str = ""
    listed_products: frozenset[int] = frozenset()  # bought in the last 3 months
    last_visit: date | None = None
    events_attended: int = 0
    do_not_invite: bool = False
    tier_invites: bool = True  # the tier's care plan invites to salons (True before the first computation)


@dataclass(frozen=True)
class Criteria:
    """Empty sets and None accept every shop."""

    segments: frozenset[str] = frozenset()
    grade_min: int | None = None
    grade_max: int | None = None
    stars: frozenset[int] = frozenset()
    value_tiers: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()  # any of them
    routes: frozenset[str] = frozenset()
    lacking_featured: bool = False  # only shops that list none of the event's products
    not_visited_days: int | None = None  # only shops not visited in this many days
    attended_before: bool | None = None  # True: past attendees only; False: never attended
    follow_tier_plans: bool = True  # leave out tiers whose care plan does not invite
    cultivation_plan: int | None = None  # only the target shops of this cultivation plan (品牌培育)


@dataclass(frozen=True)
class Screening:
    chosen: tuple[ShopFacts, ...]
    left_out_do_not_invite: int  # matched the criteria but are on the do-not-invite list
    left_out_tier_plan: int = 0
    capacity: int | None = None

    @property
    def over_capacity(self) -> int:
        return max(0, len(self.chosen) - self.capacity) if self.capacity else 0


def matches(s: ShopFacts, c: Criteria, featured: frozenset[int], today: date,
            plan_shops: frozenset[int] | None = None) -> bool:
    """`plan_shops`: the target shops of c.cultivation_plan (None: no such criterion)."""
    if plan_shops is not None and s.customer_id not in plan_shops:
        return False
    if c.segments and s.segment not in c.segments:
        return False
    if (c.grade_min is not None or c.grade_max is not None) and s.grade is None:
        return False
    if c.grade_min is not None and s.grade is not None and s.grade < c.grade_min:
        return False
    if c.grade_max is not None and s.grade is not None and s.grade > c.grade_max:
        return False
    if c.stars and s.star not in c.stars:
        return False
    if c.value_tiers and s.value_tier not in c.value_tiers:
        return False
    if c.tags and not (c.tags & s.tags):
        return False
    if c.routes and s.route not in c.routes:
        return False
    if c.lacking_featured and featured & s.listed_products:
        return False
    if c.not_visited_days is not None and s.last_visit is not None \
            and s.last_visit > today - timedelta(days=c.not_visited_days):
        return False
    if c.attended_before is True and s.events_attended == 0:
        return False
    return not (c.attended_before is False and s.events_attended > 0)


def screen(shops: list[ShopFacts], c: Criteria, featured: frozenset[int], today: date,
           capacity: int | None = None, plan_shops: frozenset[int] | None = None) -> Screening:
    matched = [s for s in shops if matches(s, c, featured, today, plan_shops)]
    suppressed = sum(1 for s in matched if s.do_not_invite)
    allowed = [s for s in matched if not s.do_not_invite]
    by_plan = [s for s in allowed if s.tier_invites or not c.follow_tier_plans]
    return Screening(tuple(by_plan), suppressed, len(allowed) - len(by_plan), capacity)
