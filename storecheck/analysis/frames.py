"""Products read from the database as frames: ours (with our prices as they are compared) and
the competitors' current ones (with what counts as gone), and the pairs a person decided."""

from __future__ import annotations

import json

from decimal import Decimal

import pandas as pd
from sqlalchemy import select
from sqlalchemy.engine import Connection

from storecheck import db
from storecheck.analysis.runs import DEFAULT_MIN_ITEMS_RATIO, Run, run_history
from storecheck.config import Shop
from storecheck.history import current_observation_id, last_complete_starts, query_frame
from storecheck.money import amount_in_range, kept_amount


def own_frame(conn: Connection, *, with_discontinued: bool = False, shop: Shop | None = None) -> pd.DataFrame:
    """Our products, those we sell: one a full catalogue import marked discontinued leaves the
    matcher (a competitor's listing is free for its successor) and every figure, as a closed store
    does; `with_discontinued` for what lists every stored pair (the matches export). With `shop`,
    the prices as they are compared with competitors' shelf prices: with tax added where storecheck.toml
    says ours are before tax (`Shop.tax_factor`)."""
    # In the order our rows were imported (the order of our own files, one order on every database):
    # the matcher settles ties by row order, and a database returns rows without ORDER BY in the
    # order its plan happens to read them (SQLite's changed between two commands on one file;
    # PostgreSQL's moves every updated row to the end).
    query = select(db.own_products).order_by(db.own_products.c.id)
    if not with_discontinued:
        query = query.where(db.own_products.c.discontinued.is_(None))
    frame = query_frame(conn, query)
    if shop is not None and not shop.prices_include_tax and len(frame):
        frame["price"] = [compared_price(price, category, shop) for price, category in zip(frame.price, frame.category)]
    return frame


def compared_price(price: object, category: str | None, shop: Shop | None) -> object:
    """Our price as it is compared with competitors' shelf prices: with tax added where storecheck.toml
    says ours are before tax (`Shop.tax_factor`), else as imported. One place for every table that
    shows ours beside theirs, so no two of them put a product on two bases."""
    if shop is None or shop.prices_include_tax or not isinstance(price, Decimal):
        return price
    return kept_amount(amount_in_range(price * shop.tax_factor(category)))


def unseen_products(conn: Connection, competitor_id: int, min_items_ratio: float = DEFAULT_MIN_ITEMS_RATIO) -> list[str] | None:
    """Keys of the competitor's crawled products its latest crawl did not see, or None when
    that crawl cannot tell: only a complete run (see `complete_runs`) proves something is gone."""
    history = run_history(conn, min_items_ratio)
    runs = history.get(competitor_id)
    if not runs or not runs[-1].complete:
        return None
    frame = competitor_frame(conn, competitor_id, min_items_ratio=min_items_ratio, history=history)
    current = set(frame.key) if not frame.empty else set()
    cp = db.competitor_products
    everything = conn.execute(select(cp.c.key).where(cp.c.competitor_id == competitor_id)).scalars()
    return sorted(key for key in everything if key not in current)


