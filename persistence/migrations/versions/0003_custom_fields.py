"""Custom fields: numbers the manager defines and keeps on every shop (a bank's assets under management),
so that a value tier can be measured by one of them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05 16:40:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "custom_fields",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("unit", sa.Text(), server_default="", nullable=False),
        sa.Column("sort_order", sa.Integer(), server_default="0", nullable=False),
        sa.Column("archived", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_fields")),
        sa.UniqueConstraint("name", name=op.f("uq_custom_fields_name")),
    )
    op.create_table(
        "customer_custom_values",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("field_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], ondelete="CASCADE",
                                name=op.f("fk_customer_custom_values_customer_id_customers")),
        sa.ForeignKeyConstraint(["field_id"], ["custom_fields.id"], ondelete="CASCADE",
                                name=op.f("fk_customer_custom_values_field_id_custom_fields")),
        sa.PrimaryKeyConstraint("customer_id", "field_id", name=op.f("pk_customer_custom_values")),
    )
    with op.batch_alter_table("customer_custom_values") as batch:
        batch.create_index(batch.f("ix_customer_custom_values_field_id"), ["field_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("customer_custom_values") as batch:
        batch.drop_index(batch.f("ix_customer_custom_values_field_id"))
    op.drop_table("customer_custom_values")
    op.drop_table("custom_fields")
