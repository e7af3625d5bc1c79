"""a competitor product's names before a rename under the same key, for the report's Changes

Revision ID: 0012
Revises: 0011
"""

from alembic import op
import sqlalchemy as sa

import storecheck.db


revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Empty on a workspace made before: the names its listings had before were not kept.
    op.create_table(
        "competitor_product_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("competitor_product_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("renamed_at", storecheck.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["competitor_product_id"], ["competitor_products.id"],
                                name=op.f("fk_competitor_product_names_competitor_product_id_competitor_products"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competitor_product_names")),
    )
    op.create_index(op.f("ix_competitor_product_names_competitor_product_id"), "competitor_product_names",
                    ["competitor_product_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_competitor_product_names_competitor_product_id"), table_name="competitor_product_names")
    op.drop_table("competitor_product_names")
