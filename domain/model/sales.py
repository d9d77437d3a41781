"""Order lines (订单明细) and the import batches that brought them."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum


class ImportKind(str, Enum):
    CUSTOMERS = "customers"
    PRODUCTS = "products"
    SALES = "sales"
    DEMO = "demo"


class BatchStatus(str, Enum):
    COMMITTED = "committed"
    UNDONE = "undone"


@dataclass
class ImportBatch:
    kind: ImportKind
    source_name: str
    imported_at: datetime  # UTC
    file_sha256: str = ""
    encoding: str = ""
    row_count: int = 0
    status: BatchStatus = BatchStatus.COMMITTED
    summary: dict[str, object] = field(default_factory=dict)
    id: int | None = None


@dataclass(frozen=True)
class SalesLine:
    """One product on one order: cartons asked for (需求量) and cartons supplied (订足量)."""

    order_date: date
    customer_id: int
    product_id: int
    requested_qty: int
    supplied_qty: int
    wholesale_price: Decimal
    amount: Decimal
    batch_id: int | None = None
    id: int | None = None
