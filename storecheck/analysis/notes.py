"""The report's notes: tax added to our prices, competitors left out of storecheck.toml, promotions
ended by their own words (whose pairs leave the price figures), and stock."""

from __future__ import annotations

import json
import math
from datetime import date

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from storecheck.text_direction import named
from storecheck import db
from storecheck.config import CONFIG_NAME, Competitor, Config, Shop
from storecheck.history import current_observation_id, query_frame


def tax_note(shop: Shop) -> str | None:
    """The report's note on how our prices were compared when they are before tax."""
    if shop.prices_include_tax:
        return None
    by_category = "".join(f", {name} {rate:g}%" for name, rate in sorted(shop.tax_rates.items()))
    return (f"Our prices are before tax (storecheck.toml: prices_include_tax = false): compared with competitors' "
            f"shelf prices with {shop.tax_rate:g}% tax added{by_category}. The exports of our products keep them "
            "as imported.")


def unpriced_note(competitor: Competitor, theirs: pd.DataFrame) -> str:
    """The note on a competitor with no web shop, or one that closed, and no price in the figures
    (`theirs`: every competitor product, shelf checks among them). What to do depends on what is
    there: a shop closed (`closed`), or whose stores have all closed, is crawled and visited no more;
    shelf prices noted that match nothing of ours yet wait for the matcher or a person; only an open
    shop with nothing noted is asked for prices."""
    name = competitor.name
    noted = 0 if theirs.empty else int(((theirs.competitor == name) & (theirs.source == "visit")).sum())
    if competitor.closed is not None:
        return (f"{name}: closed on {competitor.closed} ({CONFIG_NAME}: closed): crawled no more, and its products and "
                "prices are out of every figure; its history and its stores' visits are kept.")
    closed = [store.closed for store in competitor.stores]
    if closed and all(closed):
        return (f"{name}: no prices in the figures; every store of it has closed (the last on {max(closed)}) "
                "and it has no web shop: nothing more to visit or crawl. Its stores keep their rows under "
                "Store visits.")
    if noted:
        return (f"{name}: {noted} shelf price{'s' if noted != 1 else ''} noted on visits, none matched to a product "
                "of ours yet: a price check naming our sku is matched at once; one written in words waits for the "
                "matcher or a person (`storecheck matches export FILE --status proposed`).")
    return (f"{name}: no prices yet; it has no web shop: note shelf prices on visits to its stores "
            "(price checks) or `storecheck offers import` a file of its prices.")


def unfinished_import_notes(conn: Connection) -> list[str]:
    """A line for each catalogue or offers import that stopped halfway (killed, the machine off):
    the figures stand on the rows it stored, which the report (the file that is mailed) says,
    where only the next import of the kind said so. Where a newer file of the kind was imported
    whole since, it says that one instead of advising the stopped file again, which would write its
    older values over the newer file's (review R4: a catalogue imported weekly under dated names)."""
    notes = []
    for run in db.every_unfinished_import_run(conn)[:5]:
        what = f"{named(run.competitor)}'s offers" if run.competitor else "our catalogue"
        stopped = (f"An import of {run.file} ({what}) started {run.started_at:%Y-%m-%d %H:%M} UTC stored {run.written:,} of its "
                   f"{run.rows:,} rows and did not finish (stopped halfway, or still running)")
        since = db.import_finished_since(conn, run)
        if since is None:
            notes.append(f"{stopped}: the figures use the {run.written:,} stored; importing {run.file} again stores the rest.")
        else:
            notes.append(f"{stopped}; {since.file}, imported whole since ({since.finished_at:%Y-%m-%d %H:%M} UTC), holds newer "
                         f"rows: import {run.file} again only for rows {since.file} lacks, as it would write its older values "
                         "over the newer ones.")
    return notes


def unlisted_notes(conn: Connection, config: Config) -> list[str]:
    """A line for each competitor renamed in (or taken out of) storecheck.toml whose history stays
    under its old name, out of every figure: in the report's notes (the file that is mailed and
    shared) and said by `competitor list`, `report` and `run`, where the new name otherwise shows
    with nothing."""
    left = db.unlisted_competitors(conn, [c.name for c in config.competitors])
    return [f"{name!r} ({products} product{'' if products == 1 else 's'}, {visits} visit{'' if visits == 1 else 's'}) "
            f"is in the database but not in {CONFIG_NAME}: its history is left out of every figure; "
            "if you renamed it, give it back its old name there; if it closed, list it there again with the day it "
            f"closed ([[competitors]] name = {json.dumps(name, ensure_ascii=False)}, closed = YYYY-MM-DD): it stays out "
            "of the figures, and the notes say it closed in place of this one." for name, products, visits in left]


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
    return [f"{named(name)}: {n} product{'' if n == 1 else 's'} read on promotion whose promotion has ended since, by "
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
        notes.append(f"{named(name)}: {out} matched product{'' if out == 1 else 's'} out of stock there, left out of the "
                     "price figures.")
    if unknown:
        notes.append(f"{named(name)}: {unknown} of {len(states)} matched products with no stock state in what was read "
                     "(their page or file does not show it); counted in the price figures as available.")
    return notes


def crawl_caveats(history: dict[int, list]) -> dict[str, str]:
    """Per competitor whose latest crawl did not read its shop whole (failed, partial, or far smaller
    than the one before: not `complete`, `runs.run_history`), what its online evidence rests on, in
    words, for What to copy. The figures show what earlier crawls read, as they should (a failed crawl
    never makes a product look delisted), but the ranked list at the top of the report said "Cheaper
    on Coffee: we are 33.3% dearer" on a promotional price read a week before, with nothing beside it
    to say that this week's crawl had failed."""
    out = {}
    for runs in history.values():
        latest = runs[-1]
        if latest.complete or latest.status == "running":
            continue
        how = {"failed": "failed", "partial": "stopped part way (partial)"}.get(
            latest.status, f"read only {latest.items} products, far fewer than the one before")
        before = next((run for run in reversed(runs[:-1]) if run.complete), None)
        since = f"the last whole one on {before.started_at:%Y-%m-%d %H:%M} UTC" if before else "no whole one yet"
        out[latest.competitor] = (f"the latest crawl of {named(latest.competitor)} ({latest.started_at:%Y-%m-%d %H:%M} "
                                  f"UTC) {how}: this rests on what earlier crawls read ({since}) and may have "
                                  "changed since")
    return out
