"""Shopify variants stored under "handle?variant=None" take the key a crawl now gives them

A Shopify variant without an id was keyed "handle?variant=None" (and its URL ended in
"?variant=None" when its product had several variants). The crawl now keys it by its handle alone
when it is its product's only variant, else by handle and title (its size), else by its position.
Left as they were, such products would show once as delisted and once as new after the upgrade,
and lose their matches and price history to the new rows. What the old row holds says which key
the crawl gives it now:

- its URL without "?variant=None": its product's only variant -> the handle;
- its URL with it: one of several, and the first (the others were dropped as repeats) -> the
  handle with its size, or with its position 1 when it had none ("Default Title").

A row whose new key another row of the competitor already holds (a crawl after the upgrade made
it) is left as it is.

Revision ID: 0007
Revises: 0006
"""

from alembic import op
import sqlalchemy as sa


revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

OLD = "?variant=None"


def upgrade() -> None:
    conn = op.get_bind()
    products = sa.table("competitor_products", sa.column("id", sa.Integer), sa.column("competitor_id", sa.Integer),
                        sa.column("key", sa.String), sa.column("parent_key", sa.String), sa.column("size", sa.String),
                        sa.column("url", sa.Text))
    rows = conn.execute(sa.select(products).where(products.c.key.like("%?variant=None"))).all()
    for row in rows:
        if not row.parent_key or row.key != f"{row.parent_key}{OLD}":
            continue
        url = row.url or ""
        if url.endswith(OLD):
            size = (row.size or "").strip()
            key = f"{row.parent_key}?variant={size if size and size.casefold() != 'default title' else 1}"
            url = url[: -len(OLD)]
        else:
            key = row.parent_key
        taken = conn.execute(sa.select(products.c.id).where(products.c.competitor_id == row.competitor_id,
                                                            products.c.key == key)).first()
        if taken is None:
            conn.execute(sa.update(products).where(products.c.id == row.id).values(key=key, url=url or None))


def downgrade() -> None:
    pass  # the old keys gave several variants one key: nothing to go back to
