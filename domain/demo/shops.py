"""The demo's retailers (零售户): who they are, where, and what drives their orders."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import accumulate
from random import Random
from typing import TypeVar

from domain.care.lunar import lunar_of_solar
from domain.demo import names as w
from domain.demo import shop_notes as notes
from domain.demo import worked_example
from domain.demo.catalogue import popularity, position_of
from domain.demo.segments import BUSINESS_VOLUME, BY_NAME, CITY, PROFILES, ROAD, TOWN, SegmentProfile
from domain.demo.spec import DemoSpec, add_months
from domain.model.customers import (
    Birthday,
    BirthdayCalendar,
    BusinessType,
    Customer,
    CustomerStatus,
    ValueTier,
)
from domain.model.products import Product

SHOPS_PER_ROUTE = 35
LICENSE_AREA = "530102"


@dataclass(frozen=True)
class DemoShop:
    """A generated customer and what drives its orders: only `customer` is stored, orders show the rest."""

    customer: Customer
    segment: str  # segment name; build_demo maps it to the workspace's segment id
    town: str
    monthly_cartons: float  # an ordinary month
    portfolio: tuple[tuple[int, float], ...]  # (product position, share of the shop's cartons)
    order_weekday: int = 0  # Monday 0: each route orders on its own day
    inflating_product: int | None = None  # a scarce product whose stated demand inflates (seed 2)
    loyalty: float = 0.5
    orders_until: date | None = None  # a suspended shop stopped ordering

    @property
    def profile(self) -> SegmentProfile:
        return BY_NAME[self.segment]


T = TypeVar("T")


def _weighted(rng: Random, pairs: Sequence[tuple[T, int]]) -> T:
    return rng.choices([p for p, _ in pairs], weights=[wt for _, wt in pairs])[0]


def _shop_name(rng: Random, segment: str, place: str, town: str, owner: str, bt: BusinessType,
               used: set[str]) -> str:
    """Shops are called after their road or village, their owner (张记) or a lucky word (兴旺)."""
    suffix = rng.choice(w.SHOP_SUFFIXES[bt.value])
    choices = [rng.choice(w.AUSPICIOUS), owner[0] + "记", town[:2] if segment == TOWN else place]
    for prefix in choices[::-1] if rng.random() < 0.4 else choices:
        if prefix + suffix not in used:
            used.add(prefix + suffix)
            return prefix + suffix
    # Big territories run out of short names: qualify by place, then number the branches.
    base = f"{choices[0]}{suffix}（{town[:2]}{place}）"
    name, n = base, 1
    while name in used:
        n += 1
        name = f"{base[:-1]}{w.chinese_number(n)}店）"
    used.add(name)
    return name


def _place(rng: Random, profile: SegmentProfile) -> tuple[str, str, str]:
    """(town, place — the road or village, full address)."""
    if profile.name == CITY:
        road = rng.choice(w.CITY_ROADS)
        return w.COUNTY_SEAT, road, f"{w.COUNTY}{w.COUNTY_SEAT}{road}{rng.randrange(1, 300)}号"
    if profile.name == TOWN:
        town, street = rng.choice(w.TOWNS), rng.choice(w.TOWN_STREETS)
        return town, street, f"{w.COUNTY}{town}{street}{rng.randrange(1, 120)}号"
    village = rng.choice(w.VILLAGE_HEADS) + rng.choice(w.VILLAGE_TAILS)
    if profile.name == ROAD:
        town, road = rng.choice(w.TOWNS + w.TOWNSHIPS), rng.choice(w.HIGHWAYS)
        return town, village, f"{w.COUNTY}{town}{village}{road}旁"
    town = rng.choice(w.TOWNSHIPS + w.TOWNS[-2:])
    return town, village, f"{w.COUNTY}{town}{village}{rng.choice(w.GROUPS)}"


def _pulls(profile: SegmentProfile, products: list[Product]) -> list[float]:
    """How strongly each product sells in this segment: its price class's pull times its popularity."""
    return [profile.class_weights[int(p.price_class) - 1] * popularity(i) for i, p in enumerate(products)]


