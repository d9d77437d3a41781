"""The workspace schema: SQLAlchemy 2.x typed tables. alembic migrations must match this module.

Money is stored as integer fen (`*_fen`), quantities as whole cartons, timestamps as naive UTC.
Enums are stored as their string values so that later schemes can add members without a migration.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    DDL,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from persistence.sales_summary import TRIGGERS

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _text() -> Mapped[str]:
    return mapped_column(Text, nullable=False, default="", server_default="")


# --- settings and schemes -------------------------------------------------------------------------


class SettingRow(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)  # JSON


class SegmentRow(Base):
    __tablename__ = "segments"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    visit_every_days: Mapped[int] = mapped_column(Integer)
    strategy: Mapped[str] = _text()
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class StarCriterionRow(Base):
    __tablename__ = "star_criteria"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    group_name: Mapped[str] = _text()
    max_score: Mapped[float] = mapped_column(Numeric(6, 2, asdecimal=False))
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


# --- customers ------------------------------------------------------------------------------------


class CustomerRow(Base):
    __tablename__ = "customers"
    __table_args__ = (
        CheckConstraint("status IN ('active', 'suspended', 'archived')", name="status"),
        CheckConstraint("star_level IS NULL OR star_level BETWEEN 1 AND 6", name="star_level"),
        Index("ix_customers_route", "route"),
        Index("ix_customers_segment_id", "segment_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    license_no: Mapped[str] = mapped_column(String(32), unique=True)
    customer_code: Mapped[str] = _text()
    name: Mapped[str] = mapped_column(String(120))
    owner: Mapped[str] = _text()
    phone: Mapped[str] = _text()
    phone2: Mapped[str] = _text()
    address: Mapped[str] = _text()
    route: Mapped[str] = _text()
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("segments.id", ondelete="RESTRICT"))
    business_type: Mapped[str | None] = mapped_column(String(2))
    market: Mapped[str | None] = mapped_column(String(1))
    grade: Mapped[int | None] = mapped_column(Integer)
    star_level: Mapped[int | None] = mapped_column(Integer)
    integrity_grade: Mapped[str] = _text()
    value_tier: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="active", server_default="active")
    opened_on: Mapped[date | None] = mapped_column(Date)
    license_expiry: Mapped[date | None] = mapped_column(Date)
    visit_every_days: Mapped[int | None] = mapped_column(Integer)
    # care notes
    birthday_month: Mapped[int | None] = mapped_column(Integer)
    birthday_day: Mapped[int | None] = mapped_column(Integer)
    birthday_year: Mapped[int | None] = mapped_column(Integer)
    birthday_calendar: Mapped[str | None] = mapped_column(String(8))
    birthday_leap_month: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    hobbies: Mapped[str] = _text()
    family_notes: Mapped[str] = _text()
    preferred_contact_time: Mapped[str] = _text()
    preferred_channel: Mapped[str] = _text()
    # environment (环境分析)
    env_location: Mapped[str] = _text()
    env_foot_traffic: Mapped[str] = _text()
    env_consumer_groups: Mapped[str] = _text()
    env_consumer_income: Mapped[str] = _text()
    env_dominant_price_classes: Mapped[str] = _text()
    env_competitors: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")  # JSON
    env_shop_area_m2: Mapped[int | None] = mapped_column(Integer)
    env_counters: Mapped[int | None] = mapped_column(Integer)
    env_terminal: Mapped[str] = _text()
    notes: Mapped[str] = _text()
    # search keys, computed when the customer is saved (pinyin of the name, full and initials)
    search_pinyin: Mapped[str] = _text()
    search_initials: Mapped[str] = _text()
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class CustomerTagRow(Base):
    __tablename__ = "customer_tags"
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(40), primary_key=True)


class GradeAssignmentRow(Base):
    __tablename__ = "grade_assignments"
    __table_args__ = (Index("ix_grade_assignments_customer", "customer_id", "effective_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    grade: Mapped[int] = mapped_column(Integer)
    effective_on: Mapped[date] = mapped_column(Date)
    score: Mapped[float | None] = mapped_column(Numeric(10, 4, asdecimal=False))
    reason: Mapped[str] = _text()


class ValueTierAssignmentRow(Base):
    __tablename__ = "value_tier_assignments"
    __table_args__ = (Index("ix_value_tier_assignments_customer", "customer_id", "effective_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    tier: Mapped[str] = mapped_column(String(16))
    effective_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = _text()


class StarEvaluationRow(Base):
    __tablename__ = "star_evaluations"
    __table_args__ = (Index("ix_star_evaluations_customer", "customer_id", "evaluated_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    evaluated_on: Mapped[date] = mapped_column(Date)
    total_score: Mapped[float] = mapped_column(Numeric(6, 2, asdecimal=False))
    star_level: Mapped[int] = mapped_column(Integer)
    integrity_grade: Mapped[str] = _text()
    value_points: Mapped[int | None] = mapped_column(Integer)
    result_code: Mapped[str] = _text()
    notes: Mapped[str] = _text()


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
    conclusion: Mapped[str] = _text()


class ImprovementPlanRow(Base):
    __tablename__ = "improvement_plans"
    __table_args__ = (Index("ix_improvement_plans_customer", "customer_id", "created_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    created_on: Mapped[date] = mapped_column(Date)
    review_on: Mapped[date | None] = mapped_column(Date)
    measures: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")  # JSON list
    status: Mapped[str] = mapped_column(String(16), default="open", server_default="open")
    notes: Mapped[str] = _text()


class PlanTargetRow(Base):
    __tablename__ = "plan_targets"
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("improvement_plans.id", ondelete="CASCADE"), primary_key=True
    )
    metric: Mapped[str] = mapped_column(String(32), primary_key=True)
    target: Mapped[str] = mapped_column(String(32))  # Decimal as text: exact
    baseline: Mapped[str | None] = mapped_column(String(32))


# --- products and sales ---------------------------------------------------------------------------


class ProductRow(Base):
    __tablename__ = "products"
    __table_args__ = (CheckConstraint("price_class BETWEEN 1 AND 5", name="price_class"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    manufacturer: Mapped[str] = _text()
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
    source_name: Mapped[str] = _text()
    file_sha256: Mapped[str] = _text()
    encoding: Mapped[str] = _text()
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    row_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    status: Mapped[str] = mapped_column(String(16), default="committed", server_default="committed")
    summary: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")  # JSON


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
    __table_args__ = {"sqlite_with_rowid": False}
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


class SummaryDirtyMonthRow(Base):
    """Months whose sales_product_months and sales_customer_months rows must be recomputed at the next
    commit (noted by the triggers on sales_lines and products)."""

    __tablename__ = "summary_dirty_months"
    month: Mapped[date] = mapped_column(Date, primary_key=True)


# --- visits ---------------------------------------------------------------------------------------


class DayPlanRow(Base):
    __tablename__ = "day_plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_date: Mapped[date] = mapped_column(Date, unique=True)
    route: Mapped[str] = _text()
    note: Mapped[str] = _text()
    summary: Mapped[str] = _text()


class VisitRow(Base):
    __tablename__ = "visits"
    __table_args__ = (
        CheckConstraint("status IN ('planned', 'done', 'missed', 'cancelled')", name="status"),
        Index("ix_visits_customer_date", "customer_id", "planned_on"),
        Index("ix_visits_planned_on", "planned_on"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    planned_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="planned", server_default="planned")
    visit_type: Mapped[str] = mapped_column(
        String(16), default="in_person", server_default="in_person"
    )
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    license_shown: Mapped[bool | None] = mapped_column(Boolean)
    price_labels_complete: Mapped[bool | None] = mapped_column(Boolean)
    price_labels_missing: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    display_state: Mapped[str] = _text()
    pop_state: Mapped[str] = _text()
    tidiness: Mapped[str] = _text()
    store_note: Mapped[str] = _text()
    summary: Mapped[str] = _text()
    next_visit_on: Mapped[date | None] = mapped_column(Date)


class DayPlanStopRow(Base):
    __tablename__ = "day_plan_stops"
    __table_args__ = (UniqueConstraint("plan_id", "customer_id"),)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("day_plans.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id", ondelete="SET NULL"))


class VisitEntryRow(Base):
    __tablename__ = "visit_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visits.id", ondelete="CASCADE"), index=True
    )
    step: Mapped[str] = mapped_column(String(24))
    kind: Mapped[str] = mapped_column(String(24))
    text: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class InventoryCountRow(Base):
    __tablename__ = "inventory_counts"
    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True
    )
    product_id: Mapped[int] = mapped_column(
        ForeignKey("products.id", ondelete="RESTRICT"), primary_key=True
    )
    stock_qty: Mapped[int] = mapped_column(Integer)
    suggested_qty: Mapped[int | None] = mapped_column(Integer)
    ordered_qty: Mapped[int | None] = mapped_column(Integer)


class VisitPhotoRow(Base):
    """A photo taken on a visit; the file lives beside the database under a generated name."""

    __tablename__ = "visit_photos"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visits.id", ondelete="CASCADE"), index=True
    )
    stored_name: Mapped[str] = mapped_column(String(80), unique=True)
    original_name: Mapped[str] = _text()
    caption: Mapped[str] = _text()


class FollowUpRow(Base):
    __tablename__ = "follow_ups"
    __table_args__ = (Index("ix_follow_ups_customer_status", "customer_id", "status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date)
    owner_note: Mapped[str] = _text()
    status: Mapped[str] = mapped_column(String(16), default="open", server_default="open")
    done_on: Mapped[date | None] = mapped_column(Date)


# --- care and events ------------------------------------------------------------------------------


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
    note: Mapped[str] = _text()
    done_on: Mapped[date | None] = mapped_column(Date)


class EventRow(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    location: Mapped[str] = _text()
    capacity: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="planning", server_default="planning")
    description: Mapped[str] = _text()


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
    note: Mapped[str] = _text()


# The summaries' triggers (persistence/sales_summary.py), created with the tables; migration 0001 too.
for _trigger in TRIGGERS:
    event.listen(Base.metadata, "after_create", DDL(_trigger))
