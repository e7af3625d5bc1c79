"""our products a full catalogue import left out are marked discontinued, and leave the figures

Revision ID: 0009
Revises: 0008
"""

from alembic import op
import sqlalchemy as sa


revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE (as 0006): a batch copy on SQLite would drop and rebuild the table.
    op.add_column("own_products", sa.Column("discontinued", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("own_products", schema=None) as batch_op:
        batch_op.drop_column("discontinued")