def competitor_frame(
    conn: Connection, competitor_id: int | None = None, *, min_items_ratio: float = DEFAULT_MIN_ITEMS_RATIO,
    history: dict[int, list[Run]] | None = None,
) -> pd.DataFrame:
    """Competitor products with their latest observation, current ones only.
    (`history`: the `run_history` for `min_items_ratio`, when the caller has read it already.)

    A product counts as gone only when a complete crawl run of its competitor
    (see `complete_runs`) started after the product was last seen. Prices a
    person brought in (store visits, imported files) are not on the crawled
    site, so no crawl makes them look gone.
    """
    cp, obs = db.competitor_products, db.observations
    # The latest observation by when it was observed: a visit typed in late may
    # carry an older date than the last crawl. Of a product sold online, the latest read
    # online: a shelf price seen on a visit stays in its history, shown beside it
    # (`shelf_checks.latest_shelf_prices`), but does not stand in for the online price.
    # (`history.current_observation_id`: two reads by the index on (product, time).)
    latest_id = current_observation_id(cp.c.id)
    query = (
        select(
            cp.c.id.label("competitor_product_id"), cp.c.competitor_id, db.competitors.c.name.label("competitor"),
            cp.c.key, cp.c.name, cp.c.brand, cp.c.category, cp.c.gtin, cp.c.mpn, cp.c.sku, cp.c.size, cp.c.url,
            cp.c.description, cp.c.condition, cp.c.first_seen, cp.c.last_seen,
            obs.c.price, obs.c.regular_price, obs.c.currency, obs.c.unit_price, obs.c.unit, obs.c.in_stock,
            obs.c.promo_type, obs.c.promo_text, obs.c.observed_at, obs.c.source, obs.c.last_seen.label("_price_seen"),
        )
        .select_from(cp)
        .join(db.competitors, db.competitors.c.id == cp.c.competitor_id)
        .outerjoin(obs, obs.c.id == latest_id)
    )
    if competitor_id is not None:
        query = query.where(cp.c.competitor_id == competitor_id)
    frame = query_frame(conn, query)
    if frame.empty:
        return frame
    history = run_history(conn, min_items_ratio) if history is None else history
    since = pd.to_datetime(frame.competitor_id.map(last_complete_starts(history)), utc=True)
    active = frame.source.isin(("visit", "import")) | since.isna() | (pd.to_datetime(frame.last_seen, utc=True) >= since)
    # The online price stands while the product is listed online; one its shop no longer lists (its
    # price not seen by the last complete run) but a visit saw on a shelf since counts at that shelf price.
    gone_online = (frame.source == "crawl") & since.notna() & (pd.to_datetime(frame._price_seen, utc=True) < since)
    if gone_online.any():
        frame = _shelf_since(conn, frame, gone_online)
    frame = frame.drop(columns="_price_seen")
    # By competitor and key, as Python orders text (code point by code point): for the reason
    # own_frame gives, and because the order a crawl stores products in follows which page answered
    # first, so one competitor's range reaches the matcher in one order whenever it was crawled.
    # (Sorted here: ORDER BY on text follows PostgreSQL's locale, where "b" comes before "C".)
    # (The two key columns sorted, then every column taken once: a filter and a sort of the whole
    # frame each took all its 25 columns, a third of a second at 100,000 products.)
    keys = frame.loc[active.to_numpy(), ["competitor_id", "key"]]
    return frame.loc[keys.sort_values(["competitor_id", "key"], kind="stable").index].reset_index(drop=True)


def _shelf_since(conn: Connection, frame: pd.DataFrame, gone: pd.Series) -> pd.DataFrame:
    """`frame` with the rows of `gone` (products no longer listed online) at their latest shelf price,
    where a visit saw one after their online price was last seen."""
    obs = db.observations
    ids = frame.competitor_product_id[gone].tolist()
    columns = ["price", "regular_price", "currency", "unit_price", "unit", "in_stock", "promo_type", "promo_text",
               "observed_at", "source"]
    shelf = pd.concat([query_frame(conn, select(obs.c.competitor_product_id, *(obs.c[c] for c in columns))
                                   .where(obs.c.competitor_product_id.in_(ids[at:at + 500]), obs.c.source == "visit"))
                       for at in range(0, len(ids), 500)], ignore_index=True)
    if shelf.empty:
        return frame
    shelf["_when"] = pd.to_datetime(shelf.observed_at, utc=True)
    latest = shelf.sort_values("_when").drop_duplicates("competitor_product_id", keep="last").set_index("competitor_product_id")
    frame = frame.copy()
    for at in frame.index[gone.to_numpy()]:
        pid = frame.at[at, "competitor_product_id"]
        if pid in latest.index and latest.at[pid, "_when"] > pd.to_datetime(frame.at[at, "_price_seen"], utc=True):
            for column in columns:
                frame.at[at, column] = latest.at[pid, column]
    return frame


def decisions_frame(conn: Connection) -> pd.DataFrame:
    """A person's decisions: sku, competitor_product_id, status, and on a rejection the listings the person told
    the rejected one apart from (`told_apart`: a list of competitor product ids, or None; `db.record_decision`)."""
    m = db.matches
    rows = conn.execute(
        select(m.c.sku, m.c.competitor_product_id, m.c.status, m.c.told_apart).where(m.c.status.in_(db.HUMAN_STATUSES))
    ).mappings().all()
    frame = pd.DataFrame(rows, columns=["sku", "competitor_product_id", "status", "told_apart"])
    frame["told_apart"] = [json.loads(text) if isinstance(text, str) and text else None for text in frame.told_apart]
    return frame
