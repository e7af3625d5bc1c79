"""The edge between the database and the benchmark: load frames, run the
matcher and the numbers, store matches, and assemble what the report shows.

`benchmark` computes on frames and never touches the database; `reports`
renders plain data and never queries. This module is where the two meet.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import NamedTuple

import numpy as np
import pandas as pd
from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Connection, Engine

from benchmark import assortment, pricing, promotions, scorecard, trends
from benchmark import visits as store_visits
from storecheck import currencies, db
from storecheck.config import CONFIG_NAME, Config, Crawl, Shop
from storecheck.history import (current_observation_id, last_complete_starts, query_frame, shelf_price_counts,
                                trends_context)
from storecheck.models import is_missing
from storecheck.money import amount_in_range, in_currency_places, kept_amount, written_amount
from storecheck.visits import clock_zone, visits_frame
from storecheck.visits.shelf_checks import in_store_since, latest_shelf_prices, rehome_shelf_checks, shelf_check_ids
from storecheck.visits.storage import noted_frames


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


def tax_note(shop: Shop) -> str | None:
    """The report's note on how our prices were compared when they are before tax."""
    if shop.prices_include_tax:
        return None
    by_category = "".join(f", {name} {rate:g}%" for name, rate in sorted(shop.tax_rates.items()))
    return (f"Our prices are before tax (storecheck.toml: prices_include_tax = false): compared with competitors' "
            f"shelf prices with {shop.tax_rate:g}% tax added{by_category}. The exports of our products keep them "
            "as imported.")


DEFAULT_MIN_ITEMS_RATIO = Crawl().min_items_ratio


@dataclass(frozen=True)
class Run:
    """One crawl run of a competitor as its history is read: for the report's
    data health, its changes since the previous run, and what may count as delisted.

    A crawl that resumes a killed or stopped one continues that run in a
    crawl_runs row of its own, so one run may have several rows (`ids`, oldest
    first); the newest says how the run ended and carries the counts of all.
    """

    ids: tuple[int, ...]
    competitor_id: int
    competitor: str
    started_at: datetime
    status: str
    items: int
    # Finished and not far smaller than the complete run before it (see `run_history`).
    complete: bool
    # The newest crawl_runs row, which speaks for the run, for the data-health table.
    row: dict

    @property
    def id(self) -> int:
        return self.ids[-1]


def run_history(conn: Connection, min_items_ratio: float = DEFAULT_MIN_ITEMS_RATIO) -> dict[int, list[Run]]:
    """Per competitor id, its crawl runs, oldest first, each flagged complete or not.

    Only a complete run may make a product look delisted. Complete means
    finished *and* not far smaller than the complete run before it: a shop
    that served a fraction of its range (a changed template, a block) has
    not delisted the rest. Partial and failed runs are never complete.

    The rows of a resumed run are one run: `StorePipeline` gives the resuming
    row the start of the run it continues, and only a run that did not finish
    (finish reason other than "finished") and is the competitor's latest is
    ever resumed (`crawl.read_job_marker`), so a run's rows are never apart.
    """
    r = db.crawl_runs
    rows = conn.execute(
        select(r, db.competitors.c.name.label("competitor"))
        .join(db.competitors, db.competitors.c.id == r.c.competitor_id)
        .order_by(r.c.competitor_id, r.c.id)
    ).mappings().all()
    parts: dict[int, list[list]] = {}
    resumable: dict[tuple[int, datetime], list] = {}
    for row in rows:
        key = (row["competitor_id"], row["started_at"])
        run = resumable.pop(key, None)
        if run is None:
            run = []
            parts.setdefault(row["competitor_id"], []).append(run)
        run.append(dict(row))
        if row["finish_reason"] != "finished":
            resumable[key] = run
    history: dict[int, list[Run]] = {}
    for cid, runs in parts.items():
        before: Run | None = None  # the latest complete run so far
        # The latest run is the one with the newest row, as for a run that was never interrupted.
        for run in sorted(runs, key=lambda part_rows: part_rows[-1]["id"]):
            newest = run[-1]
            complete = newest["status"] == "finished" and (before is None or newest["items"] >= min_items_ratio * before.items)
            entry = Run(
                ids=tuple(row["id"] for row in run), competitor_id=cid, competitor=newest["competitor"],
                started_at=run[0]["started_at"], status=newest["status"], items=newest["items"], complete=complete, row=newest,
            )
            before = entry if complete else before
            history.setdefault(cid, []).append(entry)
    return history


def complete_runs(conn: Connection, min_items_ratio: float = DEFAULT_MIN_ITEMS_RATIO) -> dict[int, list[Run]]:
    """Per competitor id, its complete crawl runs (see `run_history`), oldest first."""
    return _complete(run_history(conn, min_items_ratio))


def _complete(history: dict[int, list[Run]]) -> dict[int, list[Run]]:
    result: dict[int, list[Run]] = {}
    for cid, runs in history.items():
        complete = [run for run in runs if run.complete]
        if complete:
            result[cid] = complete
    return result


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
            cp.c.description, cp.c.first_seen, cp.c.last_seen,
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
    m = db.matches
    rows = conn.execute(
        select(m.c.sku, m.c.competitor_product_id, m.c.status).where(m.c.status.in_(db.HUMAN_STATUSES))
    ).mappings().all()
    return pd.DataFrame(rows, columns=["sku", "competitor_product_id", "status"])


def run_matching(engine: Engine, config: Config, competitor: str | None = None) -> dict:
    """Match every (or one) competitor's active products to ours and store the result.

    Rows a person decided (confirmed / rejected) are never touched, and the
    matcher never proposes them again; the matcher's own earlier rows are
    replaced by this run's. Returns per competitor: products, matched (and by
    method), proposed, confirmed, rejected, unmatched, seconds; and the total seconds.
    """
    # Imported here: the matcher's stack (scipy, rapidfuzz) is a third of a second that `report` and
    # `score`, which only read the matches, need not pay.
    from benchmark import matching

    started = time.perf_counter()
    summary: dict[str, dict] = {}
    settings = config.matching
    with engine.begin() as conn:
        db.sync_competitors(conn, config.competitors)
    # Matching reads and computes without holding SQLite's write lock; only the
    # result is written, in a short transaction of its own per competitor, so a
    # visit posted or a decision taken meanwhile waits a moment, never fails.
    with db.reading(engine).connect() as conn:
        # Our prices as they are compared with theirs (tax added where ours are before tax): the
        # matcher weighs a price ratio, on the basis the report and exports use.
        ours = own_frame(conn, shop=config.shop)
        decisions = decisions_frame(conn)
    known_confirmed = {(row.sku, int(row.competitor_product_id))
                       for row in decisions[decisions.status == "confirmed"].itertuples()}
    # A person's decisions on a discontinued product stay stored, and settle nothing: the matcher
    # reads those on the products we sell.
    decisions = decisions[decisions.sku.isin(ours.sku)]
    names = [config.competitor(competitor).name] if competitor else [c.name for c in config.competitors]
    for name in names:
        began = time.perf_counter()
        with db.reading(engine).connect() as conn:
            cid = db.competitor_id(conn, name)
            theirs = competitor_frame(conn, cid, min_items_ratio=config.crawl.min_items_ratio)
        # Only this competitor's decisions: a product confirmed with one
        # competitor's listing is still matched at the others.
        own_decisions = decisions[decisions.competitor_product_id.isin(theirs.competitor_product_id)] if not theirs.empty else decisions.iloc[0:0]
        # A shelf check's own listing never takes our sku from an identifier match.
        shelf_listings = set(shelf_check_ids(theirs))
        own_decisions = own_decisions[~own_decisions.competitor_product_id.isin(shelf_listings)]
        found = matching.match_products(
            ours, theirs, decisions=own_decisions,
            match_threshold=settings.match_threshold, review_threshold=settings.review_threshold,
            learn=settings.learn_from_decisions, min_decisions=settings.min_decisions, workers=settings.workers,
        )
        with engine.begin() as conn:
            # A pair confirmed while the matcher computed settles both its products here (the
            # decisions it was given it has taken into account; a shelf check's listing is rehomed below).
            confirmed_meanwhile = {(sku, pid) for sku, pid in _confirmed_pairs(conn, cid) - known_confirmed
                                   if pid not in shelf_listings}
            if not found.empty and confirmed_meanwhile:
                found = found[~found.competitor_product_id.isin({pid for _, pid in confirmed_meanwhile})
                              & ~found.sku.isin({sku for sku, _ in confirmed_meanwhile})]
            _replace_matcher_rows(conn, cid, found)
            rehome_shelf_checks(conn, cid)
            confirmed_ids = {pid for _, pid in _confirmed_pairs(conn, cid)}
            # The matcher's guesses on pairs a person decided are not stored (`_replace_matcher_rows`), nor
            # counted: a shelf check naming our sku (confirmed) was also "matched, fuzzy" by its title.
            decided = _decided_pairs(conn, cid)
            stored = found[[(sku, int(pid)) not in decided for sku, pid in zip(found.sku, found.competitor_product_id)]] \
                if decided and not found.empty else found
            counts = stored.groupby(["status", "method"]).size().to_dict() if not stored.empty else {}
            summary[name] = {
                "products": len(theirs),
                "matched": int(sum(v for (s, _), v in counts.items() if s == "matched")),
                "proposed": int(sum(v for (s, _), v in counts.items() if s == "proposed")),
                "by_method": {m: int(v) for (s, m), v in counts.items() if s == "matched"},
                "equivalent": int(stored.equivalent.sum()) if not stored.empty else 0,
                "confirmed": int(_count_human(conn, cid, "confirmed")),
                "rejected": int(_count_human(conn, cid, "rejected")),
            }
        # Unmatched: neither matched, proposed nor confirmed, so the four add up to the products.
        linked = set(found.competitor_product_id) | confirmed_ids
        summary[name]["unmatched"] = int(len(set(theirs.competitor_product_id) - linked)) if not theirs.empty else 0
        summary[name]["seconds"] = time.perf_counter() - began
    return {"competitors": summary, "seconds": time.perf_counter() - started}


