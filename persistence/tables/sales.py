"""The order lines (订单), and the summaries per month that persistence/sales_summary.py keeps from them
(with the triggers that keep them honest)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import DDL, Date, ForeignKey, Index, Integer, String, event, text
from sqlalchemy.orm import Mapped, mapped_column

from persistence.sales_summary import ODD_MONTH_ROW, TRIGGERS
from persistence.tables.base import Base


class SalesLineRow(Base):
    __tablename__ = "sales_lines"
    __table_args__ = (
        # the month analysis scans by date and reads everything else from the index
        Index(
            "ix_sales_lines_date_cover",
            "order_date",
            "customer_id",
            "product_id",
            "supplied_qty",
            "requested_qty",
            "amount_fen",
        ),
        # one customer's orders of one product in date order: first orders of new products, reorders,
        # the demand-inflation runs; also one customer's lines (prefix)
        Index(
            "ix_sales_lines_customer_product",
            "customer_id",
            "product_id",
            "order_date",
            "requested_qty",
            "supplied_qty",
        ),
        Index("ix_sales_lines_batch_id", "batch_id"),
        # ids are never reused: the summaries sum every line above the last id they summed
        {"sqlite_autoincrement": True},
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    order_date: Mapped[date] = mapped_column(Date)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="RESTRICT"))
    requested_qty: Mapped[int] = mapped_column(Integer)
    supplied_qty: Mapped[int] = mapped_column(Integer)
    wholesale_price_fen: Mapped[int] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(Integer)
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="RESTRICT")
    )


class SummaryStateRow(Base):
    """How far each summary has summed its source: 'sales_lines' → the highest line id in sales_months."""

    __tablename__ = "summary_state"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    summed_to: Mapped[int] = mapped_column(Integer)


class SalesMonthRow(Base):
    """Order lines summed per month × customer × product: what the month analysis and the customer list
    read instead of the lines (a month of a 10,000-shop territory is 400,000 lines, 120,000 of these).

    Derived data, kept by persistence/sales_summary.py: new lines are summed as their unit of work
    commits, a trigger subtracts deleted lines, another refuses edits of the summed columns. No foreign
    keys here or in the other summaries: the lines they sum carry them."""

    __tablename__ = "sales_months"
    __table_args__ = (
        # the forecast reads, before its recent months, only the rows whose demand is not their supply:
        # 160,000 of 2.2 M rows at 10,000 shops, from this index instead of a scan of them all
        Index("ix_sales_months_odd", "month", "customer_id", "product_id", "requested_qty", "supplied_qty",
              "short_lines", sqlite_where=text(ODD_MONTH_ROW), postgresql_where=text(ODD_MONTH_ROW)),
        {"sqlite_with_rowid": False},
    )
    month: Mapped[date] = mapped_column(Date, primary_key=True)  # first day
    customer_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    supplied_qty: Mapped[int] = mapped_column(Integer)
    requested_qty: Mapped[int] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(Integer)
    lines: Mapped[int] = mapped_column(Integer)
    short_lines: Mapped[int] = mapped_column(Integer)  # lines supplied below demand


class SalesProductMonthRow(Base):
    """sales_months per month × product, with the number of customers who ordered the product: the
    territory's trend, class structure and product list read a few hundred of these. Recomputed by
    month from sales_months (persistence/sales_summary.py)."""

    __tablename__ = "sales_product_months"
    __table_args__ = {"sqlite_with_rowid": False}
    month: Mapped[date] = mapped_column(Date, primary_key=True)
    product_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    supplied_qty: Mapped[int] = mapped_column(Integer)
    requested_qty: Mapped[int] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(Integer)
    lines: Mapped[int] = mapped_column(Integer)
    short_lines: Mapped[int] = mapped_column(Integer)
    customers: Mapped[int] = mapped_column(Integer)


class SalesCustomerMonthRow(Base):
    """sales_months per month × customer with the gross-profit parts in fen (domain.profit.SalesSums),
    priced with the products' current retail prices and classes: rankings, the three-month decline, a
    customer's trend and the customer list read these. Recomputed by month from sales_months whenever
    its lines or a product's retail price or class change (persistence/sales_summary.py)."""

    __tablename__ = "sales_customer_months"
    __table_args__ = {"sqlite_with_rowid": False}
    month: Mapped[date] = mapped_column(Date, primary_key=True)
    customer_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    supplied_qty: Mapped[int] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(Integer)
    known_profit_fen: Mapped[int] = mapped_column(Integer)  # Σ cartons × retail − amount, retail known
    unpriced_amount_fen: Mapped[int] = mapped_column(Integer)  # amount of products without retail price
    requested_qty: Mapped[int] = mapped_column(Integer)
    class_1_2_qty: Mapped[int] = mapped_column(Integer)


class SalesOrderDateRow(Base):
    """The days each customer ordered on (订货日): the distinct (order date, customer) pairs of the lines,
    what the forecast reads for every shop's order rhythm instead of a distinct scan of millions of
    lines. Kept exact as lines come and go (persistence/sales_summary.py): new lines' days are added as
    their unit of work commits, a trigger removes a day when its customer's last line of it goes."""

    __tablename__ = "sales_order_dates"
    __table_args__ = {"sqlite_with_rowid": False}
    customer_id: Mapped[int] = mapped_column(Integer, primary_key=True)  # first: read shop by shop
    order_date: Mapped[date] = mapped_column(Date, primary_key=True)


class SummaryDirtyMonthRow(Base):
    """Months whose sales_product_months and sales_customer_months rows must be recomputed at the next
    commit (noted by the triggers on sales_lines and products)."""

    __tablename__ = "summary_dirty_months"
    month: Mapped[date] = mapped_column(Date, primary_key=True)


# The summaries' triggers (persistence/sales_summary.py), created with the tables; migration 0001 too.
for _trigger in TRIGGERS:
    # DDL is untyped in SQLAlchemy 2.0; the triggers are SQLite's spelling, so only SQLite runs them
    event.listen(Base.metadata, "after_create", DDL(_trigger).execute_if(dialect="sqlite"))  # type: ignore[no-untyped-call]  # SQLAlchemy leaves DDL.execute_if unannotated
