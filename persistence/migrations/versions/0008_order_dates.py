"""The days each customer ordered on (sales_order_dates): the order lines' distinct (date, customer)
pairs, kept like the other summaries (new lines' days added at commit, a trigger removing a day when its
customer's last line of it is deleted), filled here from the lines already in the workspace. The
forecast reads every shop's order rhythm from it instead of a distinct scan of the lines.

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
    sa.Column('order_date', sa.Date(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('order_date', 'customer_id', name=op.f('pk_sales_order_dates')),
    sqlite_with_rowid=False
    )
    # a copy, not an import: this migration must create what it created when it was written
    op.execute("""CREATE TRIGGER sales_lines_order_dates_delete AFTER DELETE ON sales_lines
BEGIN
    DELETE FROM sales_order_dates WHERE order_date = OLD.order_date AND customer_id = OLD.customer_id
        AND NOT EXISTS (SELECT 1 FROM sales_lines
                        WHERE order_date = OLD.order_date AND customer_id = OLD.customer_id);
END""")
    op.execute("INSERT INTO sales_order_dates (order_date, customer_id) "
               "SELECT DISTINCT order_date, customer_id FROM sales_lines")


def downgrade() -> None:
    """Downgrade schema."""
    op.execute("DROP TRIGGER IF EXISTS sales_lines_order_dates_delete")
    op.drop_table('sales_order_dates')
