"""The manager's forecast adjustments (预测调整): one per month × shop × product, with its reason."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from persistence.tables.base import Base


class ForecastAdjustmentRow(Base):
    __tablename__ = "forecast_adjustments"
    __table_args__ = (UniqueConstraint("month", "customer_id", "product_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[date] = mapped_column(Date)  # first day; the unique constraint's index serves by month
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    cartons: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