def _decided_pairs(conn: Connection, cid: int) -> set[tuple[str, int]]:
    """(sku, competitor product id) of the pairs a person decided (confirmed or rejected) at competitor `cid`."""
    m, cp = db.matches, db.competitor_products
    rows = conn.execute(select(m.c.sku, m.c.competitor_product_id).join(cp, cp.c.id == m.c.competitor_product_id)
                        .where(cp.c.competitor_id == cid, m.c.status.in_(db.HUMAN_STATUSES)))
    return {(sku, int(pid)) for sku, pid in rows}


def _count_human(conn: Connection, cid: int, status: str) -> int:
    m, cp = db.matches, db.competitor_products
    return conn.execute(
        select(func.count()).select_from(m.join(cp, cp.c.id == m.c.competitor_product_id))
        .where(cp.c.competitor_id == cid, m.c.status == status)
    ).scalar_one()


def _confirmed_pairs(conn: Connection, cid: int) -> set[tuple[str, int]]:
    """(sku, competitor product id) of each pair a person confirmed at this competitor."""
    m, cp = db.matches, db.competitor_products
    rows = conn.execute(
        select(m.c.sku, m.c.competitor_product_id).join(cp, cp.c.id == m.c.competitor_product_id)
        .where(cp.c.competitor_id == cid, m.c.status == "confirmed")
    )
    return {(row.sku, row.competitor_product_id) for row in rows}


def _replace_matcher_rows(conn: Connection, cid: int, found: pd.DataFrame) -> None:
    m, cp = db.matches, db.competitor_products
    now = db.utcnow()
    product_ids = select(cp.c.id).where(cp.c.competitor_id == cid)
    existing = {
        (r.sku, r.competitor_product_id): r
        for r in conn.execute(select(m).where(m.c.competitor_product_id.in_(product_ids), m.c.status.in_(("matched", "proposed"))))
    }
    # A person's decision on a pair is never overwritten, whatever the matcher found.
    decided = {
        (r.sku, r.competitor_product_id)
        for r in conn.execute(
            select(m.c.sku, m.c.competitor_product_id).where(m.c.competitor_product_id.in_(product_ids),
                                                              m.c.status.in_(db.HUMAN_STATUSES))
        )
    }
    wanted = {
        (r.sku, int(r.competitor_product_id)): r for r in found.itertuples()
        if (r.sku, int(r.competitor_product_id)) not in decided
    }
    stale = [row.id for pair, row in existing.items() if pair not in wanted]
    for start in range(0, len(stale), 500):
        conn.execute(delete(m).where(m.c.id.in_(stale[start : start + 500])))
    inserts = []
    for pair, r in wanted.items():
        values = {"method": r.method, "score": float(r.score), "status": r.status, "reason": r.reason,
                  "equivalent": bool(getattr(r, "equivalent", False))}
        if pair in existing:
            old = existing[pair]
            if (old.method, old.score, old.status, old.reason, old.equivalent) != tuple(values.values()):
                conn.execute(update(m).where(m.c.id == old.id).values(**values, updated_at=now))
        else:
            inserts.append({"sku": pair[0], "competitor_product_id": pair[1], **values, "updated_at": now})
    for start in range(0, len(inserts), 5000):
        conn.execute(m.insert(), inserts[start : start + 5000])


PAIR_COLUMNS = ["sku", "name", "category", "competitor", "competitor_product_id", "their_name", "their_url", "our_price",
                "their_price", "their_regular_price", "our_currency", "their_currency", "in_stock", "weight", "method",
                "status", "basis", "their_pack", "our_pack", "pack_sizes"]


def accepted_frame(conn: Connection) -> pd.DataFrame:
    """The accepted matches (matched or confirmed) of the products we sell: sku, competitor_product_id,
    method, score, status, equivalent. A discontinued product's confirmed pairs stay stored, and count
    in no figure: its listing is no overlap of our range."""
    m, own = db.matches, db.own_products
    sold = select(own.c.sku).where(own.c.discontinued.is_(None))
    return query_frame(conn, select(m.c.sku, m.c.competitor_product_id, m.c.method, m.c.score, m.c.status,
                                    m.c.equivalent).where(m.c.status.in_(("matched", "confirmed")), m.c.sku.in_(sold)))


def pairs_frame(conn: Connection, ours: pd.DataFrame | None = None, theirs: pd.DataFrame | None = None,
                accepted: pd.DataFrame | None = None) -> pd.DataFrame:
    """Accepted pairs (matched or confirmed) with both sides' current prices.

    One pair per our product and competitor: a listing priced online (or from a file) wins over a
    listing of shelf prices noted on visits, then a person's confirmation wins over
    the matcher, then the matcher's highest score, then the most recent observation. A pair across pack sizes
    (`equivalent`) is compared per kg / l / piece; when either pack size
    cannot be read it is left out rather than compared on pack price. (`ours`, `theirs`, `accepted`:
    `own_frame`, `competitor_frame` and `accepted_frame`, when the caller has read them already.)
    """
    ours = own_frame(conn) if ours is None else ours
    theirs = competitor_frame(conn) if theirs is None else theirs
    accepted = accepted_frame(conn) if accepted is None else accepted
    if accepted.empty or ours.empty or theirs.empty:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    left = ours.rename(columns={"price": "our_price", "currency": "our_currency", "size": "our_size"})[
        ["sku", "name", "category", "brand", "our_price", "our_currency", "sales_weight", "our_size"]
    ]
    right = theirs.rename(
        columns={"name": "their_name", "url": "their_url", "price": "their_price", "regular_price": "their_regular_price",
                 "currency": "their_currency", "category": "their_category", "brand": "their_brand", "size": "their_size"}
    )[["competitor_product_id", "competitor", "their_name", "their_url", "their_price", "their_regular_price",
       "their_currency", "in_stock", "promo_type", "promo_text", "their_size", "observed_at", "source"]]
    pairs = accepted.merge(left, on="sku").merge(right, on="competitor_product_id")
    # One listing speaks for our product at a competitor that lists it several
    # times: one priced online, as the figures count a product's online price over its shelf price
    # (`shelf_checks`: a shelf check noted in words stays a listing of its own, and the matcher may
    # score it, named as we name the product, above the web shop's listing); then the one a person
    # confirmed (that it is the product, not which price counts), else the matcher's surest, then the freshest.
    # (Sorted only when some product is listed twice: the sort and the sort back each took every column.)
    if pairs.duplicated(["sku", "competitor"]).any():
        pairs = pairs.assign(_online=(pairs.source != "visit"), _person=(pairs.status == "confirmed")).sort_values(
            ["_online", "_person", "score", "observed_at"], ascending=False, na_position="last"
        )
        pairs = pairs.drop_duplicates(["sku", "competitor"]).drop(columns=["_online", "_person"]).sort_index()
    pairs["weight"] = [1.0 if is_missing(w) else float(w) for w in pairs.sales_weight]
    pairs = pairs.astype(object).where(pairs.notna(), None)
    pairs["basis"] = None
    # What their price is divided by for a pair compared per unit, so the trends compare past prices alike.
    pairs["their_pack"] = Decimal(1)
    # ... and ours, with both packs' sizes in words ("1 kg", "0.5 kg"), for an alert that names our shelf price.
    pairs["our_pack"] = Decimal(1)
    pairs["pack_sizes"] = None
    # Only pairs across pack sizes need a look row by row (iterrows is slow on 100,000 pairs); and the
    # pairs a person confirmed: "same product" on our 1 kg bag and their 500 g one (which the matcher
    # proposed as another size, not flagged `equivalent`) says it is that coffee, not that a bag
    # costs what a bag costs: compared on pack price, 12.00 against 6.50 read "84.6% dearer" where
    # per kg we are cheaper.
    equivalent = pairs.equivalent.fillna(False).astype(bool)
    confirmed = (pairs.status == "confirmed") & ~equivalent
    keep = list(pairs.index[~equivalent])
    for index, row in pairs[equivalent | confirmed].iterrows():
        _, basis = pack_basis((row["name"], row.our_size), (row.their_name, row.their_size),
                                 equivalent=bool(equivalent[index]), confirmed=row.status == "confirmed")
        if basis is None:
            continue  # left out (equivalent) or compared on pack price (confirmed), as `pack_basis` says
        for column, pack in (("our_price", basis.our_pack), ("their_price", basis.their_pack),
                             ("their_regular_price", basis.their_pack)):
            if isinstance(row[column], Decimal):
                pairs.at[index, column] = row[column] / pack
        pairs.at[index, "basis"] = basis.name
        pairs.at[index, "their_pack"] = basis.their_pack
        pairs.at[index, "our_pack"] = basis.our_pack
        pairs.at[index, "pack_sizes"] = " / ".join(basis.sizes())
        if not confirmed[index]:
            keep.append(index)
    # (Every pair kept, as when none is compared per unit: no take of every column.)
    return (pairs if len(keep) == len(pairs) else pairs.loc[sorted(keep)]).reset_index(drop=True)


class PackBasis(NamedTuple):
    """A pair compared per unit: our pack and theirs in `per` `unit`s (kg, l, piece)."""

    our_pack: Decimal
    their_pack: Decimal
    unit: str
    per: int = 1

    @property
    def name(self) -> str:
        return f"per {self.unit}" if self.per == 1 else f"per {self.per} {self.unit}s"

    def sizes(self) -> tuple[str, str]:
        """Our pack and theirs as a person writes them: ("1 kg", "0.5 kg"), ("1000 pieces", "500 pieces")."""
        def written(pack: Decimal) -> str:
            quantity = (pack * self.per).normalize()
            return f"{quantity:f} {self.unit}" + ("s" if self.unit == "piece" and quantity != 1 else "")
        return written(self.our_pack), written(self.their_pack)


# From a box of this many pieces of ours, a pair is compared per 100 (per 1,000 from 1,000 ...)
# pieces: the price of one screw of a box of 1,000 is a fraction of a cent, which no currency's
# places show ("0.01 EUR per piece against 0.01 EUR per piece" beside "11.1% dearer"). Read from
# our pack alone, so every competitor's listing of one product of ours is compared per the same unit.
MANY_PIECES = 100


