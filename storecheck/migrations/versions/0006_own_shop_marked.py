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
    # Plain ALTER TABLE, never a batch copy: SQLite would drop the old table, and with foreign keys
    # on, that deletes every row that refers to it (stores, visits, products, runs).
    op.add_column("competitors", sa.Column("ours", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("competitors", "ours")
