"""Brand cultivation (品牌培育): plans per product and their target shops. A shop's stage is not stored:
it is worked out from the order lines and the visits' stock counts each time (domain/cultivation/)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from persistence.tables.base import Base, text_column


class CultivationPlanRow(Base):
    __tablename__ = "cultivation_plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="RESTRICT"), index=True)
    started_on: Mapped[date] = mapped_column(Date)
    target_shops: Mapped[int | None] = mapped_column(Integer)
    target_cartons: Mapped[int | None] = mapped_column(Integer)  # a month
    target_by: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = text_column()
    closed: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class CultivationTargetRow(Base):
    __tablename__ = "cultivation_targets"
    plan_id: Mapped[int] = mapped_column(ForeignKey("cultivation_plans.id", ondelete="CASCADE"), primary_key=True)
    # a shop that can be deleted has no orders, so no stage to lose: it leaves the plans with it
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True,
                                             index=True)
    added_on: Mapped[date] = mapped_column(Date)
    by_hand: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
