"""A matching run: the matcher on each competitor's current products, and its answers stored
beside (never over) what a person decided."""

from __future__ import annotations

import time

import pandas as pd
from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Connection, Engine

from storecheck import currencies, db
from storecheck.analysis.renamed_pairs import REOPENED_METHOD
from storecheck.analysis.frames import competitor_frame, decisions_frame, own_frame
from storecheck.analysis.kept_matches import KEPT_SINCE, keep_earlier_matches, naming, pair_naming
from storecheck.config import Config
from storecheck.visits.shelf_checks import rehome_shelf_checks, shelf_check_ids


# The column of `found` holding each pair's naming (`kept_matches.pair_naming`), stored as `matches.naming`.
NAMING = "naming"


def run_matching(engine: Engine, config: Config, competitor: str | None = None) -> dict:
    """Match every (or one) competitor's active products to ours and store the result.

    Rows a person decided (confirmed / rejected) are never touched, and the
    matcher never proposes them again; the matcher's own earlier rows are
    replaced by this run's. Returns per competitor: products, matched (and by
    method), proposed, confirmed, rejected, unmatched, seconds; the competitors left
    out because they closed (`closed`: name -> day); and the total seconds.
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
    # The rates the price figures convert with: the matcher's price checks read a competitor's
    # prices in ours through them (`benchmark.matching.currencies`).
    rates = {code: float(rate) for code, rate in currencies.rates(config).items()}
    chosen = [config.competitor(competitor)] if competitor else list(config.competitors)
    # A competitor that closed is matched no more, as it is crawled no more: its listings are out of every
    # figure, so a proposal would ask a person for an answer that counts nowhere. Its pairs and a person's
    # decisions stay stored, for the day it is listed open again.
    closed = {c.name: c.closed_on for c in chosen if c.closed_on is not None}
    names = [c.name for c in chosen if c.name not in closed]
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
            rates=rates, read=(read := {}),
        )
        # What names each pair's products (`kept_matches.naming`), stored with the pair: a later run keeps it
        # beside a newcomer only while neither was renamed or recoded.
        found = _with_naming(found, ours, theirs, read)
        # Read outside the write transaction, as the match above.
        with db.reading(engine).connect() as conn:
            found, unmatched = _keep_earlier_matches(
                conn, cid, found, set(ours.sku), set() if theirs.empty else {int(pid) for pid in theirs.competitor_product_id})
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
                # Pairs the matcher matched before and does no more, with what they are now (`kept_matches`).
                "no_longer_matched": unmatched,
            }
        # Unmatched: neither matched, proposed nor confirmed, so the four add up to the products.
        linked = set(found.competitor_product_id) | confirmed_ids
        summary[name]["unmatched"] = int(len(set(theirs.competitor_product_id) - linked)) if not theirs.empty else 0
        summary[name]["seconds"] = time.perf_counter() - began
    return {"competitors": summary, "closed": closed, "seconds": time.perf_counter() - started}


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
    # A person's decision on a pair is never overwritten, whatever the matcher found; nor a pair a
    # person confirmed that a rename of our product sent back to a person (`renamed_pairs`): it waits
    # for their answer, not the matcher's.
    decided = {
        (r.sku, r.competitor_product_id)
        for r in conn.execute(
            select(m.c.sku, m.c.competitor_product_id).where(m.c.competitor_product_id.in_(product_ids),
                                                              m.c.status.in_(db.HUMAN_STATUSES))
        )
    }
    existing = {pair: row for pair, row in existing.items()
                if not (row.status == "proposed" and row.method == REOPENED_METHOD)}
    decided |= {
        (r.sku, r.competitor_product_id)
        for r in conn.execute(
            select(m.c.sku, m.c.competitor_product_id).where(m.c.competitor_product_id.in_(product_ids),
                                                              m.c.status == "proposed", m.c.method == REOPENED_METHOD)
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
        named = getattr(r, NAMING, None)
        # A pair kept matched (`kept_matches`) keeps the time it was written: its newcomer stays "added since".
        kept = getattr(r, KEPT_SINCE, None)
        stamp = kept if kept is not None and not pd.isna(kept) else now
        if pair in existing:
            old = existing[pair]
            if old.status == values["status"] == "matched":
                # Matched since then: a listing added since is "added since" however the pair's score moved
                # meanwhile (`kept_matches`, `db.decisions.record_decision`'s newcomers).
                stamp = old.updated_at
            if (old.method, old.score, old.status, old.reason, old.equivalent) != tuple(values.values()):
                conn.execute(update(m).where(m.c.id == old.id).values(**values, naming=named, updated_at=stamp))
            elif named is not None and old.naming != named:
                # Read the same under a naming it was not written with (a row stored before the naming was, or a
                # rename the matcher reads as before): the naming it is matched under now, at its time of writing.
                conn.execute(update(m).where(m.c.id == old.id).values(naming=named))
        else:
            inserts.append({"sku": pair[0], "competitor_product_id": pair[1], **values, "naming": named,
                            "updated_at": stamp})
    for start in range(0, len(inserts), 5000):
        conn.execute(m.insert(), inserts[start : start + 5000])


def _with_naming(found: pd.DataFrame, ours: pd.DataFrame, theirs: pd.DataFrame, read: dict) -> pd.DataFrame:
    """`found` with each pair's naming (`kept_matches.pair_naming`) in NAMING, of the products this run read
    (`read`: what the matcher read of their descriptions, `match_products`)."""
    found = found.copy()
    if found.empty:
        found[NAMING] = pd.Series(dtype=object)
        return found
    skus, pids = set(found.sku), {int(pid) for pid in found.competitor_product_id}
    our_naming = naming(ours[ours.sku.isin(skus)], "sku", read.get("ours"))
    their_naming = naming(theirs[theirs.competitor_product_id.astype(int).isin(pids)], "competitor_product_id",
                          {int(k): v for k, v in read.get("theirs", {}).items()})
    their_naming = {int(pid): digest for pid, digest in their_naming.items()}
    found[NAMING] = [pair_naming(our_naming, their_naming, sku, int(pid))
                     for sku, pid in zip(found.sku, found.competitor_product_id)]
    return found


def _keep_earlier_matches(conn: Connection, cid: int, found: pd.DataFrame, our_skus: set,
                          their_ids: set) -> tuple[pd.DataFrame, list[dict]]:
    """This run's pairs with the matcher's earlier matched pairs at competitor `cid` kept where a listing
    added since is what put them in doubt (`kept_matches`), read from the stored rows. Only pairs of our
    products and their listings this run read (`our_skus`, `their_ids`): one no longer listed has no pair to keep.
    Also the earlier matched pairs not kept (`keep_earlier_matches`)."""
    m, cp, names = db.matches, db.competitor_products, db.competitor_product_names
    earlier = [row for row in conn.execute(
        select(m.c.sku, m.c.competitor_product_id, m.c.method, m.c.score, m.c.reason, m.c.updated_at, m.c.naming)
        .join(cp, cp.c.id == m.c.competitor_product_id)
        .where(cp.c.competitor_id == cid, m.c.status == "matched", m.c.method != REOPENED_METHOD))
        if row.sku in our_skus]
    earlier = [row for row in earlier if int(row.competitor_product_id) in their_ids]
    if not earlier:
        return found, []
    listed = {int(row.id): row for row in conn.execute(
        select(cp.c.id, cp.c.name, cp.c.first_seen).where(cp.c.competitor_id == cid))}
    renamed = {int(pid): at for pid, at in conn.execute(
        select(names.c.competitor_product_id, func.max(names.c.renamed_at))
        .where(names.c.competitor_product_id.in_([int(row.competitor_product_id) for row in earlier]))
        .group_by(names.c.competitor_product_id))}
    rejected: dict[str, list[int]] = {}
    for sku, pid in conn.execute(select(m.c.sku, m.c.competitor_product_id).join(cp, cp.c.id == m.c.competitor_product_id)
                                 .where(cp.c.competitor_id == cid, m.c.status == "rejected",
                                        m.c.sku.in_({row.sku for row in earlier}))):
        rejected.setdefault(sku, []).append(int(pid))
    own = db.own_products
    ours_changed = {sku: at for sku, at in conn.execute(
        select(own.c.sku, own.c.updated_at).where(own.c.sku.in_({row.sku for row in earlier})))}
    naming_now = {(sku, int(pid)): named for sku, pid, named in zip(found.sku, found.competitor_product_id, found[NAMING])} \
        if NAMING in found.columns else {}
    return keep_earlier_matches(found, earlier, {pid: row.first_seen for pid, row in listed.items()},
                                {pid: row.name for pid, row in listed.items()}, renamed, rejected, ours_changed,
                                naming_now)
