"""Customer care (客情维护): own reminders, what was done with the computed ones, family birthdays."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
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


class ReminderActionRow(Base):
    """What the manager did with one occurrence of a reminder (done, or snoozed until a date), kept as
    history: the newest row of an occurrence key is the one in force. Computed reminders are never
    stored; only these actions are."""

    __tablename__ = "reminder_actions"
    __table_args__ = (Index("ix_reminder_actions_occurrence", "occurrence"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    occurrence: Mapped[str] = mapped_column(String(160))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = text_column()  # the reminder as it read when acted on, for the timeline
    state: Mapped[str] = mapped_column(String(12))
    until: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = text_column()
    acted_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class FamilyBirthdayRow(Base):
    """A family member's birthday noted in the dossier (the owner's own is on the customer)."""

    __tablename__ = "family_birthdays"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    who: Mapped[str] = mapped_column(String(40))
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    calendar: Mapped[str] = mapped_column(String(8), default="solar", server_default="solar")
    leap_month: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    year: Mapped[int | None] = mapped_column(Integer)
