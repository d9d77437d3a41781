"""分层分级: versioned tier schemes, recompute batches and one assignment history for grades and value
tiers (replacing grade_assignments and value_tier_assignments, whose rows are copied over); segments
gain a visit checklist, a colour and an archived flag.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04 21:17:35.720214

"""
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# The reasons the demo territory wrote into the old tables (domain/demo/evaluations.py before this
# revision): those rows were computed, every other row was set by hand. Spelled out here because a
# migration must not change when the demo's wording does.
DEMO_REASONS = frozenset({
    "按近三个月加权得分定档（金额70%、条数20%、低焦油占比10%）",
    "近12个月毛利贡献 × 忠诚度，按中位数划分",
})

# the tables as these functions read and write them (not the models: those move on with later revisions)
_grades = sa.table(
    "grade_assignments",
    sa.column("id", sa.Integer), sa.column("customer_id", sa.Integer), sa.column("grade", sa.Integer),
    sa.column("effective_on", sa.Date), sa.column("score"), sa.column("reason", sa.Text),
)
_tiers = sa.table(
    "value_tier_assignments",
    sa.column("id", sa.Integer), sa.column("customer_id", sa.Integer), sa.column("tier", sa.String),
    sa.column("effective_on", sa.Date), sa.column("reason", sa.Text),
)
_assignments = sa.table(
    "tier_assignments",
    sa.column("id", sa.Integer), sa.column("customer_id", sa.Integer), sa.column("kind", sa.String),
    sa.column("month", sa.Date), sa.column("value", sa.String), sa.column("reason", sa.String),
    sa.column("score", sa.String), sa.column("note", sa.Text), sa.column("previous", sa.String),
    sa.column("created_at", sa.DateTime),
)




def _segments(*extra: sa.Column) -> sa.Table:
    """segments as 0001 made it (plus `extra`), for the batch rebuilds: a reflected copy would turn
    DEFAULT '' into DEFAULT ('') and no longer read as create_all writes it."""
    return sa.Table(
        'segments', sa.MetaData(),
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('visit_every_days', sa.Integer(), nullable=False),
        sa.Column('strategy', sa.Text(), server_default='', nullable=False),
        sa.Column('sort_order', sa.Integer(), server_default='0', nullable=False),
        *extra,
        sa.PrimaryKeyConstraint('id', name='pk_segments'),
        sa.UniqueConstraint('name', name='uq_segments_name'),
    )


def _segment_columns() -> list[sa.Column]:
    return [
        sa.Column('checklist', sa.Text(), server_default='', nullable=False),
        sa.Column('colour', sa.String(length=9), server_default='', nullable=False),
        sa.Column('archived', sa.Boolean(), server_default='0', nullable=False),
    ]


def _score_text(value: Any) -> str | None:
    """The old NUMERIC(10, 4) comes back from SQLite as an int or a float: its shortest text is the
    decimal that was stored; more than four places is float noise."""
    if value is None:
        return None
    d = Decimal(str(value))
    exponent = d.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -4:
        d = d.quantize(Decimal("0.0001"))
    return str(d)


