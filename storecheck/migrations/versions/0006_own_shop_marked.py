"""our own shop's row is marked, so renaming [shop] name keeps its stores and their visits

Revision ID: 0006
Revises: 0005
"""

from alembic import op
import sqlalchemy as sa


revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Which row is ours only the config knows: the next sync marks the row named `[shop] name`.
    with op.batch_alter_table("competitors") as batch:
        batch.add_column(sa.Column("ours", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("competitors") as batch:
        batch.drop_column("ours")
