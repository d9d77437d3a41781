"""Festivals cared for (节日关怀): the traditional lunar ones shipped, plus dates the manager adds, each
with the shops it applies to (by segment, value tier, tag, or the owner's age: 重阳 for elderly owners).
An empty criterion admits every shop; the criteria given must all hold."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from domain.care.lunar import solar_of_lunar


@dataclass(frozen=True)
class FestivalAudience:
    segment_ids: frozenset[int] = field(default_factory=frozenset)
    value_tiers: frozenset[str] = field(default_factory=frozenset)
    tags: frozenset[str] = field(default_factory=frozenset)
    min_owner_age: int | None = None


@dataclass(frozen=True)
class Festival:
    key: str
    name: str
    month: int
    day: int
    lunar: bool = True
    audience: FestivalAudience = field(default_factory=FestivalAudience)
    enabled: bool = True


TRADITIONAL_FESTIVALS: tuple[Festival, ...] = (
    Festival("spring", "春节", 1, 1),
    Festival("lantern", "元宵节", 1, 15),
    Festival("dragon_boat", "端午节", 5, 5),
    Festival("mid_autumn", "中秋节", 8, 15),
    Festival("double_ninth", "重阳节", 9, 9, audience=FestivalAudience(min_owner_age=60)),
)


@dataclass(frozen=True)
class AudienceShop:
    customer_id: int
    segment_id: int | None
    value_tier: str | None
    tags: Sequence[str]
    owner_age: int | None


def applies_to(audience: FestivalAudience, shop: AudienceShop) -> bool:
    if audience.segment_ids and shop.segment_id not in audience.segment_ids:
        return False
    if audience.value_tiers and shop.value_tier not in audience.value_tiers:
        return False
    if audience.tags and not audience.tags.intersection(shop.tags):
        return False
    if audience.min_owner_age is not None:
        return shop.owner_age is not None and shop.owner_age >= audience.min_owner_age
    return True


def festival_on(f: Festival, year: int) -> date:
    """The festival's day within solar year `year` (a lunar 腊月 festival of lunar year Y falls in Y+1)."""
    if not f.lunar:
        try:
            return date(year, f.month, f.day)
        except ValueError:  # a 29 February festival in a common year
            return date(year, f.month, 28)
    for lunar_year in (year, year - 1):
        on = solar_of_lunar(lunar_year, f.month, f.day)
        if on.year == year:
            return on
    return solar_of_lunar(year, f.month, f.day)


def festivals_between(festivals: Iterable[Festival], start: date, end: date) -> list[tuple[Festival, date]]:
    """The enabled festivals falling from `start` to `end`, both included, by date."""
    found = []
    for f in festivals:
        if not f.enabled:
            continue
        for year in range(start.year, end.year + 1):
            on = festival_on(f, year)
            if start <= on <= end:
                found.append((f, on))
    return sorted(found, key=lambda pair: (pair[1], pair[0].key))


def festival_to_json(f: Festival) -> dict[str, Any]:
    a = f.audience
    return {
        "key": f.key, "name": f.name, "month": f.month, "day": f.day, "lunar": f.lunar, "enabled": f.enabled,
        "audience": {"segment_ids": sorted(a.segment_ids), "value_tiers": sorted(a.value_tiers),
                     "tags": sorted(a.tags), "min_owner_age": a.min_owner_age},
    }


def festival_from_json(data: dict[str, Any]) -> Festival:
    a = data.get("audience") or {}
    age = a.get("min_owner_age")
    festival = Festival(
        str(data["key"]), str(data["name"]), int(data["month"]), int(data["day"]), bool(data.get("lunar", True)),
        FestivalAudience(frozenset(int(i) for i in a.get("segment_ids") or ()),
                         frozenset(str(t) for t in a.get("value_tiers") or ()),
                         frozenset(str(t) for t in a.get("tags") or ()),
                         int(age) if age is not None else None),
        bool(data.get("enabled", True)),
    )
    if not (1 <= festival.month <= 12 and 1 <= festival.day <= (30 if festival.lunar else 31)):
        raise ValueError(f"festival date out of range: {festival.month}/{festival.day}")
    return festival
