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

from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

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


def _day_bounds(when: datetime, zone: str | None) -> tuple[datetime, datetime]:
    """The day of `when` on the store's clock (`zone`, else the machine's), as UTC bounds."""
    here = when.astimezone(ZoneInfo(zone)) if zone else when.astimezone()
    start = datetime.combine(here.date(), time.min, here.tzinfo)
    end = datetime.combine(here.date() + timedelta(days=1), time.min, here.tzinfo)
    return start.astimezone(UTC), end.astimezone(UTC)


def _promoted(row) -> bool:
    return row.regular_price is not None or row.promo_type is not None


def _same_day_checks(conn: Connection, product_ids: list[int], store_id: int, day: tuple[datetime, datetime]) -> list:
    """The observations shelf checks at store `store_id` wrote of `product_ids` on `day`, oldest first."""
    obs, visits = db.observations, db.visits
    if not product_ids:
        return []
    return conn.execute(
        select(obs).join(visits, visits.c.id == obs.c.visit_id)
        .where(obs.c.competitor_product_id.in_(product_ids), obs.c.source == "visit", visits.c.store_id == store_id,
               obs.c.observed_at >= day[0], obs.c.observed_at < day[1])
        .order_by(obs.c.competitor_product_id, obs.c.observed_at, obs.c.id)
    ).all()


def store_price_checks(conn: Connection, competitor_id: int, visit_id: int, visit: Visit, *, when: datetime,
                       ours: bool = False, zone: str | None = None) -> None:
    """Store a visit's shelf checks: a row each in visit_price_checks and, at a competitor,
    an observation (source "visit") on the online product our sku is matched to, else on
    the check's own listing. A check of our sku on its own listing is a person saying
    "this is that product", so it is also a confirmed pair (unless someone rejected it).

    Two people at one store on one day (on the store's clock, `zone`) read one shelf: a check at
    the price another read that day with its was-price or promotion, but written without them,
    is the tag half copied, not the promotion over (a later week's check without them is). Each
    check keeps its row as written; the price history reads the day's promotion from whoever saw
    it, whichever visit was stored first: a check without it extends the observation that has it,
    and a check with it, stored after a later one of that day without it, is followed by a row at
    that later time that carries it (the history stays append-only)."""
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
    cp = db.competitor_products
    keyed = [online[check.sku][1] if check.sku in online else check.key for check in visit.price_checks]
    known = dict(conn.execute(
        select(cp.c.key, cp.c.id).where(cp.c.competitor_id == competitor_id, cp.c.key.in_(set(keyed)))
    ).all())
    store_id = conn.execute(select(db.visits.c.store_id).where(db.visits.c.id == visit_id)).scalar()
    day = _day_bounds(when, zone)
    that_day = _same_day_checks(conn, list(known.values()), store_id, day)
    offers, keys = [], []
    for check, key in zip(visit.price_checks, keyed):
        promotion = None
        if check.promotion or check.promotion_type:
            promotion = Promotion(type=check.promotion_type or "sale", text=check.promotion or "")
        regular_price = check.regular_price
        if regular_price is None and promotion is None and key in known:
            seen = next((row for row in reversed(that_day) if row.competitor_product_id == known[key] and _promoted(row)
                         and row.currency == visit.currency and Decimal(row.price) == Decimal(check.price)), None)
            if seen is not None:  # the tag another person read whole that day
                regular_price = seen.regular_price
                promotion = Promotion.model_validate(seen.promotion) if seen.promotion else None
        if check.sku in online:
            # The online product's own name and details stay; only the price is the shelf's.
            name = None
        else:
            name = check.product or (own[check.sku].name if check.sku in own else check.sku)
        keys.append(key)
        offers.append(Offer(key=key, name=name, price=check.price, regular_price=regular_price,
                            currency=visit.currency, in_stock=True, promotion=promotion))
    db.store_offers(conn, competitor_id, offers, source="visit", visit_id=visit_id, now=when)
    product_ids = dict(conn.execute(
        select(cp.c.key, cp.c.id).where(cp.c.competitor_id == competitor_id, cp.c.key.in_(set(keys)))
    ).all())
    _carry_the_day_s_promotion(conn, [product_ids[key] for key, offer in zip(keys, offers)
                                      if offer.regular_price is not None or offer.promotion is not None],
                               store_id, day, when)
    for row, key in zip(rows, keys):
        row["competitor_product_id"] = product_ids[key]
    conn.execute(db.visit_price_checks.insert(), rows)
    for check, key in zip(visit.price_checks, keys):
        if check.sku and check.sku in own and check.sku not in online:
            # A person's earlier decision on the pair (say, rejected) stands.
            db.record_decision(conn, check.sku, product_ids[key], "confirmed", decided_by=visit.visitor or "store visit",
                               reason=SHELF_CHECK_REASON, overwrite_decision=False)


def _carry_the_day_s_promotion(conn: Connection, product_ids: list[int], store_id: int,
                               day: tuple[datetime, datetime], when: datetime) -> None:
    """After a check with a was-price or promotion at `when`: where a check later that day at the
    store, stored before it, read the same price without them and is the product's latest state,
    append a row at that later time with this one's was-price and promotion."""
    obs = db.observations
    rows = _same_day_checks(conn, product_ids, store_id, day)
    latest = {row.competitor_product_id: row for row in rows}  # oldest first: the last is the latest
    mine = {row.competitor_product_id: row for row in rows if row.observed_at == when and _promoted(row)}
    newest = db.latest_observations(conn, list(latest))
    appended = []
    for product_id, row in latest.items():
        seen = mine.get(product_id)
        if (seen is None or _promoted(row) or row.observed_at <= when or newest[product_id].id != row.id
                or row.currency != seen.currency or Decimal(row.price) != Decimal(seen.price)):
            continue
        values = {c: getattr(row, c) for c in row._fields if c != "id"}
        values.update({c: getattr(seen, c) for c in ("regular_price", "promo_type", "promo_text", "promo_loyalty_only",
                                                       "promo_starts", "promo_ends", "promotion")})
        appended.append(values)
    if appended:
        conn.execute(obs.insert(), appended)


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
