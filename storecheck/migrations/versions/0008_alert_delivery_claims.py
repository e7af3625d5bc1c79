"""a delivery being sent is claimed, so two `alerts send` at once send each event once

Revision ID: 0008
Revises: 0007
"""

from alembic import op
import sqlalchemy as sa

import storecheck.db


revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE (as 0006): a batch copy on SQLite would drop and rebuild the table.
    op.add_column("alert_deliveries", sa.Column("claimed_by", sa.String(length=64), nullable=True))
    op.add_column("alert_deliveries", sa.Column("claimed_at", storecheck.db.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("alert_deliveries", schema=None) as batch_op:
        batch_op.drop_column("claimed_at")
        batch_op.drop_column("claimed_by")
