"""What a forecast of 10,000 shops needs to read fast.

- sales_order_dates, the days each customer ordered on: the order lines' distinct (date, customer)
  pairs, kept like the other summaries (new lines' days added at commit, a trigger removing a day when
  its customer's last line of it is deleted), filled here from the lines already in the workspace. The
  forecast reads every shop's order rhythm from it instead of a distinct scan of the lines.
- ix_sales_months_odd, a partial index over the sales_months rows whose demand is not their supply
  (cut, or a negative supply): the only rows the forecast reads before its recent months.
- forecast_adjustments loses its index on month, which its unique constraint's index already gives.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 12:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('sales_order_dates',
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('order_date', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('customer_id', 'order_date', name=op.f('pk_sales_order_dates')),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('sales_months', schema=None) as batch_op:
        batch_op.create_index('ix_sales_months_odd', ['month', 'customer_id', 'product_id', 'requested_qty',
                              'supplied_qty', 'short_lines'], unique=False,
                              sqlite_where=sa.text('short_lines > 0 OR supplied_qty < requested_qty OR supplied_qty < 0'),
                              postgresql_where=sa.text('short_lines > 0 OR supplied_qty < requested_qty OR supplied_qty < 0'))
    # the unique constraint (month, customer_id, product_id) already serves a read by month
    with op.batch_alter_table('forecast_adjustments', schema=None) as batch_op:
        batch_op.drop_index('ix_forecast_adjustments_month')
    # a copy, not an import: this migration must create what it created when it was written
    op.execute("""CREATE TRIGGER sales_lines_order_dates_delete AFTER DELETE ON sales_lines
BEGIN
    DELETE FROM sales_order_dates WHERE order_date = OLD.order_date AND customer_id = OLD.customer_id
        AND NOT EXISTS (SELECT 1 FROM sales_lines
                        WHERE order_date = OLD.order_date AND customer_id = OLD.customer_id);
END""")
    op.execute("INSERT INTO sales_order_dates (customer_id, order_date) "
               "SELECT DISTINCT customer_id, order_date FROM sales_lines")


def downgrade() -> None:
    """Downgrade schema."""
    op.execute("DROP TRIGGER IF EXISTS sales_lines_order_dates_delete")
    with op.batch_alter_table('forecast_adjustments', schema=None) as batch_op:
        batch_op.create_index('ix_forecast_adjustments_month', ['month'], unique=False)
    with op.batch_alter_table('sales_months', schema=None) as batch_op:
        batch_op.drop_index('ix_sales_months_odd')
    op.drop_table('sales_order_dates')
