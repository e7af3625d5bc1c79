"""A person's decision on a pair (confirmed / rejected), which the matcher never overrides."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from storecheck.db.column_types import utcnow
from storecheck.db.schema import HUMAN_STATUSES, competitor_products, matches


def record_decision(
    conn: Connection,
    sku: str,
    competitor_product_id: int,
    status: str,
    *,
    decided_by: str | None,
    reason: str = "decided by a person",
    overwrite_decision: bool = True,
) -> None:
    """Store a person's decision (confirmed / rejected) on a pair; the matcher never overrides it.

    A confirmed pair replaces the matcher's other guesses for both products at
    *that* competitor only: our product keeps its matches at the others.
    With overwrite_decision=False an earlier decision on the pair is kept.
    """
    if status not in HUMAN_STATUSES:
        raise ValueError(f"decision must be one of {', '.join(HUMAN_STATUSES)}")
    m, cp = matches, competitor_products
    now = utcnow()
    existing = conn.execute(select(m.c.id, m.c.status).where(m.c.sku == sku, m.c.competitor_product_id == competitor_product_id)).first()
    values = {"status": status, "decided_by": decided_by, "decided_at": now, "updated_at": now}
    if existing is None:
        conn.execute(m.insert().values(sku=sku, competitor_product_id=competitor_product_id, method="manual", score=1.0,
                                       equivalent=False, reason=reason, **values))
    elif overwrite_decision or existing.status not in HUMAN_STATUSES:
        conn.execute(update(m).where(m.c.id == existing.id).values(**values))
    else:
        return
    if status == "confirmed":
        competitor = select(cp.c.competitor_id).where(cp.c.id == competitor_product_id).scalar_subquery()
        same_competitor = select(cp.c.id).where(cp.c.competitor_id == competitor)
        conn.execute(
            m.delete().where(
                m.c.status.in_(("matched", "proposed")),
                m.c.competitor_product_id.in_(same_competitor),
                ((m.c.sku == sku) & (m.c.competitor_product_id != competitor_product_id))
                | ((m.c.competitor_product_id == competitor_product_id) & (m.c.sku != sku)),
            )
        )
