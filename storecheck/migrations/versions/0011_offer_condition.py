"""a competitor's listing keeps the condition its shop states (new, used, refurbished, damaged)

Revision ID: 0011
Revises: 0010
"""

from alembic import op
import sqlalchemy as sa


revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE (as 0006 and 0009): a batch copy on SQLite would drop and rebuild the table.
    # Empty on every listing stored before: none stated a condition that storecheck read.
    op.add_column("competitor_products", sa.Column("condition", sa.String(20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("competitor_products", schema=None) as batch_op:
        batch_op.drop_column("condition")
