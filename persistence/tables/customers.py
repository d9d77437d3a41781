"""The customers (客户) and their tags. The grade and value-tier history is in persistence/tables/tiers.py;
`grade` and `value_tier` here are the current values the lists, filters and due rules read."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from persistence.tables.base import Base, text_column


class CustomerRow(Base):
    __tablename__ = "customers"
    __table_args__ = (
        CheckConstraint("status IN ('active', 'suspended', 'archived')", name="status"),
        CheckConstraint("star_level IS NULL OR star_level BETWEEN 1 AND 6", name="star_level"),
        Index("ix_customers_route", "route"),
        Index("ix_customers_segment_id", "segment_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    license_no: Mapped[str] = mapped_column(String(32), unique=True)
    customer_code: Mapped[str] = text_column()
    name: Mapped[str] = mapped_column(String(120))
    owner: Mapped[str] = text_column()
    phone: Mapped[str] = text_column()
    phone2: Mapped[str] = text_column()
    address: Mapped[str] = text_column()
    route: Mapped[str] = text_column()
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("segments.id", ondelete="RESTRICT"))
    business_type: Mapped[str | None] = mapped_column(String(2))
    market: Mapped[str | None] = mapped_column(String(1))
    grade: Mapped[int | None] = mapped_column(Integer)
    star_level: Mapped[int | None] = mapped_column(Integer)
    integrity_grade: Mapped[str] = text_column()
    value_tier: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="active", server_default="active")
    opened_on: Mapped[date | None] = mapped_column(Date)
    license_expiry: Mapped[date | None] = mapped_column(Date)
    visit_every_days: Mapped[int | None] = mapped_column(Integer)
    # care notes
    birthday_month: Mapped[int | None] = mapped_column(Integer)
    birthday_day: Mapped[int | None] = mapped_column(Integer)
    birthday_year: Mapped[int | None] = mapped_column(Integer)
    birthday_calendar: Mapped[str | None] = mapped_column(String(8))
    birthday_leap_month: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    hobbies: Mapped[str] = text_column()
    family_notes: Mapped[str] = text_column()
    preferred_contact_time: Mapped[str] = text_column()
    preferred_channel: Mapped[str] = text_column()
    # environment (环境分析)
    env_location: Mapped[str] = text_column()
    env_foot_traffic: Mapped[str] = text_column()
    env_consumer_groups: Mapped[str] = text_column()
    env_consumer_income: Mapped[str] = text_column()
    env_dominant_price_classes: Mapped[str] = text_column()
    env_competitors: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")  # JSON
    env_shop_area_m2: Mapped[int | None] = mapped_column(Integer)
    env_counters: Mapped[int | None] = mapped_column(Integer)
    env_terminal: Mapped[str] = text_column()
    notes: Mapped[str] = text_column()
    # search keys, computed when the customer is saved (pinyin of the name, full and initials)
    search_pinyin: Mapped[str] = text_column()
    search_initials: Mapped[str] = text_column()
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class CustomerTagRow(Base):
    __tablename__ = "customer_tags"
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(40), primary_key=True)


class CustomFieldRow(Base):
    """A numeric field the manager defined (domain/model/custom_fields.py)."""

    __tablename__ = "custom_fields"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    unit: Mapped[str] = text_column()
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class CustomerCustomValueRow(Base):
    """One shop's value of one custom field. The value is the decimal's text: SQLite keeps NUMERIC as a
    binary float, which would change a bank's 12,345,678.9 on the way back."""

    __tablename__ = "customer_custom_values"
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    field_id: Mapped[int] = mapped_column(ForeignKey("custom_fields.id", ondelete="CASCADE"), primary_key=True,
                                          index=True)
    value: Mapped[str] = mapped_column(String(40))
