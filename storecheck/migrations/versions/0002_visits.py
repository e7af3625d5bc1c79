"""visit price checks

Revision ID: 0002
Revises: 0001
"""

from alembic import op
import sqlalchemy as sa


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visit_price_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=200), nullable=True),
        sa.Column("product", sa.Text(), nullable=True),
        sa.Column("price", sa.Numeric(precision=14, scale=4), nullable=False),
        sa.Column("regular_price", sa.Numeric(precision=14, scale=4), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("promotion", sa.Text(), nullable=True),
        sa.Column("promotion_type", sa.String(length=20), nullable=True),
        sa.Column("competitor_product_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], name=op.f("fk_visit_price_checks_visit_id_visits"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["competitor_product_id"], ["competitor_products.id"],
            name=op.f("fk_visit_price_checks_competitor_product_id_competitor_products"), ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_price_checks")),
    )
    with op.batch_alter_table("visit_price_checks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_price_checks_visit_id"), ["visit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("visit_price_checks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_price_checks_visit_id"))
    op.drop_table("visit_price_checks")
