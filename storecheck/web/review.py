"""The match review queue: proposed matches with both products, and a person's decision."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from benchmark.matching import review_queue
from storecheck import db
from storecheck.exports import review_answers


def count_proposed(conn: Connection) -> int:
    """How many proposed pairs wait for a person."""
    m = db.matches
    return conn.execute(select(func.count()).select_from(m).where(m.c.status == "proposed")).scalar_one()


def proposed_matches(conn: Connection, *, match_threshold: float, competitor: str | None = None, limit: int = 50,
                     offset: int = 0) -> tuple[list[dict], int]:
    """Proposed pairs with our product and theirs (latest price) side by side, and
    their total; in the order of `matches export` (`matching.review_queue`)."""
    m, cp, c, own = db.matches, db.competitor_products, db.competitors, db.own_products
    where = [m.c.status == "proposed"]
    if competitor:
        where.append(func.lower(c.c.name) == competitor.casefold())
    # The queue's order is review_queue's, in Python, so that it has one
    # definition: what it reads of every proposal is cheap to read, rows are
    # read for one page only.
    ranked = [r._asdict() for r in conn.execute(
        select(m.c.id, m.c.score, m.c.sku, m.c.method, m.c.reason, c.c.name.label("competitor"))
        .join(cp, cp.c.id == m.c.competitor_product_id)
        .join(c, c.c.id == cp.c.competitor_id).where(*where).order_by(m.c.id)
    )]
    ranked = [ranked[n] for n in review_queue(ranked, match_threshold, review_answers(conn) if ranked else ())]
    page = [r["id"] for r in ranked[offset : offset + limit]]
    total = len(ranked)
    query = (
        select(
            m.c.id, m.c.sku, m.c.method, m.c.score, m.c.reason, m.c.competitor_product_id,
            c.c.name.label("competitor"),
            own.c.name.label("our_name"), own.c.brand.label("our_brand"), own.c.category.label("our_category"),
            own.c.gtin.label("our_gtin"), own.c.size.label("our_size"), own.c.price.label("our_price"),
            own.c.currency.label("our_currency"), own.c.url.label("our_url"),
            cp.c.key, cp.c.name.label("their_name"), cp.c.brand.label("their_brand"),
            cp.c.category.label("their_category"), cp.c.gtin.label("their_gtin"), cp.c.size.label("their_size"),
            cp.c.url.label("their_url"), cp.c.image.label("their_image"),
        )
        .join(cp, cp.c.id == m.c.competitor_product_id)
        .join(c, c.c.id == cp.c.competitor_id)
        .outerjoin(own, own.c.sku == m.c.sku)
        .where(m.c.id.in_(page))
    )
    position = {match_id: n for n, match_id in enumerate(page)}
    rows = sorted((dict(r) for r in conn.execute(query).mappings()), key=lambda r: position[r["id"]])
    latest = db.latest_observations(conn, [r["competitor_product_id"] for r in rows])
    for row in rows:
        obs = latest.get(row["competitor_product_id"])
        row["their_price"] = obs.price if obs else None
        row["their_regular_price"] = obs.regular_price if obs else None
        row["their_currency"] = obs.currency if obs else None
        row["their_promotion"] = obs.promo_text if obs else None
    return rows, total


def decide(conn: Connection, match_id: int, status: str, decided_by: str | None) -> dict | None:
    """Record a person's decision (confirmed / rejected) on a match; the matcher never
    overrides it (see db.record_decision)."""
    if status not in db.HUMAN_STATUSES:
        raise ValueError(f"decision must be one of {', '.join(db.HUMAN_STATUSES)}")
    m = db.matches
    row = conn.execute(select(m).where(m.c.id == match_id)).first()
    if row is None:
        return None
    db.record_decision(conn, row.sku, row.competitor_product_id, status, decided_by=decided_by or "web review")
    return {"id": match_id, "sku": row.sku, "competitor_product_id": row.competitor_product_id, "status": status}
