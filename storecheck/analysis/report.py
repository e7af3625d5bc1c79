"""Everything the report shows, assembled from the stages before it, and what a report run keeps
of it for the next one."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
from sqlalchemy import select
from sqlalchemy.engine import Engine

from benchmark import assortment, pricing, promotions, scorecard, trends
from benchmark import visits as store_visits
from storecheck import currencies, db
from storecheck.analysis.change_events import CHANGE_COLUMNS, changes
from storecheck.analysis.frames import competitor_frame, own_frame
from storecheck.analysis.notes import (ENDED_PROMOTION, crawl_caveats, _ended_promotion_notes, _ended_promotion_reasons,
                                       _ended_promotions, _stock_notes, tax_note, unfinished_import_notes, unlisted_notes,
                                       unpriced_note)
from storecheck.analysis.pairs import accepted_frame, pairs_frame
from storecheck.analysis.report_rows import (_currency_figures, _health_rows, _left_out_rows, _not_compared_rows, _said,
                                             priced_without_crawl,
                                             _since_report, _since_text, _visit_rows, our_promotion_types,
                                             what_to_copy_input)
from storecheck.analysis.runs import _latest_runs, listed_history, run_history
from storecheck.analysis.undercuts import undercut_pairs
from storecheck.analysis.verdicts import _with_verdicts, own_moves
from storecheck.config import Config
from storecheck.history import trends_context
from storecheck.visits import clock_zone, visits_frame
from storecheck.visits.shelf_checks import in_store_since, latest_shelf_prices
from storecheck.visits.storage import noted_frames


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
        # A shop closed for good (`closed`), or one with no web shop whose every store has closed, sells
        # nowhere: the prices crawled, imported or seen in its stores while it was open leave the figures,
        # as a closed store's visits leave its shop's; its card and its note say it closed.
        if closed_shops := {c.name for c in config.competitors if c.closed_on is not None}:
            theirs = theirs[~theirs.competitor.isin(closed_shops).to_numpy()].reset_index(drop=True) \
                if not theirs.empty else theirs
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
        unfinished = unfinished_import_notes(conn)
    weights = config.weights.model_dump()
    priced_from = priced_without_crawl(history, theirs)
    cards, notes, promo_rows, range_rows = [], [], [], []
    comparisons = store_visits.compare_with_ours(visit_cards, config.shop.name, as_of=now.date(), rates=rates)
    # Each visit's time on the store's clock, as it was written, as its footfall hours are read and as
    # "the same day" of two people's visits is told.
    zones = {(c, s): clock_zone(config, c, s)
             for c, s in visit_frame[["competitor", "store"]].drop_duplicates().itertuples(index=False)} \
        if not visit_frame.empty else {}
    timelines = store_visits.store_timelines(visit_frame, noted, zones=zones)
    # A shelf check of our sku, named as our catalogue names it beside the sku ("OG-007" alone is no
    # product a reader of the report knows).
    our_names = dict(zip(ours.sku.tolist(), ours.name.tolist())) if not ours.empty else {}
    for timeline in timelines:
        timeline["zone"] = zones.get((timeline["competitor"], timeline["store"]))
        for entry in timeline["visits"]:
            for check in entry["price_checks"]:
                check["our_name"] = our_names.get(check["sku"]) if check["sku"] else None
    # What to copy reads the shops as they are now, as their store figures do: what was seen in a store that
    # has closed (theirs or ours) is in its own timeline, not in a mechanic they use or we do.
    closed_stores = {(name.casefold(), store.name.casefold()) for name, store in stores if store.closed}
    open_timelines = [t for t in timelines
                      if (str(t["competitor"]).casefold(), str(t["store"]).casefold()) not in closed_stores]
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
        # a product we sell is not a product we lack. And those of their shelf checks: a
        # product of ours seen on their shelf is sold there, no exclusive of ours (a visit
        # tells what a shop sells, never what it does not).
        listed = theirs.competitor_product_id[theirs.competitor == name] if not theirs.empty else None
        accepted = all_accepted[all_accepted.competitor_product_id.isin(listed)] if listed is not None and len(listed) \
            else all_accepted.iloc[0:0]
        rng = assortment.summarise(ours, mine, accepted, name)
        if tables:
            lacking += assortment.lacking_products(mine, accepted, name)
            # A shop whose range nobody read (no web shop nor file, or no crawl that stored any) has no
            # products we have and it lacks: `summarise` says None, and none are listed.
            exclusive += assortment.exclusives(ours, accepted, name) if not mine.empty else []
        visit_card = next((c for c in visit_cards["competitors"] if c["competitor"] == name), None)
        score_parts = scorecard.parts(
            price_index=price["price_index"], promo_share=promo["share"], their_products=len(mine),
            our_products=len(ours), experience=store_visits.experience_score(visit_card) if visit_card else None,
            price_pairs=price["pairs"],
        )
        their_comparisons = [r for r in comparisons if r["competitor"] == name]
        run = runs.get(name)
        cards.append(
            {
                "name": name, "url": competitor.url, "products": int(len(mine)),
                # The day it closed (`Competitor.closed_on`), said on its card: its figures are empty for that reason.
                "closed": closed.isoformat() if (closed := competitor.closed_on) else None,
                # A closing day written in advance (`Competitor.closes`): counted until then, and said.
                "closes": closes.isoformat() if (closes := competitor.closes) else None,
                "platform": competitor.platform if competitor.platform != "auto" else (detected.get(name) or "auto"),
                "matched": int(len(own_pairs)), **price,
                # Of the matched, those on listings seen only in store (shelf checks), which are no part of
                # their range (`products`): "1 of 0 products" said more matched than they have.
                "in_store": int((~own_pairs.competitor_product_id.isin(mine.competitor_product_id)).sum())
                if not own_pairs.empty and "competitor_product_id" in own_pairs else 0,
                "left_out": [row for row in left_out if row["competitor"] == name],
                "score": scorecard.composite(score_parts, weights), "score_parts": score_parts,
                "score_note": scorecard.THIN_PRICE_NOT_SCORED if price["pairs"] == 1 else None,
                "beats_us": scorecard.where_they_beat_us(
                    competitor=name, price=price, promotions=promo, our_promo_share=None, assortment=rng,
                    store_comparisons=their_comparisons, tolerance=tolerance,
                ),
                "last_crawl": run and {k: run[k] for k in ("status", "finished_at", "items", "pages")},
                # A shop never crawled: where its prices come from, and when they were last read.
                "priced_from": priced_from.get(name),
                "index_history": trend["index_history"].get(name, []),
                **_currency_figures(currency_counts.get(name)),
                **_since_report(last_report, name, price["price_index"], trend["index_history"].get(name, [])),
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
                                              their_comparisons, open_timelines)
                           | {"score_parts": score_parts})
        if len(mine) == 0 and (not competitor.url or competitor.closed_on is not None):
            # A shop with no web shop is never crawled: its prices are shelf prices noted on visits. A shop
            # that closed is crawled no more.
            if own_pairs.empty:
                notes.append(unpriced_note(competitor, theirs))
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
    notes += unlisted + unfinished
    if taxed := tax_note(config.shop):
        notes.append(taxed)
    what_to_copy = scorecard.what_to_copy(
        copy_inputs, weights=weights, tolerance=tolerance, our_products=len(ours),
        our_promotion_types=our_promotion_types(open_timelines, config.shop.name))
    # What rests on a shop read online says so when this week's crawl did not read it whole.
    caveats = crawl_caveats(history)
    for item in what_to_copy:
        if item["area"] in ("price", "promotions", "range") and (caveat := caveats.get(item["competitor"])):
            item["evidence"] = f"{item['evidence']}; {caveat}"
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
        "visits": {"Per competitor": _visit_rows(visit_cards["competitors"], zones, visit_cards["stores"]),
                   "Per store": _visit_rows(visit_cards["stores"], zones)},
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


def report_summary(context: dict) -> dict:
    """What a report run keeps of a report, for the next one's changes: per competitor its figures, and
    the pairs it undercut us on then (`undercut_pairs`), so that one our own price moved into is new."""
    keys = ("price_index", "price_index_regular", "pairs", "score")
    undercut = context.get("undercut_pairs") or {}
    return {card["name"]: {key: card.get(key) for key in keys} | {"undercut": undercut.get(card["name"], [])}
            for card in context["competitors"]}
