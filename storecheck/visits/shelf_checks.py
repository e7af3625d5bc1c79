"""Shelf price checks: prices read on a store visit, joined to the competitor's history.

A check of one of our skus that the competitor's online product is matched to
extends *that* product's price history, with observations marked source
"visit" (seen in the store): it never becomes a second listing that competes
with the online one, and never takes our sku away from an identifier match.
A check that matches nothing online stays a listing of its own, keyed
`visit:<our sku>` or `visit:<the product in words>`, so later visits extend
it; once a crawl and a match find the online product, `rehome_shelf_checks`
moves that listing's history over. A shelf price in one of our own stores is
our price, not a competitor's offer: it is kept with the visit only.

Of a product sold online, the price figures count the online price
(`analysis.competitor_frame`): a visit would otherwise move the price index
with no price changed, back again at the next crawl, and one store's shelf
would stand for the whole web shop. A shelf price seen since the online one
was read is shown beside the pair (`in_store_since`); a product seen only in
store counts at its shelf price.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import case, delete, func, select, update
from sqlalchemy.engine import Connection

from storecheck import db
from storecheck.models import Offer, Promotion
from storecheck.visits.model import Visit
from storecheck.visits.parsing import SHELF_CHECK_PREFIX

SHELF_CHECK_REASON = "shelf price check on a store visit"
# A pair found by one of these identifies the product; a name match only resembles it.
IDENTIFIER_METHODS = ("gtin", "mpn", "model")


def online_matches(conn: Connection, competitor_id: int, skus: list[str]) -> dict[str, tuple[int, str]]:
    """Our sku -> (id, key) of the competitor's online product it is paired with (matched or
    confirmed; not a shelf-check listing). A person's confirmation first, then an identifier
    match, then the highest score."""
    if not skus:
        return {}
    m, cp = db.matches, db.competitor_products
    rank = case((m.c.status == "confirmed", 0), (m.c.method.in_(IDENTIFIER_METHODS), 1), else_=2)
    rows = conn.execute(
        select(m.c.sku, cp.c.id, cp.c.key).join(cp, cp.c.id == m.c.competitor_product_id)
        .where(cp.c.competitor_id == competitor_id, m.c.sku.in_(skus), m.c.status.in_(("matched", "confirmed")),
               ~cp.c.key.startswith(SHELF_CHECK_PREFIX, autoescape=True))
        .order_by(m.c.sku, rank, m.c.score.desc(), cp.c.id)
    ).all()
    found: dict[str, tuple[int, str]] = {}
    for row in rows:
        found.setdefault(row.sku, (row.id, row.key))
    return found


def store_price_checks(conn: Connection, competitor_id: int, visit_id: int, visit: Visit, *, when: datetime,
                       ours: bool = False) -> None:
    """Store a visit's shelf checks: a row each in visit_price_checks and, at a competitor,
    an observation (source "visit") on the online product our sku is matched to, else on
    the check's own listing. A check of our sku on its own listing is a person saying
    "this is that product", so it is also a confirmed pair (unless someone rejected it)."""
    if not visit.price_checks:
        return
    rows = [{"visit_id": visit_id, "sku": check.sku, "product": check.product, "price": check.price,
             "regular_price": check.regular_price, "currency": visit.currency, "promotion": check.promotion,
             "promotion_type": check.promotion_type, "competitor_product_id": None} for check in visit.price_checks]
    if ours:
        conn.execute(db.visit_price_checks.insert(), rows)
        return
    skus = [c.sku for c in visit.price_checks if c.sku]
    own = {}
    if skus:
        own = {r.sku: r for r in conn.execute(select(db.own_products.c.sku, db.own_products.c.name)
                                               .where(db.own_products.c.sku.in_(skus)))}
    online = online_matches(conn, competitor_id, skus)
    offers, keys = [], []
    for check in visit.price_checks:
        promotion = None
        if check.promotion or check.promotion_type:
            promotion = Promotion(type=check.promotion_type or "sale", text=check.promotion or "")
        if check.sku in online:
            # The online product's own name and details stay; only the price is the shelf's.
            key, name = online[check.sku][1], None
        else:
            key, name = check.key, check.product or (own[check.sku].name if check.sku in own else check.sku)
        keys.append(key)
        offers.append(Offer(key=key, name=name, price=check.price, regular_price=check.regular_price,
                            currency=visit.currency, in_stock=True, promotion=promotion))
    db.store_offers(conn, competitor_id, offers, source="visit", visit_id=visit_id, now=when)
    cp = db.competitor_products
    product_ids = dict(conn.execute(
        select(cp.c.key, cp.c.id).where(cp.c.competitor_id == competitor_id, cp.c.key.in_(set(keys)))
    ).all())
    for row, key in zip(rows, keys):
        row["competitor_product_id"] = product_ids[key]
    conn.execute(db.visit_price_checks.insert(), rows)
    for check, key in zip(visit.price_checks, keys):
        if check.sku and check.sku in own and check.sku not in online:
            # A person's earlier decision on the pair (say, rejected) stands.
            db.record_decision(conn, check.sku, product_ids[key], "confirmed", decided_by=visit.visitor or "store visit",
                               reason=SHELF_CHECK_REASON, overwrite_decision=False)


def rehome_shelf_checks(conn: Connection, competitor_id: int) -> int:
    """Move the history of each shelf-check listing of our sku onto the online product that
    sku is now matched to, and drop the listing with its pairs. Called after matching, so
    a check recorded before the crawl found the product ends up where a later one would
    go. Returns how many listings moved."""
    cp, checks = db.competitor_products, db.visit_price_checks
    listings = conn.execute(
        select(cp.c.id, checks.c.sku).join(checks, checks.c.competitor_product_id == cp.c.id)
        .where(cp.c.competitor_id == competitor_id, cp.c.key.startswith(SHELF_CHECK_PREFIX, autoescape=True),
               checks.c.sku.is_not(None))
        .distinct()
    ).all()
    online = online_matches(conn, competitor_id, sorted({row.sku for row in listings}))
    moved = 0
    for listing in listings:
        if listing.sku not in online:
            continue
        target = online[listing.sku][0]
        conn.execute(update(db.observations).where(db.observations.c.competitor_product_id == listing.id)
                     .values(competitor_product_id=target))
        conn.execute(update(checks).where(checks.c.competitor_product_id == listing.id).values(competitor_product_id=target))
        conn.execute(delete(db.matches).where(db.matches.c.competitor_product_id == listing.id))
        conn.execute(delete(cp).where(cp.c.id == listing.id))
        moved += 1
    return moved


def shelf_check_ids(products) -> list[int]:
    """The ids of the shelf-check listings in a frame of competitor products (`key`, `competitor_product_id`)."""
    if products.empty:
        return []
    return products.competitor_product_id[products.key.str.startswith(SHELF_CHECK_PREFIX)].tolist()


def latest_shelf_prices(conn: Connection) -> dict[int, tuple[Decimal, str | None, datetime]]:
    """Competitor product id -> (price, currency, when) of the latest shelf price seen on a visit,
    for the products sold online (not a shelf check's own listing)."""
    obs, cp = db.observations, db.competitor_products
    ranked = (
        select(obs.c.competitor_product_id, obs.c.price, obs.c.currency, obs.c.observed_at,
               func.row_number().over(partition_by=obs.c.competitor_product_id,
                                      order_by=(obs.c.observed_at.desc(), obs.c.id.desc())).label("n"))
        .join(cp, cp.c.id == obs.c.competitor_product_id)
        .where(obs.c.source == "visit", ~cp.c.key.startswith(SHELF_CHECK_PREFIX, autoescape=True))
        .subquery()
    )
    rows = conn.execute(select(ranked.c.competitor_product_id, ranked.c.price, ranked.c.currency, ranked.c.observed_at)
                        .where(ranked.c.n == 1)).all()
    return {row[0]: (row[1], row[2], row[3]) for row in rows}


def in_store_since(shelf: tuple[Decimal, str | None, datetime] | None, online_at: object) -> str | None:
    """"in store 3.50 EUR on 2026-12-03" when a shelf price was seen after the online price counted was
    read (`online_at`), else None."""
    if shelf is None:
        return None
    price, currency, when = shelf
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    try:
        online = None if online_at is None or online_at != online_at else datetime.fromisoformat(str(online_at))
    except ValueError:
        online = None
    if online is not None and (online if online.tzinfo else online.replace(tzinfo=UTC)) >= when:
        return None
    amount = Decimal(price).quantize(Decimal("0.01")) if Decimal(price) == Decimal(price).quantize(Decimal("0.01")) \
        else Decimal(price).normalize()
    return f"in store {amount}{f' {currency}' if currency else ''} on {when:%Y-%m-%d}"
