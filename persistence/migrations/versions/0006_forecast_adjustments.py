"""The manager's forecast adjustments (预测调整): cartons added to or taken from one month's figure of one
shop × product, with the reason, kept so that they can be judged once the month's orders are in.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 09:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('forecast_adjustments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('cartons', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_forecast_adjustments_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_forecast_adjustments_product_id_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_forecast_adjustments')),
    sa.UniqueConstraint('month', 'customer_id', 'product_id', name=op.f('uq_forecast_adjustments_month'))
    )
    with op.batch_alter_table('forecast_adjustments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_forecast_adjustments_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_forecast_adjustments_month'), ['month'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('forecast_adjustments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_forecast_adjustments_month'))
        batch_op.drop_index(batch_op.f('ix_forecast_adjustments_customer_id'))
    op.drop_table('forecast_adjustments')