def pack_basis(ours: Iterable[str | None], theirs: Iterable[str | None], *, equivalent: bool,
               confirmed: bool) -> tuple[bool, PackBasis | None]:
    """How a pair is compared on price (the one rule of `pairs_frame` and the product page of `serve`):
    (counted, basis). `ours` and `theirs` are the texts a pack size is read from (name, size).

    A pair the matcher made across pack sizes (`equivalent`) is compared per kg / l / piece, and left out
    (not counted) when either pack size cannot be read. A pair a person confirmed is compared per unit
    when its pack sizes differ (our 1 kg bag against their 500 g one), else on pack price. Any other
    pair is compared on pack price."""
    from crawlers.promotions import pack_quantity

    if not equivalent and not confirmed:
        return True, None
    our_pack = pack_quantity(" ".join(t for t in ours if t))
    their_pack = pack_quantity(" ".join(t for t in theirs if t))
    if not our_pack or not their_pack or our_pack[1] != their_pack[1] or not our_pack[0] or not their_pack[0]:
        return not equivalent, None  # an equivalent pair is left out; a confirmed one stays compared on pack price
    if not equivalent and our_pack[0] == their_pack[0]:
        return True, None  # one pack size: compared on its price, as it was
    per = 1
    if our_pack[1] == "piece" and our_pack[0] >= MANY_PIECES:
        per = 10 ** (len(str(int(our_pack[0]))) - 1)
    return True, PackBasis(our_pack[0] / per, their_pack[0] / per, our_pack[1], per)


def listed_history(history: dict[int, list[Run]], listed: set[str]) -> dict[int, list[Run]]:
    """`history` (`run_history`) of the competitors named in `listed` (those storecheck.toml lists):
    the crawls of one taken out of the file, or renamed there, are no part of the figures, changes or
    alerts, as its products are not."""
    return {cid: runs for cid, runs in history.items() if runs and runs[-1].competitor in listed}


def unlisted_notes(conn: Connection, config: Config) -> list[str]:
    """A line for each competitor renamed in (or taken out of) storecheck.toml whose history stays
    under its old name, out of every figure: in the report's notes (the file that is mailed and
    shared) and said by `competitor list`, `report` and `run`, where the new name otherwise shows
    with nothing."""
    left = db.unlisted_competitors(conn, [c.name for c in config.competitors])
    return [f"{name!r} ({products} product{'' if products == 1 else 's'}, {visits} visit{'' if visits == 1 else 's'}) "
            f"is in the database but not in {CONFIG_NAME}: its history is left out of every figure; "
            "if you renamed it, give it back its old name there." for name, products, visits in left]