def _portfolio(rng: Random, profile: SegmentProfile, pulls: list[float],
               cum_pulls: list[float]) -> tuple[tuple[int, float], ...]:
    """The products a shop lists (上柜) and each one's share of its cartons."""
    size = min(len(pulls), rng.randint(*profile.portfolio))
    chosen: list[int] = []
    positions = range(len(pulls))
    while len(chosen) < size:
        for pick in rng.choices(positions, cum_weights=cum_pulls, k=2 * size):
            if pick not in chosen and len(chosen) < size:
                chosen.append(pick)
    chosen.sort()
    shares = [pulls[i] * (0.4 + rng.random()) for i in chosen]
    total = sum(shares)
    return tuple((i, share / total) for i, share in zip(chosen, shares))


def _new_shop(rng: Random, spec: DemoSpec, products: list[Product], license_no: str, code: str,
              used_names: set[str], pulls: dict[str, tuple[list[float], list[float]]]) -> DemoShop:
    profile: SegmentProfile = _weighted(rng, tuple((p, p.weight) for p in PROFILES))
    bt: BusinessType = _weighted(rng, profile.business_types)
    town, place, address = _place(rng, profile)
    owner = notes.person(rng)
    area = rng.randint(*profile.area_m2)
    mid_area = sum(profile.area_m2) / 2
    volume = profile.monthly_cartons * BUSINESS_VOLUME[bt] * (0.5 + 0.5 * area / mid_area)
    volume *= 0.6 + 0.8 * rng.random()
    today = spec.today
    if rng.random() < 0.04:  # a shop licensed during the history: its orders start late
        opened = today - timedelta(days=rng.randrange(60, 30 * spec.months + 60))
    else:
        opened = today - timedelta(days=rng.randrange(30 * spec.months + 60, 9000))
    expiry_days = rng.randrange(1, 61) if rng.random() < 0.04 else rng.randrange(61, 1826)
    portfolio = _portfolio(rng, profile, *pulls[profile.name])
    scarce = [i for i, _ in portfolio if products[i].is_scarce]
    inflating = scarce[0] if scarce and rng.random() < 0.1 else None
    suspended = rng.random() < 0.01
    customer = Customer(
        license_no=license_no,
        name=_shop_name(rng, profile.name, place, town, owner, bt, used_names),
        owner=owner,
        phone=notes.mobile(rng),
        phone2=notes.mobile(rng) if rng.random() < 0.15 else "",
        address=address,
        business_type=bt,
        market=profile.market,
        customer_code=code,
        integrity_grade=_weighted(rng, (("AAA", 10), ("AA", 30), ("A", 45), ("B", 15))),
        status=CustomerStatus.SUSPENDED if suspended else CustomerStatus.ACTIVE,
        opened_on=opened,
        license_expiry=today + timedelta(days=expiry_days),
        tags=notes.tags(rng),
        environment=notes.environment(rng, profile.name, place, town, area),
        care=notes.care(rng),
        notes=rng.choice(w.NOTES),
    )
    return DemoShop(
        customer, profile.name, town, volume, portfolio,
        inflating_product=inflating,
        loyalty=rng.random(),
        orders_until=add_months(spec.last_month, -1) if suspended else None,
    )


def _worked_example_shop(spec: DemoSpec) -> DemoShop:
    portfolio = tuple(
        (position_of(name), cartons / worked_example.MONTH_CARTONS)
        for name, cartons in worked_example.BASKET
    )
    return DemoShop(worked_example.customer(spec.today), CITY, w.COUNTY_SEAT,
                    float(worked_example.MONTH_CARTONS), portfolio, loyalty=0.9)


def _assign_routes(shops: list[DemoShop]) -> list[DemoShop]:
    """Routes follow the towns, about 35 shops each; each route orders on its own weekday."""
    by_town: dict[str, list[int]] = {t: [] for t in (w.COUNTY_SEAT, *w.TOWNS, *w.TOWNSHIPS)}
    for i, shop in enumerate(shops):
        by_town[shop.town].append(i)
    route_no = 0
    out = list(shops)
    for members in by_town.values():
        for start in range(0, len(members), SHOPS_PER_ROUTE):
            route_no += 1
            for i in members[start:start + SHOPS_PER_ROUTE]:
                out[i].customer.route = f"线路{w.chinese_number(route_no)}"
                out[i] = replace(out[i], order_weekday=(route_no - 1) % 5)
    return out


