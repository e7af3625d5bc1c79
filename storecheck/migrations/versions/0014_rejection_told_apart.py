"""the listings a person told a rejected one apart from (matched beside it when they rejected it)

Revision ID: 0014
Revises: 0013
"""

from alembic import op
import sqlalchemy as sa


revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Empty on the rejections stored before: they reach every listing the matcher takes for the same product.
    with op.batch_alter_table("matches") as batch:
        batch.add_column(sa.Column("told_apart", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("matches") as batch:
        batch.drop_column("told_apart")