def report_context(engine: Engine, config: Config, *, tables: bool = True, now: datetime | None = None) -> dict:
    """Everything the report shows, as plain data, as of `now` (the clock's, unless given).

    With `tables=False`, what `storecheck score` prints and no more: the
    scorecards, trends, what to copy and notes, without the report's long
    tables, changes since the last report, gap histories and data health."""
    now = now or datetime.now(UTC)
    tolerance = config.pricing.same_tolerance
    rates = currencies.rates(config)
    with engine.begin() as conn:
        # Our shop too, in a write of its own: renamed in the config, its row takes the new name
        # (kept) before its visits are read.
        db.sync_competitors(conn, config.visited())
    with db.reading(engine).connect() as conn:
        ours = own_frame(conn, shop=config.shop)
        history = run_history(conn, config.crawl.min_items_ratio)
        theirs = competitor_frame(conn, min_items_ratio=config.crawl.min_items_ratio, history=history)
        # A competitor taken out of storecheck.toml (or renamed there) keeps its rows, out of every figure
        # below (its note says so): its pairs, trends, changes and crawl health as well as its scorecard.
        listed = {c.name for c in config.competitors}
        history = listed_history(history, listed)
        if not theirs.empty and not theirs.competitor.isin(listed).all():
            theirs = theirs[theirs.competitor.isin(listed).to_numpy()].reset_index(drop=True)
        # The accepted matches read once, for the pairs and for the range (all of them, duplicate listings too).
        accepted_matches = accepted_frame(conn)
        pairs, currency_counts = currencies.convert_pairs(pairs_frame(conn, ours, theirs, accepted_matches), rates)
        ended = _ended_promotions(conn, now.date())
        all_accepted = accepted_matches[["sku", "competitor_product_id"]]
        runs = _latest_runs(conn, history)
        last_report = db.last_report_run(conn)
        since = last_report["generated_at"] if last_report else None
        # Our price ÷ theirs once per pair, for every figure and table below; the gaps carry the
        # ratios, so one frame of every pair serves them all rather than a copy per use.
        every_gap = pricing.gaps(pricing.ratios(pairs))
        # Pairs far outside their competitor's others (a price in cents, a pack against a single) stay
        # out of every figure; they are listed with the reason, and kept in the pairs table and exports.
        moved = own_moves(conn, every_gap)
        judged = pricing.verdicts(every_gap, moved=moved)
        # A pair whose promotion ended by its own words since it was last read stands on a price that is
        # over: it is left out too, until the product is read again.
        every_gap["left_out"] = reasons = _ended_promotion_reasons(every_gap, judged.reason, ended)
        # The changes' alerts stand on the pairs as judged here (`_judged_pairs`), not judged again.
        judged_pairs = _with_verdicts(pairs, every_gap, reasons)
        change_rows = changes(conn, config, history, since=since, pairs=pairs,
                              judged=(judged_pairs, moved)) if tables else []
        # Which pairs undercut us now: kept with this report, so the next one tells a new undercut of our making.
        undercut = undercut_pairs(judged_pairs, config.alerts.undercut_pct) if tables else {}
        # A shelf price left out beside their regular price (in cents: "99% off") is no promotion either.
        misread_shelf = set(every_gap.competitor_product_id[(judged.price == "shelf").to_numpy()])
        out = reasons.notna()
        gap_frame = every_gap[~out] if out.any() else every_gap
        ratio_frame = gap_frame
        left_out = _left_out_rows(every_gap[out])
        watched = None
        if tables:
            # The pairs `pricing.largest_gaps` picks (the ten dearest and ten cheapest, ties in order), picked
            # on the columns: a dict per pair to pick twenty cost half a second.
            gap_values = gap_frame.gap_pct.to_numpy(dtype=float)
            finite = np.isfinite(gap_values)
            dearest = np.flatnonzero(finite & (gap_values > 0))
            cheapest = np.flatnonzero(finite & (gap_values < 0))
            picked = np.concatenate([dearest[np.argsort(-gap_values[dearest], kind="stable")][:10],
                                     cheapest[np.argsort(gap_values[cheapest], kind="stable")][:10]])
            watched = set(gap_frame.competitor_product_id.to_numpy()[picked].tolist())
        # Every pair: the trends judge each day's pairs on that day's prices, as today's are judged above.
        trend = trends_context(conn, pairs, history, config.trends.window_days, today=now.date(), rates=rates, moved=moved,
                               competitors=listed,
                               watched=pairs[pairs.competitor_product_id.isin(watched)] if watched else None)
        visit_frame, noted = visits_frame(conn), noted_frames(conn)
        if not visit_frame.empty:  # our shop's visits and those of the competitors listed
            visit_frame = visit_frame[visit_frame.competitor.isin({shop.name for shop in config.visited()}).to_numpy()]
        shelf_prices = latest_shelf_prices(conn) if tables else {}
        stores = [(shop.name, store) for shop in config.visited() for store in shop.stores]
        visit_cards = store_visits.store_scorecards(
            visit_frame, closed={(name, store.name): store.closed for name, store in stores if store.closed},
            zones={(name, store.name): store.time_zone for name, store in stores if store.time_zone},
            default_zone=config.shop.time_zone)
        detected = dict(conn.execute(select(db.competitors.c.name, db.competitors.c.detected_platform)).all())
        unlisted = unlisted_notes(conn, config)
    weights = config.weights.model_dump()
    cards, notes, promo_rows, range_rows = [], [], [], []
    comparisons = store_visits.compare_with_ours(visit_cards, config.shop.name, as_of=now.date(), rates=rates)
    timelines = store_visits.store_timelines(visit_frame, noted)
    for timeline in timelines:
        # Each visit's time on the store's clock, as it was written and as its footfall hours are read.
        timeline["zone"] = clock_zone(config, timeline["competitor"], timeline["store"])
    copy_inputs = []
    ladder = assortment.price_ladder(ours, config.shop.name, config.shop.currency) if tables else []
    lacking, exclusive = [], []
    # A shelf price left out of the figures beside their regular price (in cents: "99% off") tells no
    # depth of a promotion: for the promotions, such a product keeps its promotion's type and text only.
    promoted_view = theirs
    if misread_shelf and not theirs.empty:
        promoted_view = theirs.assign(regular_price=theirs.regular_price.where(
            ~theirs.competitor_product_id.isin(misread_shelf), None))
    # Which of their products are on promotion, worked out once for the scorecards and the deepest ones.
    on_promotion = promotions.promoted(promoted_view)
    for competitor in config.competitors:
        name = competitor.name
        # Their range: what they sell online or in a file they gave; shelf checks
        # from visits are single prices, not a range, and count only in pairs.
        mine = theirs[(theirs.competitor == name) & (theirs.source != "visit")] if not theirs.empty else theirs
        own_pairs = pairs[pairs.competitor == name] if not pairs.empty else pairs
        price = pricing.summarise(ratio_frame[ratio_frame.competitor == name] if not ratio_frame.empty else ratio_frame,
                                  same_tolerance=tolerance)
        promo = promotions.summarise(promoted_view.loc[mine.index], on_promotion)
        # All accepted pairs, duplicate listings included: a second listing of
        # a product we sell is not a product we lack.
        accepted = all_accepted[all_accepted.competitor_product_id.isin(mine.competitor_product_id)] if not mine.empty else all_accepted.iloc[0:0]
        rng = assortment.summarise(ours, mine, accepted, name)
        if tables:
            lacking += assortment.lacking_products(mine, accepted, name)
            exclusive += assortment.exclusives(ours, accepted, name)
        visit_card = next((c for c in visit_cards["competitors"] if c["competitor"] == name), None)
        score_parts = scorecard.parts(
            price_index=price["price_index"], promo_share=promo["share"], their_products=len(mine),
            our_products=len(ours), experience=store_visits.experience_score(visit_card) if visit_card else None,
        )
        their_comparisons = [r for r in comparisons if r["competitor"] == name]
        run = runs.get(name)
        cards.append(
            {
                "name": name, "url": competitor.url, "products": int(len(mine)),
                "platform": competitor.platform if competitor.platform != "auto" else (detected.get(name) or "auto"),
                "matched": int(len(own_pairs)), **price,
                # Of the matched, those on listings seen only in store (shelf checks), which are no part of
                # their range (`products`): "1 of 0 products" said more matched than they have.
                "in_store": int((~own_pairs.competitor_product_id.isin(mine.competitor_product_id)).sum())
                if not own_pairs.empty and "competitor_product_id" in own_pairs else 0,
                "left_out": [row for row in left_out if row["competitor"] == name],
                "score": scorecard.composite(score_parts, weights), "score_parts": score_parts,
                "beats_us": scorecard.where_they_beat_us(
                    competitor=name, price=price, promotions=promo, our_promo_share=None, assortment=rng,
                    store_comparisons=their_comparisons, tolerance=tolerance,
                ),
                "last_crawl": run and {k: run[k] for k in ("status", "finished_at", "items", "pages")},
                "index_history": trend["index_history"].get(name, []),
                **_currency_figures(currency_counts.get(name)),
                **_since_report(last_report, name, price["price_index"]),
            }
        )
        promo_rows.append({
            "competitor": name, "products": promo["products"], "on promotion": promo["on_promotion"],
            "on promotion (%)": promotions.percent(promo["share"]), "average depth (%)": promotions.percent(promo["depth"]),
            "mix": ", ".join(f"{k} {v}" for k, v in promo["mix"].items()),
        })
        range_rows.append({
            "competitor": name, "their products": rng["their_products"], "matched to ours": rng["overlap"],
            "matched (%)": promotions.percent(rng["overlap_share"]), "they have, we lack": rng["we_lack"],
            "we have, they lack": rng["they_lack_we_have"],
            "most lacking by category": ", ".join(f"{c} ({n})" for c, n in rng["we_lack_by_category"][:5]),
            "most lacking by brand": ", ".join(f"{c} ({n})" for c, n in rng["we_lack_by_brand"][:5]),
        })
        if tables:
            ladder += assortment.price_ladder(mine, name, competitor.currency or config.shop.currency)
        own_gaps = gap_frame[gap_frame.competitor == name] if not gap_frame.empty else gap_frame
        copy_inputs.append(what_to_copy_input(name, own_gaps, promoted_view.loc[mine.index], rng, accepted,
                                              their_comparisons, timelines)
                           | {"score_parts": score_parts})
        if len(mine) == 0 and not competitor.url:
            # A shop with no web shop is never crawled: its prices are shelf prices noted on visits.
            if own_pairs.empty:
                notes.append(f"{name}: no prices yet; it has no web shop: note shelf prices on visits to its stores "
                             "(price checks) or `storecheck offers import` a file of its prices.")
        elif len(mine) == 0:
            notes.append(f"{name}: no products collected yet; run `storecheck crawl` or `storecheck offers import`.")
        elif price["pairs"] == 0 and not cards[-1]["left_out"]:
            notes.append(f"{name}: none of its {len(mine)} products could be compared with ours on price yet.")
        level = price["price_index"]
        if level is not None and not 100 / pricing.PRIOR_OUTLIER_RATIO <= level <= 100 * pricing.PRIOR_OUTLIER_RATIO:
            # A level past the prior stands (`pricing.MISREAD_UNIT`), but the ratios alone cannot prove it real.
            times = 100 / level if level < 100 else level / 100
            notes.append(f"{name}: {'its prices are' if level < 100 else 'our prices are'} {pricing.format_ratio(times)} "
                         f"{'ours' if level < 100 else 'theirs'} on average, taken as its own price level (no unit a "
                         "price is misread in, such as cents, lies there). If its prices are in another unit or "
                         "currency, mend the feed or its currency in storecheck.toml.")
        n_ended = sum(row["reason"].startswith(ENDED_PROMOTION) for row in cards[-1]["left_out"])
        if n_out := len(cards[-1]["left_out"]) - n_ended:
            notes.append(f"{name}: {n_out} of {price['pairs'] + n_out + n_ended} comparable pairs left out of the price figures: "
                         f"{'its price ratio lies' if n_out == 1 else 'their price ratios lie'} far outside the "
                         "competitor's other pairs' (listed under \"Left out of the price figures\").")
        notes += _stock_notes(name, own_pairs)
        notes += _ended_promotion_notes(name, mine, ended)
        for code, n in ((currency_counts.get(name) or {}).get("unconverted") or {}).items():
            notes.append(f"{name}: {n} matched product{'' if n == 1 else 's'} priced in {code} left out of the numbers: "
                         f"no exchange rate for {code} (set [currencies] rates in storecheck.toml).")
    notes += unlisted
    if taxed := tax_note(config.shop):
        notes.append(taxed)
    what_to_copy = scorecard.what_to_copy(
        copy_inputs, weights=weights, tolerance=tolerance, our_products=len(ours),
        our_promotion_types=our_promotion_types(timelines, config.shop.name))
    if not tables:
        return {"generated_at": now, "currency": config.shop.currency, "competitors": cards,
                "trends": trend, "what_to_copy": what_to_copy, "notes": notes}
    shown = ["sku", "name", "category", "competitor", "their_name", "their_url", "our_price", "their_price",
             "their_regular_price", "our_currency", "gap_pct", "in_stock", "method", "basis", "source", "converted",
             "left_out"]
    # The columns shown only, each as a list (the gap frame carries every column of the pairs and their
    # ratios; a named tuple per pair cost more than the rows). Every pair, those left out of the figures
    # too: the table and its export say which and why.
    columns = every_gap.reindex(columns=shown)
    # A shelf price seen since the online price was read, beside the pair: counted is the online one.
    in_store = [in_store_since(shelf_prices.get(pid), seen) for pid, seen in zip(
        every_gap.competitor_product_id.tolist(), every_gap.reindex(columns=["observed_at"]).observed_at.tolist())]
    # Text columns come back with NaN where a row has none once another row has one (a competitor's pairs
    # converted from USD beside one in our currency), and NaN is truthy: "converted from nan". Only text counts.
    methods = [", ".join(filter(None, [_said(method), _said(basis) and f"compared {basis}",
                                       source == "visit" and "shelf price seen in store", _said(store),
                                       _said(converted) and f"converted from {converted}",
                                       _said(left) and "left out of the price figures"]))
               for method, basis, source, store, converted, left in zip(
                   *(columns[name].tolist() for name in ("method", "basis", "source")), in_store,
                   *(columns[name].tolist() for name in ("converted", "left_out")))]
    keys = ["sku", "name", "category", "competitor", "their_name", "their_url", "our_price", "their_price",
            "their_regular_price", "currency", "gap_pct", "in_stock", "method", "left_out", "basis"]
    # `basis` ("per kg": both prices are per that unit) last, so an export's earlier columns keep their places.
    price_rows = [dict(zip(keys, values)) for values in zip(
        *(columns[name].tolist() for name in ("sku", "name", "category", "competitor", "their_name", "their_url",
                                               "our_price", "their_price", "their_regular_price", "our_currency",
                                               "gap_pct", "in_stock")), methods, columns["left_out"].tolist(),
        [_said(basis) for basis in columns["basis"].tolist()])]
    # The matched pairs the price figures cannot compare are listed too, after them, saying why: the
    # table is "All matched pairs", and a note counting "1 matched product out of stock there" names none.
    price_rows += _not_compared_rows(pairs.drop(index=every_gap.index) if not pairs.empty else pairs)
    return {
        "title": f"{config.shop.name}: competitor benchmark",
        "generated_at": now,
        "our_shop": config.shop.name,
        "currency": config.shop.currency,
        "competitors": cards,
        "price_rows": price_rows,
        "category_index": pricing.by_category(ratio_frame, same_tolerance=tolerance),
        "left_out": left_out,
        "promotions": {"Per competitor": promo_rows, "Deepest current promotions": promotions.top_promotions(
            promoted_view, flags=on_promotion)},
        "range": {"Per competitor": range_rows, "Price ladder": ladder, "They have, we lack": lacking,
                  "Our exclusives": exclusive,
                  # The pairs the price figures count: a price read in cents is no rung of their ladder.
                  "Price ladder on our categories": assortment.aligned_ladder(
                      pairs.drop(index=every_gap.index[out]) if out.any() else pairs, config.shop.name)},
        "visits": {"Per competitor": _visit_rows(visit_cards["competitors"]), "Per store": _visit_rows(visit_cards["stores"])},
        "visit_details": {"comparisons": comparisons, "timelines": timelines, "our_shop": config.shop.name},
        "what_to_copy": what_to_copy,
        "changes": {"since": _since_text(since), "Changes": [{k: r[k] for k in CHANGE_COLUMNS} for r in change_rows]},
        "change_events": change_rows,
        "undercut_pairs": undercut,
        "since_report": since,
        # What the changes were read from, for recording them as alerts without reading it again.
        "run_history": history,
        "trends": trend,
        "gap_histories": trend.pop("gap_histories"),
        "health": _health_rows(history, theirs),
        "definitions": pricing.definitions(len(left_out), len(every_gap)) + promotions.DEFINITIONS + assortment.DEFINITIONS + store_visits.DEFINITIONS
        + scorecard.DEFINITIONS + trends.DEFINITIONS + [store_visits.BASELINE_DEFINITION, scorecard.WHAT_TO_COPY_DEFINITION],
        "same_tolerance_pct": tolerance * 100,
        "notes": notes,
    }


def _not_compared_rows(pairs: pd.DataFrame) -> list[dict]:
    """Rows of the pairs table for matched pairs that `pricing.comparable` leaves out, with no gap and,
    beside the match, why: out of stock there, no price on a side, or a currency without a rate."""
    rows = []
    for pair in pairs.to_dict("records"):
        ours, theirs = pair.get("our_price"), pair.get("their_price")
        if not (isinstance(theirs, Decimal) and theirs > 0):
            why = "no price of theirs"
        elif not (isinstance(ours, Decimal) and ours > 0):
            why = "no price of ours"
        elif pair.get("their_currency") != pair.get("our_currency"):
            # Their amounts are not in the row's currency (ours): said in words, not shown as ours.
            why = f"their price {written_amount(theirs)} {pair.get('their_currency') or ''}".rstrip() + \
                f" has no exchange rate to {pair.get('our_currency')}"
            theirs = None
            pair["their_regular_price"] = None
        else:
            why = "out of stock there"
        method = ", ".join(filter(None, [_said(pair.get("method")), _said(pair.get("basis")) and f"compared {pair['basis']}",
                                         f"{why}: not in the price figures"]))
        rows.append({"sku": pair.get("sku"), "name": pair.get("name"), "category": pair.get("category"),
                     "competitor": pair.get("competitor"), "their_name": pair.get("their_name"),
                     "their_url": pair.get("their_url"), "our_price": ours, "their_price": theirs,
                     "their_regular_price": pair.get("their_regular_price"), "currency": pair.get("our_currency"),
                     "gap_pct": None, "in_stock": pair.get("in_stock"), "method": method, "left_out": None,
                     "basis": _said(pair.get("basis"))})
    return rows


