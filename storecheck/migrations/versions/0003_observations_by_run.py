"""observations indexed by crawl run

`analysis.changes()` reads a run's observations by `crawl_run_id` for every
report; without an index that is a scan of the whole price history.

Revision ID: 0003
Revises: 0002
"""

from alembic import op


revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("observations") as batch:
        batch.create_index("ix_observations_crawl_run_id", ["crawl_run_id"])


def downgrade() -> None:
    with op.batch_alter_table("observations") as batch:
        batch.drop_index("ix_observations_crawl_run_id")
