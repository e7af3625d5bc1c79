"""what named the two products of a pair when the matcher wrote it, for keeping a match beside a newcomer

Revision ID: 0013
Revises: 0012
"""

from alembic import op
import sqlalchemy as sa


revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Empty on the rows written before: the next run that matches a pair again writes it; until then a pair
    # demoted beside a newcomer is kept only where neither product's row changed since it was written.
    with op.batch_alter_table("matches") as batch:
        batch.add_column(sa.Column("naming", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("matches") as batch:
        batch.drop_column("naming")
