"""Customer care (客情维护): reminders, events and the customers invited to them."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from persistence.tables.base import Base, text_column


class ReminderRow(Base):
    __tablename__ = "reminders"
    __table_args__ = (Index("ix_reminders_due_on", "due_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(24))
    title: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date] = mapped_column(Date)
    recurrence: Mapped[str] = mapped_column(String(16), default="none", server_default="none")
    lead_days: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    note: Mapped[str] = text_column()
    done_on: Mapped[date | None] = mapped_column(Date)


class EventRow(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    location: Mapped[str] = text_column()
    capacity: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="planning", server_default="planning")
    description: Mapped[str] = text_column()


class InvitationRow(Base):
    __tablename__ = "invitations"
    __table_args__ = (UniqueConstraint("event_id", "customer_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[str] = mapped_column(
        String(16), default="shortlisted", server_default="shortlisted"
    )
    invited_on: Mapped[date | None] = mapped_column(Date)
    responded_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = text_column()
