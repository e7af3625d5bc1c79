"""What changed at each competitor since its last crawl or the last report: price moves, promotions,
stock, new and delisted products, and the crawl-health warnings (misread prices, shop-wide moves)."""

from __future__ import annotations

import math
from datetime import datetime
from decimal import Decimal

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from benchmark import pricing, scorecard
from storecheck import currencies, db
from storecheck.analysis.runs import Run, listed_history, run_history
from storecheck.analysis.undercuts import _undercut_at_last_report, _undercuts, _undercuts_of_ours, ours_beside
from storecheck.analysis.verdicts import _as_compared, _judged_pairs
from storecheck.config import Config
from storecheck.history import last_complete_starts, shelf_price_counts
from storecheck.money.writing import written_money

# The columns of a change the report and `export changes` show; the rows also carry what alerts need.
CHANGE_COLUMNS = ("competitor", "kind", "product", "detail", "url")


def changes(conn: Connection, config: Config, history: dict[int, list[Run]] | None = None,
            since: datetime | None = None, pairs: pd.DataFrame | None = None,
            judged: tuple[pd.DataFrame | None, dict[str, float]] | None = None) -> list[dict]:
    """What changed in each competitor's latest crawl run, or with `since` (the
    previous report) everything that changed since then however many crawls lie
    between: price moves beyond the alert threshold, promotions started and
    ended, stock-outs and back in stock, new products, and products delisted
    (only when the latest run finished completely), plus crawl health warnings and
    each crawl that failed ("crawl failed", with its cause): the report lists what
    the alerts send, a failure between two reports included.

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
            if run.status == "failed":
                # Keyed as the alert was before the report listed it, so no workspace is sent it twice.
                rows.append({"competitor": name, "kind": "crawl failed", "product": None, "detail": _failure_cause(run.row),
                             "url": None, "key": f"failed:{run.id}"})
            if run.status == "failed" and not run.items:
                # A run that stored nothing has one health warning, that it stored far fewer items than the
                # one before (0): the failure and its cause say that already, as one change and one alert.
                continue
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
        beside = ours_beside(judged, (move["competitor_product_id"] for move in moves)) if moves else {}
        for move in moves:
            detail = (f"{written_money(move['prev_price'], move['prev_currency'])} → "
                      f"{written_money(move['price'], move['currency'])}")
            if move["change_pct"] is not None:
                detail += f" ({move['change_pct']:+.1f}%)"
            if ours := beside.get(move["competitor_product_id"]):
                detail += f"; {ours}"
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
        rows += _renamed(conn, name, cid, since if since is not None else latest.started_at)
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


def _renamed(conn: Connection, name: str, cid: int, start: datetime) -> list[dict]:
    """A "renamed" change for each product of competitor `cid` renamed under its key (or joined back
    under another name, `moved_products`) since `start`: from the name it had then to the name now,
    however many renames lie between, and none when it has its name of then again. A product new
    since `start` is a "new product" under its name now."""
    cp, names = db.competitor_products, db.competitor_product_names
    renames = conn.execute(
        select(names.c.competitor_product_id, func.min(names.c.id).label("first_id"), func.max(names.c.id).label("last_id"))
        .join(cp, cp.c.id == names.c.competitor_product_id)
        .where(cp.c.competitor_id == cid, cp.c.first_seen < start, names.c.renamed_at >= start)
        .group_by(names.c.competitor_product_id)).all()
    if not renames:
        return []
    was = dict(conn.execute(select(names.c.id, names.c.name).where(names.c.id.in_([r.first_id for r in renames]))).all())
    products = {row.id: row for row in conn.execute(select(cp.c.id, cp.c.name, cp.c.url)
                                                    .where(cp.c.id.in_([r.competitor_product_id for r in renames])))}
    rows = []
    for rename in renames:
        product = products[rename.competitor_product_id]
        if was[rename.first_id] == product.name:
            continue
        rows.append({"competitor": name, "kind": "renamed", "product": product.name, "detail": f"was {was[rename.first_id]}",
                     "url": product.url, "competitor_product_id": product.id, "key": f"renamed:{rename.last_id}"})
    return rows


def _failure_cause(run: dict) -> str:
    """Why a crawl failed: its first error (as the crawl's summary and the report's data health give it),
    else how it ended. Scrapy's close reason is "finished" for a crawl whose every page failed, which says
    the opposite of what happened."""
    errors = run.get("errors") or []
    if errors:
        return str(errors[0])
    reason = run.get("finish_reason")
    return reason if reason and reason != "finished" else f"failed, {run.get('items') or 0} products read"


def _uncrawled(conn: Connection, config: Config, history: dict[int, list[Run]]) -> dict[int, str]:
    """Per competitor id, the competitors storecheck.toml lists that have no crawl run: their changes are
    read from the prices brought in by visits and files alone."""
    listed = {c.name for c in config.competitors}
    return {cid: name for cid, name in conn.execute(select(db.competitors.c.id, db.competitors.c.name))
            if name in listed and cid not in history}


def _read_by_crawl(product_id):
    """SQL: whether a crawl ever read the competitor product `product_id` (not only shelf prices noted
    on visits or prices from a file)."""
    crawled = db.observations.alias("crawled")
    return (select(crawled.c.id).where(crawled.c.competitor_product_id == product_id, crawled.c.source == "crawl")
            .correlate_except(crawled).exists())


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


def _price_change(t) -> str:
    """ "3.99 EUR → 0.0399 EUR (0.01× the last price)": both prices of a change, as a person checks them."""
    return (f"{written_money(t['prev_price'], t['currency'])} → {written_money(t['price'], t['currency'])} "
            f"({pricing.format_ratio(float(t['price'] / t['prev_price']))} the last price)")
