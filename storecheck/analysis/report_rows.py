"""The report's tables as rows of plain data: pairs not compared, pairs left out, visit scorecards,
crawl health, and each competitor's evidence for what to copy."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pandas as pd

from benchmark import visits as store_visits
from storecheck.analysis.pairs import condition_apart_reason
from storecheck.analysis.runs import Run
from storecheck.money.writing import written_money


def _not_compared_rows(pairs: pd.DataFrame) -> list[dict]:
    """Rows of the pairs table for matched pairs that `pricing.comparable` leaves out, with no gap and,
    beside the match, why: one side used and the other new, out of stock there, no price on a side, or a
    currency without a rate."""
    rows = []
    for pair in pairs.to_dict("records"):
        ours, theirs = pair.get("our_price"), pair.get("their_price")
        word = pair.get("condition_apart")
        if isinstance(word, str):
            why = condition_apart_reason(word, pair.get("their_name"), pair.get("their_condition"))
        elif not (isinstance(theirs, Decimal) and theirs > 0):
            why = "no price of theirs"
        elif not (isinstance(ours, Decimal) and ours > 0):
            why = "no price of ours"
        elif pair.get("their_currency") != pair.get("our_currency"):
            # Their amounts are not in the row's currency (ours): said in words, not shown as ours.
            why = f"their price {written_money(theirs, pair.get('their_currency'))}" + \
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


def _since_report(last_report: dict | None, name: str, price_index: float | None,
                  history: list[dict] | None = None) -> dict:
    """A scorecard's previous-report figures and the change of its price index since then; with `history`
    (its fixed-basket `index_history`), `index_change_same_products`: the part of that change on today's
    pairs at their prices then, so that a product matched or gone since (the index is over other
    products) is not read as a price move. None when the history has no day up to the last report. The
    history is by day: a crawl the day of the last report is taken to have come before it, as `storecheck
    run` makes them (a report made by hand before that day's crawl counts the crawl's moves as basket)."""
    before = ((last_report or {}).get("summary") or {}).get(name) or {}
    previous = before.get("price_index")
    change = price_index - previous if price_index is not None and previous is not None else None
    same = None
    if change is not None and history:
        day = last_report["generated_at"]
        day = (day if day.tzinfo else day.replace(tzinfo=UTC)).astimezone(UTC).date().isoformat()
        then = [point["index"] for point in history if point["date"] <= day]
        same = price_index - then[-1] if then else None
    return {"previous_report": last_report and last_report["generated_at"], "previous_price_index": previous,
            "index_change": change, "index_change_same_products": same}


def _since_text(since: datetime | None) -> str:
    return f"the last report ({since:%Y-%m-%d %H:%M} UTC)" if since else "the previous crawl (no report yet)"


def what_to_copy_input(name: str, gaps: pd.DataFrame, mine: pd.DataFrame, rng: dict, accepted: pd.DataFrame,
                       comparisons: list[dict], timelines: list[dict]) -> dict:
    """One competitor's evidence for `scorecard.what_to_copy`: `gaps` are its pairs' (`pricing.gaps`),
    `comparisons` its rows of `benchmark.visits.compare_with_ours`."""
    visits = [v for t in timelines if t["competitor"] == name for v in t["visits"]]
    if not gaps.empty and "competitor_product_id" in gaps and "source" in gaps:
        # When each price was last read, as What to copy names its sources: a shelf check's on its visit, a
        # listing's (crawled or imported) when the shop last showed it.
        last = dict(zip(mine.competitor_product_id, mine.last_seen)) if not mine.empty else {}
        gaps = gaps.assign(seen=[observed if source == "visit" else last.get(pid, observed) for pid, source, observed
                                 in zip(gaps.competitor_product_id, gaps.source, gaps.observed_at)])
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


def _visit_rows(cards: list[dict], zones: dict[tuple[str, str], str | None] | None = None,
                stores: list[dict] | None = None) -> list[dict]:
    """Scorecards flattened for a table: the figures of all visits, then normal days and holidays.

    The last visit is on the store's clock (`zones`, (competitor, store) -> IANA name, as the visit
    timelines and `store list` give it): the time the visitor wrote, not UTC's. A shop's row takes the
    clock of its store visited last (among `stores`, the store cards). The value stays the same instant,
    so an export's CSV reads it with its offset and its XLSX in UTC."""
    zones = zones or {}
    rows = []
    for card in cards:
        row = {"competitor": card["competitor"]}
        if "store" in card:
            row["store"] = card["store"]
            row["closed"] = card.get("closed")
            zone = zones.get((card["competitor"], card["store"]))
        else:
            zone = next((zones.get((s["competitor"], s["store"])) for s in stores or []
                         if s["competitor"] == card["competitor"] and s["last_visit"] is not None
                         and s["last_visit"] == card["last_visit"]), None)
        row |= {"visits": card["visits"], "last_visit": _on_clock(card["last_visit"], zone)}
        row |= {area: card[area] for area in store_visits.SCORES}
        for label, figures in (("", card), ("normal days: ", card["normal"]), ("holidays: ", card["holiday"])):
            figures = figures or {}
            row[f"{label}footfall per hour"] = figures.get("footfall_per_hour")
            row[f"{label}average ticket"] = figures.get("average_ticket")
            row[f"{label}takings per hour (estimate)"] = figures.get("estimated_takings_per_hour")
        if "store" not in card:
            # A shop's takings are the mean of its stores' estimates, not the row's footfall x ticket: say so,
            # on each kind of day.
            for label, figures in (("", card), ("normal days: ", card["normal"]), ("holidays: ", card["holiday"])):
                row[f"{label}takings per hour (estimate): from"] = store_visits.takings_basis(figures or {})
        row["currency"] = card["currency"]
        rows.append(row)
    return rows