def _said(value: object) -> str | None:
    """A text cell's text; None for an empty one, None, or the NaN a frame puts in a text column."""
    return value if isinstance(value, str) and value else None


def _ended_promotions(conn: Connection, today: date) -> pd.DataFrame:
    """The current observations (competitor_product_id, promo_ends, promo_text, last_seen) whose
    promotion had ended by its own words ("Save 20% until 3 December") before `today` and that were
    last read before it ended: the price after it is not known until the product is read again."""
    obs, cp = db.observations, db.competitor_products
    return query_frame(conn, select(cp.c.id.label("competitor_product_id"), obs.c.promo_ends, obs.c.promo_text,
                                    obs.c.last_seen)
                       .select_from(cp).join(obs, obs.c.id == current_observation_id(cp.c.id))
                       .where(obs.c.promo_ends.is_not(None), obs.c.promo_ends < today,
                              func.date(obs.c.last_seen) <= obs.c.promo_ends))


# How the reason of a pair left out for its ended promotion starts (`_ended_promotion_reasons`).
ENDED_PROMOTION = "their promotion ended on"


def _ended_promotion_reasons(gaps: pd.DataFrame, reasons: pd.Series, ended: pd.DataFrame) -> pd.Series:
    """`reasons` (`pricing.verdicts`, per pair of `gaps`) with a reason for each comparable pair not left
    out already whose current price is a promotion that has ended by its own words since it was read
    (`_ended_promotions`). The price the shop charges since is not known: back to its regular price, or
    a new promotion. A report made after a failed crawl, or on a weekly file, counted a Monday's "until
    Wednesday" on Friday as their price, in the index, the position, where they beat us and what to
    copy. Left out, the pair is listed with the reason, as one far out is, until a crawl or an import
    reads the product again (then `_ended_promotions` no longer holds it). Not put back at the regular
    price: that would be a guess, and an end date read in the wrong day order would move the figures;
    left out, it only leaves them resting on one pair fewer."""
    if ended.empty or gaps.empty or "ratio" not in gaps:
        return reasons
    by_product = {row.competitor_product_id: row for row in ended.itertuples(index=False)}
    reasons = reasons.copy()
    for at, (product, ratio) in enumerate(zip(gaps.competitor_product_id.tolist(), gaps.ratio.astype(float).tolist())):
        row = by_product.get(product)
        if row is None or isinstance(reasons.iat[at], str) or not math.isfinite(ratio):
            continue
        read = pd.Timestamp(row.last_seen).date().isoformat()
        reasons.iat[at] = (f"{ENDED_PROMOTION} {row.promo_ends.isoformat()} by its own words "
                           f"({str(row.promo_text or '')[:80]!r}), after it was last read on {read}: the price it "
                           "charges since is not known until a crawl or import reads it again")
    return reasons


def _ended_promotion_notes(name: str, mine: pd.DataFrame, ended: pd.DataFrame) -> list[str]:
    """A note on the products of a competitor (`mine`, its current offers) read on a promotion that had
    ended by the report's day (`_ended_promotions`): those matched are left out of the price figures
    (`_ended_promotion_reasons`); the promotion figures count the promotion as it was read."""
    if ended.empty or mine.empty:
        return []
    these = ended[ended.competitor_product_id.isin(mine.competitor_product_id)]
    if these.empty:
        return []
    last = these.sort_values("promo_ends").iloc[-1]
    n = len(these)
    return [f"{name}: {n} product{'' if n == 1 else 's'} read on promotion whose promotion has ended since, by "
            f"{'its' if n == 1 else 'their'} own words (on {last.promo_ends.isoformat()}"
            f"{'' if n == 1 else ', the latest'}: {str(last.promo_text or '')[:80]!r}); left out of the price "
            f"figures (a matched product is listed under \"Left out of the price figures\") until a crawl or "
            f"import reads {'it' if n == 1 else 'them'} again; the promotion figures count "
            f"{'it' if n == 1 else 'them'} as read."]


def _stock_notes(name: str, pairs: pd.DataFrame) -> list[str]:
    """What the price figures did with the stock of a competitor's matched products: those out of stock are
    left out (the index compares what they have on the shelf), and those whose stock their site or file does
    not show are counted as available, since a shop that shows no stock would otherwise have no index; the
    report says how many of each, so that neither is silent."""
    # A shelf price seen in a store was on the shelf: only what was read online or from a file counts here.
    pairs = pairs[pairs.source != "visit"] if "source" in pairs and not pairs.empty else pairs
    if pairs.empty:
        return []
    states = pairs.in_stock.tolist()
    out = sum(state is False for state in states)
    unknown = sum(state is None or state != state for state in states)
    notes = []
    if out:
        notes.append(f"{name}: {out} matched product{'' if out == 1 else 's'} out of stock there, left out of the "
                     "price figures.")
    if unknown:
        notes.append(f"{name}: {unknown} of {len(states)} matched products with no stock state in what was read "
                     "(their page or file does not show it); counted in the price figures as available.")
    return notes


def _left_out_rows(frame: pd.DataFrame) -> list[dict]:
    """The pairs left out of the price figures, as the report and `score --json` list them: the
    farthest out first, so a long list cut in the report keeps the most telling."""
    # Far on either price: a pair out for its regular price alone is as far out as its ratio there.
    far = [max(abs(math.log(r)), abs(math.log(g)) if g == g else 0.0)
           for r, g in zip(frame.ratio.astype(float), frame.regular_ratio.astype(float))]
    frame = frame.assign(_far=far).sort_values(
        ["_far", "competitor", "sku"], ascending=[False, True, True], kind="stable")
    columns = ["competitor", "sku", "name", "their_name", "their_url", "our_price", "their_price", "their_regular_price",
               "our_currency", "ratio", "regular_ratio", "status", "left_out"]
    return [{**row, "currency": row.pop("our_currency"), "reason": row.pop("left_out")}
            for row in frame.reindex(columns=columns).astype(object).where(frame.reindex(columns=columns).notna(), None)
            .to_dict("records")]


def _currency_figures(counts: dict | None) -> dict:
    """A scorecard's pairs converted from, and left out for, other currencies: {"USD": n}."""
    counts = counts or {}
    return {"converted": counts.get("converted") or {}, "unconverted": counts.get("unconverted") or {}}


def _since_report(last_report: dict | None, name: str, price_index: float | None) -> dict:
    """A scorecard's previous-report figures and the change of its price index since then."""
    before = ((last_report or {}).get("summary") or {}).get(name) or {}
    previous = before.get("price_index")
    change = price_index - previous if price_index is not None and previous is not None else None
    return {"previous_report": last_report and last_report["generated_at"], "previous_price_index": previous,
            "index_change": change}


# The columns of a change the report and `export changes` show; the rows also carry what alerts need.
CHANGE_COLUMNS = ("competitor", "kind", "product", "detail", "url")


def _since_text(since: datetime | None) -> str:
    return f"the last report ({since:%Y-%m-%d %H:%M} UTC)" if since else "the previous crawl (no report yet)"


def report_summary(context: dict) -> dict:
    """What a report run keeps of a report, for the next one's changes: per competitor its figures, and
    the pairs it undercut us on then (`undercut_pairs`), so that one our own price moved into is new."""
    keys = ("price_index", "price_index_regular", "pairs", "score")
    undercut = context.get("undercut_pairs") or {}
    return {card["name"]: {key: card.get(key) for key in keys} | {"undercut": undercut.get(card["name"], [])}
            for card in context["competitors"]}


def undercut_pairs(judged: pd.DataFrame | None, pct: float | None) -> dict[str, list[str]]:
    """Per competitor, its pairs ("sku|competitor product id") whose price lies more than `pct` percent
    below ours as the alerts compare them (`_judged_pairs`: in our currency, per unit across pack
    sizes; a pair left out of the price figures, or without a rate, never)."""
    if judged is None or judged.empty or pct is None:
        return {}
    limit = 1 - Decimal(str(pct)) / 100
    found: dict[str, list[str]] = {}
    # (Columns zipped: a named tuple per pair of a large shop's 100,000 cost a third of a second.)
    for name, sku, product, ours, theirs, our_currency, their_currency, left_out in zip(*(judged[column].tolist() for column in (
            "competitor", "sku", "competitor_product_id", "our_price", "their_price", "our_currency", "their_currency",
            "left_out"))):
        if _undercuts_now(ours, theirs, our_currency == their_currency and not isinstance(left_out, str), limit):
            found.setdefault(name, []).append(f"{sku}|{product}")
    return {name: sorted(keys) for name, keys in found.items()}


def _undercuts_now(ours, theirs, comparable: bool, limit: Decimal) -> bool:
    """Whether their price lies below `limit` × ours (both as the pair compares them, `comparable`: in one
    currency and not left out of the price figures)."""
    return (comparable and isinstance(ours, Decimal) and ours > 0 and isinstance(theirs, Decimal) and theirs > 0
            and theirs < ours * limit)


def what_to_copy_input(name: str, gaps: pd.DataFrame, mine: pd.DataFrame, rng: dict, accepted: pd.DataFrame,
                       comparisons: list[dict], timelines: list[dict]) -> dict:
    """One competitor's evidence for `scorecard.what_to_copy`: `gaps` are its pairs' (`pricing.gaps`),
    `comparisons` its rows of `benchmark.visits.compare_with_ours`."""
    visits = [v for t in timelines if t["competitor"] == name for v in t["visits"]]
    return {
        "name": name, "gaps": gaps, "theirs": mine, "range": rng,
        "lacking": mine[~mine.competitor_product_id.isin(accepted.competitor_product_id)] if not mine.empty else mine,
        "seen_promotions": [p for v in visits for p in v["promotions"]],
        "store_comparisons": comparisons,
        "photos": {t["store"]: sum(len(v["photos"]) + sum(1 for p in v["promotions"] if p["photo"]) for v in t["visits"])
                   for t in timelines if t["competitor"] == name},
    }