def _rank_shops(rng: Random, shops: list[DemoShop]) -> None:
    """Grade (档位) by volume rank, stars by volume and loyalty, value tier by the two medians."""
    n = len(shops)
    order = sorted(range(n), key=lambda i: (shops[i].monthly_cartons, -i))
    volume_rank = {i: r / max(1, n - 1) for r, i in enumerate(order)}
    median_volume = shops[order[n // 2]].monthly_cartons
    median_loyalty = sorted(s.loyalty for s in shops)[n // 2]
    for i, shop in enumerate(shops[1:], start=1):
        c, pct = shop.customer, volume_rank[i]
        c.grade = min(30, max(1, 1 + round(29 * pct) + rng.choice((-1, 0, 0, 1))))
        c.star_level = 1 + int((0.6 * pct + 0.4 * shop.loyalty) * 4.999)
        high_value, loyal = shop.monthly_cartons >= median_volume, shop.loyalty >= median_loyalty
        c.value_tier = (
            ValueTier.KEY if high_value and loyal
            else ValueTier.AT_RISK if high_value
            else ValueTier.POTENTIAL if loyal
            else ValueTier.ORDINARY
        )


def _plant_dates(rng: Random, spec: DemoSpec, shops: list[DemoShop]) -> None:
    """Make sure the reminders have something to show: birthdays and license expiries coming up."""
    others = range(1, len(shops))
    for n, i in enumerate(rng.sample(others, min(len(others), max(2, len(shops) // 40)))):
        soon = spec.today + timedelta(days=rng.randrange(1, 14))
        year = rng.randrange(1960, 1995)
        if n % 2:  # every other one counted by the lunar calendar, as the owners tell it
            lunar = lunar_of_solar(soon)
            shops[i].customer.care.birthday = Birthday(lunar.month, lunar.day, BirthdayCalendar.LUNAR, year,
                                                       lunar.leap)
        else:
            shops[i].customer.care.birthday = Birthday(soon.month, soon.day, BirthdayCalendar.SOLAR, year)
    for i in rng.sample(others, min(len(others), max(2, len(shops) // 100))):
        shops[i].customer.license_expiry = spec.today + timedelta(days=rng.randrange(5, 60))


def _ensure_inflation(spec: DemoSpec, shops: list[DemoShop]) -> list[DemoShop]:
    """Seed 2's pattern must be visible in every demo: one shop at least whose stated demand inflates."""
    if any(s.inflating_product is not None for s in shops):
        return shops
    ordering = [
        i for i, s in enumerate(shops[1:], start=1)
        if s.orders_until is None and s.customer.opened_on is not None
        and s.customer.opened_on < spec.first_month
    ]
    if not ordering:
        return shops
    i, scarce = ordering[0], position_of("中华(硬)")
    others = [(p, share * 0.97) for p, share in shops[i].portfolio if p != scarce]
    portfolio = tuple(sorted([*others, (scarce, 0.03)]))
    out = list(shops)
    out[i] = replace(shops[i], portfolio=portfolio, inflating_product=scarce)
    return out


def generate_shops(spec: DemoSpec, products: list[Product]) -> list[DemoShop]:
    rng = Random(f"fieldbook-demo-shops:{spec.seed}")
    pulls = {p.name: (_pulls(p, products), list(accumulate(_pulls(p, products)))) for p in PROFILES}
    used_names = {worked_example.NAME}
    shops = [_worked_example_shop(spec)]
    serial = int(worked_example.LICENSE_NO[len(LICENSE_AREA):])
    for i in range(1, spec.customers):
        serial += rng.randint(1, 3)  # gaps: licenses cancelled or issued to other managers' shops
        shops.append(_new_shop(rng, spec, products, f"{LICENSE_AREA}{serial:06d}",
                               f"11{i + 1:08d}", used_names, pulls))
    _rank_shops(rng, shops)
    _plant_dates(rng, spec, shops)
    return _assign_routes(_ensure_inflation(spec, shops))
