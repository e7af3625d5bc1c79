"""Competitor offers and the observation history: a product's row, and an observation added only
where something changed."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from sqlalchemy import case, delete, func, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from storecheck.db.column_types import utcnow
from storecheck.db.our_products import _chunks, _differs
from storecheck.db.our_products import NAMING_COLUMNS
from storecheck.db.schema import competitor_product_names, competitor_products, observations
from storecheck.models import Offer
from storecheck.money import kept_amount

_PRODUCT_COLUMNS = ("parent_key", "name", "brand", "category", "gtin", "mpn", "sku", "size", "url", "image", "description",
                    "condition")


def _observation_values(offer: Offer) -> dict:
    promotion = offer.promotion
    return {
        # As kept, so that the next crawl's unchanged "389.000052" is compared with what was stored
        # (389.0001) as the same price, not as a change that adds an observation every day.
        "price": kept_amount(offer.price),
        "regular_price": kept_amount(offer.regular_price),
        "currency": offer.currency,
        "unit_price": kept_amount(offer.unit_price),
        "unit": offer.unit,
        "in_stock": offer.in_stock,
        "promo_type": promotion.type if promotion else None,
        "promo_text": promotion.text if promotion else None,
        "promo_loyalty_only": promotion.loyalty_only if promotion else None,
        "promo_starts": promotion.starts if promotion else None,
        "promo_ends": promotion.ends if promotion else None,
        "promotion": json.loads(promotion.model_dump_json()) if promotion else None,
    }


_COMPARED = ("price", "regular_price", "currency", "in_stock", "promo_type", "promo_text", "promo_loyalty_only")


def store_offers(
    conn: Connection,
    competitor_id: int,
    offers: Sequence[Offer],
    *,
    source: str,
    crawl_run_id: int | None = None,
    visit_id: int | None = None,
    now: datetime | None = None,
    renamed: list[tuple[int, dict, dict]] | None = None,
) -> dict[str, int]:
    """Upsert competitor products and append an observation only where something changed.

    An unchanged offer only moves `last_seen` (of the product and of its latest
    observation), so a daily crawl of an unchanged shop adds no rows.
    Returns counts: new_products, new_observations, unchanged. `renamed`, when given, gets
    (competitor product id, NAMING_COLUMNS before, after) of each stored product whose name, brand,
    size or GTIN this changes (`analysis.renamed_pairs`).
    """
    now = now or utcnow()
    counts = {"new_products": 0, "new_observations": 0, "unchanged": 0}
    if not offers:
        return counts
    by_key = {offer.key: offer for offer in offers}  # the last one read wins
    keys = list(by_key)
    existing: dict[str, object] = {}
    for chunk in _chunks(keys, 500):
        for row in conn.execute(
            select(competitor_products).where(
                competitor_products.c.competitor_id == competitor_id, competitor_products.c.key.in_(chunk)
            )
        ):
            existing[row.key] = row
    new_rows = []
    for key, offer in by_key.items():
        if key not in existing:
            new_rows.append(
                {"competitor_id": competitor_id, "key": key, **{c: getattr(offer, c) for c in _PRODUCT_COLUMNS},
                 "first_seen": now, "last_seen": now}
            )
    if new_rows:
        conn.execute(competitor_products.insert(), new_rows)
        counts["new_products"] = len(new_rows)
        for chunk in _chunks([r["key"] for r in new_rows], 500):
            for row in conn.execute(
                select(competitor_products).where(
                    competitor_products.c.competitor_id == competitor_id, competitor_products.c.key.in_(chunk)
                )
            ):
                existing[row.key] = row
    # Refresh descriptive fields that changed and move last_seen.
    seen_ids, old_names = [], []
    for key, offer in by_key.items():
        row = existing[key]
        changed = {c: getattr(offer, c) for c in _PRODUCT_COLUMNS if getattr(offer, c) is not None and getattr(row, c) != getattr(offer, c)}
        if "name" in changed and row.name:
            # The row keeps the name now; the one it replaces is kept beside it, for Changes' "renamed".
            old_names.append({"competitor_product_id": row.id, "name": row.name, "renamed_at": now})
        if changed:
            conn.execute(update(competitor_products).where(competitor_products.c.id == row.id)
                         .values(**changed, last_seen=_later(competitor_products.c.last_seen, now)))
            if renamed is not None and any(c in changed for c in NAMING_COLUMNS):
                before = {c: getattr(row, c) for c in NAMING_COLUMNS}
                renamed.append((row.id, before, before | {c: changed[c] for c in NAMING_COLUMNS if c in changed}))
        else:
            seen_ids.append(row.id)
    for chunk in _chunks(seen_ids, 500):
        conn.execute(update(competitor_products).where(competitor_products.c.id.in_(chunk))
                     .values(last_seen=_later(competitor_products.c.last_seen, now)))
    if old_names:
        conn.execute(competitor_product_names.insert(), old_names)

    product_ids = [existing[key].id for key in keys]
    latest = latest_observations(conn, product_ids)
    inserts, extend = [], []
    for key, offer in by_key.items():
        pid = existing[key].id
        values = _observation_values(offer)
        previous = latest.get(pid)
        if previous is not None and not any(_differs(getattr(previous, c), values[c]) for c in _COMPARED):
            extend.append(previous.id)
            continue
        inserts.append(
            {"competitor_product_id": pid, "observed_at": now, "last_seen": now, "source": source,
             "crawl_run_id": crawl_run_id, "visit_id": visit_id, **values}
        )
    if inserts:
        conn.execute(observations.insert(), inserts)
    for chunk in _chunks(extend, 500):
        conn.execute(update(observations).where(observations.c.id.in_(chunk)).values(last_seen=_later(observations.c.last_seen, now)))
    counts["new_observations"] = len(inserts)
    counts["unchanged"] = len(extend)
    return counts


def run_currency_changes(conn: Connection, crawl_run_id: int) -> list[tuple[str, str, int]]:
    """(currency before, currency now, how many products) for the products a crawl run stored at a
    price in another currency than their observation before it, most products first. A change of
    currency is always a new observation (`_COMPARED`), so the run's own rows hold every one."""
    now, before = observations.alias("now"), observations.alias("before")
    earlier = (select(func.max(observations.c.id))
               .where(observations.c.competitor_product_id == now.c.competitor_product_id, observations.c.id < now.c.id)
               .scalar_subquery())
    rows = conn.execute(
        select(before.c.currency, now.c.currency, func.count())
        .select_from(now.join(before, before.c.id == earlier))
        .where(now.c.crawl_run_id == crawl_run_id, now.c.price.is_not(None), before.c.price.is_not(None),
               before.c.currency != now.c.currency)
        .group_by(before.c.currency, now.c.currency)
    ).all()
    return sorted(((str(a), str(b), int(n)) for a, b, n in rows), key=lambda r: (-r[2], r[0], r[1]))