def _on_clock(moment: datetime | None, zone: str | None) -> datetime | None:
    """`moment` (UTC-aware) as the same instant on `zone`'s clock; unchanged without a zone."""
    if moment is None or not zone:
        return moment
    return pd.Timestamp(moment).to_pydatetime().astimezone(ZoneInfo(zone))


def priced_without_crawl(history: dict[int, list[Run]], theirs: pd.DataFrame) -> dict[str, dict]:
    """Competitor -> where the prices of a shop no crawl stored any of come from, and when they were
    last read: {"file": the latest `offers import` that listed one of its products, "shelf": the latest
    shelf check, "crawl": the latest product a crawl that did not end well (killed, failed) stored}, each
    None when there is none. Such a shop has no crawl run for Data health to age its prices by (none at
    all: no web shop; or only runs that failed before storing, `_stored_run`), and a file imported
    months ago would otherwise read as today's prices."""
    crawled = {runs[-1].competitor for runs in history.values() if _stored_run(runs) is not None}
    found: dict[str, dict] = {}
    if theirs.empty:
        return found
    rows = theirs[~theirs.competitor.isin(crawled).to_numpy() & theirs.price.notna().to_numpy()]
    for name, mine in rows.groupby("competitor", sort=True):
        seen = pd.to_datetime(mine.last_seen, utc=True)
        latest = {kind: seen[(mine.source == source).to_numpy()].max()
                  for kind, source in (("file", "import"), ("shelf", "visit"), ("crawl", "crawl"))}
        found[str(name)] = {kind: None if pd.isna(at) else at.to_pydatetime() for kind, at in latest.items()}
    return found


def _stored_run(runs: list[Run]) -> dict | None:
    """The crawl_runs row of the latest run that ended having stored products (finished or partial):
    the run whose prices the report shows, and Data health ages them by."""
    return next((r.row for r in reversed(runs) if r.status in ("finished", "partial") and r.items), None)


def _priced_from_words(sources: dict) -> str:
    """"imported file and shelf checks": the sources `priced_without_crawl` found, in words."""
    return " and ".join(kind for kind, at in (("imported file", sources.get("file")), ("shelf checks", sources.get("shelf")),
                                              ("a crawl cut short (failed after storing some)", sources.get("crawl"))) if at)


def _latest(sources: dict) -> datetime | None:
    """The latest moment among `priced_without_crawl`'s sources of one shop, None when none has one."""
    return max((at for at in sources.values() if at is not None), default=None)


def _health_rows(history: dict[int, list[Run]], theirs: pd.DataFrame) -> list[dict]:
    """One row per competitor: how its latest crawl went, and how old and how complete the data
    the report shows is. After a failed crawl that data is the last run's that stored some, so
    data age counts from that run, and the failure's cause leads the warnings. A shop never crawled
    (no web shop) has a row too, its status where its prices come from ("imported file", "shelf
    checks") and its data age from the latest of them (`priced_without_crawl`); so has one whose crawls
    never stored a price (they failed), its status its latest crawl's and its data age its prices'."""
    rows: list[dict] = []
    now = datetime.now(UTC)
    priced_from = priced_without_crawl(history, theirs)
    crawled = {runs[-1].competitor for runs in history.values()}
    for name, sources in priced_from.items():
        if name in crawled:
            continue  # its row is its latest crawl's, below
        mine = theirs[theirs.competitor == name]
        data_from = _latest(sources)
        rows.append(
            {"competitor": name, "status": _priced_from_words(sources),
             "started_at": None, "finished_at": None, "pages": None, "items": None, "errors": None, "dropped": {},
             "coverage": float(mine.price.notna().mean()), "data_from": data_from,
             "freshness_hours": (now - data_from).total_seconds() / 3600 if data_from else None, "warnings": []})
    for runs in sorted(history.values(), key=lambda runs: runs[-1].competitor):
        name, run = runs[-1].competitor, runs[-1].row
        mine = theirs[theirs.competitor == name] if not theirs.empty else theirs
        coverage = float(mine.price.notna().mean()) if len(mine) else None
        stored = _stored_run(runs)
        data_from = stored.get("finished_at") if stored else None
        warnings = list(run.get("health") or [])
        if run["status"] in ("failed", "partial") and run.get("errors"):
            warnings.insert(0, f"last crawl {run['status']}: {run['errors'][0]}")
        if stored is None and name in priced_from:
            # No crawl stored a price the report shows: they come from a file, a shelf or a crawl cut short,
            # and are as old as the latest of those (the crawl's own status stays the row's).
            data_from = _latest(priced_from[name])
            # Worded from the sources there, as the card is: a crawl cut short did store the prices it read.
            lead = "no crawl finished or ended partial" if priced_from[name].get("crawl") else "no crawl stored any prices"
            warnings.append(f"{lead}; those shown are from: {_priced_from_words(priced_from[name])}")
        rows.append(
            {"competitor": name, "status": run["status"], "started_at": run["started_at"], "finished_at": run.get("finished_at"),
             "pages": run["pages"], "items": run["items"], "errors": len(run.get("errors") or []),
             "dropped": run.get("dropped") or {}, "coverage": coverage, "data_from": data_from,
             "freshness_hours": (now - data_from).total_seconds() / 3600 if data_from else None,
             "warnings": warnings}
        )
    return sorted(rows, key=lambda row: row["competitor"])
