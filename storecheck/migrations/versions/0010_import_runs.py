"""an import of a file written in batches is recorded, so one stopped halfway says how much is stored

Revision ID: 0010
Revises: 0009
"""

from alembic import op
import sqlalchemy as sa

import storecheck.db


revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("competitor_id", sa.Integer(), nullable=True),
        sa.Column("file", sa.Text(), nullable=False),
        sa.Column("started_at", storecheck.db.UTCDateTime(), nullable=False),
        sa.Column("finished_at", storecheck.db.UTCDateTime(), nullable=True),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("written", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["competitor_id"], ["competitors.id"], name=op.f("fk_import_runs_competitor_id_competitors"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_runs")),
    )


def downgrade() -> None:
    op.drop_table("import_runs")