def forget_run_observation(conn: Connection, competitor_id: int, key: str, crawl_run_id: int) -> int:
    """Delete the observation crawl run `crawl_run_id` wrote of the competitor's product `key`, if it
    wrote one; the rows deleted. A crawl that reads the product again in the same run at the price it
    keeps instead (`crawlers.pipelines.DedupePipeline`: the lower of two) stores that in its place, so
    the history holds one state a run (a run that found the product unchanged wrote none: it moved
    the `last_seen` of an earlier run's, which stays)."""
    product = (select(competitor_products.c.id)
               .where(competitor_products.c.competitor_id == competitor_id, competitor_products.c.key == key)
               .scalar_subquery())
    result = conn.execute(delete(observations).where(observations.c.crawl_run_id == crawl_run_id,
                                                     observations.c.competitor_product_id == product))
    return result.rowcount or 0


def forget_listing_products(conn: Connection, competitor_id: int, pages: dict[str, list[str]],
                            canonical=lambda url: url) -> tuple[list[str], list[str]]:
    """Take out the competitor's products stored from pages now read as listings (`crawlers.listings`):
    `pages` maps each such page's address to its cards' (compared as read and through `canonical`). A
    version that read listings so stored a category as a product at its first card's price; it would
    otherwise be "delisted" once, a false alert. Only a row that is such a reading is taken out: keyed by the
    page, with no id, nothing but crawled observations, no decision of a person (which always survives), and
    every price it ever had one the products of the page's cards have shown (a product page's own price
    is none of theirs, review R4). Returns (the names taken out, the names
    of the other products stored from those pages: a product page now read as a listing, whose product the
    caller must not let look delisted)."""
    from storecheck.db.schema import HUMAN_STATUSES, matches

    cp = competitor_products
    removed: list[str] = []
    held: list[str] = []
    for page, cards in pages.items():
        keys = sorted({page, canonical(page)})
        rows = conn.execute(select(cp.c.id, cp.c.name, cp.c.sku).where(cp.c.competitor_id == competitor_id,
                                                                        cp.c.key.in_(keys))).all()
        if not rows:
            continue
        card_keys = sorted(set(cards) | {canonical(url) for url in cards})
        shown = set(conn.execute(select(observations.c.price).join(cp, cp.c.id == observations.c.competitor_product_id)
                                 .where(cp.c.competitor_id == competitor_id,
                                        cp.c.key.in_(card_keys) | cp.c.url.in_(card_keys),
                                        observations.c.price.is_not(None))).scalars())
        for row in rows:
            prices = set(conn.execute(select(observations.c.price).where(observations.c.competitor_product_id == row.id,
                                                                         observations.c.price.is_not(None))).scalars())
            other = conn.execute(select(observations.c.id).where(observations.c.competitor_product_id == row.id,
                                                                 observations.c.source != "crawl").limit(1)).first()
            decided = conn.execute(select(matches.c.id).where(matches.c.competitor_product_id == row.id,
                                                              matches.c.status.in_(HUMAN_STATUSES)).limit(1)).first()
            if row.sku is None and other is None and decided is None and prices and prices <= shown:
                conn.execute(delete(cp).where(cp.c.id == row.id))
                removed.append(row.name)
            else:
                held.append(row.name)
    return removed, held


