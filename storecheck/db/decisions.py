"""A person's decision on a pair (confirmed / rejected), which the matcher never overrides."""

from __future__ import annotations

import json
from datetime import datetime

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
    apart = _told_apart(conn, sku, competitor_product_id) if status == "rejected" else []
    values = {"status": status, "decided_by": decided_by, "decided_at": now, "updated_at": now,
              "told_apart": json.dumps(apart) if apart else None}
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


def _told_apart(conn: Connection, sku: str, rejected: int) -> list[int]:
    """The listings the matcher matched to our product `sku` (at the rejected listing's competitor) that the
    rejected listing was added beside: first seen after their pair was written (a newcomer proposed beside a
    kept match, `analysis.kept_matches`). A person who rejects the newcomer there tells the two apart; the
    matcher, which reads a rejection as one of every listing it takes for the same product (a marketplace's
    copies), would take the match out with it. Only newcomers: a rejection of a listing that was there when
    the match was made says either that it is another product or that the match is wrong too, and the
    matcher proposes such a match again rather than keep it (`matching.assignment.undone_matches`)."""
    m, cp = matches, competitor_products
    listing = conn.execute(select(cp.c.competitor_id, cp.c.first_seen).where(cp.c.id == rejected)).first()
    if listing is None or listing.first_seen is None:
        return []
    rows = conn.execute(select(m.c.competitor_product_id, m.c.updated_at).join(cp, cp.c.id == m.c.competitor_product_id)
                        .where(m.c.sku == sku, m.c.status == "matched", m.c.competitor_product_id != rejected,
                               cp.c.competitor_id == listing.competitor_id))
    return sorted(int(pid) for pid, written in rows if _after(listing.first_seen, written))


def _after(seen: datetime, written: datetime | None) -> bool:
    if written is None:
        return False
    if (seen.tzinfo is None) != (written.tzinfo is None):
        seen, written = seen.replace(tzinfo=None), written.replace(tzinfo=None)
    return seen > written