def our_promotion_types(timelines: list[dict], our_shop: str) -> set[str] | None:
    """Promotion types seen on visits to our own stores; None when none was visited."""
    ours = [v for t in timelines if t["competitor"] == our_shop for v in t["visits"]]
    return {p["type"] for v in ours for p in v["promotions"] if p["type"]} if ours else None


def _visit_rows(cards: list[dict]) -> list[dict]:
    """Scorecards flattened for a table: the figures of all visits, then normal days and holidays."""
    rows = []
    for card in cards:
        row = {"competitor": card["competitor"]}
        if "store" in card:
            row["store"] = card["store"]
            row["closed"] = card.get("closed")
        row |= {"visits": card["visits"], "last_visit": card["last_visit"]}
        row |= {area: card[area] for area in store_visits.SCORES}
        for label, figures in (("", card), ("normal days: ", card["normal"]), ("holidays: ", card["holiday"])):
            figures = figures or {}
            row[f"{label}footfall per hour"] = figures.get("footfall_per_hour")
            row[f"{label}average ticket"] = figures.get("average_ticket")
            row[f"{label}takings per hour (estimate)"] = figures.get("estimated_takings_per_hour")
        row["currency"] = card["currency"]
        rows.append(row)
    return rows


def changes(conn: Connection, config: Config, history: dict[int, list[Run]] | None = None,
            since: datetime | None = None, pairs: pd.DataFrame | None = None,
            judged: tuple[pd.DataFrame | None, dict[str, float]] | None = None) -> list[dict]:
    """What changed in each competitor's latest crawl run, or with `since` (the
    previous report) everything that changed since then however many crawls lie
    between: price moves beyond the alert threshold, promotions started and
    ended, stock-outs and back in stock, new products, and products delisted
    (only when the latest run finished completely), plus crawl health warnings.

    A run that resumed a killed or stopped one is compared whole with the run
    before it: what its interrupted part stored counts, and a product read in
    both parts is one change, from its state before the run to its state at
    the end. Likewise a product that changed twice since the last report is
    one change, from its state then to its state now.

    With `pairs` (see `pairs_frame`), a competitor that now undercuts us on a
    matched product by more than `[alerts] undercut_pct`, and did not before,
    is a change too ("undercut").

    Each row carries a `key` naming what it is about (the observation, run or
    product), the same every time the same change is found: alerts are sent
    once per key.

    `judged`: `_judged_pairs` of `pairs`, when the caller has judged them already (the report
    judges every pair for its figures; judging them twice cost it half a second).
    """
    cp, obs = db.competitor_products, db.observations
    rows: list[dict] = []
    previous = obs.alias("previous")
    if history is None:
        history = listed_history(run_history(conn, config.crawl.min_items_ratio), {c.name for c in config.competitors})
    rates = currencies.rates(config) if pairs is not None else {}
    judged, moved = _judged_pairs(conn, pairs, rates) if judged is None else judged
    listings_ended = last_complete_starts(history)
    undercut_then, ours_changed = _undercut_at_last_report(conn, since) if judged is not None else ({}, set())
    # A competitor never crawled (a shop without a web shop, followed by the shelf prices noted on visits, or
    # one whose offers come by file) changes too: since the last report, by the prices brought in since.
    uncrawled = _uncrawled(conn, config, history) if since is not None else {}
    for cid, runs in [*history.items(), *((cid, []) for cid in uncrawled)]:
        latest = runs[-1] if runs else None
        name = latest.competitor if latest else uncrawled[cid]
        listing_ended = listings_ended.get(cid)
        reported = [run for run in runs if run.started_at >= since] if since else runs[-1:]
        for run in reported:
            for warning in run.row["health"] or []:
                rows.append({"competitor": name, "kind": "crawl health", "product": None, "detail": warning, "url": None,
                             "key": f"health:{run.id}:{warning}"})
        first_since = since is not None and bool(runs) and runs[0].started_at >= since
        if latest is not None and len(runs) < 2 and (since is None or first_since):
            continue  # a first crawl has nothing to compare with
        window = obs.c.crawl_run_id.in_(latest.ids) if since is None and latest is not None else (
            (obs.c.observed_at > since) & obs.c.competitor_product_id.in_(select(cp.c.id).where(cp.c.competitor_id == cid))
            # A shelf price the figures do not count (one seen while their web shop lists the product,
            # `competitor_frame`) is no price of theirs to alert on: its moves are read online to online, or a
            # shelf price noted below the online one would be "price down", and the next crawl "price up". One
            # they count (the product seen in store only, or gone online since) moves as the index does.
            & ((obs.c.source != "visit") | shelf_price_counts(obs.c.competitor_product_id, obs.c.observed_at, listing_ended)))
        seen = (
            select(obs.c.competitor_product_id, func.min(obs.c.id).label("first_id"), func.max(obs.c.id).label("last_id"))
            .where(window)
            .group_by(obs.c.competitor_product_id)
            .subquery()
        )
        prev_id = (
            select(func.max(previous.c.id))
            .where(previous.c.competitor_product_id == seen.c.competitor_product_id, previous.c.id < seen.c.first_id,
                   (previous.c.source != "visit")
                   | shelf_price_counts(previous.c.competitor_product_id, previous.c.observed_at, listing_ended))
            .correlate(seen)
            .scalar_subquery()
        )
        transitions = conn.execute(
            select(cp.c.id.label("competitor_product_id"), seen.c.last_id, cp.c.name, cp.c.url, obs.c.price,
                   obs.c.currency, obs.c.in_stock, obs.c.promo_type, obs.c.promo_text,
                   obs.c.regular_price, previous.c.regular_price.label("prev_regular_price"),
                   previous.c.price.label("prev_price"), previous.c.currency.label("prev_currency"),
                   previous.c.in_stock.label("prev_in_stock"),
                   previous.c.promo_type.label("prev_promo_type"), previous.c.promo_text.label("prev_promo_text"))
            .select_from(seen)
            .join(obs, obs.c.id == seen.c.last_id)
            .join(cp, cp.c.id == seen.c.competitor_product_id)
            .join(previous, previous.c.id == prev_id)
        ).mappings().all()

        def row(kind: str, t, detail) -> dict:
            return {"competitor": name, "kind": kind, "product": t["name"], "detail": detail, "url": t["url"],
                    "competitor_product_id": t["competitor_product_id"], "key": f"{kind}:{t['last_id']}"}

        untrusted = _misread_moves(transitions, judged, rates, moved)
        # (Of the moves that stand: a price already said to look misread is no move to explain again.)
        read = (max((run.row["items"] or 0 for run in reported), default=0) if latest is not None
                else conn.execute(select(func.count()).select_from(seen)).scalar_one())
        if shop_wide := _shop_wide_move([t for t in transitions if t["competitor_product_id"] not in untrusted], read):
            # (Never crawled: keyed by the latest price it rests on, the same every time it is found.)
            key = latest.id if latest is not None else f"{cid}:{max(t['last_id'] for t in transitions)}"
            rows.append({"competitor": name, "kind": "crawl health", "product": None, "detail": shop_wide, "url": None,
                         "key": f"shop-wide:{key}"})
        for t in transitions:
            if t["competitor_product_id"] in untrusted:
                rows.append(row("crawl health", t, untrusted[t["competitor_product_id"]])
                            | {"key": f"misread:{t['last_id']}"})
        # A move to or from a price that looks misread is no price move: it is reported once above instead.
        moves = scorecard.price_alerts([dict(t) for t in transitions if t["competitor_product_id"] not in untrusted],
                                       config.alerts.price_move_pct)
        for move in moves:
            detail = f"{written_amount(move['prev_price'])} {move['prev_currency'] or ''} → {written_amount(move['price'])} {move['currency'] or ''}"
            if move["change_pct"] is not None:
                detail += f" ({move['change_pct']:+.1f}%)"
            rows.append(row(move["kind"], move, detail) | {"change_pct": move["change_pct"], "price": move["price"],
                                                           "prev_price": move["prev_price"], "currency": move["currency"]})
        # Nor is a change to or from a price that looks misread an undercut.
        theirs_moved = _undercuts([t for t in transitions if t["competitor_product_id"] not in untrusted], judged,
                                  config.alerts.undercut_pct, row, rates)
        rows += theirs_moved
        if name in undercut_then and ours_changed:
            rows += _undercuts_of_ours(judged[judged.competitor == name], config.alerts.undercut_pct, undercut_then[name],
                                       ours_changed, {(r["sku"], r["competitor_product_id"]) for r in theirs_moved}, since)
        for t in transitions:
            was, now = bool(t["prev_promo_type"] or t["prev_promo_text"]), bool(t["promo_type"] or t["promo_text"])
            if now and not was:
                rows.append(row("promotion started", t, t["promo_text"] or t["promo_type"]))
            elif was and not now:
                rows.append(row("promotion ended", t, t["prev_promo_text"] or t["prev_promo_type"]))
            if t["prev_in_stock"] is not False and t["in_stock"] is False:
                rows.append(row("out of stock", t, None))
            elif t["prev_in_stock"] is False and t["in_stock"] is not False:
                rows.append(row("back in stock", t, None))
        # A competitor first crawled since the report: its first crawl is the baseline, not a list of new products.
        # So is the first data of one never crawled (its first file, its first visit's shelf prices).
        new_since = latest.started_at if latest is not None and since is None else runs[1].started_at if first_since else since
        if latest is None and not conn.execute(
                select(cp.c.id).where(cp.c.competitor_id == cid, cp.c.first_seen < new_since).limit(1)).first():
            continue
        new_products = select(cp.c.id, cp.c.name, cp.c.url).where(cp.c.competitor_id == cid, cp.c.first_seen >= new_since)
        if latest is None:
            # A visit samples a shelf; it does not list the range: a product a person notes for the first time
            # is first noted, not new (and one a visit misses is, for the same reason, never delisted).
            # Only a product an offers file brought in is new there.
            new_products = new_products.where(cp.c.id.in_(
                select(obs.c.competitor_product_id).where(obs.c.source != "visit")))
        for product in conn.execute(new_products):
            rows.append({"competitor": name, "kind": "new product", "product": product.name, "detail": None,
                         "url": product.url, "competitor_product_id": product.id, "key": f"new:{product.id}"})
        if latest is not None and latest.complete:
            # Seen in the complete run before this one (or, since a report, the
            # complete run that report read), but not in this complete one.
            earlier = [run.started_at for run in runs[:-1] if run.complete and (since is None or run.started_at < since)]
            if since is not None and not earlier:
                earlier = [run.started_at for run in runs[:-1] if run.complete][:1]
            start = earlier[-1] if earlier else runs[0].started_at
            for product in conn.execute(
                select(cp.c.id, cp.c.name, cp.c.url).where(
                    cp.c.competitor_id == cid, cp.c.last_seen < latest.started_at, cp.c.last_seen >= start,
                    # Only what a crawl read can be gone from the web shop: a product noted on a store
                    # visit, or brought in by a file, is not on the crawled site (`competitor_frame`).
                    _read_by_crawl(cp.c.id),
                )
            ):
                rows.append({"competitor": name, "kind": "delisted", "product": product.name, "detail": None,
                             "url": product.url, "competitor_product_id": product.id, "key": f"delisted:{product.id}:{latest.id}"})
    return rows


