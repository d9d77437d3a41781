"""Explicit conversion between table rows and domain objects."""
from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal

from domain.model.customers import (
    Birthday,
    BirthdayCalendar,
    BusinessType,
    CareNotes,
    Competitor,
    Customer,
    CustomerStatus,
    Market,
    Segment,
    ShopEnvironment,
    ValueTier,
)
from domain.model.products import PriceClass, Product
from domain.money import from_fen, to_fen
from persistence.search_keys import pinyin_keys
from persistence.tables.catalogue import ProductRow
from persistence.tables.customers import CustomerRow
from persistence.tables.settings import SegmentRow


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def customer_to_row_values(c: Customer) -> dict[str, object]:
    env, care = c.environment, c.care
    bday = care.birthday
    pinyin, initials = pinyin_keys(c.name)
    return {
        "license_no": c.license_no,
        "customer_code": c.customer_code,
        "name": c.name,
        "owner": c.owner,
        "phone": c.phone,
        "phone2": c.phone2,
        "address": c.address,
        "route": c.route,
        "segment_id": c.segment_id,
        "business_type": c.business_type.value if c.business_type else None,
        "market": c.market.value if c.market else None,
        "grade": c.grade,
        "star_level": c.star_level,
        "integrity_grade": c.integrity_grade,
        "value_tier": c.value_tier.value if c.value_tier else None,
        "status": c.status.value,
        "opened_on": c.opened_on,
        "license_expiry": c.license_expiry,
        "visit_every_days": c.visit_every_days,
        "birthday_month": bday.month if bday else None,
        "birthday_day": bday.day if bday else None,
        "birthday_year": bday.year if bday else None,
        "birthday_calendar": bday.calendar.value if bday else None,
        "birthday_leap_month": bday.leap_month if bday else False,
        "hobbies": care.hobbies,
        "family_notes": care.family_notes,
        "preferred_contact_time": care.preferred_contact_time,
        "preferred_channel": care.preferred_channel,
        "env_location": env.location,
        "env_foot_traffic": env.foot_traffic,
        "env_consumer_groups": env.consumer_groups,
        "env_consumer_income": env.consumer_income,
        "env_dominant_price_classes": env.dominant_price_classes,
        "env_competitors": json.dumps(
            [{"name": x.name, "distance_m": x.distance_m} for x in env.competitors],
            ensure_ascii=False,
        ),
        "env_shop_area_m2": env.shop_area_m2,
        "env_counters": env.counters,
        "env_terminal": env.terminal,
        "notes": c.notes,
        "search_pinyin": pinyin,
        "search_initials": initials,
    }


def customer_from_row(row: CustomerRow, tags: list[str]) -> Customer:
    birthday = None
    if row.birthday_month and row.birthday_day:
        birthday = Birthday(
            row.birthday_month,
            row.birthday_day,
            BirthdayCalendar(row.birthday_calendar or "solar"),
            row.birthday_year,
            bool(row.birthday_leap_month),
        )
    return Customer(
        id=row.id,
        license_no=row.license_no,
        customer_code=row.customer_code,
        name=row.name,
        owner=row.owner,
        phone=row.phone,
        phone2=row.phone2,
        address=row.address,
        route=row.route,
        segment_id=row.segment_id,
        business_type=BusinessType(row.business_type) if row.business_type else None,
        market=Market(row.market) if row.market else None,
        grade=row.grade,
        star_level=row.star_level,
        integrity_grade=row.integrity_grade,
        value_tier=ValueTier(row.value_tier) if row.value_tier else None,
        status=CustomerStatus(row.status),
        opened_on=row.opened_on,
        license_expiry=row.license_expiry,
        visit_every_days=row.visit_every_days,
        tags=tags,
        environment=ShopEnvironment(
            location=row.env_location,
            foot_traffic=row.env_foot_traffic,
            consumer_groups=row.env_consumer_groups,
            consumer_income=row.env_consumer_income,
            dominant_price_classes=row.env_dominant_price_classes,
            competitors=[Competitor(**x) for x in json.loads(row.env_competitors or "[]")],
            shop_area_m2=row.env_shop_area_m2,
            counters=row.env_counters,
            terminal=row.env_terminal,
        ),
        care=CareNotes(
            birthday=birthday,
            hobbies=row.hobbies,
            family_notes=row.family_notes,
            preferred_contact_time=row.preferred_contact_time,
            preferred_channel=row.preferred_channel,
        ),
        notes=row.notes,
    )


def segment_from_row(row: SegmentRow) -> Segment:
    return Segment(
        row.name, row.visit_every_days, row.strategy, row.sort_order,
        checklist=tuple(row.checklist.splitlines()), colour=row.colour, archived=row.archived, id=row.id,
    )


def product_to_row_values(p: Product) -> dict[str, object]:
    return {
        "code": p.code,
        "name": p.name,
        "manufacturer": p.manufacturer,
        "price_class": int(p.price_class),
        "wholesale_price_fen": to_fen(p.wholesale_price),
        "retail_price_fen": to_fen(p.retail_price),
        "packs_per_carton": p.packs_per_carton,
        "tar_mg": None if p.tar_mg is None else str(p.tar_mg),
        "is_new": p.is_new,
        "is_scarce": p.is_scarce,
        "archived": p.archived,
    }


def product_from_row(row: ProductRow) -> Product:
    wholesale = from_fen(row.wholesale_price_fen)
    assert wholesale is not None
    return Product(
        id=row.id,
        code=row.code,
        name=row.name,
        manufacturer=row.manufacturer,
        price_class=PriceClass(row.price_class),
        wholesale_price=wholesale,
        retail_price=from_fen(row.retail_price_fen),
        packs_per_carton=row.packs_per_carton,
        tar_mg=None if row.tar_mg is None else Decimal(row.tar_mg),
        is_new=row.is_new,
        is_scarce=row.is_scarce,
        archived=row.archived,
    )
