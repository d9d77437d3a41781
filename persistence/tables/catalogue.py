"""The catalogue (products, 卷烟) and the batches that imported it or the order lines."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from persistence.tables.base import Base, text_column


class ProductRow(Base):
    __tablename__ = "products"
    __table_args__ = (CheckConstraint("price_class BETWEEN 1 AND 5", name="price_class"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    manufacturer: Mapped[str] = text_column()
    price_class: Mapped[int] = mapped_column(Integer)
    wholesale_price_fen: Mapped[int] = mapped_column(Integer)
    retail_price_fen: Mapped[int | None] = mapped_column(Integer)
    packs_per_carton: Mapped[int] = mapped_column(Integer, default=10, server_default="10")
    tar_mg: Mapped[str | None] = mapped_column(String(8))  # Decimal as text
    is_new: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    is_scarce: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class ImportBatchRow(Base):
    __tablename__ = "import_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    source_name: Mapped[str] = text_column()
    file_sha256: Mapped[str] = text_column()
    encoding: Mapped[str] = text_column()
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    row_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    status: Mapped[str] = mapped_column(String(16), default="committed", server_default="committed")
    summary: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")  # JSON