def _uncrawled(conn: Connection, config: Config, history: dict[int, list[Run]]) -> dict[int, str]:
    """Per competitor id, the competitors storecheck.toml lists that have no crawl run: their changes are
    read from the prices brought in by visits and files alone."""
    listed = {c.name for c in config.competitors}
    return {cid: name for cid, name in conn.execute(select(db.competitors.c.id, db.competitors.c.name))
            if name in listed and cid not in history}


def _undercut_at_last_report(conn: Connection, since: datetime | None) -> tuple[dict[str, set[str]], set[str]]:
    """The pairs each competitor undercut us on at the last report (`report_summary`; none known for a
    report written by a version that kept none), and our skus whose catalogue row changed since then."""
    last = db.last_report_run(conn) if since is not None else None
    if last is None or last["generated_at"] != since:
        return {}, set()
    then = {name: set(figures["undercut"]) for name, figures in (last.get("summary") or {}).items()
            if isinstance(figures, dict) and isinstance(figures.get("undercut"), list)}
    if not then:
        return {}, set()
    own = db.own_products
    return then, set(conn.execute(select(own.c.sku).where(own.c.updated_at > since)).scalars())


def _undercuts_of_ours(judged: pd.DataFrame, pct: float | None, then: set[str], ours_changed: set[str],
                       said: set[tuple[str, int]], since: datetime) -> list[dict]:
    """Undercuts our own price moved into: a pair of a product of ours changed since the last report
    (a new price imported) that the competitor undercuts now and did not then, their price unchanged
    (a move of theirs is `_undercuts`' to tell, `said`). Keyed by the report it is new since: found again before the next
    report it is the same event; raised again after a cut and a report between, a new one."""
    if pct is None or judged.empty:
        return []
    limit = 1 - Decimal(str(pct)) / 100
    rows = []
    for pair in judged[judged.sku.isin(ours_changed)].itertuples():
        key = f"{pair.sku}|{pair.competitor_product_id}"
        comparable = pair.their_currency == pair.our_currency and not isinstance(pair.left_out, str)
        if key in then or (pair.sku, pair.competitor_product_id) in said or not _undercuts_now(
                pair.our_price, pair.their_price, comparable, limit):
            continue
        pack = pair.their_pack if isinstance(pair.their_pack, Decimal) else Decimal(1)
        gap = (pair.their_price / pair.our_price - 1) * 100
        price = f"{written_amount(in_currency_places(pair.their_price * pack, pair.our_currency))} {pair.our_currency}"
        if isinstance(pair.converted, str) and pair.converted:
            price += f" (converted from {pair.converted})"
        detail = (f"{price} against our {_our_price_written(pair)} ({gap:+.1f}%), our {pair.sku}, "
                  "whose price changed since the last report")
        rows.append({"competitor": pair.competitor, "kind": "undercut", "product": pair.their_name, "detail": detail,
                     "url": pair.their_url, "competitor_product_id": pair.competitor_product_id, "sku": pair.sku,
                     "key": f"undercut:{pair.sku}:{pair.competitor_product_id}:since:{since.isoformat()}"})
    return rows


def _our_price_written(pair) -> str:
    """Our price as an undercut alert names it, with its currency: for a pair compared per unit (our 1 kg
    bag against their 500 g one), our shelf price for our pack, then what as much as their pack costs at
    it, the price theirs is set against ("12.00 EUR for 1 kg, 6.00 EUR for their 0.5 kg"). The scaled
    price alone was no price of ours a reader could find in the catalogue."""
    currency = pair.our_currency
    their_pack = pair.their_pack if isinstance(pair.their_pack, Decimal) else Decimal(1)
    our_pack = getattr(pair, "our_pack", None)
    sizes = getattr(pair, "pack_sizes", None)

    def amount(value: Decimal) -> str:
        # A price per kg times a pack (12.49 / 0.75 * 0.5) runs to 28 places: shown as the currency shows it.
        return f"{written_amount(in_currency_places(value, currency))} {currency}"

    if not isinstance(sizes, str) or not isinstance(our_pack, Decimal):
        return amount(pair.our_price * their_pack)
    ours, theirs = sizes.split(" / ")
    return f"{amount(pair.our_price * our_pack)} for {ours}, {amount(pair.our_price * their_pack)} for their {theirs}"


def _read_by_crawl(product_id):
    """SQL: whether a crawl ever read the competitor product `product_id` (not only shelf prices noted
    on visits or prices from a file)."""
    crawled = db.observations.alias("crawled")
    return (select(crawled.c.id).where(crawled.c.competitor_product_id == product_id, crawled.c.source == "crawl")
            .correlate_except(crawled).exists())


def _judged_pairs(conn: Connection, pairs: pd.DataFrame | None,
                  rates: dict[str, Decimal]) -> tuple[pd.DataFrame | None, dict[str, float]]:
    """The pairs in our currency with their `pricing.ratios` and, in `left_out`, why a pair is left out of
    the price figures (or None), judged as the report judges them: no alert stands on a pair the figures
    leave out; and how far each competitor's own prices moved (`own_moves`), to judge earlier prices alike.
    (Pairs the caller converted already are not converted again.)"""
    if pairs is None or pairs.empty:
        return None, {}
    if "converted" not in pairs.columns:
        pairs, _ = currencies.convert_pairs(pairs, rates)
    judged = pricing.ratios(pairs)
    moved = own_moves(conn, judged)
    return _with_verdicts(pairs, judged, pricing.outliers(judged, moved=moved)), moved


def _with_verdicts(pairs: pd.DataFrame, ratios: pd.DataFrame, reasons: pd.Series) -> pd.DataFrame | None:
    """`pairs` (converted) with the `ratio` and `regular_ratio` of their `pricing.ratios` and the `reasons`
    (`pricing.outliers` of those ratios) in `left_out`, as `_judged_pairs` gives them."""
    if pairs.empty:
        return None
    if ratios.empty:
        return pairs.assign(ratio=math.nan, regular_ratio=math.nan, left_out=None)
    # Every pair stays (an undercut is judged on any pair that has a rate, as before); those that cannot
    # be compared on price carry no ratio.
    return pairs.assign(ratio=ratios.ratio, regular_ratio=ratios.regular_ratio, left_out=reasons.reindex(pairs.index))


def own_moves(conn: Connection, ratios: pd.DataFrame) -> dict[str, float]:
    """Per competitor whose middle ratio lies past the prior bound but no unit away (`pricing.band`), how
    far its own prices moved: the median log of latest ÷ earliest price over its matched products that
    changed at all (the history stores a change only), in one currency; only when at least 10 of them and
    half its matched products changed, so a product or two repriced never speaks for the whole feed. A shop dearer than us on everything
    since it was first seen moved little; a feed now per case of 12 moved 12×. Read only for those
    competitors, so a workspace of ordinary ones pays nothing for it."""
    if ratios.empty:
        return {}
    logs = pd.Series(np.log(ratios.ratio.to_numpy(dtype=float)), index=ratios.index)
    medians = logs.groupby(ratios.competitor).median()
    low, high = math.log(pricing.PRIOR_OUTLIER_RATIO), math.log(pricing.MISREAD_UNIT / pricing.MIN_OUTLIER_RATIO)
    obs, cp = db.observations, db.competitor_products
    moves = {}
    for name, middle in medians.items():
        if not low < abs(middle) < high:
            continue
        ids = set(ratios.competitor_product_id[ratios.competitor == name])
        rows = query_frame(conn, select(obs.c.competitor_product_id, obs.c.observed_at, obs.c.id, obs.c.price,
                                        obs.c.currency)
                           .join(cp, cp.c.id == obs.c.competitor_product_id)
                           .where(cp.c.competitor_id == db.competitor_id(conn, name)))
        rows = rows[rows.competitor_product_id.isin(ids)].sort_values(["competitor_product_id", "observed_at", "id"])
        ends = rows.groupby("competitor_product_id").agg(first=("price", "first"), last=("price", "last"),
                                                         first_currency=("currency", "first"),
                                                         last_currency=("currency", "last"), seen=("id", "size"))
        changed = [math.log(last / first) for first, last, a, b, seen in ends.itertuples(index=False)
                   if seen > 1 and a == b and isinstance(first, Decimal) and isinstance(last, Decimal)
                   and first > 0 and last > 0]
        # A whole competitor's verdict needs the evidence of most of its feed, never of a product or two
        # repriced (review R18): as many changed products as a spread is measured on, and half its pairs.
        if len(changed) >= max(pricing.MIN_PAIRS_FOR_SPREAD, len(ids) / 2):
            moves[str(name)] = float(np.median(changed))
    return moves


# A move of (nearly) every price a shop shows by one factor is how a change of display reads: prices
# shown before VAT instead of after (÷1.2, ÷1.19 ...), in another currency or unit. Its share of the
# products the crawl read, and the fewest products it takes, before it is said.
SHOP_WIDE_SHARE = 0.8
SHOP_WIDE_MIN = 10


