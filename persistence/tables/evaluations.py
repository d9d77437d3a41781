"""A customer's evaluations: star evaluations with their scores, SWOT analyses, improvement plans
with their targets."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from persistence.tables.base import Base, text_column


class StarEvaluationRow(Base):
    __tablename__ = "star_evaluations"
    __table_args__ = (Index("ix_star_evaluations_customer", "customer_id", "evaluated_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    evaluated_on: Mapped[date] = mapped_column(Date)
    total_score: Mapped[float] = mapped_column(Numeric(6, 2, asdecimal=False))
    star_level: Mapped[int] = mapped_column(Integer)
    integrity_grade: Mapped[str] = text_column()
    value_points: Mapped[int | None] = mapped_column(Integer)
    result_code: Mapped[str] = text_column()
    notes: Mapped[str] = text_column()


class StarScoreRow(Base):
    __tablename__ = "star_scores"
    evaluation_id: Mapped[int] = mapped_column(
        ForeignKey("star_evaluations.id", ondelete="CASCADE"), primary_key=True
    )
    criterion_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    score: Mapped[float] = mapped_column(Numeric(6, 2, asdecimal=False))


class SwotAnalysisRow(Base):
    __tablename__ = "swot_analyses"
    __table_args__ = (Index("ix_swot_analyses_customer", "customer_id", "analysed_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    analysed_on: Mapped[date] = mapped_column(Date)
    strengths: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")  # JSON lists
    weaknesses: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    opportunities: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    threats: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    conclusion: Mapped[str] = text_column()


class ImprovementPlanRow(Base):
    __tablename__ = "improvement_plans"
    __table_args__ = (Index("ix_improvement_plans_customer", "customer_id", "created_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    created_on: Mapped[date] = mapped_column(Date)
    review_on: Mapped[date | None] = mapped_column(Date)
    measures: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")  # JSON list
    status: Mapped[str] = mapped_column(String(16), default="open", server_default="open")
    notes: Mapped[str] = text_column()


class PlanTargetRow(Base):
    __tablename__ = "plan_targets"
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("improvement_plans.id", ondelete="CASCADE"), primary_key=True
    )
    metric: Mapped[str] = mapped_column(String(32), primary_key=True)
    target: Mapped[str] = mapped_column(String(32))  # Decimal as text: exact
    baseline: Mapped[str | None] = mapped_column(String(32))
