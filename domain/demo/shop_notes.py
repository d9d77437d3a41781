"""What a customer manager writes down about a shop (环境分析) and its owner (关怀), per segment."""
from __future__ import annotations

from random import Random

from domain.demo import names as w
from domain.demo.segments import CITY, ROAD, TOWN, VILLAGE
from domain.model.customers import Birthday, BirthdayCalendar, CareNotes, Competitor, ShopEnvironment

FOOT_TRAFFIC = {
    CITY: ("人流量大", "人流量较大", "上下班高峰人多"),
    TOWN: ("赶集日人多", "人流量中等"),
    ROAD: ("过往车辆多", "白天车流量大", "节假日车流大"),
    VILLAGE: ("人流量小", "以本村村民为主"),
}
CONSUMERS = {
    CITY: ("过往行人、附近居民、上班族", "学生家长、附近居民", "商户、外来务工人员"),
    TOWN: ("赶集村民、镇上居民", "镇上居民、学校教师"),
    ROAD: ("过往司机、附近村民", "长途货车司机"),
    VILLAGE: ("本村村民、返乡务工人员", "本村村民"),
}
INCOME = {CITY: ("较高", "中等"), TOWN: ("中等",), ROAD: ("中等", "一般"), VILLAGE: ("一般", "偏低")}
CLASSES = {CITY: "二三类为主", TOWN: "三类为主", ROAD: "三四类为主", VILLAGE: "四五类为主"}
COMPETITOR_DISTANCE = {CITY: (30, 500), TOWN: (30, 800), ROAD: (200, 3000), VILLAGE: (300, 5000)}


def location(rng: Random, segment: str, place: str, town: str) -> str:
    if segment == CITY:
        return f"{place}，靠近{rng.choice(w.CITY_LANDMARKS)}"
    if segment == TOWN:
        return f"{town}{rng.choice(('集市中心', '镇政府旁', '中心学校对面', '车站旁'))}"
    if segment == ROAD:
        return f"{place}路口，公路边"
    return f"{place}{rng.choice(('村口', '村委会旁', '小学旁'))}"


def environment(rng: Random, segment: str, place: str, town: str, area_m2: int) -> ShopEnvironment:
    low, high = COMPETITOR_DISTANCE[segment]
    competitors = [
        Competitor(
            f"{rng.choice(w.AUSPICIOUS)}{rng.choice(w.SHOP_SUFFIXES['Z'] + w.SHOP_SUFFIXES['B'])}",
            rng.randrange(low, high, 10),
        )
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3)))
    ]
    competitors.sort(key=lambda c: c.distance_m or 0)
    return ShopEnvironment(
        location=location(rng, segment, place, town),
        foot_traffic=rng.choice(FOOT_TRAFFIC[segment]),
        consumer_groups=rng.choice(CONSUMERS[segment]),
        consumer_income=rng.choice(INCOME[segment]),
        dominant_price_classes=CLASSES[segment],
        competitors=competitors,
        shop_area_m2=area_m2,
        counters=1 + area_m2 // 30 + rng.randrange(2),
        terminal=rng.choice(w.TERMINALS),
    )


def birthday(rng: Random) -> Birthday | None:
    """Three owners in four tell their birthday; nearly half of them count it by the lunar calendar."""
    if rng.random() < 0.25:
        return None
    year = rng.randrange(1955, 1996) if rng.random() < 0.6 else None
    if rng.random() < 0.45:
        month, day = rng.randrange(1, 13), rng.randrange(1, 30)
        # a few born in a leap month (闰月), drawn without another random number so the stream stays put
        return Birthday(month, day, BirthdayCalendar.LUNAR, year, leap_month=month in (4, 6) and day % 7 == 0)
    return Birthday(rng.randrange(1, 13), rng.randrange(1, 29), BirthdayCalendar.SOLAR, year)


def care(rng: Random) -> CareNotes:
    hobbies = rng.sample(w.HOBBIES, rng.choice((0, 1, 1, 1, 2)))
    return CareNotes(
        birthday=birthday(rng),
        hobbies="，".join(hobbies),
        family_notes=rng.choice(w.FAMILY_NOTES),
        preferred_contact_time=rng.choice(w.CONTACT_TIMES),
        preferred_channel=rng.choice(w.CHANNELS),
    )


def tags(rng: Random) -> list[str]:
    return rng.sample(w.TAGS, rng.choice((0, 0, 1, 1, 2, 3)))


def person(rng: Random) -> str:
    given = rng.choice(w.GIVEN_CHARS)
    if rng.random() < 0.7:
        given += rng.choice(w.GIVEN_CHARS)
    return rng.choice(w.SURNAMES) + given


PHONE_PREFIXES = tuple(f"13{d}" for d in range(10)) + tuple(
    f"15{d}" for d in (0, 1, 2, 3, 5, 6, 7, 8, 9)
) + tuple(f"18{d}" for d in range(10))


def mobile(rng: Random) -> str:
    return f"{rng.choice(PHONE_PREFIXES)}{rng.randrange(10**8):08d}"