def _shop_wide_move(transitions, products_read: int) -> str | None:
    """A crawl-health sentence when at least `SHOP_WIDE_SHARE` of the products a run read (and
    `SHOP_WIDE_MIN`) changed price by one and the same factor, to the shop's rounding (a cent, or
    0.2% of dearer prices): what a change in how the shop shows prices (VAT, currency, unit) looks
    like, where the changes and alerts otherwise list that many price moves one by one, beside an
    index that jumps by that factor, and nothing says why. A promotion is left out (a sale of 20% off everything keeps the
    regular prices), and so is a move within half a percent (rounding)."""
    moves = [(t["prev_price"], t["price"]) for t in transitions
             if isinstance(t["price"], Decimal) and isinstance(t["prev_price"], Decimal) and t["price"] > 0
             and t["prev_price"] > 0 and t["price"] != t["prev_price"] and t["currency"] == t["prev_currency"]
             and not (t["promo_type"] or t["promo_text"])
             and not (isinstance(t["regular_price"], Decimal) and t["regular_price"] > t["price"])]
    if len(moves) < max(SHOP_WIDE_MIN, SHOP_WIDE_SHARE * products_read):
        return None
    factor = sorted(new / old for old, new in moves)[len(moves) // 2]
    if abs(factor - 1) < Decimal("0.005"):
        return None
    fits = sum(1 for old, new in moves if abs(new - old * factor) <= max(Decimal("0.01"), new * Decimal("0.002")))
    if fits < max(SHOP_WIDE_MIN, SHOP_WIDE_SHARE * products_read):
        return None
    # Said as what it looks like, not as what it is: a shop may also raise every price by 5% at once.
    return (f"{fits} of the {max(products_read, fits)} prices read moved by the same {(factor - 1) * 100:+.1f}% at once "
            f"(×{factor:.3f}), as when a shop starts showing its prices before or after VAT, or in another currency "
            "or unit; check its pages before acting on those moves")


def _misread_moves(transitions, judged: pd.DataFrame | None, rates: dict[str, Decimal],
                   moved: dict[str, float] | None = None) -> dict[int, str]:
    """Per competitor product whose price change is no price move, why: its new price is left out of the
    price figures where the price before was not (a price read in cents), or the other way round (read
    right again); or, for a product compared with none of ours, it moved beyond the prior bound that
    `pricing` holds a pair to (5× or 1/5 of its own last price).

    Both prices are judged against the competitor's pairs as they are now (`pricing.outliers` with
    `against`), in our currency and per unit as their pair is compared: the change's new price is the
    pair's price of today but where a later state was stored first (a visit typed in late)."""
    priced = [t for t in transitions
             if isinstance(t["price"], Decimal) and isinstance(t["prev_price"], Decimal) and t["price"] > 0
             and t["prev_price"] > 0 and t["currency"] == t["prev_currency"]]
    if not priced:
        return {}
    verdicts: dict[int, str] = {}
    compared: set[int] = set()
    if judged is not None:
        judged = judged[judged.ratio.notna()]
        by_product = {t["competitor_product_id"]: t for t in priced}
        mine = judged[judged.competitor_product_id.isin(by_product)]

        def at_prices(price: str, regular: str) -> pd.DataFrame:
            # The pairs of `mine` with their price of the change in place of today's (whole columns at
            # once: a cell set at a time cost half a second on a day's changes of a large shop).
            shelf, regulars = [], []
            for pid, our_currency, pack in zip(mine.competitor_product_id, mine.our_currency, mine.their_pack):
                t = by_product[pid]
                shelf.append(_as_compared(t[price], t["currency"], our_currency, pack, rates))
                regulars.append(_as_compared(t[regular], t["currency"], our_currency, pack, rates))
            return mine.assign(their_price=pd.Series(shelf, index=mine.index, dtype=object),
                               their_regular_price=pd.Series(regulars, index=mine.index, dtype=object))

        # Both prices of every change judged in one pass: a pair is judged alone against `judged`'s bands,
        # so the two sets of prices side by side are judged as each would be by itself.
        frame = pricing.ratios(pd.concat([at_prices("price", "regular_price"),
                                          at_prices("prev_price", "prev_regular_price")], keys=["now", "then"]))
        is_out: dict = {}
        was_out: dict = {}
        if not frame.empty:
            for (when, index), reason in pricing.outliers(frame, against=judged, moved=moved).items():
                (is_out if when == "now" else was_out)[index] = reason
        for index, pid in zip(mine.index, mine.competitor_product_id):
            compared.add(pid)
            now, then = is_out.get(index), was_out.get(index)
            change = _price_change(by_product[pid])
            if now and not then:
                verdicts[pid] = (f"price looks misread, not a price move: {change}; {now}. "
                                 "Left out of the price figures until it is read right again")
            elif then and not now and pid not in verdicts:
                verdicts[pid] = f"price read right again, not a price move: {change}; before, {then}"
    prior = math.log(pricing.PRIOR_OUTLIER_RATIO)
    for t in priced:
        if t["competitor_product_id"] not in compared and abs(math.log(t["price"] / t["prev_price"])) > prior:
            verdicts[t["competitor_product_id"]] = (
                f"price looks misread, not a price move: {_price_change(t)}; a price "
                f"{pricing.PRIOR_OUTLIER_RATIO:g}× or 1/{pricing.PRIOR_OUTLIER_RATIO:g} of its own last one is "
                "more likely a price read in another unit (cents?) than a move")
    return verdicts


def _as_compared(price, currency: str | None, our_currency: str | None, pack, rates: dict[str, Decimal]) -> Decimal | None:
    """A price of theirs as its pair compares it (`pairs_frame`, `currencies.convert_pairs`): per unit of our
    pack basis, in our currency and kept as a converted price is kept; None where it cannot be (no price
    above 0, no rate). One function for the undercuts and the misread moves, so they never judge apart."""
    if not isinstance(price, Decimal) or price <= 0:
        return None
    per_unit = price / (pack or Decimal(1))
    if currency == our_currency:
        return per_unit
    rate = currencies.factor(currency, our_currency, rates)
    return None if rate is None else kept_amount(amount_in_range(per_unit * rate))


def _price_change(t) -> str:
    """ "3.99 EUR → 0.0399 EUR (0.01× the last price)": both prices of a change, as a person checks them."""
    return (f"{written_amount(t['prev_price'])} {t['currency'] or ''} → {written_amount(t['price'])} "
            f"{t['currency'] or ''} ({pricing.format_ratio(float(t['price'] / t['prev_price']))} the last price)")


def _undercuts(transitions, pairs: pd.DataFrame | None, pct: float | None, row, rates: dict[str, Decimal]) -> list[dict]:
    """Matched products a competitor now sells more than `pct` percent below our price, and did not before.
    A price in another currency is converted with the rates the index uses (`currencies.factor`), and the
    alert says so; one without a rate is never taken for an undercut. A pair left out of the price
    figures (`_judged_pairs`: a price read in cents, a pack against a single) undercuts nobody."""
    if pairs is None or pairs.empty or pct is None or not transitions:
        return []
    ours = {}
    # Only the pairs of products that changed: a tuple per pair of the whole frame cost seconds.
    changed = pairs[pairs.competitor_product_id.isin({t["competitor_product_id"] for t in transitions})
                    & pairs.left_out.isna().to_numpy()]
    for pair in changed.itertuples():
        ours.setdefault(pair.competitor_product_id, []).append(pair)
    limit = 1 - Decimal(str(pct)) / 100
    rows = []

    def below(price, currency, pair) -> bool:
        theirs = _as_compared(price, currency, pair.our_currency, pair.their_pack, rates)
        return theirs is not None and theirs < pair.our_price * limit

    for t in transitions:
        for pair in ours.get(t["competitor_product_id"], ()):
            if not isinstance(pair.our_price, Decimal) or pair.our_price <= 0:
                continue
            if below(t["price"], t["currency"], pair) and not below(t["prev_price"], t["prev_currency"], pair):
                gap = (_as_compared(t["price"], t["currency"], pair.our_currency, pair.their_pack, rates)
                       / pair.our_price - 1) * 100
                price = f"{written_amount(t['price'])} {t['currency']}"
                if t["currency"] != pair.our_currency:
                    rate = currencies.factor(t["currency"], pair.our_currency, rates)
                    price += f" (converted at {rate.normalize():f}: {written_amount((t['price'] * rate).quantize(Decimal('0.01')))} {pair.our_currency})"
                detail = f"{price} against our {_our_price_written(pair)} ({gap:+.1f}%), our {pair.sku}"
                rows.append(row("undercut", t, detail) | {"key": f"undercut:{pair.sku}:{t['last_id']}", "sku": pair.sku})
    return rows


def _latest_runs(conn: Connection, history: dict[int, list[Run]] | None = None) -> dict[str, dict]:
    """Per competitor name, the crawl_runs row of its latest run (which no items ratio changes)."""
    return {runs[-1].competitor: runs[-1].row for runs in (run_history(conn) if history is None else history).values()}


def _health_rows(history: dict[int, list[Run]], theirs: pd.DataFrame) -> list[dict]:
    """One row per competitor: how its latest crawl went, and how old and how complete the data
    the report shows is. After a failed crawl that data is the last run's that stored some, so
    data age counts from that run, and the failure's cause leads the warnings."""
    rows = []
    now = datetime.now(UTC)
    for runs in sorted(history.values(), key=lambda runs: runs[-1].competitor):
        name, run = runs[-1].competitor, runs[-1].row
        mine = theirs[theirs.competitor == name] if not theirs.empty else theirs
        coverage = float(mine.price.notna().mean()) if len(mine) else None
        stored = next((r.row for r in reversed(runs) if r.status in ("finished", "partial") and r.items), None)
        data_from = stored.get("finished_at") if stored else None
        warnings = list(run.get("health") or [])
        if run["status"] in ("failed", "partial") and run.get("errors"):
            warnings.insert(0, f"last crawl {run['status']}: {run['errors'][0]}")
        rows.append(
            {"competitor": name, "status": run["status"], "started_at": run["started_at"], "finished_at": run.get("finished_at"),
             "pages": run["pages"], "items": run["items"], "errors": len(run.get("errors") or []),
             "dropped": run.get("dropped") or {}, "coverage": coverage, "data_from": data_from,
             "freshness_hours": (now - data_from).total_seconds() / 3600 if data_from else None,
             "warnings": warnings}
        )
    return rows