def _history(kind: str, rows: Iterable[Any], now: datetime) -> list[dict[str, Any]]:
    """Rows (id, customer_id, value, effective_on, score, reason) → tier_assignments rows, each with
    the value before it in the shop's history of that kind."""
    out: list[dict[str, Any]] = []
    previous: dict[int, str] = {}
    for _id, customer_id, value, effective_on, score, reason in sorted(rows, key=lambda r: (r[1], r[3], r[0])):
        value = str(value)
        out.append({
            "customer_id": customer_id, "kind": kind, "month": effective_on.replace(day=1), "value": value,
            "reason": "computed" if reason in DEMO_REASONS else "manual", "score": _score_text(score),
            "note": reason or "", "previous": previous.get(customer_id), "created_at": now,
        })
        previous[customer_id] = value
    return out


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('tier_batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('assignments', sa.Integer(), server_default='0', nullable=False),
    sa.Column('summary', sa.Text(), server_default='', nullable=False),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tier_batches'))
    )
    op.create_table('tier_schemes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tier_schemes')),
    sa.UniqueConstraint('kind', 'version', name='uq_tier_schemes_kind_version')
    )
    op.create_table('tier_assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('value', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.String(length=16), nullable=False),
    sa.Column('score', sa.String(length=24), nullable=True),
    sa.Column('rank', sa.Integer(), nullable=True),
    sa.Column('inputs', sa.Text(), server_default='{}', nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('pinned', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('scheme_version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('previous', sa.String(length=16), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['tier_batches.id'], name=op.f('fk_tier_assignments_batch_id_tier_batches'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_tier_assignments_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tier_assignments'))
    )
    with op.batch_alter_table('tier_assignments', schema=None) as batch_op:
        batch_op.create_index('ix_tier_assignments_batch_id', ['batch_id'], unique=False)
        batch_op.create_index('ix_tier_assignments_customer', ['customer_id', 'month'], unique=False)
        batch_op.create_index('ix_tier_assignments_kind_month', ['kind', 'month', 'customer_id'], unique=False)

    # the old history, copied before its tables go (manual rows stay unpinned: they are history, and
    # the first recompute may move them like any other)
    conn = op.get_bind()
    now = datetime.now(UTC).replace(tzinfo=None)
    grades = conn.execute(sa.select(_grades.c.id, _grades.c.customer_id, _grades.c.grade, _grades.c.effective_on,
                                    _grades.c.score, _grades.c.reason)).all()
    tiers = conn.execute(sa.select(_tiers.c.id, _tiers.c.customer_id, _tiers.c.tier, _tiers.c.effective_on,
                                   sa.null(), _tiers.c.reason)).all()
    rows = _history("grade", grades, now) + _history("value_tier", tiers, now)
    if rows:
        op.bulk_insert(_assignments, rows)

    with op.batch_alter_table('value_tier_assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_value_tier_assignments_customer'))

    op.drop_table('value_tier_assignments')
    with op.batch_alter_table('grade_assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grade_assignments_customer'))

    op.drop_table('grade_assignments')
    # recreated rather than ALTERed, so that the stored CREATE TABLE reads as create_all writes it
    # (tests/safety/test_s09_s11_migrations.py compares them); foreign keys are off during migrations
    with op.batch_alter_table('segments', schema=None, recreate='always', copy_from=_segments()) as batch_op:
        for column in _segment_columns():
            batch_op.add_column(column)


def downgrade() -> None:
    """Downgrade schema: the old tables as 0001 made them, with the grade and value-tier rows copied
    back as far as they fit (schemes, batches, ranks, inputs and pins are lost)."""
    with op.batch_alter_table('segments', schema=None, recreate='always',
                              copy_from=_segments(*_segment_columns())) as batch_op:
        batch_op.drop_column('archived')
        batch_op.drop_column('colour')
        batch_op.drop_column('checklist')

    op.create_table('grade_assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('grade', sa.Integer(), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('score', sa.Numeric(precision=10, scale=4, asdecimal=False), nullable=True),
    sa.Column('reason', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_grade_assignments_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grade_assignments'))
    )
    with op.batch_alter_table('grade_assignments', schema=None) as batch_op:
        batch_op.create_index('ix_grade_assignments_customer', ['customer_id', 'effective_on'], unique=False)

    op.create_table('value_tier_assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('tier', sa.String(length=16), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_value_tier_assignments_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_value_tier_assignments'))
    )
    with op.batch_alter_table('value_tier_assignments', schema=None) as batch_op:
        batch_op.create_index('ix_value_tier_assignments_customer', ['customer_id', 'effective_on'], unique=False)

    conn = op.get_bind()
    a = _assignments.c
    kept: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for kind, customer_id, month, value, score, note in conn.execute(
        sa.select(a.kind, a.customer_id, a.month, a.value, a.score, a.note).order_by(a.id)
    ):
        if kind == "grade" and value.isdigit():
            kept["grade"].append({"customer_id": customer_id, "grade": int(value), "effective_on": month,
                                  "score": None if score is None else float(score), "reason": note})
        elif kind == "value_tier":
            kept["value_tier"].append({"customer_id": customer_id, "tier": value, "effective_on": month,
                                       "reason": note})
    if kept["grade"]:
        op.bulk_insert(sa.table("grade_assignments", sa.column("customer_id", sa.Integer),
                                sa.column("grade", sa.Integer), sa.column("effective_on", sa.Date),
                                sa.column("score", sa.Float), sa.column("reason", sa.Text)), kept["grade"])
    if kept["value_tier"]:
        op.bulk_insert(sa.table("value_tier_assignments", sa.column("customer_id", sa.Integer),
                                sa.column("tier", sa.String), sa.column("effective_on", sa.Date),
                                sa.column("reason", sa.Text)), kept["value_tier"])

    with op.batch_alter_table('tier_assignments', schema=None) as batch_op:
        batch_op.drop_index('ix_tier_assignments_kind_month')
        batch_op.drop_index('ix_tier_assignments_customer')
        batch_op.drop_index('ix_tier_assignments_batch_id')

    op.drop_table('tier_assignments')
    op.drop_table('tier_schemes')
    op.drop_table('tier_batches')