def store_offers_each(
    conn: Connection, competitor_id: int, offers: Sequence[Offer], **kwargs: object
) -> tuple[dict[str, int], list[tuple[Offer, str]]]:
    """`store_offers`, keeping the good offers of a batch when the database refuses one.

    The batch is written in a savepoint; if the database refuses it (on
    PostgreSQL one failed statement spoils the whole transaction, so one bad
    product would cost the batch), each offer is written alone in its own
    savepoint. Returns the counts and, for each offer refused, why. A lost
    connection is no refusal: it is raised, for the caller to write the batch
    again on a new one.
    """
    renamed = kwargs.pop("renamed", None)
    # The renames of a batch the database refused were never stored: kept only once it is.
    batch_renamed: list | None = [] if renamed is not None else None
    try:
        with conn.begin_nested():
            counts = store_offers(conn, competitor_id, offers, renamed=batch_renamed, **kwargs)  # type: ignore[arg-type]
        if renamed is not None and batch_renamed:
            renamed.extend(batch_renamed)
        return counts, []
    except SQLAlchemyError as exc:
        if connection_lost(exc):
            raise
    counts: Counter[str] = Counter()
    refused: list[tuple[Offer, str]] = []
    for offer in {offer.key: offer for offer in offers}.values():
        try:
            alone: list | None = [] if renamed is not None else None
            with conn.begin_nested():
                counts.update(store_offers(conn, competitor_id, [offer], renamed=alone, **kwargs))  # type: ignore[arg-type]
            if renamed is not None and alone:
                renamed.extend(alone)
        except SQLAlchemyError as exc:
            if connection_lost(exc):
                raise
            refused.append((offer, _first_line(exc)))
    return {key: counts[key] for key in ("new_products", "new_observations", "unchanged")}, refused


def connection_lost(exc: BaseException) -> bool:
    """Whether a database error is the connection going away (the server restarted, failed over, or
    ended the session), which rolls back the transaction, rather than the database refusing a row."""
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


def _first_line(exc: Exception) -> str:
    """A database error's own message, without the statement and parameters SQLAlchemy adds."""
    cause = getattr(exc, "orig", None) or exc
    return f"{type(cause).__name__}: {str(cause).strip().splitlines()[0][:200] if str(cause).strip() else ''}"


def _later(column, now: datetime):
    """`last_seen` never moves back: a visit typed in late carries an older date."""
    return case((column < now, now), else_=column)


def products_read_since(conn: Connection, competitor_id: int, since: datetime) -> list[tuple[str | None, Decimal | None]]:
    """(url, price) of each of the competitor's products a crawl has read since `since`: the
    price its newest crawl observation holds, None where it had none.

    A resumed crawl run asks this about its earlier parts. Their observations cannot be found
    by their crawl_run_id: a product read unchanged only moves the `last_seen` of an
    observation an earlier run made.
    """
    newest_of = observations.alias("newest_of")
    newest = (
        select(func.max(newest_of.c.id))
        .where(newest_of.c.competitor_product_id == competitor_products.c.id, newest_of.c.source == "crawl")
        .correlate(competitor_products)
        .scalar_subquery()
    )
    rows = conn.execute(
        select(competitor_products.c.url, observations.c.price)
        .select_from(competitor_products)
        .outerjoin(observations, observations.c.id == newest)
        .where(competitor_products.c.competitor_id == competitor_id, competitor_products.c.last_seen >= since)
    )
    return [(row.url, row.price) for row in rows]


def latest_observations(conn: Connection, product_ids: Sequence[int]) -> dict[int, object]:
    """The newest observation row of each competitor product."""
    result: dict[int, object] = {}
    for chunk in _chunks(list(product_ids), 500):
        rows = conn.execute(
            select(observations)
            .where(observations.c.competitor_product_id.in_(chunk))
            .order_by(observations.c.competitor_product_id, observations.c.observed_at, observations.c.id)
        )
        for row in rows:
            result[row.competitor_product_id] = row
    return result
