"""The retailer (零售户) and what the customer manager knows about them."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum


class CustomerStatus(str, Enum):
    ACTIVE = "active"
    SUSPENDED = "suspended"  # 停业: license kept, shop closed for now
    ARCHIVED = "archived"  # soft-deleted: kept with its history


class Market(str, Enum):
    """市场类型: 城镇 C (城网) or 乡村 X (农网)."""

    TOWN = "C"
    RURAL = "X"


class BusinessType(str, Enum):
    """业态, with the letter codes the order systems use."""

    GROCERY = "Z"  # 食杂店
    CONVENIENCE = "B"  # 便利店
    SUPERMARKET = "S"  # 超市
    TOBACCO_LIQUOR = "Y"  # 烟酒商店
    ENTERTAINMENT = "F"  # 娱乐服务类
    MALL = "M"  # 商场
    OTHER = "O"  # 其他


class ValueTier(str, Enum):
    """客户价值分层: contribution × loyalty quadrants."""

    KEY = "key"  # 重点
    POTENTIAL = "potential"  # 潜力
    ORDINARY = "ordinary"  # 普通
    AT_RISK = "at_risk"  # 流失风险


class BirthdayCalendar(str, Enum):
    SOLAR = "solar"
    LUNAR = "lunar"


@dataclass(frozen=True)
class Birthday:
    """A birthday as the owner tells it: month and day in the solar or the lunar calendar."""

    month: int
    day: int
    calendar: BirthdayCalendar = BirthdayCalendar.SOLAR
    year: int | None = None
    leap_month: bool = False  # lunar only: the day falls in a leap (闰) month


@dataclass(frozen=True)
class Competitor:
    name: str
    distance_m: int | None = None


@dataclass
class ShopEnvironment:
    """环境分析: where the shop stands and who buys there."""

    location: str = ""  # location and neighbours
    foot_traffic: str = ""
    consumer_groups: str = ""
    consumer_income: str = ""
    dominant_price_classes: str = ""
    competitors: list[Competitor] = field(default_factory=list)
    shop_area_m2: int | None = None
    counters: int | None = None  # counters and display cabinets
    terminal: str = ""  # ordering terminal / POS


@dataclass
class CareNotes:
    """What the manager remembers to build trust (seed 1: the magazine the owner likes)."""

    birthday: Birthday | None = None
    hobbies: str = ""
    family_notes: str = ""
    preferred_contact_time: str = ""
    preferred_channel: str = ""


@dataclass
class Customer:
    license_no: str
    name: str
    owner: str = ""
    phone: str = ""
    phone2: str = ""
    address: str = ""
    route: str = ""
    segment_id: int | None = None
    business_type: BusinessType | None = None
    market: Market | None = None
    customer_code: str = ""
    grade: int | None = None
    star_level: int | None = None
    integrity_grade: str = ""
    value_tier: ValueTier | None = None
    status: CustomerStatus = CustomerStatus.ACTIVE
    opened_on: date | None = None
    license_expiry: date | None = None
    visit_every_days: int | None = None  # overrides the segment's frequency
    tags: list[str] = field(default_factory=list)
    environment: ShopEnvironment = field(default_factory=ShopEnvironment)
    care: CareNotes = field(default_factory=CareNotes)
    notes: str = ""
    custom_values: dict[int, Decimal] = field(default_factory=dict)  # custom field id → value
    id: int | None = None


@dataclass
class Segment:
    """区域类型: a group of shops with one service strategy."""

    name: str
    visit_every_days: int
    strategy: str = ""
    sort_order: int = 0
    checklist: tuple[str, ...] = ()  # what each visit should cover, one line an item
    colour: str = ""  # "#RRGGBB", "" for the list's default
    archived: bool = False  # merged or retired: kept for history, no longer offered
    id: int | None = None
