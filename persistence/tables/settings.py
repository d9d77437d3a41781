"""Workspace settings and the schemes' tables: segments (with their visit frequency) and the star
criteria."""
from __future__ import annotations

from sqlalchemy import Boolean, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from persistence.tables.base import Base, text_column


class SettingRow(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)  # JSON


class SegmentRow(Base):
    __tablename__ = "segments"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    visit_every_days: Mapped[int] = mapped_column(Integer)
    strategy: Mapped[str] = text_column()
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    checklist: Mapped[str] = text_column()  # what each visit should cover, one item a line
    colour: Mapped[str] = mapped_column(String(9), default="", server_default="")  # "#RRGGBB" or ""
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class StarCriterionRow(Base):
    __tablename__ = "star_criteria"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    group_name: Mapped[str] = text_column()
    max_score: Mapped[float] = mapped_column(Numeric(6, 2, asdecimal=False))
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
