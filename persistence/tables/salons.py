"""Salons (沙龙活动): events, their invitees (each step's state in its own column, with its date) and
the do-not-invite list."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from persistence.tables.base import Base, text_column


class EventRow(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    theme: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    starts: Mapped[str | None] = mapped_column(String(5))  # "HH:MM", local time
    ends: Mapped[str | None] = mapped_column(String(5))
    place: Mapped[str] = text_column()
    capacity: Mapped[int | None] = mapped_column(Integer)
    budget: Mapped[str | None] = mapped_column(String(24))  # exact decimal text, yuan
    materials: Mapped[str] = text_column()  # JSON list of {item, who, ready}
    notes: Mapped[str] = text_column()
    feedback: Mapped[str] = text_column()
    follow_up_days: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class EventProductRow(Base):
    __tablename__ = "event_products"
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), primary_key=True)


class InvitationRow(Base):
    __tablename__ = "invitations"
    __table_args__ = (UniqueConstraint("event_id", "customer_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"), index=True)
    invite: Mapped[str] = mapped_column(String(16), default="not_invited", server_default="not_invited")
    invited_on: Mapped[date | None] = mapped_column(Date)
    channel: Mapped[str | None] = mapped_column(String(12))
    reply: Mapped[str] = mapped_column(String(12), default="pending", server_default="pending")
    replied_on: Mapped[date | None] = mapped_column(Date)
    reply_reason: Mapped[str] = text_column()
    attendance: Mapped[str] = mapped_column(String(12), default="unknown", server_default="unknown")
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    interested: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    outcome: Mapped[str] = mapped_column(String(12), default="none", server_default="none")
    outcome_note: Mapped[str] = text_column()
    seated_with: Mapped[str] = text_column()
    invite_planned_on: Mapped[date | None] = mapped_column(Date)
    follow_up_id: Mapped[int | None] = mapped_column(ForeignKey("follow_ups.id", ondelete="SET NULL"))


class DoNotInviteRow(Base):
    __tablename__ = "do_not_invite"
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    reason: Mapped[str] = text_column()
