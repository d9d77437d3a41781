"""分层分级: the grade, value-tier and star schemes (each saved version a row), the recompute batches
and the assignment history (one row per shop, kind and month it changed or was confirmed)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from persistence.tables.base import Base, text_column


class TierSchemeRow(Base):
    """One saved version of a scheme: its body is domain.tiers.schemes.to_dict as JSON, so that a
    version written by an older Fieldbook with fewer fields still reads (from_dict fills in)."""

    __tablename__ = "tier_schemes"
    __table_args__ = (UniqueConstraint("kind", "version", name="uq_tier_schemes_kind_version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # SchemeKind
    version: Mapped[int] = mapped_column(Integer)  # 1, 2, …; 0 is the template and never stored
    body: Mapped[str] = mapped_column(Text)  # JSON
    created_at: Mapped[datetime] = mapped_column(DateTime)


class TierBatchRow(Base):
    """The assignments one recompute applied, so that one undo takes them all back."""

    __tablename__ = "tier_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[date] = mapped_column(Date)  # first day
    created_at: Mapped[datetime] = mapped_column(DateTime)
    assignments: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    summary: Mapped[str] = text_column()
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class TierAssignmentRow(Base):
    __tablename__ = "tier_assignments"
    __table_args__ = (
        # a recompute reads one kind's rows in force for a month over all shops
        Index("ix_tier_assignments_kind_month", "kind", "month", "customer_id"),
        # one shop's history, oldest first
        Index("ix_tier_assignments_customer", "customer_id", "month"),
        Index("ix_tier_assignments_batch_id", "batch_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # TierKind
    month: Mapped[date] = mapped_column(Date)  # first day
    value: Mapped[str] = mapped_column(String(16))  # the grade as digits or a ValueTier value
    reason: Mapped[str] = mapped_column(String(16))  # AssignmentReason
    # Decimal as text, exactly as the domain gave it: a NUMERIC column comes back from SQLite as a float
    score: Mapped[str | None] = mapped_column(String(24))
    rank: Mapped[int | None] = mapped_column(Integer)
    inputs: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")  # JSON object str → str
    note: Mapped[str] = text_column()
    pinned: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    scheme_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("tier_batches.id", ondelete="SET NULL"))
    previous: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime)
