"""The visits area: day plans and their stops, visits with their entries, stock counts and photos, the
follow-ups they leave."""
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
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from persistence.tables.base import Base, text_column


class DayPlanRow(Base):
    __tablename__ = "day_plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_date: Mapped[date] = mapped_column(Date, unique=True)
    route: Mapped[str] = text_column()
    note: Mapped[str] = text_column()
    summary: Mapped[str] = text_column()


class VisitRow(Base):
    __tablename__ = "visits"
    __table_args__ = (
        CheckConstraint("status IN ('planned', 'done', 'missed', 'cancelled')", name="status"),
        Index("ix_visits_customer_date", "customer_id", "planned_on"),
        Index("ix_visits_planned_on", "planned_on"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    planned_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="planned", server_default="planned")
    visit_type: Mapped[str] = mapped_column(
        String(16), default="in_person", server_default="in_person"
    )
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    license_shown: Mapped[bool | None] = mapped_column(Boolean)
    price_labels_complete: Mapped[bool | None] = mapped_column(Boolean)
    price_labels_missing: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    display_state: Mapped[str] = text_column()
    pop_state: Mapped[str] = text_column()
    tidiness: Mapped[str] = text_column()
    store_note: Mapped[str] = text_column()
    summary: Mapped[str] = text_column()
    next_visit_on: Mapped[date | None] = mapped_column(Date)


class DayPlanStopRow(Base):
    __tablename__ = "day_plan_stops"
    __table_args__ = (UniqueConstraint("plan_id", "customer_id"),)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("day_plans.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id", ondelete="SET NULL"))


class VisitEntryRow(Base):
    __tablename__ = "visit_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visits.id", ondelete="CASCADE"), index=True
    )
    step: Mapped[str] = mapped_column(String(24))
    kind: Mapped[str] = mapped_column(String(24))
    text: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class InventoryCountRow(Base):
    __tablename__ = "inventory_counts"
    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True
    )
    product_id: Mapped[int] = mapped_column(
        ForeignKey("products.id", ondelete="RESTRICT"), primary_key=True
    )
    stock_qty: Mapped[int] = mapped_column(Integer)
    suggested_qty: Mapped[int | None] = mapped_column(Integer)
    ordered_qty: Mapped[int | None] = mapped_column(Integer)


class VisitPhotoRow(Base):
    """A photo taken on a visit; the file lives beside the database under a generated name."""

    __tablename__ = "visit_photos"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visits.id", ondelete="CASCADE"), index=True
    )
    stored_name: Mapped[str] = mapped_column(String(80), unique=True)
    original_name: Mapped[str] = text_column()
    caption: Mapped[str] = text_column()


class FollowUpRow(Base):
    __tablename__ = "follow_ups"
    __table_args__ = (Index("ix_follow_ups_customer_status", "customer_id", "status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date)
    owner_note: Mapped[str] = text_column()
    status: Mapped[str] = mapped_column(String(16), default="open", server_default="open")
    done_on: Mapped[date | None] = mapped_column(Date)
